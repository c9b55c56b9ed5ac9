/**
 * Facet counts for a course finder's filter controls: "Mathematics (12)".
 */
import { COURSE_LEVELS, COURSE_MODES } from '../schema/vocabulary.ts';
import type { Course, CourseLevel, CourseMode } from '../types.ts';
import { applicationStateOn, compareStartTerms, startTerm } from './course-dates.ts';
import {
  type CourseFeed,
  type CourseFilter,
  type CourseTestKey,
  type FilterCoursesOptions,
  compileCourseFilter,
  describeFilter,
  localToday,
} from './courses.ts';

/** A value a filter control can offer, with how many courses choosing it would give. */
export interface FacetValue<T> {
  value: T;
  count: number;
  /** True when the filter already has this value. */
  selected: boolean;
}

/** Counts for every filter control (see `courseFacets`). */
export interface CourseFacets {
  /** Courses matching the whole filter. */
  total: number;
  subjects: FacetValue<string>[];
  levels: FacetValue<CourseLevel>[];
  modes: FacetValue<CourseMode>[];
  pace: FacetValue<number>[];
  providers: FacetValue<string>[];
  centres: FacetValue<string>[];
  /** Keys such as '2026-HT' (see `startTerm`), oldest first. */
  startTerms: FacetValue<string>[];
  /** Courses open for application that match the rest of the filter; only with `options.now`. */
  openNow?: number;
}

type FacetKey = Exclude<keyof CourseFacets, 'total' | 'openNow'>;
const FACETS: FacetKey[] = [
  'subjects',
  'levels',
  'modes',
  'pace',
  'providers',
  'centres',
  'startTerms',
];

/** A facet's values of one course. */
function valuesOf(course: Course, key: FacetKey): readonly (string | number | undefined)[] {
  switch (key) {
    case 'subjects':
      return course.subjects ?? [];
    case 'centres':
      return course.centres ?? [];
    case 'pace':
      return [course.pace];
    case 'startTerms':
      return [startTerm(course)?.key];
    case 'levels':
      return [course.level];
    case 'modes':
      return [course.mode];
    case 'providers':
      return [course.provider];
  }
}

/**
 * Every facet value, numbered, and each course's values as numbers: built
 * once per course list, so counting is adding up small integers.
 */
interface FacetIndex {
  values: (string | number)[];
  /** Course i's values are `items[starts[i]]` up to `items[starts[i + 1]]`. */
  starts: Uint32Array;
  items: Uint32Array;
}

const facetIndexes = new WeakMap<readonly Course[], Record<FacetKey, FacetIndex>>();

function facetIndex(courses: readonly Course[]): Record<FacetKey, FacetIndex> {
  let index = facetIndexes.get(courses);
  if (index) return index;
  index = {} as Record<FacetKey, FacetIndex>;
  for (const key of FACETS) {
    const numbers = new Map<string | number, number>();
    const starts = new Uint32Array(courses.length + 1);
    const items: number[] = [];
    courses.forEach((course, i) => {
      starts[i] = items.length;
      for (const value of new Set(valuesOf(course, key))) {
        if (value === undefined) continue;
        if (!numbers.has(value)) numbers.set(value, numbers.size);
        items.push(numbers.get(value)!);
      }
    });
    starts[courses.length] = items.length;
    index[key] = { values: [...numbers.keys()], starts, items: Uint32Array.from(items) };
  }
  facetIndexes.set(courses, index);
  return index;
}

/** Orders values by their place in `order`; values it does not know go last. */
const inOrder = (order: readonly (string | number)[]) => {
  const rank = (value: string | number) => {
    const i = order.indexOf(value);
    return i < 0 ? order.length : i;
  };
  return (a: string | number, b: string | number) => rank(a) - rank(b);
};

/**
 * How many courses each value of each filter control would give, the way good
 * shops count: a facet's counts apply every active filter except that facet's
 * own, so ticking "Mathematics" does not make "Physics" show 0 (it shows what
 * ticking it too would give). Each list holds every value some course has,
 * with counts that may be 0: subjects, providers and centres in feed order,
 * levels and modes in vocabulary order, paces ascending, terms oldest first.
 * One pass over the courses, as fast as `filterCourses`.
 * @throws TypeError when `filter.openNow` is set without `options.now`.
 */
export function courseFacets(
  feed: CourseFeed,
  filter: CourseFilter = {},
  options: FilterCoursesOptions = {},
): CourseFacets {
  const tests = compileCourseFilter(feed, filter, options);
  const day = localToday(feed, options);
  const index = facetIndex(feed.courses);
  const counts = FACETS.map((key) => new Uint32Array(index[key].values.length));
  let total = 0;
  let openNow = 0;
  feed.courses.forEach((course, i) => {
    // The one facet this course fails, if it fails exactly one; `many` if more.
    let failed: CourseTestKey | undefined;
    let many = false;
    for (const { key, test } of tests) {
      if (test(course)) continue;
      if (failed === undefined) failed = key;
      else if (failed !== key) {
        many = true;
        break;
      }
    }
    if (many) return;
    if (failed === undefined) total++;
    if (day && (failed === undefined || failed === 'openNow')) {
      if (applicationStateOn(course, day) === 'open') openNow++;
    }
    FACETS.forEach((key, k) => {
      if (failed !== undefined && failed !== key) return;
      const { starts, items } = index[key];
      for (let j = starts[i]; j < starts[i + 1]; j++) counts[k][items[j]]++;
    });
  });

  const active = describeFilter(filter);
  const orders: Record<FacetKey, (a: string | number, b: string | number) => number> = {
    subjects: inOrder(feed.subjects.map((s) => s.id)),
    providers: inOrder(feed.providers.map((p) => p.id)),
    centres: inOrder(feed.centres.map((c) => c.id)),
    levels: inOrder(COURSE_LEVELS),
    modes: inOrder(COURSE_MODES),
    pace: (a, b) => (a as number) - (b as number),
    startTerms: (a, b) => compareStartTerms(String(a), String(b)),
  };
  const facets = { total, ...(day ? { openNow } : {}) } as CourseFacets;
  FACETS.forEach((key, k) => {
    const chosen = (active.find((a) => a.key === key)?.value ?? []) as (string | number)[];
    const order = orders[key];
    // A stable sort: values the order does not know stay in the order first seen.
    (facets[key] as FacetValue<string | number>[]) = index[key].values
      .map((value, v) => ({ value, count: counts[k][v], selected: chosen.includes(value) }))
      .sort((a, b) => order(a.value, b.value));
  });
  return facets;
}
