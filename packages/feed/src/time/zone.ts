/**
 * IANA time zones with nothing but `Intl`: offsets, wall clock ⇄ instant
 * (correct across daylight-saving changes) and local calendar days.
 *
 * `Intl.DateTimeFormat` is slow to create and not fast to call, so formatters
 * are cached per zone and offsets are cached per UTC day: a day's entry records
 * the offset at its start and, in the rare day that has a transition, the
 * transition instant and the offset after it. Expanding thousands of events over
 * two months then costs a few hundred `Intl` calls in all.
 */
import { DAY_MS, type WallTime, dayKey, parseDayKey, wallMs } from './civil.ts';

/** True when the runtime's Intl knows this IANA time zone. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** A wall-clock reading in a time zone, with what it took to get there. */
export interface ZonedParts extends Required<WallTime> {
  /** 1 = Monday … 7 = Sunday (ISO 8601). */
  dayOfWeek: number;
  /** Local time minus UTC, in minutes (Stockholm: 60 in winter, 120 in summer). */
  offsetMinutes: number;
}

// ---- offsets ---------------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch {
      throw new RangeError(`unknown time zone "${timeZone}"`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

// `format` is several times faster than `formatToParts`; its en-US shape
// ("3/29/2026 AD, 03:30:00") is read with a pattern, with the parts as a fallback.
const FORMATTED = /^(\d+)\/(\d+)\/(\d+) (AD|BC), (\d+):(\d+):(\d+)$/;

/** The zone's offset at `ms`, asked of Intl (whole seconds). */
function intlOffsetMs(ms: number, timeZone: string): number {
  const seconds = Math.floor(ms / 1000) * 1000;
  const f = formatter(timeZone);
  const m = FORMATTED.exec(f.format(seconds));
  const p: Record<string, string> = m
    ? { month: m[1], day: m[2], year: m[3], era: m[4], hour: m[5], minute: m[6], second: m[7] }
    : Object.fromEntries(f.formatToParts(seconds).map((part) => [part.type, part.value]));
  const year = p.era === 'BC' || p.era === 'B' ? 1 - +p.year : +p.year;
  return (
    wallMs({
      year,
      month: +p.month,
      day: +p.day,
      hour: +p.hour,
      minute: +p.minute,
      second: +p.second,
    }) - seconds
  );
}

/** One UTC day in one zone: offset `before` until `at`, then `after`. */
interface DayEntry {
  at: number;
  before: number;
  after: number;
}

const MAX_CACHED_DAYS = 50_000;
const dayCache = new Map<string, Map<number, DayEntry>>();

function dayEntry(day: number, timeZone: string): DayEntry {
  let days = dayCache.get(timeZone);
  if (!days) dayCache.set(timeZone, (days = new Map()));
  let entry = days.get(day);
  if (entry) return entry;
  const start = day * DAY_MS;
  const before = intlOffsetMs(start, timeZone);
  const after = intlOffsetMs(start + DAY_MS - 1, timeZone);
  entry = {
    at:
      before === after ? Infinity : findTransition(start, start + DAY_MS - 1000, before, timeZone),
    before,
    after,
  };
  if (days.size >= MAX_CACHED_DAYS) days.clear();
  days.set(day, entry);
  return entry;
}

/**
 * First whole second in (lo, hi] whose offset differs from `before`, by
 * bisection; `lo` has offset `before`, `hi` does not.
 */
export function findTransition(lo: number, hi: number, before: number, timeZone: string): number {
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (intlOffsetMs(mid, timeZone) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

function isUtc(timeZone: string): boolean {
  return timeZone === 'UTC' || timeZone === 'Etc/UTC';
}

/** The zone's offset (local minus UTC) at instant `ms`, in milliseconds. Cached. */
export function offsetMsAt(ms: number, timeZone: string): number {
  if (isUtc(timeZone)) return 0;
  const entry = dayEntry(Math.floor(ms / DAY_MS), timeZone);
  return ms < entry.at ? entry.before : entry.after;
}

/**
 * The UTC offset of `timeZone` at `date`: local time minus UTC in minutes
 * (Europe/Stockholm gives 60 in winter and 120 in summer; America/New_York
 * gives -300 or -240). Historical local mean times may give a fraction.
 * @throws RangeError for a time zone the runtime does not know.
 */
export function offsetMinutes(date: Date, timeZone: string): number {
  return offsetMsAt(date.getTime(), timeZone) / 60_000;
}

// ---- wall clock ⇄ instant ---------------------------------------------------

/**
 * The instant of a wall-clock reading given as milliseconds (see `wallMs`).
 * Gap (the clock jumps over it): the offset before the gap applies, which moves
 * the time forward by the gap's length, as RFC 5545 §3.3.5 asks. Ambiguous (the
 * clock shows it twice): the first occurrence.
 */
export function wallMsToInstantMs(wall: number, timeZone: string): number {
  if (isUtc(timeZone)) return wall;
  const before = offsetMsAt(wall - DAY_MS, timeZone);
  const after = offsetMsAt(wall + DAY_MS, timeZone);
  if (before === after) return wall - before;
  const early = wall - before;
  const late = wall - after;
  const earlyFits = offsetMsAt(early, timeZone) === before;
  const lateFits = offsetMsAt(late, timeZone) === after;
  if (earlyFits && lateFits) return Math.min(early, late);
  if (lateFits) return late;
  return early; // fits, or a gap: the offset before the gap
}

/**
 * The instant at which a clock in `timeZone` shows `wall`. Correct across
 * daylight-saving changes: a time in the spring-forward gap (02:30 on the night
 * Europe/Stockholm goes from 02:00 to 03:00) moves forward by the gap (03:30
 * summer time), as RFC 5545 specifies; a time the clock shows twice in autumn
 * gives its first occurrence (summer time).
 * @throws RangeError for a time zone the runtime does not know.
 */
export function zonedWallTimeToInstant(wall: WallTime, timeZone: string): Date {
  return new Date(wallMsToInstantMs(wallMs(wall), timeZone));
}

/** What a clock in `timeZone` shows at instant `ms`, as milliseconds (see `wallMs`). */
export function instantMsToWallMs(ms: number, timeZone: string): number {
  return ms + offsetMsAt(ms, timeZone);
}

/**
 * What a clock in `timeZone` shows at `date`: calendar date, time of day,
 * ISO day of the week and the UTC offset in force.
 * @throws RangeError for a time zone the runtime does not know.
 */
export function instantToZonedParts(date: Date, timeZone: string): ZonedParts {
  const offset = offsetMsAt(date.getTime(), timeZone);
  const local = new Date(date.getTime() + offset);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    dayOfWeek: local.getUTCDay() || 7,
    offsetMinutes: offset / 60_000,
  };
}

// ---- local calendar days ---------------------------------------------------

/** The local calendar day (a day number, see `dayNumber`) that contains instant `ms`. */
export function zonedDayNumber(ms: number, timeZone: string): number {
  return Math.floor(instantMsToWallMs(ms, timeZone) / DAY_MS);
}

/** The instant a local calendar day (a day number) begins: usually midnight, later when midnight falls in a gap. */
export function zonedDayStartMs(day: number, timeZone: string): number {
  return wallMsToInstantMs(day * DAY_MS, timeZone);
}

/**
 * The local calendar date of `date` in `timeZone` as 'YYYY-MM-DD': the key
 * agenda and month views group by.
 */
export function zonedDateKey(date: Date, timeZone: string): string {
  return dayKey(zonedDayNumber(date.getTime(), timeZone));
}

/**
 * When the local calendar day containing `date` begins in `timeZone`: local
 * midnight, or the first moment after it where a zone skips midnight.
 */
export function startOfZonedDay(date: Date, timeZone: string): Date {
  return new Date(zonedDayStartMs(zonedDayNumber(date.getTime(), timeZone), timeZone));
}

/**
 * The same wall-clock time `days` local calendar days later (or earlier when
 * negative). Across a daylight-saving change this is 23 or 25 hours per day,
 * not 24; a result in a gap moves forward as `zonedWallTimeToInstant` does.
 */
export function addZonedDays(date: Date, days: number, timeZone: string): Date {
  const wall = instantMsToWallMs(date.getTime(), timeZone) + days * DAY_MS;
  return new Date(wallMsToInstantMs(wall, timeZone));
}

/**
 * The instants bounding whole local calendar days, for asking
 * `expandEvents` about a month or a week: [start of `firstDate`, start of the
 * day after `lastDate`). Dates are 'YYYY-MM-DD', `lastDate` inclusive.
 * @throws Error for a malformed date.
 */
export function zonedDateRange(
  firstDate: string,
  lastDate: string,
  timeZone: string,
): { from: Date; to: Date } {
  return {
    from: new Date(zonedDayStartMs(parseDayKey(firstDate), timeZone)),
    to: new Date(zonedDayStartMs(parseDayKey(lastDate) + 1, timeZone)),
  };
}
