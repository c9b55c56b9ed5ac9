// Putting imported items into a feed: same id updates, new ids are added,
// what the import does not speak for stays, --replace removes the rest.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { formatJson } from '../../src/authoring/format-json.ts';
import { importCourses } from '../../src/authoring/import-courses.ts';
import { importEvents } from '../../src/authoring/import-events.ts';
import { courseItems, eventItems } from '../../src/authoring/imported-items.ts';
import { feedErrors, mergeIntoFeed, mergeText } from '../../src/authoring/into-feed.ts';
import type { Feed } from '../../src/types.ts';
import { validateFeed } from '../../src/validate.ts';

type Json = Record<string, unknown>;
const FILE = new URL('../fixtures/authoring/target-feed.json', import.meta.url);
const data = (): Json => JSON.parse(readFileSync(FILE, 'utf8'));
const feedOf = (json: Json): Feed => validateFeed(json).feed;
const csv = (text: string) => new TextEncoder().encode(text);
const NOW = new Date('2026-12-01T09:00Z');
const courses = (json: Json) => json.courses as Json[];
const course = (json: Json, id: string) => courses(json).find((c) => c.id === id)!;

function importSheet(sheet: string, options: { replace?: boolean; centres?: string[] } = {}) {
  const before = data();
  const result = importCourses(csv(sheet), { feed: feedOf(before), centres: options.centres });
  assert.deepEqual(result.errors, []);
  return {
    before,
    ...mergeIntoFeed(before, courseItems(result), {
      now: NOW,
      replace: options.replace,
      providers: result.providers as never,
    }),
  };
}

describe('mergeIntoFeed: courses', () => {
  it('updates the columns of a course with the same id and keeps the rest: sessions, translations, unknown properties', () => {
    const { before, feed, summary } = importSheet(
      'Id;Kursnamn;Anordnare;Studieform;Poäng;Sista ansökningsdag\nju-logistik-grundkurs;Logistik, grundkurs;ju;hybrid;7,5 hp;15/1 2027\n',
    );
    assert.deepEqual(summary.updated, ['ju-logistik-grundkurs']);
    assert.deepEqual(summary.unchanged, []);
    const old = course(before, 'ju-logistik-grundkurs');
    const updated = course(feed, 'ju-logistik-grundkurs');
    assert.deepEqual<Json>(updated, {
      ...old,
      mode: 'hybrid',
      applicationPeriod: { opens: '2026-10-16', closes: '2027-01-15' },
      modified: '2026-12-01T10:00+01:00',
    });
    assert.equal(feed.updated, '2026-12-01T10:00+01:00');
    assert.deepEqual(
      Object.keys(updated).slice(0, 5),
      ['id', 'title', 'provider', 'level', 'subjects'],
      'schema order',
    );
    assert.equal(updated['x-internal-id'], 'LOG-101');
    assert.deepEqual(courses(feed).length, 2, 'other courses stay');
  });

  it('an empty cell in a column the sheet has removes the value; a title cell changes only its language', () => {
    const { feed } = importSheet(
      'Id;Kursnamn;Anordnare;Studieform;Webbsida;Ansökningslänk\nju-logistik-grundkurs;Logistik A;ju;distans;;\n',
    );
    const updated = course(feed, 'ju-logistik-grundkurs');
    assert.equal(updated.applyUrl, undefined);
    assert.deepEqual(updated.title, { sv: 'Logistik A', en: 'Logistics, introductory course' });
  });

  it("a level the import only guessed never replaces the feed's", () => {
    const { feed, summary } = importSheet(
      'Id;Kursnamn;Anordnare;Studieform\nkomvux-svenska-1;Svenska 1;Komvux Vaggeryd;hybrid\n',
    );
    assert.deepEqual(summary.unchanged, ['komvux-svenska-1']);
    assert.equal(course(feed, 'komvux-svenska-1').level, 'upper-secondary');
  });

  it('adds new courses and their new providers at the end', () => {
    const { feed, summary } = importSheet(
      'Kursnamn;Anordnare;Studieform;Nivå\nTruck;Vaggeryds logistikcentrum;på plats;yrkeshögskola\n',
      { centres: ['vaggeryd'] },
    );
    assert.deepEqual(summary.added, ['truck-vaggeryds-logistikcentrum']);
    assert.deepEqual(summary.providersAdded, ['vaggeryds-logistikcentrum']);
    assert.equal(courses(feed).at(-1)!.id, 'truck-vaggeryds-logistikcentrum');
    assert.deepEqual(feedErrors(feed), []);
  });

  it('--replace removes the courses the sheet does not have', () => {
    const { feed, summary } = importSheet(
      'Id;Kursnamn;Anordnare;Studieform;Nivå\nkomvux-svenska-1;Svenska 1;komvux-vaggeryd;hybrid;gymnasial\n',
      { replace: true },
    );
    assert.deepEqual(summary.removed, ['ju-logistik-grundkurs']);
    assert.deepEqual(
      courses(feed).map((c) => c.id),
      ['komvux-svenska-1'],
    );
  });

  it('nothing to change: the feed is returned as it was, `updated` included', () => {
    const { before, feed, summary } = importSheet(
      'Id;Kursnamn;Anordnare;Studieform;Nivå;Poäng\nkomvux-svenska-1;Svenska 1;komvux-vaggeryd;hybrid;gymnasial;100 gy\n',
    );
    assert.deepEqual(summary.unchanged, ['komvux-svenska-1']);
    assert.equal(feed.updated, before.updated);
  });

  it('a change that would make the feed invalid is found before anything is written', () => {
    const before = data();
    const { feed } = mergeIntoFeed(
      before,
      {
        collection: 'courses',
        items: [
          {
            id: 'x',
            title: 'X',
            provider: 'no-such-provider',
            level: 'bachelor',
            mode: 'distance',
          },
        ],
        covered: () => new Set(),
        derived: () => new Set(),
        languages: new Map(),
      },
      { now: NOW },
    );
    assert.deepEqual(
      feedErrors(feed).map((i) => i.path),
      ['courses[id=x].provider'],
    );
  });
});

