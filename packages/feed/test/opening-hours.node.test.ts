import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openingDay, openingState } from '../src/query/opening-hours.ts';
import type { OpeningHours } from '../src/types.ts';
import { queryFeed } from './helpers/query-feed.ts';

const TZ = 'Europe/Stockholm';
/** Stockholm wall-clock time to an instant (winter +01:00 before 29 March 2026, summer +02:00 after). */
const at = (local: string) => {
  const summer = local >= '2026-03-29T03:00' && local < '2026-10-25T03:00';
  return new Date(`${local}${summer ? '+02:00' : '+01:00'}`);
};
const moment = (date: string, time: string, instant: string) => ({ date, time, at: at(instant) });

/** A typical learning centre: long weekdays, short Fridays, closed at weekends. */
const WEEKDAYS: OpeningHours = {
  weekly: [
    { days: ['mo', 'tu', 'we', 'th'], opens: '08:00', closes: '20:00' },
    { days: ['fr'], opens: '08:00', closes: '16:00' },
  ],
  exceptions: [
    {
      date: '2026-04-30',
      opens: '08:00',
      closes: '13:00',
      note: { sv: 'Valborg', en: 'Walpurgis Eve' },
    },
    { date: '2026-12-24', until: '2026-12-26', closed: true, note: 'Julstängt' },
  ],
};

