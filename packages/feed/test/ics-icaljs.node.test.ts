// Our ICS read back by an independent implementation, ical.js: its own
// recurrence engine, fed our VTIMEZONE, must land on the same instants as
// expandEvents, and our VTIMEZONEs must give the offsets Intl gives.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { toIcs } from '../src/ics.ts';
import { vtimezoneLines } from '../src/ics-timezone.ts';
import { joinIcsLines } from '../src/ics-format.ts';
import { expandEvents } from '../src/query/events.ts';
import { instantToZonedParts } from '../src/time/zone.ts';
import { zoneTransitions } from '../src/time/transitions.ts';
import type { FeedEvent } from '../src/types.ts';
import { validateFeed } from '../src/validate.ts';

const { feed } = validateFeed(
  JSON.parse(readFileSync(new URL('./fixtures/events/events-feed.json', import.meta.url), 'utf8')),
);
const FROM = new Date('2026-01-01T00:00Z');
const TO = new Date('2027-01-01T00:00Z');

/** Parses an ICS text with ical.js, registering its VTIMEZONEs (and only those). */
function parse(ics: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar;
}

/** Occurrence starts ical.js computes for one VEVENT, within [FROM, TO). */
function icalStarts(calendar: ICAL.Component, id: string): string[] {
  const vevent = calendar
    .getAllSubcomponents('vevent')
    .find((c) => String(c.getFirstPropertyValue('uid')).startsWith(`${id}@`));
  assert.ok(vevent, `no VEVENT ${id}`);
  const iterator = new ICAL.Event(vevent).iterator();
  const out: string[] = [];
  for (
    let next = iterator.next(), guard = 0;
    next && guard < 1000;
    next = iterator.next(), guard++
  ) {
    const start = next.toJSDate();
    if (start >= TO) break;
    if (start >= FROM) out.push(start.toISOString());
  }
  return out;
}

function ourStarts(id: string): string[] {
  return expandEvents(feed, FROM, TO)
    .filter((o) => o.event.id === id)
    .map((o) => o.start.toISOString());
}

describe('ical.js reads our ICS and expands it as we do', () => {
  beforeEach(() => ICAL.TimezoneService.reset());

  it('uses our VTIMEZONE, not a zone of its own', () => {
    assert.equal(ICAL.TimezoneService.has('Europe/Stockholm'), false);
    const calendar = parse(toIcs(feed.events, feed));
    assert.equal(ICAL.TimezoneService.has('Europe/Stockholm'), true);
    const start = calendar
      .getFirstSubcomponent('vevent')!
      .getFirstPropertyValue('dtstart') as ICAL.Time;
    assert.equal(start.zone?.tzid, 'Europe/Stockholm');
  });

  const cases: [string, string][] = [
    ['dropin-tuesday', 'weekly at 18:00 across both daylight-saving changes, with an EXDATE'],
    ['exam-last-friday', 'MONTHLY;BYDAY=-1FR;COUNT=12'],
    ['employer-second-tuesday', 'MONTHLY;BYDAY=2TU with a date UNTIL (rewritten to UTC)'],
    ['math-workshop', 'weekly with a UTC UNTIL, an EXDATE and an RDATE'],
  ];
  for (const [id, what] of cases) {
    it(`${id}: ${what}`, () => {
      const ours = ourStarts(id);
      assert.ok(ours.length >= 4, `only ${ours.length} occurrences`);
      assert.deepEqual(icalStarts(parse(toIcs(feed.events, feed)), id), ours);
    });
  }

  it('the weekly series really crosses both changes at 18:00 local', () => {
    const starts = ourStarts('dropin-tuesday');
    const utcHours = starts.map((s) => new Date(s).getUTCHours());
    assert.ok(utcHours.includes(16) && utcHours.includes(17), 'both offsets occur');
    for (const s of starts)
      assert.equal(instantToZonedParts(new Date(s), 'Europe/Stockholm').hour, 18);
    assert.ok(!starts.includes('2026-04-07T16:00:00.000Z'), 'the EXDATE is gone');
  });

  it('agrees on a series in a zone with a different rule (New York) and one in Sydney', () => {
    for (const timeZone of ['America/New_York', 'Australia/Sydney']) {
      ICAL.TimezoneService.reset();
      const zoned = { ...feed, timeZone };
      const event: FeedEvent = {
        id: 'zoned',
        title: 'x',
        category: 'other',
        start: '2026-01-06T18:00:00Z',
        end: '2026-01-06T19:00:00Z',
        recurrence: { rrule: 'FREQ=WEEKLY;INTERVAL=2' },
      };
      const ours = expandEvents({ ...zoned, events: [event] }, FROM, TO).map((o) =>
        o.start.toISOString(),
      );
      assert.equal(ours.length, 26, timeZone);
      assert.equal(
        new Set(ours.map((s) => new Date(s).getUTCHours())).size,
        2,
        `${timeZone}: the UTC hour moves`,
      );
      assert.deepEqual(icalStarts(parse(toIcs([event], zoned)), 'zoned'), ours, timeZone);
    }
  });
});

describe('our VTIMEZONE gives the offsets Intl gives', () => {
  beforeEach(() => ICAL.TimezoneService.reset());

  const zones: [string, number, number][] = [
    ['Europe/Stockholm', 2024, 2030],
    ['America/New_York', 2005, 2010], // the 2007 rule change
    ['Australia/Sydney', 2025, 2028], // summer spans new year
    ['Australia/Lord_Howe', 2025, 2027], // a 30-minute change
    ['America/Sao_Paulo', 2016, 2021], // daylight saving abolished in 2019
    ['Asia/Tokyo', 2026, 2026], // none at all
  ];
  for (const [timeZone, first, last] of zones) {
    it(`${timeZone} ${first}–${last}`, () => {
      const ics = joinIcsLines([
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:test',
        ...vtimezoneLines(timeZone, first, last),
        'END:VCALENDAR',
      ]);
      parse(ics);
      const zone = ICAL.TimezoneService.get(timeZone)!;
      assert.ok(zone, 'registered');
      const from = Date.UTC(first, 0, 1);
      const to = Date.UTC(last + 1, 0, 1);
      const changes = zoneTransitions(timeZone, new Date(from), new Date(to)).map((t) =>
        t.instant.getTime(),
      );
      let checked = 0;
      for (let ms = from; ms < to; ms += 5 * 3_600_000 + 17 * 60_000) {
        // Wall times within a few hours of a change are gaps or repeats: ambiguous by nature.
        if (changes.some((c) => Math.abs(c - ms) < 4 * 3_600_000)) continue;
        const p = instantToZonedParts(new Date(ms), timeZone);
        const local = ICAL.Time.fromData(
          {
            year: p.year,
            month: p.month,
            day: p.day,
            hour: p.hour,
            minute: p.minute,
            second: p.second,
          },
          zone,
        );
        assert.equal(
          local.toUnixTime() * 1000,
          Math.floor(ms / 1000) * 1000,
          `${timeZone} ${new Date(ms).toISOString()}`,
        );
        checked++;
      }
      assert.ok(checked > 1000, `checked only ${checked}`);
    });
  }
});
