import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  MAX_OCCURRENCES,
  type RecurrenceInput,
  expandRecurrence,
  parseRecurrenceRule,
} from '../src/query/recurrence.ts';
import { instantToZonedParts } from '../src/time/zone.ts';

const STOCKHOLM = 'Europe/Stockholm';

/** Expands in Stockholm and returns ISO instants. */
function expand(
  start: string,
  rule: string,
  from: string,
  to: string,
  more: Partial<RecurrenceInput> = {},
): string[] {
  const input: RecurrenceInput = { start: new Date(start), timeZone: STOCKHOLM, rule, ...more };
  return expandRecurrence(input, new Date(from), new Date(to)).map((d) => d.toISOString());
}

/** Local 'YYYY-MM-DD HH:MM' of each instant in Stockholm. */
function local(instants: string[], timeZone = STOCKHOLM): string[] {
  return instants.map((value) => {
    const p = instantToZonedParts(new Date(value), timeZone);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${p.year}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)}`;
  });
}

describe('parseRecurrenceRule', () => {
  it('reads every supported part', () => {
    assert.deepEqual(
      parseRecurrenceRule(
        'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU,-1FR,MO;BYMONTHDAY=1,-1;WKST=SU;COUNT=10',
      ),
      {
        freq: 'MONTHLY',
        interval: 2,
        count: 10,
        byDay: [{ weekday: 2, ordinal: 2 }, { weekday: 5, ordinal: -1 }, { weekday: 1 }],
        byMonthDay: [1, -1],
        wkst: 7,
      },
    );
    assert.deepEqual(parseRecurrenceRule('RRULE:FREQ=WEEKLY;UNTIL=20260630T220000Z').until, {
      wall: Date.UTC(2026, 5, 30, 22),
      dateOnly: false,
      utc: true,
    });
    assert.deepEqual(parseRecurrenceRule('FREQ=DAILY;UNTIL=20260630').until, {
      wall: Date.UTC(2026, 5, 30),
      dateOnly: true,
      utc: false,
    });
    assert.equal(parseRecurrenceRule('FREQ=DAILY').interval, 1);
    assert.equal(parseRecurrenceRule('FREQ=DAILY').wkst, 1);
  });

  it('throws a clear error naming the rule and the problem', () => {
    const cases: [string, RegExp][] = [
      ['INTERVAL=2', /FREQ is required/],
      ['FREQ=YEARLY', /FREQ=YEARLY is not supported/],
      ['FREQ=WEEKLY;BYSETPOS=1', /BYSETPOS is not supported/],
      ['FREQ=WEEKLY;FREQ=DAILY', /FREQ is given twice/],
      ['FREQ=WEEKLY;COUNT=3;UNTIL=20260101', /COUNT and UNTIL/],
      ['FREQ=WEEKLY;BYDAY=2TU', /needs FREQ=MONTHLY/],
      ['FREQ=MONTHLY;BYDAY=TUE', /BYDAY entry "TUE"/],
      ['FREQ=MONTHLY;BYMONTHDAY=0', /BYMONTHDAY entry "0"/],
      ['FREQ=MONTHLY;BYMONTHDAY=32', /BYMONTHDAY entry "32"/],
      ['FREQ=DAILY;UNTIL=20260230', /UNTIL must be/],
      ['FREQ=DAILY;INTERVAL=0', /INTERVAL must be a positive whole number/],
      ['FREQ=DAILY;WKST=XX', /WKST/],
      ['FREQ=DAILY;COUNT', /"COUNT" is not NAME=VALUE/],
    ];
    for (const [rule, message] of cases) {
      assert.throws(
        () => parseRecurrenceRule(rule),
        (error: Error) => error.message.includes(rule) && message.test(error.message),
        rule,
      );
    }
  });
});

describe('expandRecurrence: wall-clock time across daylight saving', () => {
  it('keeps a weekly 18:00 Stockholm event at 18:00 across the last Sundays of March and October', () => {
    const starts = expand(
      '2026-03-17T18:00+01:00',
      'FREQ=WEEKLY',
      '2026-03-01T00:00Z',
      '2026-11-11T00:00Z',
    );
    assert.equal(starts.length, 35);
    for (const value of local(starts)) assert.match(value, / 18:00$/);
    for (const value of starts)
      assert.equal(instantToZonedParts(new Date(value), STOCKHOLM).dayOfWeek, 2);
    // The UTC time moves: 17:00Z in winter, 16:00Z in summer.
    assert.deepEqual(starts.slice(0, 3), [
      '2026-03-17T17:00:00.000Z',
      '2026-03-24T17:00:00.000Z',
      '2026-03-31T16:00:00.000Z',
    ]);
    assert.deepEqual(starts.slice(31, 34), [
      '2026-10-20T16:00:00.000Z',
      '2026-10-27T17:00:00.000Z',
      '2026-11-03T17:00:00.000Z',
    ]);
  });

  it('moves an occurrence that falls in the spring-forward gap forward by an hour', () => {
    const starts = expand(
      '2026-03-27T02:30+01:00',
      'FREQ=DAILY;COUNT=4',
      '2026-03-01T00:00Z',
      '2026-04-30T00:00Z',
    );
    assert.deepEqual(starts, [
      '2026-03-27T01:30:00.000Z',
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:30:00.000Z', // 02:30 does not exist: 03:30 CEST
      '2026-03-30T00:30:00.000Z', // back to 02:30, now CEST
    ]);
    assert.deepEqual(local(starts).slice(2), ['2026-03-29 03:30', '2026-03-30 02:30']);
  });

  it('takes the first of two ambiguous wall times in autumn', () => {
    const starts = expand(
      '2026-10-24T02:30+02:00',
      'FREQ=DAILY;COUNT=3',
      '2026-10-01T00:00Z',
      '2026-11-01T00:00Z',
    );
    assert.deepEqual(starts, [
      '2026-10-24T00:30:00.000Z',
      '2026-10-25T00:30:00.000Z',
      '2026-10-26T01:30:00.000Z',
    ]);
  });

  it('follows the wall clock of the feed zone, not the offset the start was written with', () => {
    // 18:00+09:00 is 10:00 in Stockholm; the series stays at 10:00 Stockholm time.
    const starts = expand(
      '2026-03-24T18:00+09:00',
      'FREQ=WEEKLY;COUNT=2',
      '2026-03-01T00:00Z',
      '2026-05-01T00:00Z',
    );
    assert.deepEqual(local(starts), ['2026-03-24 10:00', '2026-03-31 10:00']);
  });
});

describe('expandRecurrence: MONTHLY', () => {
  it('BYDAY=-1FR gives the last Friday of each month', () => {
    const starts = expand(
      '2026-01-30T10:00+01:00',
      'FREQ=MONTHLY;BYDAY=-1FR;COUNT=6',
      '2026-01-01T00:00Z',
      '2027-01-01T00:00Z',
    );
    assert.deepEqual(local(starts), [
      '2026-01-30 10:00',
      '2026-02-27 10:00',
      '2026-03-27 10:00',
      '2026-04-24 10:00',
      '2026-05-29 10:00',
      '2026-06-26 10:00',
    ]);
  });

  it('BYDAY=2TU gives the second Tuesday, up to a date-only UNTIL', () => {
    const starts = expand(
      '2026-02-10T13:00+01:00',
      'FREQ=MONTHLY;BYDAY=2TU;UNTIL=20260609',
      '2026-01-01T00:00Z',
      '2027-01-01T00:00Z',
    );
    assert.deepEqual(local(starts), [
      '2026-02-10 13:00',
      '2026-03-10 13:00',
      '2026-04-14 13:00',
      '2026-05-12 13:00',
      '2026-06-09 13:00',
    ]);
  });

  it('BYDAY=5FR only in months that have five Fridays', () => {
    const starts = expand(
      '2026-01-30T10:00+01:00',
      'FREQ=MONTHLY;BYDAY=5FR',
      '2026-01-01T00:00Z',
      '2026-12-31T00:00Z',
    );
    assert.deepEqual(
      local(starts).map((s) => s.slice(0, 10)),
      ['2026-01-30', '2026-05-29', '2026-07-31', '2026-10-30'],
    );
  });

  it('BYMONTHDAY=-1 gives the last day of every month', () => {
    const starts = expand(
      '2026-01-31T15:00+01:00',
      'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4',
      '2026-01-01T00:00Z',
      '2027-01-01T00:00Z',
    );
    assert.deepEqual(local(starts), [
      '2026-01-31 15:00',
      '2026-02-28 15:00',
      '2026-03-31 15:00',
      '2026-04-30 15:00',
    ]);
  });

  it('without BYDAY or BYMONTHDAY, skips months that lack the start day', () => {
    const starts = expand(
      '2026-01-31T15:00+01:00',
      'FREQ=MONTHLY;COUNT=3',
      '2026-01-01T00:00Z',
      '2027-01-01T00:00Z',
    );
    assert.deepEqual(
      local(starts).map((s) => s.slice(0, 10)),
      ['2026-01-31', '2026-03-31', '2026-05-31'],
    );
  });

  it('BYDAY with BYMONTHDAY keeps only days matching both (Friday the 13th)', () => {
    const starts = expand(
      '2026-02-13T12:00+01:00',
      'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13',
      '2026-01-01T00:00Z',
      '2027-01-01T00:00Z',
    );
    assert.deepEqual(
      local(starts).map((s) => s.slice(0, 10)),
      ['2026-02-13', '2026-03-13', '2026-11-13'],
    );
  });

  it('INTERVAL=3 steps quarters', () => {
    const starts = expand(
      '2026-01-15T09:00+01:00',
      'FREQ=MONTHLY;INTERVAL=3',
      '2026-01-01T00:00Z',
      '2027-01-01T00:00Z',
    );
    assert.deepEqual(
      local(starts).map((s) => s.slice(0, 10)),
      ['2026-01-15', '2026-04-15', '2026-07-15', '2026-10-15'],
    );
  });
});

describe('expandRecurrence: WEEKLY and DAILY', () => {
  it('INTERVAL=2 with several BYDAYs honours WKST (the RFC 5545 example)', () => {
    const ny = { timeZone: 'America/New_York' };
    const mo = expand(
      '1997-08-05T09:00-04:00',
      'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO',
      '1997-01-01T00:00Z',
      '1998-01-01T00:00Z',
      ny,
    );
    assert.deepEqual(local(mo, 'America/New_York'), [
      '1997-08-05 09:00',
      '1997-08-10 09:00',
      '1997-08-19 09:00',
      '1997-08-24 09:00',
    ]);
    const su = expand(
      '1997-08-05T09:00-04:00',
      'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU',
      '1997-01-01T00:00Z',
      '1998-01-01T00:00Z',
      ny,
    );
    assert.deepEqual(local(su, 'America/New_York'), [
      '1997-08-05 09:00',
      '1997-08-17 09:00',
      '1997-08-19 09:00',
      '1997-08-31 09:00',
    ]);
  });

  it('INTERVAL=2 with MO,WE,FR alternates weeks', () => {
    const starts = expand(
      '2026-03-02T09:00+01:00',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR',
      '2026-03-01T00:00Z',
      '2026-03-31T00:00Z',
    );
    assert.deepEqual(
      local(starts).map((s) => s.slice(0, 10)),
      [
        '2026-03-02',
        '2026-03-04',
        '2026-03-06',
        '2026-03-16',
        '2026-03-18',
        '2026-03-20',
        '2026-03-30',
      ],
    );
  });

  it('BYMONTHDAY limits a weekly rule', () => {
    const starts = expand(
      '2026-03-02T09:00+01:00',
      'FREQ=WEEKLY;BYDAY=MO;BYMONTHDAY=1,2,3,4,5,6,7',
      '2026-03-01T00:00Z',
      '2026-07-01T00:00Z',
    );
    assert.deepEqual(
      local(starts).map((s) => s.slice(0, 10)),
      ['2026-03-02', '2026-04-06', '2026-05-04', '2026-06-01'],
    );
  });

  it('BYDAY limits a daily rule to weekdays', () => {
    const starts = expand(
      '2026-03-05T08:00+01:00',
      'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=5',
      '2026-03-01T00:00Z',
      '2026-04-01T00:00Z',
    );
    assert.deepEqual(
      local(starts).map((s) => s.slice(0, 10)),
      ['2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10', '2026-03-11'],
    );
  });

  it('counts DTSTART as the first occurrence even when it does not match the rule', () => {
    const starts = expand(
      '2026-03-04T09:00+01:00',
      'FREQ=WEEKLY;BYDAY=TU;COUNT=3',
      '2026-03-01T00:00Z',
      '2026-04-01T00:00Z',
    );
    assert.deepEqual(
      local(starts).map((s) => s.slice(0, 10)),
      ['2026-03-04', '2026-03-10', '2026-03-17'],
    );
  });
});

describe('expandRecurrence: COUNT, UNTIL and the window', () => {
  it('COUNT counts from DTSTART, not from the window', () => {
    const starts = expand(
      '2026-03-01T12:00+01:00',
      'FREQ=DAILY;COUNT=5',
      '2026-03-03T23:30Z',
      '2026-03-20T00:00Z',
    );
    assert.deepEqual(
      local(starts).map((s) => s.slice(0, 10)),
      ['2026-03-04', '2026-03-05'],
    );
  });

  it('UTC UNTIL is inclusive to the second', () => {
    const start = '2026-03-17T18:00+01:00';
    const window = ['2026-03-01T00:00Z', '2026-06-01T00:00Z'] as const;
    assert.equal(
      expand(start, 'FREQ=WEEKLY;UNTIL=20260414T160000Z', ...window).at(-1),
      '2026-04-14T16:00:00.000Z',
    );
    assert.equal(
      expand(start, 'FREQ=WEEKLY;UNTIL=20260414T155959Z', ...window).at(-1),
      '2026-04-07T16:00:00.000Z',
    );
  });

  it('date-only UNTIL includes its whole local day; floating UNTIL is Stockholm wall time', () => {
    const start = '2026-03-17T18:00+01:00';
    const window = ['2026-03-01T00:00Z', '2026-06-01T00:00Z'] as const;
    assert.equal(
      expand(start, 'FREQ=WEEKLY;UNTIL=20260414', ...window).at(-1),
      '2026-04-14T16:00:00.000Z',
    );
    assert.equal(
      expand(start, 'FREQ=WEEKLY;UNTIL=20260414T180000', ...window).at(-1),
      '2026-04-14T16:00:00.000Z',
    );
    assert.equal(
      expand(start, 'FREQ=WEEKLY;UNTIL=20260414T175959', ...window).at(-1),
      '2026-04-07T16:00:00.000Z',
    );
  });

  it('includes an occurrence that began before the window but lasts into it', () => {
    const rule = 'FREQ=DAILY';
    const from = '2026-03-10T17:30Z';
    assert.deepEqual(expand('2026-03-01T18:00+01:00', rule, from, '2026-03-11T00:00Z'), []);
    assert.deepEqual(
      expand('2026-03-01T18:00+01:00', rule, from, '2026-03-11T00:00Z', { durationMs: 3_600_000 }),
      ['2026-03-10T17:00:00.000Z'],
    );
  });

  it('gives the same occurrences when skipping ahead as when stepping from a start years ago', () => {
    const rule = 'FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH';
    const from = new Date('2026-03-01T00:00Z');
    const to = new Date('2026-06-01T00:00Z');
    const input: RecurrenceInput = {
      start: new Date('2019-01-07T18:00+01:00'),
      timeZone: STOCKHOLM,
      rule,
    };
    const all = expandRecurrence(input, input.start, to).filter((d) => d >= from);
    assert.ok(all.length > 5, `only ${all.length} occurrences`);
    assert.deepEqual(expandRecurrence(input, from, to), all);
  });

  it('stops a rule that never matches at the end of the window', () => {
    const started = performance.now();
    const starts = expand(
      '2026-01-13T10:00+01:00',
      'FREQ=MONTHLY;BYMONTHDAY=31;BYDAY=2TU',
      '2026-01-01T00:00Z',
      '2999-01-01T00:00Z',
    );
    assert.deepEqual(starts, ['2026-01-13T09:00:00.000Z']);
    assert.ok(performance.now() - started < 10_000, 'bounded by the window, not by luck');
  });

  it(`returns at most ${MAX_OCCURRENCES} occurrences from a runaway window`, () => {
    const starts = expand(
      '2026-01-01T10:00+01:00',
      'FREQ=DAILY',
      '2026-01-01T00:00Z',
      '2200-01-01T00:00Z',
    );
    assert.equal(starts.length, MAX_OCCURRENCES);
  });

  it('throws on an unreadable rule or date', () => {
    assert.throws(
      () =>
        expand('2026-01-01T10:00+01:00', 'FREQ=HOURLY', '2026-01-01T00:00Z', '2026-02-01T00:00Z'),
      /HOURLY/,
    );
    assert.throws(
      () =>
        expand('2026-01-01T10:00+01:00', 'FREQ=DAILY', '2026-01-01T00:00Z', '2026-02-01T00:00Z', {
          exdates: ['yesterday'],
        }),
      /"yesterday"/,
    );
  });
});

describe('expandRecurrence: EXDATE and RDATE', () => {
  const start = '2026-03-17T18:00+01:00';
  const window = ['2026-03-01T00:00Z', '2026-04-22T00:00Z'] as const;

  it('EXDATE removes the occurrence with that instant, whatever offset it is written with', () => {
    const all = expand(start, 'FREQ=WEEKLY', ...window);
    assert.ok(
      all.includes('2026-04-07T16:00:00.000Z'),
      'the occurrence exists before it is excluded',
    );
    for (const exdate of [
      '2026-04-07T18:00+02:00',
      '2026-04-07T16:00Z',
      '2026-04-07T11:00-05:00',
    ]) {
      const starts = expand(start, 'FREQ=WEEKLY', ...window, { exdates: [exdate] });
      assert.deepEqual(
        starts,
        all.filter((s) => s !== '2026-04-07T16:00:00.000Z'),
        exdate,
      );
    }
  });

  it('EXDATE at another time of day removes nothing; a date removes that whole day', () => {
    const all = expand(start, 'FREQ=WEEKLY', ...window);
    assert.deepEqual(
      expand(start, 'FREQ=WEEKLY', ...window, { exdates: ['2026-04-07T19:00+02:00'] }),
      all,
    );
    assert.equal(
      expand(start, 'FREQ=WEEKLY', ...window, { exdates: ['2026-04-07'] }).length,
      all.length - 1,
    );
  });

  it('EXDATE can remove DTSTART itself and does not shift COUNT', () => {
    const starts = expand(start, 'FREQ=WEEKLY;COUNT=3', ...window, {
      exdates: ['2026-03-17T18:00+01:00'],
    });
    assert.deepEqual(local(starts), ['2026-03-24 18:00', '2026-03-31 18:00']);
  });

  it('RDATE adds occurrences, in order, uncounted by COUNT, once each, and EXDATE wins', () => {
    const starts = expand(start, 'FREQ=WEEKLY;COUNT=2', ...window, {
      rdates: [
        '2026-03-21T11:00+01:00',
        '2026-03-24T18:00+01:00',
        '2026-04-11T11:00+02:00',
        '2026-05-30T11:00+02:00',
      ],
      exdates: ['2026-04-11T11:00+02:00'],
    });
    assert.deepEqual(local(starts), ['2026-03-17 18:00', '2026-03-21 11:00', '2026-03-24 18:00']);
  });
});

describe('expandRecurrence: all-day series', () => {
  it('repeats whole days, matches EXDATEs by day and finds multi-day occurrences overlapping the window', () => {
    const input: RecurrenceInput = {
      start: new Date('2026-03-01T23:00Z'), // 2026-03-02 00:00 in Stockholm
      timeZone: STOCKHOLM,
      allDay: true,
      rule: 'FREQ=WEEKLY;COUNT=6',
      exdates: ['2026-03-16T12:00+01:00'],
      durationDays: 2,
    };
    const starts = expandRecurrence(
      input,
      new Date('2026-03-10T12:00Z'),
      new Date('2026-04-01T00:00Z'),
    );
    // 03-09 runs through 03-10, so it overlaps; 03-16 is left out; 03-30 begins at midnight CEST.
    assert.deepEqual(local(starts.map((d) => d.toISOString())), [
      '2026-03-09 00:00',
      '2026-03-23 00:00',
      '2026-03-30 00:00',
    ]);
    assert.equal(starts[2].toISOString(), '2026-03-29T22:00:00.000Z');
  });
});
