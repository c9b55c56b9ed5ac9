import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calendarOccurrences } from '../src/query/calendar-occurrences.ts';
import type { Occurrence } from '../src/query/events.ts';
import { instantToZonedParts } from '../src/time/zone.ts';
import type { FeedEvent } from '../src/types.ts';

const STOCKHOLM = 'Europe/Stockholm';
const event = (id: string, fields: Partial<FeedEvent>): FeedEvent => ({
  id,
  title: id,
  category: 'lecture',
  start: '2026-03-03T18:00+01:00',
  ...fields,
});
const ids = (list: readonly Occurrence[] | undefined) => (list ?? []).map((o) => o.event.id);
const clock = (date: Date, timeZone: string) => {
  const p = instantToZonedParts(date, timeZone);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
};

const feed = {
  timeZone: STOCKHOLM,
  events: [
    event('weekly', {
      start: '2026-03-17T18:00+01:00',
      end: '2026-03-17T19:30+01:00',
      centre: 'kalix',
      category: 'guidance-drop-in',
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU' },
    }),
    event('late', {
      start: '2026-03-27T22:30+01:00',
      end: '2026-03-28T01:00+01:00',
      centre: 'varberg',
    }),
    event('fair', { start: '2026-03-30', end: '2026-04-01', category: 'open-house' }),
    event('night', { start: '2026-03-25T02:00+01:00', status: 'cancelled' }),
  ],
};

describe('calendarOccurrences', () => {
  const march = calendarOccurrences(feed, {
    firstDate: '2026-03-23',
    lastDate: '2026-04-05',
    timeZone: STOCKHOLM,
  });

  it('has every day of the range, in order, events or not', () => {
    const days = [...march.days.keys()];
    assert.equal(days.length, 14);
    assert.equal(days[0], '2026-03-23');
    assert.equal(days.at(-1), '2026-04-05');
    assert.deepEqual(march.days.get('2026-03-26'), []);
  });

  it('keeps a weekly 18:00 event at 18:00 local across the change to summer time', () => {
    const tuesdays = march.occurrences.filter((o) => o.event.id === 'weekly');
    assert.deepEqual(
      tuesdays.map((o) => o.start.toISOString()),
      ['2026-03-24T17:00:00.000Z', '2026-03-31T16:00:00.000Z'],
    );
    assert.deepEqual(
      tuesdays.map((o) => clock(o.start, STOCKHOLM)),
      ['18:00', '18:00'],
    );
    assert.deepEqual(ids(march.days.get('2026-03-31')), ['fair', 'weekly']);
  });

  it('shows an event past midnight on both days and an all-day event on each of its dates', () => {
    assert.deepEqual(ids(march.days.get('2026-03-27')), ['late']);
    assert.deepEqual(ids(march.days.get('2026-03-28')), ['late']);
    assert.deepEqual(ids(march.days.get('2026-03-30')), ['fair']);
    assert.deepEqual(ids(march.days.get('2026-04-01')), ['fair']);
    assert.deepEqual(ids(march.days.get('2026-04-02')), []);
  });

  it('lists each shown occurrence once, by start, cancelled ones included', () => {
    assert.deepEqual(ids(march.occurrences), ['weekly', 'night', 'late', 'fair', 'weekly']);
    assert.equal(march.total, 5);
  });

  it('groups by the viewing zone’s days while recurring in the feed’s zone', () => {
    const ny = calendarOccurrences(feed, {
      firstDate: '2026-03-23',
      lastDate: '2026-04-05',
      timeZone: 'America/New_York',
    });
    // 02:00 in Stockholm on 25 March is 21:00 on 24 March in New York.
    assert.deepEqual(ids(ny.days.get('2026-03-24')), ['weekly', 'night']);
    assert.equal(clock(ny.days.get('2026-03-24')![0].start, 'America/New_York'), '13:00');
    // Stockholm moved to summer time on 29 March, New York on 8 March: 18:00 is 12:00 there.
    assert.equal(clock(ny.days.get('2026-03-31')!.at(-1)!.start, 'America/New_York'), '12:00');
    // All-day events keep their dates in any zone.
    assert.deepEqual(ids(ny.days.get('2026-03-30')), ['fair']);
    assert.deepEqual(ids(ny.days.get('2026-04-02')), []);
  });

  it('finds an all-day event whose date lies wholly outside the viewing zone’s day', () => {
    // 10 March in Honolulu (UTC−10) is 10:00 UTC on the 10th to 10:00 UTC on the 11th;
    // 10 March in Kiritimati (UTC+14) ended at 10:00 UTC on the 10th.
    const remote = {
      timeZone: 'Pacific/Honolulu',
      events: [event('all-day', { start: '2026-03-10' })],
    };
    const shown = calendarOccurrences(remote, {
      firstDate: '2026-03-10',
      lastDate: '2026-03-10',
      timeZone: 'Pacific/Kiritimati',
    });
    assert.deepEqual(ids(shown.days.get('2026-03-10')), ['all-day']);
    assert.deepEqual(ids(shown.occurrences), ['all-day']);
  });

  it('leaves out what lies outside the range, even when the wider search found it', () => {
    const one = calendarOccurrences(feed, {
      firstDate: '2026-03-26',
      lastDate: '2026-03-26',
      timeZone: STOCKHOLM,
    });
    assert.deepEqual([...one.days.keys()], ['2026-03-26']);
    assert.deepEqual(one.occurrences, []);
    assert.equal(one.total, 0);
  });

  it('filters by centre and category', () => {
    const range = { firstDate: '2026-03-23', lastDate: '2026-04-05', timeZone: STOCKHOLM };
    assert.deepEqual(ids(calendarOccurrences(feed, { ...range, centre: 'varberg' }).occurrences), [
      'late',
    ]);
    assert.deepEqual(
      ids(
        calendarOccurrences(feed, { ...range, categories: ['open-house', 'guidance-drop-in'] })
          .occurrences,
      ),
      ['weekly', 'fair', 'weekly'],
    );
  });

  it('keeps the earliest `limit` occurrences and counts them all', () => {
    const limited = calendarOccurrences(feed, {
      firstDate: '2026-03-23',
      lastDate: '2026-04-05',
      timeZone: STOCKHOLM,
      limit: 2,
    });
    assert.deepEqual(ids(limited.occurrences), ['weekly', 'night']);
    assert.equal(limited.total, 5);
    assert.deepEqual(ids(limited.days.get('2026-03-27')), []);
    assert.deepEqual(ids(limited.days.get('2026-03-25')), ['night']);
  });

  it('is empty for a range that ends before it begins, and refuses impossible dates', () => {
    const backwards = calendarOccurrences(feed, {
      firstDate: '2026-03-10',
      lastDate: '2026-03-09',
      timeZone: STOCKHOLM,
    });
    assert.equal(backwards.days.size, 0);
    assert.throws(
      () =>
        calendarOccurrences(feed, {
          firstDate: '2026-02-30',
          lastDate: '2026-03-01',
          timeZone: STOCKHOLM,
        }),
      /not a calendar date/,
    );
  });

  it('reports events whose times cannot be read', () => {
    const errors: string[] = [];
    calendarOccurrences(
      { timeZone: STOCKHOLM, events: [event('broken', { start: 'soon' })] },
      {
        firstDate: '2026-03-01',
        lastDate: '2026-03-31',
        timeZone: STOCKHOLM,
        onError: (e) => errors.push(e.id),
      },
    );
    assert.deepEqual(errors, ['broken']);
  });
});
