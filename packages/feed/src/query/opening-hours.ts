/**
 * "Open now": a centre's weekly hours and exceptions read in the feed's time
 * zone, so a reader in another zone (or a server in UTC) sees what the door
 * in Kalix does.
 */
import { dayKey, isoWeekday, pad, parseDayKey } from '../time/civil.ts';
import { instantMsToWallMs, wallMsToInstantMs } from '../time/zone.ts';
import type { LocalizedText, OpeningHours } from '../types.ts';

/** Opening and closing time as the feed writes them ('08:00', '24:00'). */
export interface TimeRange {
  opens: string;
  closes: string;
}

/** The hours of one local calendar day. */
export interface OpeningDay {
  /** 'YYYY-MM-DD' */
  date: string;
  /**
   * The day's own opening ranges, earliest first (several with a lunch
   * break); a range past midnight ('22:00'–'02:00') is listed on the day it opens.
   */
  ranges: TimeRange[];
  /** True when the hours are known and the place is not open at any time this day. */
  closed: boolean;
  /** True when an exception, not the weekly hours, decides this day. */
  exception: boolean;
  /** The note of an exception covering this day ("Julstängt"). */
  note?: LocalizedText;
}

/** A local date and time, and the instant it stands for. */
export interface LocalMoment {
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:MM'; a day that closes at midnight closes at '24:00' of that date. */
  time: string;
  at: Date;
}

/** What `openingState` says about a place at one instant. */
export interface OpeningState {
  /** False when the feed gives no hours for today: say nothing rather than "closed". */
  known: boolean;
  open: boolean;
  today: OpeningDay;
  /** When open: when it next closes (following back-to-back ranges); none when open round the clock. */
  closesAt?: LocalMoment;
  /** When closed: when it next opens, within a year. */
  opensNext?: LocalMoment;
}

const MINUTES_PER_DAY = 1440;

/** A range in minutes from the start of its day; `end` past 1440 runs past midnight. */
interface Range extends TimeRange {
  start: number;
  end: number;
}

interface Exception {
  first: number;
  last: number;
  closed: boolean;
  ranges: Range[];
  note?: LocalizedText;
}

interface ParsedHours {
  /** Index 1 (Monday) to 7 (Sunday). */
  weekly: Range[][];
  exceptions: Exception[];
}

interface DayPlan {
  ranges: Range[];
  exception: boolean;
  note?: LocalizedText;
}

const minutes = (time: string) => +time.slice(0, 2) * 60 + +time.slice(3, 5);

/**
 * '24:00' closes at midnight; a closing time at or before the opening time
 * ('22:00'–'02:00') runs past midnight; a range of no length is ignored.
 */
function range(opens: string, closes: string): Range | undefined {
  const start = minutes(opens);
  let end = minutes(closes);
  if (start >= MINUTES_PER_DAY || start === end) return undefined;
  if (end < start) end += MINUTES_PER_DAY;
  return { opens, closes, start, end };
}

const byStart = (a: Range, b: Range) => a.start - b.start;

const parsedCache = new WeakMap<OpeningHours, ParsedHours>();

function parse(hours: OpeningHours): ParsedHours {
  let parsed = parsedCache.get(hours);
  if (parsed) return parsed;
  const weekly: Range[][] = Array.from({ length: 8 }, () => []);
  for (const entry of hours.weekly) {
    const r = range(entry.opens, entry.closes);
    if (r) for (const day of new Set(entry.days)) weekly[WEEKDAY_NUMBER[day]].push(r);
  }
  weekly.forEach((list) => list.sort(byStart));
  const exceptions: Exception[] = [];
  for (const e of hours.exceptions ?? []) {
    try {
      const first = parseDayKey(e.date);
      const last = e.until ? parseDayKey(e.until) : first;
      const r = !e.closed && e.opens && e.closes ? range(e.opens, e.closes) : undefined;
      exceptions.push({
        first,
        last,
        closed: e.closed === true,
        ranges: r ? [r] : [],
        note: e.note,
      });
    } catch {
      // An impossible date (2026-02-30) passes the feed's pattern: such an exception covers no day.
    }
  }
  parsed = { weekly, exceptions };
  parsedCache.set(hours, parsed);
  return parsed;
}

const WEEKDAY_NUMBER = { mo: 1, tu: 2, we: 3, th: 4, fr: 5, sa: 6, su: 7 } as const;

/**
 * The hours of local day number `day`. Exceptions override the weekly hours;
 * where several cover a day, the one spanning fewest days wins (a day opened
 * inside a holiday closure), and equally specific ones add their hours
 * together (two entries for one day make a lunch break). An exception with
 * only a note keeps the weekly hours.
 */
