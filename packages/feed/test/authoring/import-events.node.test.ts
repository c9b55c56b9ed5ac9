// Calendars (Outlook, Google) → feed events, read by ical.js: series,
// exceptions, time zones, cancelled and moved occurrences, private events.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ImportError } from '../../src/authoring/import-error.ts';
import { importEvents } from '../../src/authoring/import-events.ts';
import { expandEvents } from '../../src/query/events.ts';
import type { Feed, FeedEvent } from '../../src/types.ts';
import { validateFeed } from '../../src/validate.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/authoring/${name}`, import.meta.url));
const target = (): Feed => validateFeed(JSON.parse(fixture('target-feed.json').toString())).feed;
const ics = (...lines: string[]) =>
  new TextEncoder().encode(
    ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR', ''].join('\r\n'),
  );
const byId = (events: FeedEvent[], id: string) => {
  const event = events.find((e) => e.id === id);
  assert.ok(event, `no event ${id} in ${events.map((e) => e.id).join(', ')}`);
  return event;
};
const starts = (event: FeedEvent, from = '2026-01-01', to = '2028-01-01') =>
  expandEvents({ events: [event], timeZone: 'Europe/Stockholm' }, new Date(from), new Date(to)).map(
    (o) => (o.allDay ? o.startDate : o.start.toISOString()),
  );

describe('importEvents: an Outlook calendar', () => {
  const result = importEvents(fixture('outlook.ics'), { feed: target(), feedName: 'feed.json' });

  it('reads every public event and nothing else', () => {
    assert.deepEqual(result.errors, []);
    assert.equal(result.found, 7);
    assert.deepEqual(
      result.events.map((e) => e.id),
      [
        'drop-in-studievagledning-04264c0f',
        'frukost-sista-fredagen',
        'tentamensvecka',
        'forelasning-ai-i-varden-4f1fa46f',
        'frukost-sista-fredagen-2027-01-29',
      ],
    );
    assert.ok(
      result.notes.includes('1 private event was left out (CLASS:PRIVATE or CONFIDENTIAL)'),
    );
  });

  it('a weekly series in "W. Europe Standard Time" (its VTIMEZONE): rule, exceptions, centre by name', () => {
    const event = byId(result.events, 'drop-in-studievagledning-04264c0f');
    assert.deepEqual(event, {
      id: 'drop-in-studievagledning-04264c0f',
      title: 'Drop-in: studievägledning',
      description: 'Kom förbi och prata med en studie- och yrkesvägledare.\n\nIngen tidsbokning.',
      category: 'guidance-drop-in',
      start: '2026-11-03T15:00+01:00',
      end: '2026-11-03T17:00+01:00',
      centre: 'vaggeryd',
      recurrence: {
        rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270615T130000Z',
        exdates: ['2026-12-22T15:00+01:00', '2026-12-29T15:00+01:00'],
      },
      modified: '2026-11-16T08:30+01:00',
    });
    const list = starts(event);
    assert.equal(list[0], '2026-11-03T14:00:00.000Z');
    assert.ok(list.includes('2027-03-30T13:00:00.000Z'), '15:00 local in summer time');
    assert.ok(!list.includes('2026-12-22T14:00:00.000Z'));
    assert.equal(list.at(-1), '2027-06-15T13:00:00.000Z');
  });

  it('"last Friday" (BYSETPOS), a cancelled and a moved occurrence', () => {
    const series = byId(result.events, 'frukost-sista-fredagen');
    assert.equal(series.recurrence?.rrule, 'FREQ=MONTHLY;COUNT=6;BYDAY=-1FR');
    assert.equal(series.category, 'employer-meeting', 'CATEGORIES:Arbetsgivarträff');
    assert.equal(series.centre, 'skillingaryd');
    assert.deepEqual(starts(series), [
      '2026-11-27T07:00:00.000Z',
      '2027-02-26T07:00:00.000Z',
      '2027-03-26T07:00:00.000Z',
      '2027-04-30T06:00:00.000Z',
    ]);
    // Named after the occurrence it replaces (29 January), which stays its identity if it moves again.
    const moved = byId(result.events, 'frukost-sista-fredagen-2027-01-29');
    assert.equal(moved.title, 'Frukostmöte för distansstuderande (flyttat)');
    assert.equal(moved.start, '2027-01-28T08:30+01:00');
    assert.equal(moved.category, 'employer-meeting', 'from its series');
    assert.equal(moved.recurrence, undefined);
    assert.ok(result.notes.some((n) => /on 2027-01-29 was changed in the calendar/.test(n)));
  });

  it('an all-day event over five days, and a cancelled online lecture with a DURATION', () => {
    assert.deepEqual(byId(result.events, 'tentamensvecka'), {
      id: 'tentamensvecka',
      title: 'Tentamensvecka',
      category: 'exam',
      start: '2027-01-11',
      end: '2027-01-15',
      centre: 'vaggeryd',
    });
    assert.deepEqual(byId(result.events, 'forelasning-ai-i-varden-4f1fa46f'), {
      id: 'forelasning-ai-i-varden-4f1fa46f',
      title: 'Föreläsning: AI i vården',
      category: 'lecture',
      start: '2027-03-04T18:00+01:00',
      end: '2027-03-04T19:30+01:00',
      onlineUrl: 'https://play.example/live/ai',
      status: 'cancelled',
      url: 'https://www.vaggeryd.example/kalender/ai',
    });
  });

  it('the events are valid in the feed', () => {
    const data = JSON.parse(fixture('target-feed.json').toString());
    data.events.push(...result.events);
    assert.deepEqual(
      validateFeed(data).issues.filter((i) => i.severity === 'error'),
      [],
    );
  });
});

