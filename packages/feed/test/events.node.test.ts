import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  DEFAULT_EVENT_DURATION_MS,
  type Occurrence,
  expandEvents,
  occurrencesByDay,
} from '../src/query/events.ts';
import { instantToZonedParts, zonedDateKey, zonedDateRange } from '../src/time/zone.ts';
import type { Feed, FeedEvent } from '../src/types.ts';
import { validateFeed } from '../src/validate.ts';

const STOCKHOLM = 'Europe/Stockholm';
const { feed, issues } = validateFeed(
  JSON.parse(readFileSync(new URL('./fixtures/events/events-feed.json', import.meta.url), 'utf8')),
);
const april = zonedDateRange('2026-04-01', '2026-04-30', STOCKHOLM);
const keys = (list: Occurrence[]) => list.map((o) => o.key);
const find = (list: Occurrence[], id: string) => list.find((o) => o.event.id === id)!;
const localTime = (d: Date, tz = STOCKHOLM) => {
  const p = instantToZonedParts(d, tz);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
};

describe('the events fixture', () => {
  it('is a valid feed', () => assert.deepEqual(issues, []));
});

describe('expandEvents', () => {
  const occurrences = expandEvents(feed, april.from, april.to);

  it('lists every occurrence touching the window, sorted by start, with stable keys', () => {
    assert.deepEqual(keys(occurrences), [
      'math-workshop@2026-04-04T09:00:00.000Z', // RDATE
      'tokyo-stream@2026-04-09T09:00:00.000Z',
      'math-workshop@2026-04-09T15:00:00.000Z', // 04-02 is an EXDATE
      'late-lecture@2026-04-10T20:00:00.000Z',
      'exam-week@2026-04-12T22:00:00.000Z',
      'employer-second-tuesday@2026-04-14T11:00:00.000Z',
      'dropin-tuesday@2026-04-14T16:00:00.000Z', // 04-07 is an EXDATE
      'cancelled-meeting@2026-04-16T12:00:00.000Z',
      'math-workshop@2026-04-16T15:00:00.000Z',
      'open-house@2026-04-17T22:00:00.000Z',
      'dropin-tuesday@2026-04-21T16:00:00.000Z',
      'math-workshop@2026-04-23T15:00:00.000Z',
      'exam-last-friday@2026-04-24T08:00:00.000Z',
      'dropin-tuesday@2026-04-28T16:00:00.000Z',
      'math-workshop@2026-04-30T15:00:00.000Z', // exactly UNTIL
    ]);
    for (const o of occurrences) assert.equal(o.key, `${o.event.id}@${o.start.toISOString()}`);
    assert.equal(new Set(keys(occurrences)).size, occurrences.length);
  });

  it('keeps a weekly 18:00 event at 18:00 local across both daylight-saving changes', () => {
    const year = expandEvents(feed, new Date('2026-03-01T00:00Z'), new Date('2026-11-15T00:00Z'), {
      categories: ['guidance-drop-in'],
    });
    assert.equal(year.length, 35 - 1); // one EXDATE
    for (const o of year) {
      assert.equal(localTime(o.start), '18:00');
      assert.equal(localTime(o.end), '19:30');
      assert.equal(o.recurring, true);
    }
    const utcHours = new Set(year.map((o) => o.start.getUTCHours()));
    assert.deepEqual([...utcHours].sort(), [16, 17]);
    assert.equal(find(year, 'dropin-tuesday').start.toISOString(), '2026-03-17T17:00:00.000Z');
  });

  it('gives an all-day multi-day event its dates and an exclusive end', () => {
    const week = find(occurrences, 'exam-week');
    assert.equal(week.allDay, true);
    assert.equal(week.recurring, false);
    assert.equal(week.startDate, '2026-04-13');
    assert.equal(week.endDate, '2026-04-15');
    assert.equal(week.start.toISOString(), '2026-04-12T22:00:00.000Z');
    assert.equal(week.end.toISOString(), '2026-04-15T22:00:00.000Z');
    // Found from any of its days.
    const wednesday = zonedDateRange('2026-04-15', '2026-04-15', STOCKHOLM);
    assert.ok(
      keys(expandEvents(feed, wednesday.from, wednesday.to)).includes(week.key),
      'found on its last day',
    );
    const thursday = zonedDateRange('2026-04-16', '2026-04-16', STOCKHOLM);
    assert.ok(
      !keys(expandEvents(feed, thursday.from, thursday.to)).includes(week.key),
      'not on the day after',
    );
  });

  it('finds an event across midnight from the day it ends on', () => {
    const saturday = zonedDateRange('2026-04-11', '2026-04-11', STOCKHOLM);
    const late = find(expandEvents(feed, saturday.from, saturday.to), 'late-lecture');
    assert.equal(late.end.toISOString(), '2026-04-10T23:30:00.000Z');
    assert.equal(late.allDay, false);
  });

  it('places an event written with +09:00 at its real instant, shown in the feed zone', () => {
    const tokyo = find(occurrences, 'tokyo-stream');
    assert.equal(tokyo.start.toISOString(), '2026-04-09T09:00:00.000Z');
    assert.equal(localTime(tokyo.start), '11:00');
    assert.equal(localTime(tokyo.start, 'Asia/Tokyo'), '18:00');
    assert.equal(tokyo.end.getTime() - tokyo.start.getTime(), 90 * 60_000);
  });

  it('gives events without an end one hour (timed) or one day (all-day)', () => {
    const meeting = find(occurrences, 'cancelled-meeting');
    assert.equal(meeting.end.getTime() - meeting.start.getTime(), DEFAULT_EVENT_DURATION_MS);
    assert.equal(DEFAULT_EVENT_DURATION_MS, 3_600_000);
    const openHouse = find(occurrences, 'open-house');
    assert.deepEqual([openHouse.startDate, openHouse.endDate], ['2026-04-18', '2026-04-18']);
    assert.equal(openHouse.end.toISOString(), '2026-04-18T22:00:00.000Z');
  });

  it('ignores an end before the start and reads a date end of a timed event as that whole day', () => {
    const events: FeedEvent[] = [
      {
        id: 'backwards',
        title: 'x',
        category: 'other',
        start: '2026-04-02T10:00+02:00',
        end: '2026-04-02T09:00+02:00',
      },
      {
        id: 'until-day',
        title: 'x',
        category: 'other',
        start: '2026-04-02T10:00+02:00',
        end: '2026-04-03',
      },
    ];
    const list = expandEvents({ timeZone: STOCKHOLM, events }, april.from, april.to);
    assert.equal(find(list, 'backwards').end.toISOString(), '2026-04-02T09:00:00.000Z');
    assert.equal(find(list, 'until-day').end.toISOString(), '2026-04-03T22:00:00.000Z');
  });

  it('filters by centre, categories and cancellation', () => {
    const varberg = expandEvents(feed, april.from, april.to, { centre: 'varberg' });
    assert.deepEqual(
      new Set(varberg.map((o) => o.event.id)),
      new Set(['math-workshop', 'employer-second-tuesday', 'open-house']),
    );
    const exams = expandEvents(feed, april.from, april.to, { categories: ['exam', 'open-house'] });
    assert.deepEqual(
      new Set(exams.map((o) => o.event.id)),
      new Set(['exam-week', 'exam-last-friday', 'open-house']),
    );
    assert.equal(
      expandEvents(feed, april.from, april.to, { categories: [] }).length,
      occurrences.length,
    );
    const active = expandEvents(feed, april.from, april.to, { includeCancelled: false });
    assert.deepEqual(
      keys(active),
      keys(occurrences.filter((o) => o.event.id !== 'cancelled-meeting')),
    );
  });

  it('treats the window as half-open: ending at `from` or starting at `to` is outside', () => {
    const events: FeedEvent[] = [
      {
        id: 'ends-at-from',
        title: 'x',
        category: 'other',
        start: '2026-04-01T08:00Z',
        end: '2026-04-01T10:00Z',
      },
      {
        id: 'starts-at-to',
        title: 'x',
        category: 'other',
        start: '2026-04-01T12:00Z',
        end: '2026-04-01T13:00Z',
      },
      {
        id: 'starts-at-from',
        title: 'x',
        category: 'other',
        start: '2026-04-01T10:00Z',
        end: '2026-04-01T10:00Z',
      },
    ];
    const list = expandEvents(
      { timeZone: 'UTC', events },
      new Date('2026-04-01T10:00Z'),
      new Date('2026-04-01T12:00Z'),
    );
    assert.deepEqual(keys(list), ['starts-at-from@2026-04-01T10:00:00.000Z']);
  });

  it('keeps feed order for equal starts', () => {
    const events: FeedEvent[] = ['b', 'a', 'c'].map((id) => ({
      id,
      title: id,
      category: 'other',
      start: '2026-04-01T10:00Z',
    }));
    const list = expandEvents(
      { timeZone: 'UTC', events },
      new Date('2026-04-01Z'),
      new Date('2026-04-02Z'),
    );
    assert.deepEqual(
      list.map((o) => o.event.id),
      ['b', 'a', 'c'],
    );
  });

  it('reports an unreadable start (left out) and an unreadable recurrence (shown once)', () => {
    const events = [
      { id: 'bad-start', title: 'x', category: 'other', start: 'tomorrow' },
      {
        id: 'bad-rule',
        title: 'x',
        category: 'other',
        start: '2026-04-01T10:00Z',
        recurrence: { rrule: 'FREQ=HOURLY' },
      },
    ] as FeedEvent[];
    const reported: string[] = [];
    const list = expandEvents({ timeZone: 'UTC', events }, april.from, april.to, {
      onError: (event, error) => reported.push(`${event.id}: ${error.message}`),
    });
    assert.deepEqual(keys(list), ['bad-rule@2026-04-01T10:00:00.000Z']);
    assert.equal(reported.length, 2);
    assert.match(reported[0], /^bad-start: .*"tomorrow"/);
    assert.match(reported[1], /^bad-rule: .*HOURLY/);
    assert.doesNotThrow(() => expandEvents({ timeZone: 'UTC', events }, april.from, april.to));
  });

  it('expands 2,000 events, a fifth of them recurring, over 60 days quickly', () => {
    const big = syntheticFeed(2000);
    const from = new Date('2026-03-01T00:00+01:00');
    const to = new Date('2026-04-30T00:00+02:00');
    expandEvents(big, from, to); // warm caches and the JIT
    const started = performance.now();
    const list = expandEvents(big, from, to);
    const elapsed = performance.now() - started;
    assert.ok(list.length > 1000, `only ${list.length} occurrences`);
    // A few ms on an idle machine; the bound catches quadratic work, not noise.
    assert.ok(elapsed < 250, `took ${elapsed.toFixed(1)} ms`);
  });
});