function plan(parsed: ParsedHours, day: number): DayPlan {
  let chosen: Exception[] = [];
  let span = Infinity;
  for (const e of parsed.exceptions) {
    if (day < e.first || day > e.last) continue;
    const s = e.last - e.first;
    if (s < span) [chosen, span] = [[e], s];
    else if (s === span) chosen.push(e);
  }
  const note = chosen.find((e) => e.note !== undefined)?.note;
  const ranges = chosen.flatMap((e) => e.ranges).sort(byStart);
  if (ranges.length || chosen.some((e) => e.closed)) return { ranges, exception: true, note };
  return { ranges: parsed.weekly[isoWeekday(day)], exception: false, note };
}

function openingDayOf(parsed: ParsedHours, day: number, known: boolean): OpeningDay {
  const { ranges, exception, note } = plan(parsed, day);
  const spillsOver = plan(parsed, day - 1).ranges.some((r) => r.end > MINUTES_PER_DAY);
  const result: OpeningDay = {
    date: dayKey(day),
    ranges: ranges.map(({ opens, closes }) => ({ opens, closes })),
    closed: known && ranges.length === 0 && !spillsOver,
    exception,
  };
  if (note !== undefined) result.note = note;
  return result;
}

/**
 * The hours of one local date ('YYYY-MM-DD'), exceptions applied, for a
 * week's table of opening hours.
 * @throws Error for a malformed date.
 */
export function openingDay(hours: OpeningHours | undefined, date: string): OpeningDay {
  const day = parseDayKey(date);
  if (!hours) return { date, ranges: [], closed: false, exception: false };
  const parsed = parse(hours);
  return openingDayOf(parsed, day, hours.weekly.length > 0 || plan(parsed, day).exception);
}

/**
 * Whether a place is open at `now`, computed on the wall clock of `timeZone`
 * (the feed's): at 23:30 UTC on a Monday in winter it is already Tuesday
 * 00:30 in Stockholm, and Tuesday's hours apply. Exceptions (a single `date`,
 * or `date` to `until`) override the weekly hours: `closed: true` closes the
 * day, `opens`/`closes` replace its hours. '24:00' closes at midnight, a day
 * may have several ranges, and a range may run past midnight ('22:00'–'02:00').
 * Hours are unknown (`known: false`) without `hours`, or when there are no
 * weekly hours and no exception covers today.
 */
export function openingState(
  hours: OpeningHours | undefined,
  now: Date,
  timeZone: string,
): OpeningState {
  const nowMinute = instantMsToWallMs(now.getTime(), timeZone) / 60_000;
  const day = Math.floor(nowMinute / MINUTES_PER_DAY);
  if (!hours) {
    return { known: false, open: false, today: openingDay(undefined, dayKey(day)) };
  }
  const parsed = parse(hours);
  const plans = new Map<number, DayPlan>();
  const dayPlan = (d: number) => plans.get(d) ?? plans.set(d, plan(parsed, d)).get(d)!;
  // Every range of day `d`, in minutes on one timeline.
  const spans = (d: number) =>
    dayPlan(d).ranges.map((r) => [d * MINUTES_PER_DAY + r.start, d * MINUTES_PER_DAY + r.end]);
  /** The end of the range that holds minute `t`, from the day before (past midnight) or `t`'s day. */
  const endOfRangeAt = (t: number) => {
    const d = Math.floor(t / MINUTES_PER_DAY);
    let end: number | undefined;
    for (const [s, e] of [...spans(d - 1), ...spans(d)])
      if (s <= t && t < e) end = Math.max(end ?? e, e);
    return end;
  };

  const known = hours.weekly.length > 0 || dayPlan(day).exception;
  const state: OpeningState = { known, open: false, today: openingDayOf(parsed, day, known) };
  let end = endOfRangeAt(nowMinute);
  if (end !== undefined) {
    state.open = true;
    // Follow ranges that start where one ends (Saturday 00–24, Sunday 00–24) for up to a week.
    for (let next = endOfRangeAt(end); next !== undefined; next = endOfRangeAt(end)) {
      end = next;
      if (end - nowMinute > 7 * MINUTES_PER_DAY) return state;
    }
    state.closesAt = moment(end, true, timeZone);
    return state;
  }
  for (let d = day; d <= day + 366; d++) {
    const start = spans(d).find(([s]) => s > nowMinute)?.[0];
    if (start !== undefined) {
      state.opensNext = moment(start, false, timeZone);
      break;
    }
  }
  return state;
}

/** A minute on the local timeline as date and time; midnight as a closing time is '24:00'. */
function moment(minute: number, closing: boolean, timeZone: string): LocalMoment {
  let day = Math.floor(minute / MINUTES_PER_DAY);
  let m = minute - day * MINUTES_PER_DAY;
  if (closing && m === 0) [day, m] = [day - 1, MINUTES_PER_DAY];
  return {
    date: dayKey(day),
    time: `${pad(Math.floor(m / 60), 2)}:${pad(m % 60, 2)}`,
    at: new Date(wallMsToInstantMs(minute * 60_000, timeZone)),
  };
}
