/**
 * Expanding a recurrence rule into occurrence starts, in wall-clock time of
 * the feed's zone: a weekly 18:00 Europe/Stockholm event stays at 18:00 local
 * when summer time begins or ends (so its UTC time moves by an hour).
 *
 * The rule steps through whole days as integers (see time/civil.ts) and turns a
 * date into an instant only near the requested window; rules without COUNT skip
 * straight to the window, so a weekly rule that began years ago costs no more
 * than one that began last week.
 */
import { DAY_MS, daysInMonth, dayNumber, isoWeekday, civilDate } from '../time/civil.ts';
import { parseFeedDateTime } from '../time/parse.ts';
import {
  instantMsToWallMs,
  wallMsToInstantMs,
  zonedDayNumber,
  zonedDayStartMs,
} from '../time/zone.ts';
import { type RecurrenceRule, parseRecurrenceRule, untilDay } from './recurrence-rule.ts';

export {
  parseRecurrenceRule,
  type RecurrenceRule,
  type ByDay,
  type RuleUntil,
  type Frequency,
} from './recurrence-rule.ts';

/** Stepping through more periods (days, weeks or months) than this ends the expansion. */
export const MAX_RECURRENCE_PERIODS = 100_000;
/** An expansion returns at most this many occurrences. */
export const MAX_OCCURRENCES = 10_000;

/** A recurring series: its first occurrence, its rule and its exceptions. */
export interface RecurrenceInput {
  /** The first occurrence (DTSTART). For all-day series, when its day begins. */
  start: Date;
  /** The zone whose wall clock the rule follows (the feed's `timeZone`). */
  timeZone: string;
  /** True when occurrences are whole days. */
  allDay?: boolean;
  /** An RRULE value, or one parsed with `parseRecurrenceRule`. */
  rule: string | RecurrenceRule;
  /**
   * Occurrences to leave out, matched by instant (feed date-times with offset,
   * or Dates). A date (`YYYY-MM-DD`) leaves out every occurrence starting on
   * that local day; for all-day series every value is matched by local day.
   */
  exdates?: readonly (string | Date)[];
  /** Extra occurrences (same forms as `exdates`), not counted by COUNT nor bounded by UNTIL. */
  rdates?: readonly (string | Date)[];
  /** Length of each timed occurrence in milliseconds (default 0), to find those overlapping the window. */
  durationMs?: number;
  /** Length of each all-day occurrence in days (default 1). */
  durationDays?: number;
}

/**
 * Starts of the occurrences of a recurring series that overlap [from, to),
 * ascending. DTSTART is always the first occurrence (and counts towards COUNT)
 * even when it does not match the rule, as RFC 5545 says. A date-only UNTIL
 * includes its whole day; a floating UNTIL is wall-clock time in `timeZone`.
 * BYMONTHDAY with FREQ=WEEKLY limits the dates (RFC 5545 leaves it undefined).
 * Wall-clock times in a daylight-saving gap move forward; ambiguous ones take
 * the first occurrence (see `zonedWallTimeToInstant`).
 * @throws Error when the rule or a date cannot be read.
 */
export function expandRecurrence(input: RecurrenceInput, from: Date, to: Date): Date[] {
  return expandRecurrenceMs(input, from, to).map((ms) => new Date(ms));
}

