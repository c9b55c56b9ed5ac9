/**
 * A course's dates as a reader asks about them: can I apply now, and which
 * term does it start in?
 */
import { dayNumber } from '../time/civil.ts';
import { zonedDateKey } from '../time/zone.ts';
import type { Course } from '../types.ts';

/** Where a course's application stands on a given day. */
export interface ApplicationState {
  /**
   * - `not-yet-open`: the application period starts later;
   * - `open`: one can apply today;
   * - `closed`: the period is over, or the course's status is `closed`, `full` or `cancelled`;
   * - `unknown`: the feed gives neither a period nor a status that says.
   */
  state: 'not-yet-open' | 'open' | 'closed' | 'unknown';
  /** First day of the period, 'YYYY-MM-DD', when the feed gives it. */
  opens?: string;
  /** Last day of the period (inclusive), 'YYYY-MM-DD', when the feed gives it. */
  closes?: string;
  /** `not-yet-open` only: whole days until it opens (1 = tomorrow). */
  opensIn?: number;
  /** `open` with a closing day only: whole days left after today (0 = today is the last day). */
  closesIn?: number;
}

/** Statuses under which nobody can apply, whatever the period says. */
const NOT_APPLICABLE = new Set(['closed', 'full', 'cancelled']);

/**
 * The application state of `course` at `now`. The period's dates are whole
 * local days in `timeZone` (the feed's): `closes: 2026-04-15` is open until
 * midnight at the end of 15 April in Stockholm, wherever the reader is.
 *
 * Dates win over status, with one exception: a course that is `closed`,
 * `full` or `cancelled` is closed for application. A course with no period
 * counts as open when its status is `open` or `waitlist` (one can join a
 * waiting list), and as `unknown` when it has no status. A period with only
 * `opens` never closes; one with only `closes` is open until then.
 */
export function applicationState(course: Course, now: Date, timeZone: string): ApplicationState {
  const today = zonedDateKey(now, timeZone);
  const { opens, closes } = course.applicationPeriod ?? {};
  const state = applicationStateOn(course, today);
  const result: ApplicationState = { state };
  if (opens) result.opens = opens;
  if (closes) result.closes = closes;
  if (state === 'not-yet-open') result.opensIn = daysBetween(today, opens!);
  if (state === 'open' && closes) result.closesIn = daysBetween(today, closes);
  return result;
}

/** True when one can apply for `course` at `now` (see `applicationState`). */
export function isOpenForApplication(course: Course, now: Date, timeZone: string): boolean {
  return applicationStateOn(course, zonedDateKey(now, timeZone)) === 'open';
}

/**
 * `applicationState` for a local date 'YYYY-MM-DD', without the day counts.
 * Feed dates compare as strings, so filtering thousands of courses parses nothing.
 */
export function applicationStateOn(course: Course, today: string): ApplicationState['state'] {
  if (course.status && NOT_APPLICABLE.has(course.status)) return 'closed';
  const { opens, closes } = course.applicationPeriod ?? {};
  if (opens && today < opens) return 'not-yet-open';
  if (closes && today > closes) return 'closed';
  if (opens || closes) return 'open';
  return course.status ? 'open' : 'unknown';
}

function daysBetween(from: string, to: string): number {
  const day = (key: string) => dayNumber(+key.slice(0, 4), +key.slice(5, 7), +key.slice(8, 10));
  return day(to) - day(from);
}

/** The Swedish academic terms, in the order they come in a year. */
export const START_TERMS = ['spring', 'summer', 'autumn'] as const;
export type StartTermName = (typeof START_TERMS)[number];

/** The term a course starts in. */
export interface StartTerm {
  /** `2026-VT` (vårtermin), `2026-ST` (sommar) or `2026-HT` (hösttermin): stable, for filters and URLs. */
  key: string;
  year: number;
  term: StartTermName;
}

const TERM_CODES: Record<StartTermName, string> = { spring: 'VT', summer: 'ST', autumn: 'HT' };

/**
 * The term `course` starts in, from its `start` date: spring (VT) for a start
 * in January–May, summer for June–July, autumn (HT) for August–December.
 *
 * Why not VT January–June and HT July–December: nothing term-long starts in
 * June or July in Sweden; what does is a summer course (sommarkurs), which
 * admission sites list under its own summer round. From August on, komvux
 * (week 32–33), YH and universities (weeks 34–36) start the autumn term.
 * `undefined` for a course without a start date.
 */
export function startTerm(course: Pick<Course, 'start'>): StartTerm | undefined {
  if (!course.start) return undefined;
  const year = +course.start.slice(0, 4);
  const month = +course.start.slice(5, 7);
  const term: StartTermName = month <= 5 ? 'spring' : month <= 7 ? 'summer' : 'autumn';
  return { key: `${year}-${TERM_CODES[term]}`, year, term };
}

/** Orders start terms, or their keys ('2026-HT'), chronologically (for `Array#sort`). */
export function compareStartTerms(a: StartTerm | string, b: StartTerm | string): number {
  return termNumber(a) - termNumber(b);
}

function termNumber(term: StartTerm | string): number {
  if (typeof term !== 'string') return term.year * 3 + START_TERMS.indexOf(term.term);
  return +term.slice(0, 4) * 3 + START_TERMS.findIndex((t) => TERM_CODES[t] === term.slice(5));
}
