/** Text and time as the synthetic feed writes them. */
import { dayKey, pad } from '../../src/time/civil.ts';
import { wallMsToInstantMs } from '../../src/time/zone.ts';
import type { LocalizedText } from '../../src/types.ts';

/** The feed's zone: every generated time is local time here, with the offset in force. */
export const TIME_ZONE = 'Europe/Stockholm';
/** The sample publisher's site, for event pages and registration links. */
export const SITE = 'https://www.larcentrumisamverkan.se';

/** Splits a 'Swedish|English' word-bank entry. */
export const split = (pair: string): [string, string] => pair.split('|') as [string, string];

/** Joins word-bank entries into one `{sv, en}` text: `text('Strömmat: |Streamed: ', 'Fysik|Physics')`. */
export function text(...pairs: string[]): LocalizedText {
  const parts = pairs.map(split);
  return { sv: parts.map(([sv]) => sv).join(''), en: parts.map(([, en]) => en).join('') };
}

/**
 * Local date-time of day number `day` (see time/civil.ts) at `minutes` past
 * midnight, with the offset in force then: '2027-03-29T18:00+02:00'.
 */
export function at(day: number, minutes: number): string {
  const wall = day * 86_400_000 + minutes * 60_000;
  const offset = Math.round((wall - wallMsToInstantMs(wall, TIME_ZONE)) / 60_000);
  const hhmm = (m: number) => `${pad(Math.floor(m / 60), 2)}:${pad(m % 60, 2)}`;
  return `${dayKey(day)}T${hhmm(minutes)}${offset < 0 ? '-' : '+'}${hhmm(Math.abs(offset))}`;
}
