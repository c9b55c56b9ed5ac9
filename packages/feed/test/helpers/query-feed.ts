// The fixture feed the query tests share, validated the way widgets load it.
import { readFileSync } from 'node:fs';
import type { Course, Feed } from '../../src/types.ts';
import { validateFeed } from '../../src/validate.ts';

const FILE = new URL('../fixtures/valid-query-feed.json', import.meta.url);

/** A fresh copy of the query fixture feed (tests may not share mutable state). */
export function queryFeed(): Feed {
  return validateFeed(JSON.parse(readFileSync(FILE, 'utf8'))).feed;
}

/** The ids of courses, for comparing results readably. */
export const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

/** A course by id from a feed; fails the test when it is missing. */
export function courseById(feed: Feed, id: string): Course {
  const course = feed.courses.find((c) => c.id === id);
  if (!course) throw new Error(`fixture has no course ${id}`);
  return course;
}

/**
 * `count` synthetic courses over the fixture's providers, subjects and
 * centres, with Swedish text: enough to check that queries stay fast.
 */
export function manyCourses(feed: Feed, count: number): Course[] {
  const words = [
    'matematik',
    'fysik',
    'vård',
    'omsorg',
    'programmering',
    'ekonomi',
    'svenska',
    'teknik',
    'kemi',
    'biologi',
    'historia',
    'juridik',
    'ledarskap',
    'pedagogik',
    'undersköterska',
    'elektriker',
    'lokförare',
    'café',
  ];
  const levels = ['bachelor', 'master', 'vocational', 'upper-secondary'] as const;
  const modes = ['distance', 'hybrid', 'on-site'] as const;
  // A fixed pseudo-random sequence: the same courses every run.
  let seed = 1;
  const pick = <T>(list: readonly T[]) => list[(seed = (seed * 16807) % 2147483647) % list.length];
  return Array.from({ length: count }, (_, i): Course => ({
    id: `c${i}`,
    code: `AB${i}`,
    title: { sv: `${pick(words)} ${pick(words)} ${i}`, en: `Course ${i}` },
    description: { sv: Array.from({ length: 40 }, () => pick(words)).join(' '), en: 'A course.' },
    provider: pick(feed.providers).id,
    level: pick(levels),
    mode: pick(modes),
    subjects: [pick(feed.subjects).id],
    pace: pick([25, 50, 75, 100]),
    centres: [pick(feed.centres).id, pick(feed.centres).id],
    start: `2026-${String(1 + (i % 12)).padStart(2, '0')}-1${i % 10}`,
    applicationPeriod: { opens: '2026-03-01', closes: pick(['2026-03-10', '2026-04-15']) },
    status: pick(['open', 'waitlist', 'full', undefined]),
  }));
}
