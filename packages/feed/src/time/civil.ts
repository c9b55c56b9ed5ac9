/**
 * Calendar arithmetic on plain dates and wall-clock times, with no time zone:
 * a "day number" counts days since 1970-01-01 and a "wall" value is the wall
 * clock read as if it were UTC (milliseconds). Both are integers, so recurrence
 * can step through thousands of dates without touching `Intl`.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** A wall-clock reading: what a clock on the wall in some place shows. */
export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

/** Day number (days since 1970-01-01) of a calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(utcMs(year, month, day) / DAY_MS);
}

/** A wall time as milliseconds, as if the wall clock were UTC. */
export function wallMs(wall: WallTime): number {
  return utcMs(
    wall.year,
    wall.month,
    wall.day,
    wall.hour ?? 0,
    wall.minute ?? 0,
    wall.second ?? 0,
    wall.millisecond ?? 0,
  );
}

/** Like Date.UTC, but years 0–99 are not mapped to 1900–1999. */
function utcMs(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  if (y >= 0 && y < 100) return new Date(t).setUTCFullYear(y, mo - 1, d);
  return t;
}

/** Day of the week of a day number: 1 = Monday … 7 = Sunday (ISO 8601). */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2
    ? isLeapYear(year)
      ? 29
      : 28
    : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Calendar date of a day number. */
export function civilDate(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 'YYYY-MM-DD' of a day number. */
export function dayKey(day: number): string {
  const { year, month, day: dom } = civilDate(day);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(dom, 2)}`;
}

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a 'YYYY-MM-DD' date; throws on a malformed or impossible date. */
export function parseDayKey(value: string): number {
  const m = DATE_KEY.exec(value);
  const year = m ? +m[1] : 0;
  const month = m ? +m[2] : 0;
  const day = m ? +m[3] : 0;
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`not a calendar date (YYYY-MM-DD): "${value}"`);
  }
  return dayNumber(year, month, day);
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

const isoDays = new Map<number, string>();
const isoTimes = new Map<number, string>();

/**
 * `new Date(ms).toISOString()`, several times faster: calendars format
 * thousands of instants on a few dozen days at a few dozen times of day, so
 * the date part is cached per day and the time part per time of day.
 */
export function isoString(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  const time = ms - day * DAY_MS;
  let date = isoDays.get(day);
  if (date === undefined) {
    const iso = new Date(day * DAY_MS).toISOString();
    date = iso.slice(0, iso.indexOf('T') + 1);
    if (isoDays.size >= 10_000) isoDays.clear();
    isoDays.set(day, date);
  }
  let clock = isoTimes.get(time);
  if (clock === undefined) {
    clock = new Date(time).toISOString().slice(11);
    if (isoTimes.size >= 10_000) isoTimes.clear();
    isoTimes.set(time, clock);
  }
  return date + clock;
}