describe('openingState', () => {
  it('is open during the hours, with the time it closes', () => {
    // Monday 16 March 2026, 10:00.
    assert.deepEqual(openingState(WEEKDAYS, at('2026-03-16T10:00'), TZ), {
      known: true,
      open: true,
      today: {
        date: '2026-03-16',
        ranges: [{ opens: '08:00', closes: '20:00' }],
        closed: false,
        exception: false,
      },
      closesAt: moment('2026-03-16', '20:00', '2026-03-16T20:00'),
    });
  });

  it('is closed before the hours, with the time it opens', () => {
    const state = openingState(WEEKDAYS, at('2026-03-16T07:59'), TZ);
    assert.equal(state.open, false);
    assert.deepEqual(state.opensNext, moment('2026-03-16', '08:00', '2026-03-16T08:00'));
    assert.equal(state.closesAt, undefined);
  });

  it('is closed after the hours and opens the next morning', () => {
    const state = openingState(WEEKDAYS, at('2026-03-16T20:00'), TZ);
    assert.equal(state.open, false, 'closing time is exclusive');
    assert.deepEqual(state.opensNext, moment('2026-03-17', '08:00', '2026-03-17T08:00'));
  });

  it('skips the weekend to find when it opens', () => {
    const saturday = openingState(WEEKDAYS, at('2026-03-21T12:00'), TZ);
    assert.equal(saturday.today.closed, true);
    assert.deepEqual(saturday.opensNext, moment('2026-03-23', '08:00', '2026-03-23T08:00'));
  });

  it("uses the feed's zone: still Monday in UTC, already Tuesday in Stockholm", () => {
    const hours: OpeningHours = { weekly: [{ days: ['mo'], opens: '08:00', closes: '24:00' }] };
    const instant = new Date('2026-03-16T23:30:00Z'); // Monday 23:30 UTC = Tuesday 00:30 in Stockholm
    const stockholm = openingState(hours, instant, TZ);
    assert.equal(stockholm.open, false);
    assert.equal(stockholm.today.date, '2026-03-17');
    assert.equal(stockholm.today.closed, true);
    assert.deepEqual(stockholm.opensNext, moment('2026-03-23', '08:00', '2026-03-23T08:00'));
    const utc = openingState(hours, instant, 'UTC');
    assert.equal(utc.open, true);
    assert.equal(utc.today.date, '2026-03-16');
  });

  it('closes at midnight for 24:00 and says so as 24:00 of that day', () => {
    const hours: OpeningHours = { weekly: [{ days: ['fr'], opens: '08:00', closes: '24:00' }] };
    assert.deepEqual(openingState(hours, at('2026-03-20T23:59'), TZ).closesAt, {
      date: '2026-03-20',
      time: '24:00',
      at: at('2026-03-21T00:00'),
    });
  });

  it('follows back-to-back ranges to the real closing time', () => {
    const weekend: OpeningHours = {
      weekly: [
        { days: ['fr'], opens: '08:00', closes: '16:00' },
        { days: ['sa', 'su'], opens: '00:00', closes: '24:00' },
        { days: ['mo'], opens: '08:00', closes: '20:00' },
      ],
    };
    const state = openingState(weekend, at('2026-03-21T12:00'), TZ);
    assert.equal(state.open, true);
    assert.deepEqual(state.closesAt, moment('2026-03-22', '24:00', '2026-03-23T00:00'));
  });

  it('has no closing time when open round the clock', () => {
    const always: OpeningHours = {
      weekly: [
        { days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' },
      ],
    };
    const state = openingState(always, at('2026-03-18T03:00'), TZ);
    assert.equal(state.open, true);
    assert.equal(state.closesAt, undefined);
    assert.equal(state.opensNext, undefined);
  });

  it('handles a lunch break: several ranges a day, in any order', () => {
    const lunch: OpeningHours = {
      weekly: [
        { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '13:00', closes: '16:00' },
        { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '12:00' },
      ],
    };
    const morning = openingState(lunch, at('2026-03-16T11:00'), TZ);
    assert.deepEqual(morning.today.ranges, [
      { opens: '08:00', closes: '12:00' },
      { opens: '13:00', closes: '16:00' },
    ]);
    assert.deepEqual(morning.closesAt, moment('2026-03-16', '12:00', '2026-03-16T12:00'));
    const noon = openingState(lunch, at('2026-03-16T12:30'), TZ);
    assert.equal(noon.open, false);
    assert.equal(noon.today.closed, false, 'closed now, not all day');
    assert.deepEqual(noon.opensNext, moment('2026-03-16', '13:00', '2026-03-16T13:00'));
  });

  it('closes on exception days (Christmas Eve to Boxing Day) and opens after them', () => {
    const eve = openingState(WEEKDAYS, at('2026-12-24T10:00'), TZ); // a Thursday
    assert.equal(eve.open, false);
    assert.deepEqual(eve.today, {
      date: '2026-12-24',
      ranges: [],
      closed: true,
      exception: true,
      note: 'Julstängt',
    });
    assert.deepEqual(eve.opensNext, moment('2026-12-28', '08:00', '2026-12-28T08:00'));
    assert.equal(openingState(WEEKDAYS, at('2026-12-25T10:00'), TZ).today.note, 'Julstängt');
    assert.equal(openingState(WEEKDAYS, at('2026-12-23T10:00'), TZ).open, true);
  });

  it('uses the special hours of a shortened day', () => {
    const valborg = openingState(WEEKDAYS, at('2026-04-30T12:00'), TZ); // a Thursday
    assert.equal(valborg.open, true);
    assert.deepEqual(valborg.closesAt, moment('2026-04-30', '13:00', '2026-04-30T13:00'));
    assert.deepEqual(valborg.today, {
      date: '2026-04-30',
      ranges: [{ opens: '08:00', closes: '13:00' }],
      closed: false,
      exception: true,
      note: { sv: 'Valborg', en: 'Walpurgis Eve' },
    });
    assert.equal(
      openingState(WEEKDAYS, at('2026-04-30T14:00'), TZ).open,
      false,
      'weekly hours say 20:00',
    );
  });

  it('lets the most specific exception win, and equally specific ones add up', () => {
    const summer: OpeningHours = {
      weekly: WEEKDAYS.weekly,
      exceptions: [
        { date: '2026-07-01', until: '2026-08-09', closed: true, note: 'Sommarstängt' },
        { date: '2026-07-15', opens: '13:00', closes: '15:00' },
        { date: '2026-07-15', opens: '09:00', closes: '12:00', note: 'Öppet för tentor' },
      ],
    };
    const july1 = openingState(summer, at('2026-07-01T10:00'), TZ);
    assert.equal(july1.today.note, 'Sommarstängt');
    assert.deepEqual(july1.opensNext, moment('2026-07-15', '09:00', '2026-07-15T09:00'));
    const july15 = openingState(summer, at('2026-07-15T10:00'), TZ);
    assert.equal(july15.open, true);
    assert.deepEqual(july15.today.ranges, [
      { opens: '09:00', closes: '12:00' },
      { opens: '13:00', closes: '15:00' },
    ]);
    assert.equal(july15.today.note, 'Öppet för tentor');
    assert.equal(openingState(summer, at('2026-07-16T10:00'), TZ).open, false);
  });

  it('keeps the weekly hours for an exception that only has a note', () => {
    const noted: OpeningHours = {
      ...WEEKDAYS,
      exceptions: [{ date: '2026-03-16', note: 'Ny entré' }],
    };
    const state = openingState(noted, at('2026-03-16T10:00'), TZ);
    assert.equal(state.open, true);
    assert.equal(state.today.exception, false);
    assert.equal(state.today.note, 'Ny entré');
  });

  it('runs a range past midnight into the next day', () => {
    const night: OpeningHours = { weekly: [{ days: ['fr'], opens: '22:00', closes: '02:00' }] };
    const state = openingState(night, at('2026-03-21T01:00'), TZ); // Saturday
    assert.equal(state.open, true);
    assert.deepEqual(state.closesAt, moment('2026-03-21', '02:00', '2026-03-21T02:00'));
    assert.equal(state.today.closed, false, 'open for part of Saturday');
    assert.equal(openingState(night, at('2026-03-21T02:00'), TZ).open, false);
  });

  it('gives instants in local time across the daylight-saving change', () => {
    const sunday: OpeningHours = {
      weekly: [{ days: ['sa', 'su'], opens: '10:00', closes: '16:00' }],
    };
    // Saturday 28 March is winter time, Sunday 29 March summer time.
    assert.equal(
      openingState(sunday, at('2026-03-28T11:00'), TZ).closesAt?.at.toISOString(),
      '2026-03-28T15:00:00.000Z',
    );
    assert.equal(
      openingState(sunday, at('2026-03-29T11:00'), TZ).closesAt?.at.toISOString(),
      '2026-03-29T14:00:00.000Z',
    );
    assert.equal(
      openingState(sunday, new Date('2026-03-29T07:30:00Z'), TZ).open,
      false,
      '09:30 summer time',
    );
    assert.equal(
      openingState(sunday, new Date('2026-03-29T08:00:00Z'), TZ).open,
      true,
      '10:00 summer time',
    );
  });

  it('is unknown without hours, and says nothing about today', () => {
    assert.deepEqual(openingState(undefined, at('2026-03-16T10:00'), TZ), {
      known: false,
      open: false,
      today: { date: '2026-03-16', ranges: [], closed: false, exception: false },
    });
  });

  it('is unknown on days no weekly hours or exceptions cover, and finds the next exception day', () => {
    const events: OpeningHours = {
      weekly: [],
      exceptions: [{ date: '2026-05-05', opens: '10:00', closes: '12:00' }],
    };
    const before = openingState(events, at('2026-03-16T10:00'), TZ);
    assert.equal(before.known, false);
    assert.equal(before.today.closed, false);
    assert.deepEqual(before.opensNext, moment('2026-05-05', '10:00', '2026-05-05T10:00'));
    const during = openingState(events, at('2026-05-05T11:00'), TZ);
    assert.equal(during.known, true);
    assert.equal(during.open, true);
    assert.equal(openingState({ weekly: [] }, at('2026-03-16T10:00'), TZ).opensNext, undefined);
  });

  it('ignores exceptions on impossible dates and ranges of no length', () => {
    const odd: OpeningHours = {
      weekly: [
        { days: ['mo'], opens: '08:00', closes: '08:00' },
        { days: ['mo'], opens: '09:00', closes: '10:00' },
      ],
      exceptions: [{ date: '2026-02-30', closed: true }],
    };
    assert.deepEqual(openingState(odd, at('2026-03-16T09:30'), TZ).today.ranges, [
      { opens: '09:00', closes: '10:00' },
    ]);
    assert.equal(openingState(odd, at('2026-03-02T09:30'), TZ).open, true);
  });

  it("reads a centre's hours from a validated feed", () => {
    const kalix = queryFeed().centres.find((c) => c.id === 'kalix')!;
    assert.equal(openingState(kalix.openingHours, at('2026-03-20T15:00'), TZ).open, true);
    assert.equal(openingState(kalix.openingHours, at('2026-03-20T16:30'), TZ).open, false);
  });
});

describe('openingDay', () => {
  it('gives the hours of a date, exceptions applied', () => {
    assert.deepEqual(openingDay(WEEKDAYS, '2026-12-24'), {
      date: '2026-12-24',
      ranges: [],
      closed: true,
      exception: true,
      note: 'Julstängt',
    });
    assert.deepEqual(openingDay(WEEKDAYS, '2026-03-20').ranges, [
      { opens: '08:00', closes: '16:00' },
    ]);
    assert.equal(openingDay(WEEKDAYS, '2026-03-22').closed, true);
  });

  it('is unknown without hours and refuses a malformed date', () => {
    assert.deepEqual(openingDay(undefined, '2026-03-16'), {
      date: '2026-03-16',
      ranges: [],
      closed: false,
      exception: false,
    });
    assert.throws(() => openingDay(WEEKDAYS, '16/3/2026'));
  });
});
