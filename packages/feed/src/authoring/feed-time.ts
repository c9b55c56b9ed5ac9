/**
 * Writing instants and days the way the feed spells them, in the feed's zone.
 */
import { DAY_MS, dayKey, pad } from '../time/civil.ts';
import { offsetMsAt } from '../time/zone.ts';

/**
 * `2026-11-03T15:00+01:00`: the instant as the feed's wall clock shows it,
 * with the offset in force then; seconds only when they are not zero.
 */
export function feedDateTime(ms: number, timeZone: string): string {
  const offset = offsetMsAt(ms, timeZone);
  const wall = ms + offset;
  const day = Math.floor(wall / DAY_MS);
  const time = wall - day * DAY_MS;
  const hours = Math.floor(time / 3_600_000);
  const minutes = Math.floor(time / 60_000) % 60;
  const seconds = Math.floor(time / 1000) % 60;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset) / 60_000;
  return (
    `${dayKey(day)}T${pad(hours, 2)}:${pad(minutes, 2)}${seconds ? `:${pad(seconds, 2)}` : ''}` +
    `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`
  );
}

/** `2026-11-03`: the local day of the feed's zone holding the wall-clock milliseconds `wall`. */
export function feedDate(wall: number): string {
  return dayKey(Math.floor(wall / DAY_MS));
}
