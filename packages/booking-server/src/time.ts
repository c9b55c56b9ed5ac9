/**
 * Instants as people and clients read them: ISO 8601 with the local offset of
 * the configured zone, and query dates in that zone.
 */
import { instantMsToWallMs, pad, parseDayKey, parseInstantMs, zonedDayStartMs } from './feed.ts';

/** `2026-03-16T09:00:00+01:00`: the instant as a clock in `timeZone` shows it, with its offset. */
export function isoInZone(ms: number, timeZone: string): string {
  const wall = instantMsToWallMs(ms, timeZone);
  const offset = Math.round((wall - ms) / 60_000);
  const local = new Date(wall).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A query bound: a date-time with offset is that instant; a date
 * (`YYYY-MM-DD`) is the start of that local day, or with `endOfDay` the start
 * of the next (so `to=2026-03-20` includes the 20th). Undefined when neither.
 */
export function parseBound(value: string, timeZone: string, endOfDay = false): number | undefined {
  try {
    if (DATE.test(value)) return zonedDayStartMs(parseDayKey(value) + (endOfDay ? 1 : 0), timeZone);
    return parseInstantMs(value);
  } catch {
    return undefined;
  }
}
