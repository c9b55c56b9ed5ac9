import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { examFee, isFreeFor, municipalityKey } from '../src/query/exam-fee.ts';
import {
  type ExamRequestTiming,
  earliestExamDate,
  examEnd,
  examRuleProblems,
  examSeatPool,
} from '../src/query/exam-rules.ts';
import type { ExamInvigilation } from '../src/types.ts';
import { validateFeed } from '../src/validate.ts';

/** Weekdays 08–17, seven working days ahead, four seats a day, a fee for non-residents. */
const RULES: ExamInvigilation = {
  email: 'tentamen@kalix.se',
  days: ['mo', 'tu', 'we', 'th', 'fr'],
  earliestStart: '08:00',
  latestEnd: '17:00',
  leadTime: { days: 7, unit: 'working-days' },
  seats: 4,
  freeFor: ['Kalix', 'Haparanda'],
  fee: { amount: 500, currency: 'SEK', payment: { sv: 'Swish 123', en: 'Swish 123' } },
  universities: ['umu', 'ltu'],
  support: ['computer', 'extended-time'],
};
const TODAY = '2026-03-02'; // a Monday
const ok: ExamRequestTiming = { date: '2026-03-12', start: '09:00', minutes: 300 };
const codes = (rules: ExamInvigilation, request: Partial<ExamRequestTiming>, today = TODAY) =>
  examRuleProblems(rules, { ...ok, ...request }, { today }).map((p) => `${p.field}:${p.code}`);

describe('earliestExamDate', () => {
  it('working days across a weekend', () => {
    assert.equal(earliestExamDate(RULES, '2026-03-02'), '2026-03-11');
    // Friday 6 March: Mo 9 … Tu 17 is the seventh working day.
    assert.equal(earliestExamDate(RULES, '2026-03-06'), '2026-03-17');
  });

  it('working days across midsummer and Christmas', () => {
    // Wednesday 17 June 2026: Th 18, (19 eve, 20, 21), Mo 22 … Fr 26, Mo 29.
    assert.equal(earliestExamDate(RULES, '2026-06-17'), '2026-06-29');
    // 18 December 2026 (Friday): Mo 21, Tu 22, We 23, (24–27), Mo 28, Tu 29, We 30, (31, 1–3), Mo 4 Jan.
    assert.equal(earliestExamDate(RULES, '2026-12-18'), '2027-01-04');
  });

  it('calendar days, moved on to the next day the centre takes exams', () => {
    const rules = { ...RULES, leadTime: { days: 14, unit: 'calendar-days' as const } };
    assert.equal(earliestExamDate(rules, '2026-03-02'), '2026-03-16');
    // 14 days after 29 May is 12 June (Friday); after 30 May is 13 June (Saturday) → Monday 15 June.
    assert.equal(earliestExamDate(rules, '2026-05-29'), '2026-06-12');
    assert.equal(earliestExamDate(rules, '2026-05-30'), '2026-06-15');
    // 14 days after 5 June is midsummer eve (Friday 19 June): Monday 22 June.
    assert.equal(earliestExamDate(rules, '2026-06-05'), '2026-06-22');
  });

  it('with no lead time, tomorrow at the earliest', () => {
    const rules = { ...RULES, leadTime: { days: 0, unit: 'calendar-days' as const } };
    assert.equal(earliestExamDate(rules, '2026-03-02'), '2026-03-03');
  });

  it('Saturdays when the centre takes them', () => {
    const rules = {
      ...RULES,
      days: ['mo', 'tu', 'we', 'th', 'fr', 'sa'] as ExamInvigilation['days'],
      leadTime: { days: 5, unit: 'calendar-days' as const },
    };
    assert.equal(earliestExamDate(rules, '2026-03-02'), '2026-03-07');
  });
});