describe('mergeIntoFeed: events', () => {
  it('keeps what a calendar does not say (registration, status note, a rescheduled status)', () => {
    const before = data();
    const calendar = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:oppet-hus@www.vaggeryd.example',
      'SUMMARY:Öppet hus på Fenix',
      'DTSTART;TZID=Europe/Stockholm:20270211T170000',
      'DTEND;TZID=Europe/Stockholm:20270211T190000',
      'STATUS:CONFIRMED',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const result = importEvents(csv(calendar), { feed: feedOf(before) });
    const { feed, summary } = mergeIntoFeed(before, eventItems(result, 'sv'), { now: NOW });
    assert.deepEqual(summary.updated, ['oppet-hus']);
    assert.deepEqual((feed.events as Json[])[0], {
      id: 'oppet-hus',
      title: { sv: 'Öppet hus på Fenix', en: 'Open house' },
      category: 'open-house',
      start: '2027-02-11T17:00+01:00',
      end: '2027-02-11T19:00+01:00',
      centre: 'vaggeryd',
      status: 'rescheduled',
      statusNote: 'Flyttat från 4 februari.',
      registration: { url: 'https://www.vaggeryd.example/anmalan', closes: '2027-02-09' },
      modified: '2026-12-01T10:00+01:00',
    });
  });

  it('a cancelled event that the calendar has again is no longer cancelled', () => {
    const before = data();
    (before.events as Json[])[0].status = 'cancelled';
    const calendar = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:oppet-hus@x',
      'SUMMARY:Öppet hus',
      'DTSTART;TZID=Europe/Stockholm:20270211T160000',
      'DTEND;TZID=Europe/Stockholm:20270211T190000',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const result = importEvents(csv(calendar), { feed: feedOf(before) });
    const { feed } = mergeIntoFeed(before, eventItems(result, 'sv'), { now: NOW });
    assert.equal((feed.events as Json[])[0].status, undefined);
  });
});

describe('mergeText', () => {
  it('replaces the languages the import speaks for, keeps the others', () => {
    const sv = new Set(['sv']);
    assert.deepEqual(mergeText({ sv: 'A', en: 'B' }, 'C', sv, 'sv'), { sv: 'C', en: 'B' });
    assert.equal(mergeText('A', 'C', sv, 'sv'), 'C');
    assert.equal(mergeText(undefined, 'C', sv, 'sv'), 'C');
    assert.deepEqual(mergeText({ sv: 'A', en: 'B' }, undefined, sv, 'sv'), { en: 'B' });
    assert.equal(mergeText('A', undefined, sv, 'sv'), undefined);
    assert.deepEqual(mergeText('A', { en: 'E' }, new Set(['en']), 'sv'), { sv: 'A', en: 'E' });
  });
});

describe('formatJson', () => {
  it("writes the sample feed exactly as it is committed (Prettier's layout)", () => {
    const text = readFileSync(new URL('../../examples/sample-feed.json', import.meta.url), 'utf8');
    assert.equal(formatJson(JSON.parse(text)), text);
  });

  it('keeps short lists and objects on one line, breaks long ones', () => {
    assert.equal(formatJson({ a: [1, 2], b: { c: 'd' } }), '{ "a": [1, 2], "b": { "c": "d" } }\n');
    assert.equal(formatJson({ long: 'x'.repeat(100) }), `{\n  "long": "${'x'.repeat(100)}"\n}\n`);
    assert.equal(formatJson([]), '[]\n');
  });
});