/** `expandRecurrence` as milliseconds since the epoch, for callers that make their own objects. */
export function expandRecurrenceMs(input: RecurrenceInput, from: Date, to: Date): number[] {
  const rule = typeof input.rule === 'string' ? parseRecurrenceRule(input.rule) : input.rule;
  const { timeZone } = input;
  const allDay = input.allDay ?? false;
  const durationMs = Math.max(0, input.durationMs ?? 0);
  const durationDays = Math.max(1, input.durationDays ?? 1);
  const fromMs = from.getTime();
  const toMs = to.getTime();

  const startMs = input.start.getTime();
  const startWall = instantMsToWallMs(startMs, timeZone);
  const startDay = Math.floor(startWall / DAY_MS);
  const timeOfDay = allDay ? 0 : startWall - startDay * DAY_MS;
  const instantOf = allDay
    ? (day: number) => zonedDayStartMs(day, timeZone)
    : (day: number) => wallMsToInstantMs(day * DAY_MS + timeOfDay, timeZone);
  const overlaps = (ms: number, day: number) => {
    if (ms >= toMs) return false;
    const end = allDay ? zonedDayStartMs(day + durationDays, timeZone) : ms + durationMs;
    return end > fromMs || ms >= fromMs;
  };

  // Days outside [loDay, hiDay] cannot overlap the window.
  const loDay =
    zonedDayNumber(fromMs - (allDay ? 0 : durationMs), timeZone) - (allDay ? durationDays : 1);
  const hiDay = zonedDayNumber(toMs, timeZone) + 1;
  const untilMs = rule.until && untilInstantMs(rule, timeZone);

  const excluded = exclusions(input.exdates, timeZone, allDay);
  const isExcluded = (ms: number) =>
    excluded.instants.has(ms) ||
    (excluded.days.size > 0 && excluded.days.has(zonedDayNumber(ms, timeZone)));

  const starts: number[] = [];
  if (overlaps(startMs, startDay) && !isExcluded(startMs)) starts.push(startMs);
  let count = 1;

  const periods = periodsOf(rule, startDay);
  const first = rule.count === undefined ? periods.indexNear(loDay) : 0;
  expand: for (let k = first; k < first + MAX_RECURRENCE_PERIODS; k++) {
    const days = periods.days(k);
    if (days === null) break;
    for (const day of days) {
      if (day <= startDay) continue;
      if (day > hiDay) break expand;
      if (rule.count !== undefined && ++count > rule.count) break expand;
      if (day < loDay && untilMs === undefined) continue;
      const ms = instantOf(day);
      if (untilMs !== undefined && ms > untilMs) break expand;
      if (day >= loDay && overlaps(ms, day) && !isExcluded(ms)) {
        starts.push(ms);
        if (starts.length >= MAX_OCCURRENCES) break expand;
      }
    }
  }

  for (const rdate of input.rdates ?? []) {
    const parsed = toInstant(rdate, timeZone);
    const day = zonedDayNumber(parsed.ms, timeZone);
    const ms = allDay ? zonedDayStartMs(day, timeZone) : parsed.ms;
    if (overlaps(ms, day) && !isExcluded(ms) && !starts.includes(ms)) starts.push(ms);
  }
  return starts.sort((a, b) => a - b);
}

/** The last instant a rule's UNTIL allows (a date-only UNTIL allows its whole local day). */
export function untilInstantMs(rule: RecurrenceRule, timeZone: string): number {
  const until = rule.until!;
  if (until.dateOnly) return zonedDayStartMs(untilDay(until) + 1, timeZone) - 1;
  return until.utc ? until.wall : wallMsToInstantMs(until.wall, timeZone);
}

function toInstant(value: string | Date, timeZone: string): { ms: number; allDay: boolean } {
  if (value instanceof Date) return { ms: value.getTime(), allDay: false };
  const parsed = parseFeedDateTime(value, timeZone);
  return { ms: parsed.instant.getTime(), allDay: parsed.allDay };
}

function exclusions(values: RecurrenceInput['exdates'], timeZone: string, allDay: boolean) {
  const instants = new Set<number>();
  const days = new Set<number>();
  for (const value of values ?? []) {
    const { ms, allDay: dateOnly } = toInstant(value, timeZone);
    if (allDay || dateOnly) days.add(zonedDayNumber(ms, timeZone));
    else instants.add(ms);
  }
  return { instants, days };
}

// ---- periods ----------------------------------------------------------------

interface Periods {
  /** Candidate days of period k (k = 0 holds DTSTART), ascending; null past any possible date. */
  days(k: number): number[] | null;
  /** A period index at or before the one containing `day` (never negative). */
  indexNear(day: number): number;
}