describe('importEvents: a Google calendar', () => {
  const result = importEvents(fixture('google.ics'));

  it('keeps ids from UIDs, and rules the feed can hold', () => {
    assert.deepEqual(result.errors, []);
    const network = byId(result.events, '0k4vb1p8rfl5c2u3g1a9qv2m7s');
    assert.equal(network.recurrence?.rrule, 'FREQ=MONTHLY;COUNT=8;BYDAY=2TU');
    assert.equal(starts(network).length, 8);
  });

  it('a yearly day becomes every twelfth month', () => {
    const birthday = byId(result.events, '3h6sd9m1v6k8q1l4j2p0c5b7x8');
    assert.deepEqual(birthday.recurrence, { rrule: 'FREQ=MONTHLY;INTERVAL=12' });
    assert.equal(birthday.start, '2027-03-14');
    assert.deepEqual(starts(birthday, '2027-01-01', '2030-01-01'), [
      '2027-03-14',
      '2028-03-14',
      '2029-03-14',
    ]);
  });

  it('a rule the feed cannot hold becomes its list of occurrences, and says so', () => {
    const writing = byId(result.events, 'skrivstuga');
    assert.deepEqual(writing.recurrence, {
      rrule: 'FREQ=DAILY;COUNT=1',
      rdates: ['2026-12-01T13:00+01:00', '2026-12-02T09:00+01:00'],
    });
    assert.deepEqual(starts(writing), [
      '2026-12-01T08:00:00.000Z',
      '2026-12-01T12:00:00.000Z',
      '2026-12-02T08:00:00.000Z',
    ]);
    assert.match(
      result.notes.join('\n'),
      /"Skrivstuga": the rule .*BYHOUR .* has no equivalent in the feed; its 3 occurrences are listed/,
    );
  });

  it("floating times are on the feed's clock", () => {
    assert.equal(byId(result.events, 'skrivstuga').start, '2026-12-01T09:00+01:00');
  });
});

