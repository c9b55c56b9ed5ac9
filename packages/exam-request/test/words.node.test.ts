/**
 * The rules and their problems in words, in Swedish and English: times,
 * fees and weekdays through `Intl`, each broken rule with its details.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Weekday } from '@learning-centre/feed';
import { swedishHoliday } from '@learning-centre/feed/queries';
import { examRequestText } from '../src/messages.ts';
import { problemText, type ProblemContext } from '../src/problem-text.ts';
import { clockTime, formatAmount, formatWeekdays, weekdayRuns } from '../src/rule-format.ts';
import { feeSentence } from '../src/rules-view.ts';
import { stepText } from '../src/steps-messages.ts';
import { KALIX } from './fixture-rules.ts';

const RULES = KALIX;

const context = (lang: string, date = '2026-03-21'): ProblemContext => ({
  msg: (key, params) => stepText(lang, key, params),
  text: (value) => (typeof value === 'string' ? value : (value?.[lang] ?? value?.sv ?? '')),
  lang,
  rules: RULES,
  date,
});

describe('rule-format', () => {
  test('feed times as each language writes them', () => {
    assert.equal(clockTime('08:00', 'sv'), '08:00');
    assert.match(clockTime('13:30', 'en'), /^1:30\sPM$/);
    assert.equal(clockTime('24:00', 'sv'), '24:00');
  });

  test('fees with the currency, decimals only when there are some', () => {
    assert.match(formatAmount({ amount: 500, currency: 'SEK' }, 'sv'), /^500\skr$/);
    assert.match(formatAmount({ amount: 49.5, currency: 'EUR' }, 'en'), /^€49\.50$/);
  });

  test('weekdays as runs and ranges', () => {
    const week: Weekday[] = ['fr', 'mo', 'tu', 'we', 'th', 'su'];
    assert.deepEqual(weekdayRuns(week), [
      ['mo', 'fr'],
      ['su', 'su'],
    ]);
    const range = (from: string, to: string) => `${from}–${to}`;
    assert.equal(formatWeekdays(week, 'sv', range), 'måndag–fredag och söndag');
    assert.equal(formatWeekdays(['tu', 'th'], 'en', range), 'Tuesday and Thursday');
  });

  test('who pays, in one sentence', () => {
    const msg = (lang: string) => (key: Parameters<typeof examRequestText>[1], p?: object) =>
      examRequestText(lang, key, p as never);
    assert.match(
      feeSentence({ msg: msg('sv'), lang: 'sv', rules: RULES }),
      /^Gratis för dig som bor i Kalix, Haparanda och Överkalix\. Andra betalar 500\skr per tentamen\.$/,
    );
    assert.equal(
      feeSentence({ msg: msg('en'), lang: 'en', rules: { ...RULES, fee: undefined } }),
      'Writing an exam here is free of charge.',
    );
  });
});

describe('problemText', () => {
  test('too late names the first possible date', () => {
    const text = problemText(
      { field: 'date', code: 'too-late', earliestDate: '2026-03-18' },
      context('sv'),
    );
    assert.equal(
      text,
      'Det är för sent att fråga om den dagen. Första möjliga datum är ons 18 mars.',
    );
  });

  test('a weekend day names the day and the days exams are written', () => {
    assert.equal(
      problemText({ field: 'date', code: 'weekday' }, context('en')),
      'We do not invigilate exams on a Saturday. Exams are written Monday to Friday.',
    );
  });

  test('a holiday is named in the reader’s language', () => {
    const holiday = swedishHoliday('2026-06-19')!;
    assert.equal(
      problemText({ field: 'date', code: 'holiday', holiday }, context('sv', '2026-06-19')),
      'fre 19 juni är Midsommarafton och då har vi stängt. Välj en annan dag.',
    );
    assert.match(
      problemText({ field: 'date', code: 'holiday', holiday }, context('en', '2026-06-19')),
      /Midsummer Eve/,
    );
  });

  test('times, lengths, sittings and support carry their limits', () => {
    const sv = context('sv');
    assert.equal(
      problemText({ field: 'start', code: 'too-early', earliestStart: '08:00' }, sv),
      'Tentor kan börja tidigast 08:00.',
    );
    assert.equal(
      problemText({ field: 'start', code: 'ends-too-late', latestEnd: '17:00' }, sv),
      'Tentan slutar för sent: alla tentor ska vara klara 17:00.',
    );
    assert.equal(
      problemText({ field: 'minutes', code: 'too-long', maxMinutes: 540 }, sv),
      'Så lång skrivtid kan vi inte erbjuda: högst 540 minuter.',
    );
    assert.equal(
      problemText(
        {
          field: 'start',
          code: 'no-session',
          sessions: [
            { start: '08:00', end: '12:00' },
            { start: '13:00', end: '17:00' },
          ],
        },
        sv,
      ),
      'Tentan ska rymmas i ett av passen 08:00–12:00 eller 13:00–17:00.',
    );
    assert.equal(
      problemText({ field: 'support', code: 'support', offered: ['computer'] }, sv),
      'Det stödet kan vi inte ordna. Vi kan ordna dator.',
    );
  });

  test('what is missing or mistyped, by field', () => {
    const en = context('en');
    assert.equal(problemText({ field: 'provider', code: 'required' }, en), 'Choose a university.');
    assert.equal(problemText({ field: 'name', code: 'required' }, en), 'Fill this in.');
    assert.match(problemText({ field: 'email', code: 'format' }, en), /e-mail address/);
    assert.equal(problemText({ field: 'name', code: 'too-long' }, en), 'This text is too long.');
    assert.match(problemText({ field: 'date', code: 'full' }, en), /Every seat that day is taken/);
  });
});