describe('examRuleProblems', () => {
  it('a request that keeps every rule has no problems', () => {
    assert.deepEqual(codes(RULES, {}), []);
    assert.deepEqual(codes(RULES, { date: '2026-03-11', start: '08:00', minutes: 540 }), []);
    assert.deepEqual(codes(RULES, { provider: 'umu', support: ['computer'] }), []);
  });

  it('too late inside the lead time, with the first date still possible', () => {
    const [problem] = examRuleProblems(RULES, { ...ok, date: '2026-03-10' }, { today: TODAY });
    assert.deepEqual(problem, { code: 'too-late', field: 'date', earliestDate: '2026-03-11' });
  });

  it('today and the past are past, not too late', () => {
    assert.deepEqual(codes(RULES, { date: TODAY }), ['date:past']);
    assert.deepEqual(codes(RULES, { date: '2026-02-27' }), ['date:past']);
  });

  it('a weekend', () => {
    assert.deepEqual(codes(RULES, { date: '2026-03-14' }), ['date:weekday']);
    const [problem] = examRuleProblems(RULES, { ...ok, date: '2026-03-15' }, { today: TODAY });
    assert.deepEqual(problem.days, RULES.days);
  });

  it('a public holiday or a holiday eve, with its name', () => {
    const [ascension] = examRuleProblems(RULES, { ...ok, date: '2026-05-14' }, { today: TODAY });
    assert.equal(ascension.code, 'holiday');
    assert.equal(ascension.holiday?.name.en, 'Ascension Day');
    assert.deepEqual(codes(RULES, { date: '2026-06-19' }), ['date:holiday']);
    assert.deepEqual(codes(RULES, { date: '2026-12-24' }), ['date:holiday']);
    // Midsummer Day is a Saturday: both rules say no.
    assert.deepEqual(codes(RULES, { date: '2026-06-20' }), ['date:weekday', 'date:holiday']);
  });

  it('a day the centre has closed in its opening hours', () => {
    const openingHours = {
      weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'] as const, opens: '08:00', closes: '17:00' }],
      exceptions: [{ date: '2026-07-06', until: '2026-08-07', closed: true, note: 'Sommarstängt' }],
    };
    const problems = examRuleProblems(
      RULES,
      { ...ok, date: '2026-07-15' },
      {
        today: TODAY,
        openingHours: { ...openingHours, weekly: [...openingHours.weekly] } as never,
      },
    );
    assert.deepEqual(problems, [{ code: 'closed', field: 'date', note: 'Sommarstängt' }]);
  });

  it('outside the hours: too early, ending too late, past midnight', () => {
    assert.deepEqual(codes(RULES, { start: '07:30', minutes: 60 }), ['start:too-early']);
    assert.deepEqual(codes(RULES, { start: '13:00', minutes: 300 }), ['start:ends-too-late']);
    assert.deepEqual(codes(RULES, { start: '16:00', minutes: 61 }), ['start:ends-too-late']);
    assert.deepEqual(codes(RULES, { start: '16:00', minutes: 60 }), []);
    assert.deepEqual(codes(RULES, { start: '06:00', minutes: 600 }), [
      'minutes:too-long',
      'start:too-early',
    ]);
  });

  it('longer than the day allows', () => {
    const [problem] = examRuleProblems(
      RULES,
      { ...ok, start: '08:00', minutes: 541 },
      { today: TODAY },
    );
    assert.deepEqual(problem, { code: 'too-long', field: 'minutes', maxMinutes: 540 });
  });

  it('sittings: the exam must fit one, and no longer than the longest', () => {
    const rules: ExamInvigilation = {
      ...RULES,
      sessions: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
    };
    assert.deepEqual(codes(rules, { start: '08:30', minutes: 210 }), []);
    assert.deepEqual(codes(rules, { start: '11:00', minutes: 120 }), ['start:no-session']);
    assert.deepEqual(codes(rules, { start: '08:00', minutes: 300 }), ['minutes:too-long']);
    assert.deepEqual(examSeatPool(rules, '13:00', 240), {
      key: '13:00-17:00',
      seats: 4,
      session: { start: '13:00', end: '17:00' },
    });
    assert.deepEqual(examSeatPool(RULES, '13:00', 240), { key: '', seats: 4 });
  });

  it('universities and support the centre does not offer', () => {
    assert.deepEqual(codes(RULES, { provider: 'kth' }), ['provider:university']);
    assert.deepEqual(codes({ ...RULES, universities: undefined }, { provider: 'kth' }), []);
    const [problem] = examRuleProblems(
      RULES,
      { ...ok, support: ['separate-room'] },
      { today: TODAY },
    );
    assert.deepEqual(problem, {
      code: 'support',
      field: 'support',
      offered: ['computer', 'extended-time'],
    });
    assert.deepEqual(codes({ ...RULES, support: undefined }, { support: ['computer'] }), [
      'support:support',
    ]);
  });

  it('malformed input is a format problem, not an exception', () => {
    assert.deepEqual(codes(RULES, { date: '2026-02-30' }), ['date:format']);
    assert.deepEqual(codes(RULES, { start: '9:00' }), ['start:format']);
    assert.deepEqual(codes(RULES, { minutes: 0 }), ['minutes:format']);
    assert.deepEqual(codes(RULES, { minutes: 1.5 }), ['minutes:format']);
  });

  it('examEnd: the clock time an exam ends', () => {
    assert.equal(examEnd('09:00', 300), '14:00');
    assert.equal(examEnd('23:00', 60), '24:00');
    assert.equal(examEnd('23:00', 61), undefined);
  });
});

