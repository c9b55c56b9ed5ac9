/**
 * Course finding: one filter object (what a course finder's controls and URL
 * hold), the courses that match it, facet counts for the controls, an
 * "active filters" summary for the empty state, and nearest-centre sorting.
 */
import { DATE_PATTERN } from '../schema/patterns.ts';
import { zonedDateKey } from '../time/zone.ts';
import type { Centre, Course, CourseLevel, CourseMode, Feed, Geo } from '../types.ts';
import { type CentreDistance, distanceKm, sortCentresByDistance } from './centres.ts';
import { applicationStateOn, startTerm } from './course-dates.ts';
import { type CourseSearchIndex, createCourseSearchIndex, parseQuery } from './search.ts';

/**
 * What a reader is looking for. Every property left out (or an empty list)
 * does not filter; within a list any value may match, and all the properties
 * given must match: subjects [math, physics] and mode [distance] is
 * "(math or physics) and distance".
 */
export interface CourseFilter {
  /** Free text; every word must occur (see `matchesQuery`). */
  q?: string;
  /** Subject ids: a course with any of them. */
  subjects?: string[];
  levels?: CourseLevel[];
  modes?: CourseMode[];
  /** Study pace in per cent, e.g. [50, 100]; a course without a pace never matches. */
  pace?: number[];
  /** Provider ids. */
  providers?: string[];
  /** Centre ids: courses that can be studied at any of them (a course with no centres never matches). */
  centres?: string[];
  /** Only courses one can apply for now (needs `now` in the options). */
  openNow?: boolean;
  /** Courses starting on or after this local date, 'YYYY-MM-DD' (a course without a start never matches). */
  startsFrom?: string;
  /** Courses starting on or before this local date, 'YYYY-MM-DD' (inclusive). */
  startsTo?: string;
  /** Start-term keys such as '2026-HT' (see `startTerm`). */
  startTerms?: string[];
}

/** The context a filter is applied in. Nothing is read from a clock: pass `now`. */
export interface FilterCoursesOptions {
  /** The current time; required when `openNow` is set (and for the facets' `openNow` count). */
  now?: Date;
  /** Defaults to the feed's `timeZone`. */
  timeZone?: string;
  /** The page's language, for searching descriptions; defaults to the feed's. */
  language?: string;
  /** Defaults to the feed's `language`. */
  fallbackLanguage?: string;
  /**
   * A search index built by the caller. By default one is built on the first
   * text search and kept for this `feed.courses` array and language, so pass
   * the same array every time (not a fresh copy per keystroke).
   */
  index?: CourseSearchIndex;
}

/** The parts of a feed course filtering reads. */
export type CourseFeed = Pick<
  Feed,
  'courses' | 'providers' | 'subjects' | 'centres' | 'language' | 'timeZone'
>;

/** One filter that is in effect, with its normalised value (see `describeFilter`). */
export type ActiveCourseFilter = {
  [K in keyof CourseFilter]-?: { key: K; value: NonNullable<CourseFilter[K]> };
}[keyof CourseFilter];

const ORDER: (keyof CourseFilter)[] = [
  'q',
  'subjects',
  'levels',
  'modes',
  'pace',
  'providers',
  'centres',
  'openNow',
  'startsFrom',
  'startsTo',
  'startTerms',
];

/**
 * The filters in effect, in a fixed order, with their values cleaned up: text
 * trimmed (and left out when it has no words), lists without repeats and left
 * out when empty, dates and paces that cannot be read left out, `openNow` only
 * when true. An empty result means "all courses". A widget turns it into "No
 * courses match 'python' and Mathematics", and a "remove" button per item
 * clears `filter[item.key]`.
 */
export function describeFilter(filter: CourseFilter): ActiveCourseFilter[] {
  const active: ActiveCourseFilter[] = [];
  for (const key of ORDER) {
    const value = filter[key];
    if (key === 'q') {
      const q = typeof value === 'string' ? value.trim() : '';
      if (parseQuery(q).length) active.push({ key, value: q });
    } else if (key === 'openNow') {
      if (value === true) active.push({ key, value });
    } else if (key === 'startsFrom' || key === 'startsTo') {
      if (typeof value === 'string' && DATE_PATTERN.test(value)) active.push({ key, value });
    } else if (Array.isArray(value)) {
      const values = [...new Set<string | number>(value)].filter((v) =>
        key === 'pace' ? typeof v === 'number' && Number.isFinite(v) : typeof v === 'string',
      );
      if (values.length) active.push({ key, value: values } as ActiveCourseFilter);
    }
  }
  return active;
}

/** What a test checks; `starts` stands for `startsFrom` and `startsTo` together. */
export type CourseTestKey = Exclude<keyof CourseFilter, 'startsFrom' | 'startsTo'> | 'starts';
/** One active filter as a predicate (internal to the course queries). */
export interface CourseTest {
  key: CourseTestKey;
  test: (course: Course) => boolean;
}

const indexes = new WeakMap<readonly Course[], CourseSearchIndex[]>();

