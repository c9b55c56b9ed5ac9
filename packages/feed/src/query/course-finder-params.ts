/**
 * A course filter written as text: in a page's query string
 * (`?lc-q=vård&lc-subject=math,physics&lc-open=1`), so a search can be
 * bookmarked, shared and restored with back and forward, and in a course
 * finder's attributes (`subject="math, physics"`). One reader for both, so a
 * value means the same in the address bar as in the page's HTML.
 */
import { DATE_PATTERN } from '../schema/patterns.ts';
import { COURSE_LEVELS, COURSE_MODES } from '../schema/vocabulary.ts';
import type { CourseLevel, CourseMode } from '../types.ts';
import { type CourseFilter, describeFilter } from './courses.ts';

/** The name of each filter property in text form (a query-string key after its prefix). */
export const COURSE_FILTER_PARAMS = {
  q: 'q',
  subjects: 'subject',
  levels: 'level',
  modes: 'mode',
  pace: 'pace',
  providers: 'provider',
  centres: 'centre',
  openNow: 'open',
  startsFrom: 'from',
  startsTo: 'to',
  startTerms: 'term',
} as const satisfies Record<keyof CourseFilter, string>;

/** A name from `COURSE_FILTER_PARAMS`: `subject`, `level`, `open` … */
export type CourseFilterParam = (typeof COURSE_FILTER_PARAMS)[keyof CourseFilter];

/** The prefix a course finder puts before its query-string keys, so they never clash with the page's own. */
export const COURSE_FILTER_PARAM_PREFIX = 'lc-';

/** A value `readCourseFilter` could not use, and what it would have accepted (for a console warning). */
export interface RejectedFilterValue {
  param: CourseFilterParam;
  value: string;
  allowed: string;
}

/** What `readCourseFilter` found. */
export interface ReadCourseFilter {
  filter: CourseFilter;
  /** Values that were dropped; empty when everything could be read. */
  rejected: RejectedFilterValue[];
}

const TERM_PATTERN = /^\d{4}-(VT|ST|HT)$/;
const TRUE = new Set(['', '1', 'true', 'yes', 'ja']);
const FALSE = new Set(['0', 'false', 'no', 'nej']);

/** `"a, b,,c "` → `['a', 'b', 'c']`: ids never contain commas (see `ID_PATTERN`). */
function splitList(raw: string): string[] {
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Reads a course filter from named text values, the way both a query string
 * and a finder's attributes give them: `get('subject')` → `"math,physics"`, or
 * `null`/`undefined` when not given. Lists are comma-separated; levels and
 * modes must be words of the feed's vocabulary, paces numbers above 0 up to
 * 100, terms keys such as `2026-HT`, dates `YYYY-MM-DD`, and `open` one of
 * `1`, `true`, `yes`, `ja` or empty (`0`, `false`, `no`, `nej` turn it off).
 * Values that cannot be used are left out and listed in `rejected`; ids of
 * subjects, providers and centres are taken as they are (an unknown id simply
 * matches nothing).
 */
export function readCourseFilter(
  get: (param: CourseFilterParam) => string | null | undefined,
): ReadCourseFilter {
  const filter: CourseFilter = {};
  const rejected: RejectedFilterValue[] = [];
  const reject = (param: CourseFilterParam, value: string, allowed: string) =>
    rejected.push({ param, value, allowed });
  /** The list's values that pass `accept`; the others are rejected one by one. */
  const list = <T>(
    param: CourseFilterParam,
    accept: (value: string) => T | undefined,
    allowed: string,
  ): T[] | undefined => {
    const raw = get(param);
    if (raw == null) return undefined;
    const values: T[] = [];
    for (const part of splitList(raw)) {
      const value = accept(part);
      if (value === undefined) reject(param, part, allowed);
      else if (!values.includes(value)) values.push(value);
    }
    return values.length ? values : undefined;
  };
  const oneOf =
    <T extends string>(words: readonly T[]) =>
    (value: string): T | undefined =>
      words.find((word) => word === value.toLowerCase());

  const q = get('q');
  if (q != null && q.trim()) filter.q = q.trim();
  const subjects = list('subject', (v) => v, '');
  if (subjects) filter.subjects = subjects;
  const levels = list<CourseLevel>('level', oneOf(COURSE_LEVELS), COURSE_LEVELS.join(', '));
  if (levels) filter.levels = levels;
  const modes = list<CourseMode>('mode', oneOf(COURSE_MODES), COURSE_MODES.join(', '));
  if (modes) filter.modes = modes;
  const pace = list(
    'pace',
    (v) => {
      const n = Number(v.replace(',', '.').replace(/\s*%$/, ''));
      return Number.isFinite(n) && n > 0 && n <= 100 ? n : undefined;
    },
    'a number above 0 up to 100, such as 50',
  );
  if (pace) filter.pace = pace;
  const providers = list('provider', (v) => v, '');
  if (providers) filter.providers = providers;
  const centres = list('centre', (v) => v, '');
  if (centres) filter.centres = centres;
  const terms = list(
    'term',
    (v) => (TERM_PATTERN.test(v.toUpperCase()) ? v.toUpperCase() : undefined),
    'a start term such as 2026-VT, 2026-ST or 2026-HT',
  );
  if (terms) filter.startTerms = terms;
  for (const [param, key] of [
    ['from', 'startsFrom'],
    ['to', 'startsTo'],
  ] as const) {
    const raw = get(param)?.trim();
    if (!raw) continue;
    if (DATE_PATTERN.test(raw)) filter[key] = raw;
    else reject(param, raw, 'a date (YYYY-MM-DD)');
  }
  const open = get('open');
  if (open != null) {
    const word = open.trim().toLowerCase();
    if (TRUE.has(word)) filter.openNow = true;
    else if (!FALSE.has(word)) reject('open', open, '1 or true (or 0 or false)');
  }
  return { filter, rejected };
}

/**
 * The course filter in a query string (`location.search`), reading only the
 * keys that start with `prefix`. Values that cannot be used are left out.
 */
export function courseFilterFromParams(
  params: URLSearchParams,
  prefix: string = COURSE_FILTER_PARAM_PREFIX,
): CourseFilter {
  return readCourseFilter((param) => params.get(prefix + param)).filter;
}

/** True when the query string holds any course-filter key with `prefix`. */
export function hasCourseFilterParams(
  params: URLSearchParams,
  prefix: string = COURSE_FILTER_PARAM_PREFIX,
): boolean {
  return Object.values(COURSE_FILTER_PARAMS).some((param) => params.has(prefix + param));
}

/**
 * A copy of `params` (the page's query string) with the course filter written
 * in: every key with `prefix` that a filter uses is removed, then the filter's
 * active values are set in a fixed order (lists comma-separated, `open=1`).
 * The page's own keys stay as they were, so writing the same filter twice
 * gives the same string (compare them to skip a needless history entry).
 */
export function courseFilterToParams(
  filter: CourseFilter,
  params: URLSearchParams | string = '',
  prefix: string = COURSE_FILTER_PARAM_PREFIX,
): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const param of Object.values(COURSE_FILTER_PARAMS)) out.delete(prefix + param);
  for (const { key, value } of describeFilter(filter)) {
    const text = Array.isArray(value) ? value.join(',') : value === true ? '1' : String(value);
    out.set(prefix + COURSE_FILTER_PARAMS[key], text);
  }
  return out;
}
