/**
 * Reading the feed's two time forms: an all-day date (`2026-04-10`) and a
 * date-time with offset (`2026-03-03T18:00+01:00`, seconds and fractions optional).
 */
import { HOUR_MS, MINUTE_MS, daysInMonth, parseDayKey, wallMs } from './civil.ts';
import { zonedDayStartMs } from './zone.ts';

/** A feed date or date-time, read. */
export interface FeedDateTime {
  /** The instant: for an all-day date, when that day begins in the feed's zone. */
  instant: Date;
  /** True for a date without a time of day. */
  allDay: boolean;
  /** The calendar date 'YYYY-MM-DD', for all-day values only. */
  date?: string;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * Reads a feed date (`YYYY-MM-DD`, all-day, starting at local midnight in
 * `timeZone`) or date-time with offset (`YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM)`,
 * an exact instant whatever `timeZone` is).
 * @throws Error naming the value when it is neither form or names an impossible date.
 */
export function parseFeedDateTime(value: string, timeZone: string): FeedDateTime {
  if (value.length === 10) {
    return {
      instant: new Date(zonedDayStartMs(parseDayKey(value), timeZone)),
      allDay: true,
      date: value,
    };
  }
  return { instant: new Date(parseInstantMs(value)), allDay: false };
}

/** Milliseconds since the epoch of a date-time with offset; throws on anything else. */
export function parseInstantMs(value: string): number {
  const m = DATE_TIME.exec(value);
  if (m) {
    const [year, month, day, hour, minute] = [+m[1], +m[2], +m[3], +m[4], +m[5]];
    const second = m[6] ? +m[6] : 0;
    const offsetHours = m[9] ? +m[10] : 0;
    const offsetMinutes = m[9] ? +m[11] : 0;
    const valid =
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(year, month) &&
      hour < 24 &&
      minute < 60 &&
      second < 60 &&
      offsetHours < 24 &&
      offsetMinutes < 60;
    if (valid) {
      const millisecond = m[7] ? Math.floor(+m[7] * 1000) : 0;
      const offset = (m[9] === '-' ? -1 : 1) * (offsetHours * HOUR_MS + offsetMinutes * MINUTE_MS);
      return wallMs({ year, month, day, hour, minute, second, millisecond }) - offset;
    }
  }
  throw new Error(
    `not a date (YYYY-MM-DD) or a date-time with offset (2026-03-01T18:00+01:00): "${value}"`,
  );
}