/** The caller's index, or one kept per course list and language. */
function searchIndex(feed: CourseFeed, options: FilterCoursesOptions): CourseSearchIndex {
  if (options.index) return options.index;
  const language = options.language || feed.language;
  const fallbackLanguage = options.fallbackLanguage || feed.language;
  let list = indexes.get(feed.courses);
  if (!list) indexes.set(feed.courses, (list = []));
  let index = list.find((i) => i.language === language && i.fallbackLanguage === fallbackLanguage);
  if (!index) {
    index = createCourseSearchIndex(feed.courses, { ...feed, language, fallbackLanguage });
    list.push(index);
  }
  return index;
}

/** The local date of `options.now` in the feed's time zone, when a time is given. */
export function localToday(feed: CourseFeed, options: FilterCoursesOptions): string | undefined {
  return options.now && zonedDateKey(options.now, options.timeZone || feed.timeZone);
}

/**
 * One predicate per active filter (for `filterCourses` and `courseFacets`).
 * A text query becomes a set lookup: the index did the work.
 */
export function compileCourseFilter(
  feed: CourseFeed,
  filter: CourseFilter,
  options: FilterCoursesOptions,
): CourseTest[] {
  const tests: CourseTest[] = [];
  const some = <T>(values: T[] | undefined, wanted: readonly T[]) =>
    values !== undefined && values.some((v) => wanted.includes(v));
  for (const { key, value } of describeFilter(filter)) {
    switch (key) {
      case 'q': {
        const found = new Set(searchIndex(feed, options).search(value));
        tests.push({ key, test: (c) => found.has(c) });
        break;
      }
      case 'subjects':
        tests.push({ key, test: (c) => some(c.subjects, value) });
        break;
      case 'levels':
        tests.push({ key, test: (c) => value.includes(c.level) });
        break;
      case 'modes':
        tests.push({ key, test: (c) => value.includes(c.mode) });
        break;
      case 'pace':
        tests.push({ key, test: (c) => c.pace !== undefined && value.includes(c.pace) });
        break;
      case 'providers':
        tests.push({ key, test: (c) => value.includes(c.provider) });
        break;
      case 'centres':
        tests.push({ key, test: (c) => some(c.centres, value) });
        break;
      case 'openNow': {
        const day = localToday(feed, options);
        if (!day)
          throw new TypeError('filterCourses: openNow needs options.now (the current time)');
        tests.push({ key, test: (c) => applicationStateOn(c, day) === 'open' });
        break;
      }
      case 'startsFrom':
        tests.push({ key: 'starts', test: (c) => c.start !== undefined && c.start >= value });
        break;
      case 'startsTo':
        tests.push({ key: 'starts', test: (c) => c.start !== undefined && c.start <= value });
        break;
      case 'startTerms':
        tests.push({ key, test: (c) => value.includes(startTerm(c)?.key ?? '') });
        break;
    }
  }
  return tests;
}

/**
 * The feed's courses that match `filter`, in feed order. Pure: the time for
 * `openNow` comes from `options.now`, and dates are local days in the feed's
 * time zone. Fast enough to run on every keystroke: 10,000 courses take a few
 * milliseconds (the text index is built on first use and kept).
 * @throws TypeError when `openNow` is set without `options.now`.
 */
export function filterCourses(
  feed: CourseFeed,
  filter: CourseFilter,
  options: FilterCoursesOptions = {},
): Course[] {
  const tests = compileCourseFilter(feed, filter, options);
  return feed.courses.filter((course) => tests.every(({ test }) => test(course)));
}

/** A course with its nearest centre, when it has one with a known place. */
export interface CourseDistance {
  course: Course;
  centre?: Centre;
  distanceKm?: number;
}

/** The centres where `course` can be studied, nearest to `point` first. */
export function nearestCentres(
  course: Course,
  centres: readonly Centre[],
  point: Geo,
): CentreDistance[] {
  const ids = new Set(course.centres);
  return sortCentresByDistance(
    centres.filter((centre) => ids.has(centre.id)),
    point,
  );
}

/**
 * The courses ordered by how far their nearest centre is from `point`; courses
 * with no centre (pure distance courses) come last, in their order. Each
 * centre's distance is computed once, so this is cheap for 10,000 courses.
 */
export function sortCoursesByNearestCentre(
  courses: readonly Course[],
  centres: readonly Centre[],
  point: Geo,
): CourseDistance[] {
  const distances = new Map(
    centres.map((c) => [c.id, { centre: c, distanceKm: distanceKm(point, c.geo) }]),
  );
  return courses
    .map((course): CourseDistance => {
      let best: CentreDistance | undefined;
      for (const id of course.centres ?? []) {
        const d = distances.get(id);
        if (d && (!best || d.distanceKm < best.distanceKm)) best = d;
      }
      return best ? { course, ...best } : { course };
    })
    .sort((a, b) => far(a) - far(b));
}

/** Courses without a distance sort after every distance (and keep their order: no NaN). */
function far(d: CourseDistance): number {
  return d.distanceKm ?? Number.MAX_VALUE;
}
