/**
 * Calendar dates for calendar views: plain 'YYYY-MM-DD' strings stepped by
 * days, weeks, months and years, and the weeks of a month laid out as a grid.
 * No time zone is involved: a date is a square on a wall calendar. Which date
 * is "today" in a zone is `zonedDateKey(now, timeZone)` (time/zone.ts).
 */
import { civilDate, dayKey, daysInMonth, isoWeekday, parseDayKey } from '../time/civil.ts';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One square of a month grid. */
export interface CalendarDay {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: IsoWeekday;
  /** False for the days of the neighbouring months that fill the first and last week. */
  inMonth: boolean;
}

/** A month as rows of whole weeks. */
export interface MonthGrid {
  /** 'YYYY-MM'. */
  month: string;
  /** The first and last day of the month. */
  firstDate: string;
  lastDate: string;
  /** Four to six weeks of seven days, each starting on the requested weekday. */
  weeks: CalendarDay[][];
}

/** True for a real calendar date written 'YYYY-MM-DD' (`2026-02-30` is not). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    parseDayKey(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * The date `days` days after `date` (before, when negative).
 * @throws Error for a value that is not a calendar date (as do all functions here).
 */
export function addDays(date: string, days: number): string {
  return dayKey(parseDayKey(date) + days);
}

/**
 * The same day of the month `months` months later (earlier, when negative),
 * kept within the month: 31 January plus one month is 28 or 29 February.
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = civilDate(parseDayKey(date));
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(day, daysInMonth(y, m)), 2)}`;
}

/** The weekday of a date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): IsoWeekday {
  return isoWeekday(parseDayKey(date)) as IsoWeekday;
}

/** The first day of the week holding `date`, for weeks that begin on `weekStart`. */
export function startOfWeek(date: string, weekStart: IsoWeekday = 1): string {
  const day = parseDayKey(date);
  return dayKey(day - ((isoWeekday(day) - weekStart + 7) % 7));
}

/** The seven dates of the week holding `date`. */
export function weekDates(date: string, weekStart: IsoWeekday = 1): string[] {
  const first = parseDayKey(startOfWeek(date, weekStart));
  return Array.from({ length: 7 }, (_, i) => dayKey(first + i));
}

/** The first day of the month holding `date`. */
export function startOfMonth(date: string): string {
  parseDayKey(date);
  return `${date.slice(0, 8)}01`;
}

/** The last day of the month holding `date`. */
export function endOfMonth(date: string): string {
  const { year, month } = civilDate(parseDayKey(date));
  return `${date.slice(0, 8)}${pad(daysInMonth(year, month), 2)}`;
}

/** True when both dates lie in the same month of the same year. */
export function isSameMonth(a: string, b: string): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/**
 * The month holding `date` as whole weeks beginning on `weekStart`: the first
 * row starts on or before the 1st, the last ends on or after the last day, so
 * there are four to six rows. Days of the neighbouring months have `inMonth: false`.
 */
export function monthGrid(date: string, weekStart: IsoWeekday = 1): MonthGrid {
  const firstDate = startOfMonth(date);
  const lastDate = endOfMonth(date);
  const first = parseDayKey(startOfWeek(firstDate, weekStart));
  const last = parseDayKey(lastDate);
  const month = firstDate.slice(0, 7);
  const weeks: CalendarDay[][] = [];
  for (let start = first; start <= last; start += 7) {
    weeks.push(
      Array.from({ length: 7 }, (_, i) => {
        const key = dayKey(start + i);
        return {
          date: key,
          weekday: isoWeekday(start + i) as IsoWeekday,
          inMonth: key.startsWith(month),
        };
      }),
    );
  }
  return { month, firstDate, lastDate, weeks };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
