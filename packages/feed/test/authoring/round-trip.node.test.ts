// The sample feed exported to CSV and ICS and imported back gives the same
// courses and the same occurrences; imported into the feed it came from, it
// changes nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { exportCourses } from '../../src/authoring/export-courses.ts';
import { importCourses } from '../../src/authoring/import-courses.ts';
import { importEvents } from '../../src/authoring/import-events.ts';
import { courseItems, eventItems } from '../../src/authoring/imported-items.ts';
import { mergeIntoFeed, sameJson } from '../../src/authoring/into-feed.ts';
import { toIcs } from '../../src/ics.ts';
import { expandEvents } from '../../src/query/events.ts';
import type { Course, Feed } from '../../src/types.ts';
import { validateFeed } from '../../src/validate.ts';

const SAMPLE = new URL('../../examples/sample-feed.json', import.meta.url);
const raw = () => JSON.parse(readFileSync(SAMPLE, 'utf8')) as Record<string, unknown>;
const sample = (): Feed => validateFeed(raw()).feed;
const bytes = (text: string) => new TextEncoder().encode(text);
const withoutSessions = ({ sessions: _sessions, ...course }: Course) => course;

/** Every occurrence in 2026–2028, per event id, as start/end/all-day. */
function occurrences(feed: Pick<Feed, 'events' | 'timeZone'>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const o of expandEvents(
    feed,
    new Date('2026-01-01T00:00Z'),
    new Date('2029-01-01T00:00Z'),
  )) {
    const list = out.get(o.event.id) ?? [];
    list.push(`${o.start.toISOString()}/${o.end.toISOString()}${o.allDay ? ' all day' : ''}`);
    out.set(o.event.id, list);
  }
  return out;
}

describe('courses: sample feed → CSV → courses', () => {
  for (const options of [{}, { headers: 'en' as const, delimiter: ',' as const }]) {
    it(`gives the same courses (${options.headers ?? 'sv'} headers)`, () => {
      const feed = sample();
      const csv = exportCourses(feed, options);
      const result = importCourses(bytes(csv), { feed: { ...feed, courses: [] } });
      assert.deepEqual(result.errors, []);
      assert.deepEqual(result.providers, []);
      assert.equal(result.courses.length, 51);
      // Sessions are not in a spreadsheet (importing into the feed keeps them: below).
      assert.deepEqual(result.courses, feed.courses.map(withoutSessions));
    });
  }

  it('into the feed without courses: a valid feed with the same courses but sessions', () => {
    const data = { ...raw(), courses: [] };
    const csv = exportCourses(sample());
    const result = importCourses(bytes(csv), { feed: validateFeed(data).feed });
    const { feed: merged, summary } = mergeIntoFeed(data, courseItems(result));
    assert.equal(summary.added.length, 51);
    const { feed, issues } = validateFeed(merged);
    assert.deepEqual(
      issues.filter((i) => i.severity === 'error'),
      [],
    );
    assert.deepEqual(feed.courses, sample().courses.map(withoutSessions));
  });

  it('into the feed it came from: nothing changes, sessions and all', () => {
    const data = raw();
    const result = importCourses(bytes(exportCourses(sample())), { feed: sample() });
    const { feed, summary } = mergeIntoFeed(data, courseItems(result), {
      now: new Date('2030-01-01T00:00Z'),
    });
    assert.equal(summary.unchanged.length, 51);
    assert.deepEqual([...summary.added, ...summary.updated, ...summary.removed], []);
    assert.ok(sameJson(feed, data), 'not even `updated` moves');
  });
});

describe('events: sample feed → ICS → events', () => {
  it('gives the same occurrences of every event, with the same status', () => {
    const feed = sample();
    const ics = toIcs(feed.events, feed);
    const result = importEvents(bytes(ics), { feed: { ...feed, events: [] } });
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.notes, []);
    assert.deepEqual(
      result.events.map((e) => e.id),
      feed.events.map((e) => e.id),
    );
    const ours = occurrences(feed);
    const back = occurrences({ events: result.events, timeZone: feed.timeZone });
    assert.ok(ours.size >= 30, `${ours.size} events occur`);
    assert.deepEqual(back, ours);
    for (const event of feed.events)
      assert.equal(
        result.events.find((e) => e.id === event.id)!.status === 'cancelled',
        event.status === 'cancelled',
        event.id,
      );
  });

  it('into the feed without events: valid, same occurrences', () => {
    const data = { ...raw(), events: [] };
    const ics = toIcs(sample().events, sample());
    const result = importEvents(bytes(ics), { feed: validateFeed(data).feed });
    const { feed: merged } = mergeIntoFeed(data, eventItems(result, 'sv'));
    const { feed, issues } = validateFeed(merged);
    assert.deepEqual(
      issues.filter((i) => i.severity === 'error'),
      [],
    );
    assert.deepEqual(occurrences(feed), occurrences(sample()));
  });

  it('into the feed it came from: nothing changes (rules written another way are kept as they were)', () => {
    const data = raw();
    const result = importEvents(bytes(toIcs(sample().events, sample())), { feed: sample() });
    const { feed, summary } = mergeIntoFeed(data, eventItems(result, 'sv'), {
      now: new Date('2030-01-01T00:00Z'),
    });
    assert.equal(summary.unchanged.length, 36);
    assert.ok(sameJson(feed, data));
  });
});

describe('the downloadable template', () => {
  it('docs/templates/courses.csv imports without an error into the sample feed', () => {
    const template = readFileSync(
      new URL('../../../../docs/templates/courses.csv', import.meta.url),
    );
    const result = importCourses(template, { feed: sample(), feedName: 'sample-feed.json' });
    assert.deepEqual(result.errors, []);
    assert.ok(result.courses.length >= 3);
    const data = raw();
    const { feed } = mergeIntoFeed(data, courseItems(result), {
      providers: result.providers as never,
    });
    assert.deepEqual(
      validateFeed(feed).issues.filter((i) => i.severity === 'error'),
      [],
    );
  });
});