describe('occurrencesByDay', () => {
  const occurrences = expandEvents(feed, april.from, april.to);
  const days = occurrencesByDay(occurrences, STOCKHOLM, april.from, april.to);
  const ids = (key: string) => days.get(key)!.map((o) => o.event.id);

  it('has every local day of the window, in order, empty ones included', () => {
    assert.equal(days.size, 30);
    assert.equal([...days.keys()][0], '2026-04-01');
    assert.equal([...days.keys()][29], '2026-04-30');
    assert.deepEqual(days.get('2026-04-01'), []);
  });

  it('puts a multi-day event on each of its days and an across-midnight event on both', () => {
    for (const day of ['2026-04-13', '2026-04-14', '2026-04-15'])
      assert.ok(ids(day).includes('exam-week'), day);
    assert.ok(!ids('2026-04-16').includes('exam-week'), 'exam week is over on the 16th');
    assert.ok(ids('2026-04-10').includes('late-lecture'), 'late lecture starts on the 10th');
    assert.ok(ids('2026-04-11').includes('late-lecture'), 'late lecture ends on the 11th');
    assert.deepEqual(ids('2026-04-14'), ['exam-week', 'employer-second-tuesday', 'dropin-tuesday']);
  });

  it('groups by local day, not UTC day', () => {
    // 22:00 CEST on 04-10 is 20:00Z, and in Tokyo it is already 04-11.
    const inTokyo = occurrencesByDay(occurrences, 'Asia/Tokyo', april.from, april.to);
    assert.ok(
      !inTokyo.get('2026-04-10')!.some((o) => o.event.id === 'late-lecture'),
      'not on 04-10 in Tokyo',
    );
    assert.ok(
      inTokyo.get('2026-04-11')!.some((o) => o.event.id === 'late-lecture'),
      'on 04-11 in Tokyo',
    );
    // All-day occurrences keep their own dates in any zone.
    assert.ok(
      inTokyo.get('2026-04-18')!.some((o) => o.event.id === 'open-house'),
      'all-day on its date',
    );
    assert.ok(
      !inTokyo.get('2026-04-19')!.some((o) => o.event.id === 'open-house'),
      'all-day not on the next date',
    );
  });

  it('does not put an event ending at midnight on the next day, and clips to the window', () => {
    const events: FeedEvent[] = [
      {
        id: 'to-midnight',
        title: 'x',
        category: 'other',
        start: '2026-04-02T20:00+02:00',
        end: '2026-04-03T00:00+02:00',
      },
      { id: 'long', title: 'x', category: 'other', start: '2026-03-30', end: '2026-04-02' },
    ];
    const list = expandEvents({ timeZone: STOCKHOLM, events }, april.from, april.to);
    const grouped = occurrencesByDay(
      list,
      STOCKHOLM,
      april.from,
      zonedDateRange('2026-04-03', '2026-04-03', STOCKHOLM).to,
    );
    assert.deepEqual([...grouped.keys()], ['2026-04-01', '2026-04-02', '2026-04-03']);
    assert.deepEqual(
      grouped.get('2026-04-02')!.map((o) => o.event.id),
      ['long', 'to-midnight'],
    );
    assert.deepEqual(grouped.get('2026-04-03'), []);
    assert.equal(zonedDateKey(list[0].start, STOCKHOLM), '2026-03-30');
  });

  it('is empty for an empty window', () => {
    assert.equal(occurrencesByDay(occurrences, STOCKHOLM, april.to, april.from).size, 0);
  });
});

function syntheticFeed(count: number): Pick<Feed, 'events' | 'timeZone'> {
  const two = (n: number) => String(n).padStart(2, '0');
  const events: FeedEvent[] = [];
  for (let i = 0; i < count; i++) {
    const date = `2026-${two(1 + (i % 6))}-${two(1 + (i % 28))}`;
    const hour = 8 + (i % 10);
    const start = `${date}T${two(hour)}:00+01:00`;
    const event: FeedEvent = {
      id: `e${i}`,
      title: 'x',
      category: 'lecture',
      start,
      end: `${date}T${two(hour + 1)}:30+01:00`,
    };
    if (i % 10 === 0)
      event.recurrence = {
        rrule: 'FREQ=WEEKLY;BYDAY=MO,WE',
        exdates: [`2026-03-16T${two(hour)}:00+01:00`],
      };
    else if (i % 10 === 5) event.recurrence = { rrule: 'FREQ=MONTHLY;BYDAY=-1FR;COUNT=20' };
    events.push(event);
  }
  return { timeZone: STOCKHOLM, events };
}
