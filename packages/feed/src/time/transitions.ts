/**
 * The instants a zone's UTC offset changes, found by sampling `Intl` and
 * bisecting: what a VTIMEZONE needs, without shipping tz data.
 */
import { DAY_MS } from './civil.ts';
import { findTransition, offsetMsAt } from './zone.ts';

/** One change of a zone's UTC offset. */
export interface ZoneTransition {
  /** The first instant with the new offset. */
  instant: Date;
  /** Offset before, local minus UTC, in minutes. */
  offsetBefore: number;
  /** Offset from `instant` on, in minutes. */
  offsetAfter: number;
}

// Offsets are sampled this often; two changes closer together than this (none
// in the tz database since 1970) would be missed.
const STEP_MS = 3 * DAY_MS;

/**
 * Every change of `timeZone`'s UTC offset in [from, to), in order.
 * @throws RangeError for a time zone the runtime does not know.
 */
export function zoneTransitions(timeZone: string, from: Date, to: Date): ZoneTransition[] {
  const out: ZoneTransition[] = [];
  const end = to.getTime();
  let at = Math.floor(from.getTime() / 1000) * 1000;
  let offset = offsetMsAt(at, timeZone);
  while (at < end) {
    const next = Math.min(at + STEP_MS, end);
    const nextOffset = offsetMsAt(next, timeZone);
    if (nextOffset !== offset) {
      const instant = findTransition(at, next, offset, timeZone);
      const after = offsetMsAt(instant, timeZone);
      if (instant < end)
        out.push({
          instant: new Date(instant),
          offsetBefore: offset / 60_000,
          offsetAfter: after / 60_000,
        });
      offset = after;
      at = instant;
      continue;
    }
    at = next;
  }
  return out;
}