function periodsOf(rule: RecurrenceRule, startDay: number): Periods {
  switch (rule.freq) {
    case 'DAILY':
      return {
        days: (k) => {
          const day = startDay + k * rule.interval;
          return matchesLimits(rule, day) ? [day] : [];
        },
        indexNear: (day) => Math.max(0, Math.floor((day - startDay) / rule.interval) - 1),
      };
    case 'WEEKLY': {
      const weekStart = startDay - ((isoWeekday(startDay) - rule.wkst + 7) % 7);
      const weekdays = new Set(
        rule.byDay ? rule.byDay.map((d) => d.weekday) : [isoWeekday(startDay)],
      );
      const span = 7 * rule.interval;
      return {
        days: (k) => {
          const out: number[] = [];
          for (let i = 0, day = weekStart + k * span; i < 7; i++, day++) {
            if (weekdays.has(isoWeekday(day)) && matchesMonthDay(rule, day)) out.push(day);
          }
          return out;
        },
        indexNear: (day) => Math.max(0, Math.floor((day - weekStart) / span) - 1),
      };
    }
    case 'MONTHLY': {
      const start = civilDate(startDay);
      const startMonth = start.year * 12 + start.month - 1;
      return {
        days: (k) => {
          const index = startMonth + k * rule.interval;
          const year = Math.floor(index / 12);
          if (year > 275_000) return null; // beyond what Date can represent
          return monthDays(rule, year, (index % 12) + 1, start.day);
        },
        indexNear: (day) => {
          const { year, month } = civilDate(day);
          return Math.max(0, Math.floor((year * 12 + month - 1 - startMonth) / rule.interval) - 1);
        },
      };
    }
  }
}

/** DAILY: BYDAY and BYMONTHDAY limit the days. */
function matchesLimits(rule: RecurrenceRule, day: number): boolean {
  if (rule.byDay && !rule.byDay.some((d) => d.weekday === isoWeekday(day))) return false;
  return matchesMonthDay(rule, day);
}

function matchesMonthDay(rule: RecurrenceRule, day: number): boolean {
  if (!rule.byMonthDay) return true;
  const { year, month, day: dom } = civilDate(day);
  const length = daysInMonth(year, month);
  return rule.byMonthDay.some((n) => (n > 0 ? n : length + 1 + n) === dom);
}

/** MONTHLY: BYMONTHDAY and BYDAY expand within the month; together, BYDAY limits BYMONTHDAY. */
function monthDays(rule: RecurrenceRule, year: number, month: number, startDom: number): number[] {
  const length = daysInMonth(year, month);
  const first = dayNumber(year, month, 1);
  let doms: number[];
  if (rule.byMonthDay) {
    doms = rule.byMonthDay
      .map((n) => (n > 0 ? n : length + 1 + n))
      .filter((dom) => dom >= 1 && dom <= length);
    if (rule.byDay) {
      const byDay = weekdayDoms(rule, first, length);
      doms = doms.filter((dom) => byDay.has(dom));
    }
  } else if (rule.byDay) {
    doms = [...weekdayDoms(rule, first, length)];
  } else {
    doms = startDom <= length ? [startDom] : []; // months without that day are skipped
  }
  return [...new Set(doms)].sort((a, b) => a - b).map((dom) => first + dom - 1);
}

/** Days of the month (1-based) that BYDAY selects: every such weekday, or the n-th / n-th last. */
function weekdayDoms(rule: RecurrenceRule, first: number, length: number): Set<number> {
  const out = new Set<number>();
  const firstWeekday = isoWeekday(first);
  for (const { weekday, ordinal } of rule.byDay!) {
    const firstDom = 1 + ((weekday - firstWeekday + 7) % 7);
    if (ordinal === undefined) {
      for (let dom = firstDom; dom <= length; dom += 7) out.add(dom);
    } else if (ordinal > 0) {
      const dom = firstDom + (ordinal - 1) * 7;
      if (dom <= length) out.add(dom);
    } else {
      const lastDom = firstDom + Math.floor((length - firstDom) / 7) * 7;
      const dom = lastDom + (ordinal + 1) * 7;
      if (dom >= 1) out.add(dom);
    }
  }
  return out;
}