describe('examFee', () => {
  it('free for the listed municipalities, however they are written', () => {
    for (const name of ['Kalix', 'kalix', ' Kalix kommun ', 'Kalix Kommun', 'Haparanda stad']) {
      assert.deepEqual(examFee(RULES, name), { free: true }, name);
    }
    assert.ok(isFreeFor({ ...RULES, freeFor: ['Söderhamn'] }, 'Söderhamns kommun'));
    assert.ok(isFreeFor({ ...RULES, freeFor: ['Hofors'] }, 'Hofors kommun'));
    assert.equal(municipalityKey('  Övertorneå   kommun'), 'övertorneå');
  });

  it('the fee for everyone else, and while the municipality is not known', () => {
    const fee = {
      free: false,
      amount: 500,
      currency: 'SEK',
      payment: { sv: 'Swish 123', en: 'Swish 123' },
    };
    assert.deepEqual(examFee(RULES, 'Luleå'), fee);
    assert.deepEqual(examFee(RULES, ''), fee);
    assert.deepEqual(examFee(RULES, undefined), fee);
    assert.equal(isFreeFor(RULES, 'Kalixberg'), false);
  });

  it('free for all without a fee', () => {
    assert.deepEqual(examFee({ ...RULES, fee: undefined }, 'Luleå'), { free: true });
    assert.deepEqual(examFee({ ...RULES, fee: { amount: 0, currency: 'SEK' } }, 'Luleå'), {
      free: true,
    });
  });
});

describe('centres[].examInvigilation in a feed', () => {
  const feed = (examInvigilation: unknown) => ({
    version: '1.0',
    publisher: { name: 'Lärcentrum' },
    language: 'sv',
    timeZone: 'Europe/Stockholm',
    updated: '2026-03-01T08:00:00+01:00',
    centres: [
      {
        id: 'kalix',
        name: 'Kalix UniverCity',
        municipality: 'Kalix',
        address: { street: 'Torggatan 13', city: 'Kalix' },
        geo: { lat: 65.85, lon: 23.14 },
        services: ['exam-invigilation'],
        examInvigilation,
      },
    ],
  });

  it('a valid section is kept as written', () => {
    const { feed: out, issues } = validateFeed(feed(RULES));
    assert.deepEqual(issues, []);
    assert.deepEqual(out.centres[0].examInvigilation, RULES);
  });

  it('a broken section is reported and left out; the centre stays', () => {
    const { feed: out, issues } = validateFeed(
      feed({ ...RULES, leadTime: { days: 7, unit: 'weeks' }, latestEnd: '5 pm' }),
    );
    assert.deepEqual(
      issues.map((i) => `${i.severity} ${i.path}`),
      [
        'error centres[0].examInvigilation.latestEnd',
        'error centres[0].examInvigilation.leadTime.unit',
      ],
    );
    assert.equal(out.centres.length, 1);
    assert.equal(out.centres[0].examInvigilation, undefined);
  });
});