describe('importEvents: what else calendars write', () => {
  it('a TZID without a VTIMEZONE is read as an IANA zone', () => {
    const { events } = importEvents(
      ics(
        'BEGIN:VEVENT',
        'UID:a@x',
        'SUMMARY:Möte',
        'DTSTART;TZID=America/New_York:20270301T120000',
        'END:VEVENT',
      ),
    );
    assert.equal(events[0].start, '2027-03-01T18:00+01:00');
  });

  it("a series whose zone changes offset on other days than the feed's: the difference is said", () => {
    const { events, notes } = importEvents(
      ics(
        'BEGIN:VEVENT',
        'UID:ny@x',
        'SUMMARY:Samtal med New York',
        'DTSTART;TZID=America/New_York:20270301T120000',
        'RRULE:FREQ=WEEKLY;COUNT=4',
        'END:VEVENT',
      ),
    );
    assert.equal(events.length, 1);
    assert.match(
      notes[0],
      /^line 3 \("Samtal med New York"\): the feed would show this series differently from the calendar: occurrence 3 is 2027-03-15T18:00\+01:00 in the feed, 2027-03-15T17:00\+01:00 in the calendar/,
    );
  });

  it('--centre places every event; a centre the feed lacks is refused', () => {
    const { events } = importEvents(
      ics('BEGIN:VEVENT', 'UID:a@x', 'SUMMARY:A', 'DTSTART:20270301T120000Z', 'END:VEVENT'),
      {
        feed: target(),
        centre: 'skillingaryd',
      },
    );
    assert.equal(events[0].centre, 'skillingaryd');
    assert.throws(() => importEvents(ics(), { feed: target(), centre: 'kalix' }), {
      name: 'ImportError',
      message:
        /--centre "kalix": the feed has no such centre \(its centres: vaggeryd, skillingaryd\)/,
    });
  });

  it('an event it cannot read is left out with its line; the rest are read', () => {
    const result = importEvents(
      ics(
        'BEGIN:VEVENT',
        'UID:bad-date@x',
        'SUMMARY:Fel datum',
        'DTSTART:20261301T100000Z',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:no-start@x',
        'SUMMARY:Ingen start',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:fine@x',
        'SUMMARY:Bra',
        'DTSTART;VALUE=DATE:20270301',
        'END:VEVENT',
      ),
    );
    assert.deepEqual(result.errors, [
      'line 6: DTSTART "20261301T100000Z" is not a date or date-time (no month 13) in "Fel datum"',
      'line 8 ("Ingen start"): no DTSTART: an event needs a start',
    ]);
    assert.deepEqual(
      result.events.map((e) => e.id),
      ['fine'],
    );
    assert.equal(result.skipped, 2);
  });

  it('a UID that is not an id gives a readable id with a hash, the same every time', () => {
    const one = () =>
      importEvents(
        ics(
          'BEGIN:VEVENT',
          'UID:{1234 ABCD}',
          'SUMMARY:Öppet hus',
          'DTSTART:20270301T120000Z',
          'END:VEVENT',
        ),
      ).events[0].id;
    assert.match(one(), /^oppet-hus-[0-9a-f]{8}$/);
    assert.equal(one(), one());
  });

  it("reads our own ICS's LOCATION (centre name, address) back as the centre", () => {
    const { events } = importEvents(
      ics(
        'BEGIN:VEVENT',
        'UID:a@x',
        'SUMMARY:A',
        'DTSTART:20270301T120000Z',
        'LOCATION:Lärcentrum Skillingaryd\\, Järnvägsgatan 4\\, Skillingaryd',
        'END:VEVENT',
      ),
      { feed: target() },
    );
    assert.equal(events[0].centre, 'skillingaryd');
  });
});

describe('importEvents: files that are not calendars', () => {
  const refuses = (text: string, message: RegExp) =>
    assert.throws(
      () => importEvents(new TextEncoder().encode(text)),
      (error: Error) => {
        assert.ok(error instanceof ImportError, String(error));
        assert.match(error.message, message);
        return true;
      },
    );

  it('names the line that is not iCalendar', () => {
    refuses(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nthis is not a line\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      /^line 4: "this is not a line" is not an iCalendar line/,
    );
  });

  it('names an END that does not match, and a BEGIN never ended', () => {
    refuses(
      'BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VTODO\nEND:VCALENDAR\n',
      /^line 3: END:VTODO, but the component open here is VEVENT \(begun on line 2\)/,
    );
    refuses('BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\n', /^line 2: BEGIN:VEVENT is never ended/);
  });

  it('says when it is no calendar at all', () => {
    refuses('Kursnamn;Poäng\n', /^line 1: "Kursnamn;Poäng" is not an iCalendar line/);
    refuses('BEGIN:VCARD\nEND:VCARD\n', /^line 1: the file must begin with BEGIN:VCALENDAR/);
  });
});
