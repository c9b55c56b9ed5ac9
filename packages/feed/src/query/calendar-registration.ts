/**
 * Whether a person can sign up for an event right now, from its
 * `registration` (a link, and optionally when sign-up opens and closes).
 */
import { parseDayKey } from '../time/civil.ts';
import { parseFeedDateTime } from '../time/parse.ts';
import { zonedDayStartMs } from '../time/zone.ts';
import type { FeedEvent } from '../types.ts';

/**
 * `none`: no registration link (or the event is cancelled or full);
 * `upcoming`: sign-up has not opened yet; `open`: sign up now;
 * `closed`: sign-up has closed, or the occurrence has begun.
 */
export type RegistrationPhase = 'none' | 'upcoming' | 'open' | 'closed';

/** Where an event's registration stands at `now`. */
export interface RegistrationState {
  phase: RegistrationPhase;
  /** The registration link as written in the feed (pass it through `safeUrl`). */
  url?: string;
  /** For `upcoming`: when sign-up opens. */
  opens?: Date;
}

/**
 * Where an event's registration stands at `now`. `opens` and `closes` are
 * feed dates or date-times; a date `closes` includes its whole day in the
 * feed's `timeZone`. Without `closes`, sign-up closes when the occurrence
 * (`occurrenceStart`, else the event's own start) begins. A `cancelled` or
 * `full` event, or one without a registration link, gives `none`. A value
 * that cannot be read is ignored.
 */
export function registrationState(
  event: Pick<FeedEvent, 'registration' | 'status' | 'start'>,
  now: Date,
  timeZone: string,
  occurrenceStart?: Date,
): RegistrationState {
  const url = event.registration?.url;
  if (!url || event.status === 'cancelled' || event.status === 'full') return { phase: 'none' };
  const at = now.getTime();
  const opens = instant(event.registration?.opens, timeZone, 'start');
  if (opens !== undefined && at < opens) return { phase: 'upcoming', url, opens: new Date(opens) };
  const closes =
    instant(event.registration?.closes, timeZone, 'end') ??
    occurrenceStart?.getTime() ??
    instant(event.start, timeZone, 'start');
  if (closes !== undefined && at >= closes) return { phase: 'closed', url };
  return { phase: 'open', url };
}

/** A feed date or date-time as milliseconds; a date stands for its start, or the end of its day. */
function instant(
  value: string | undefined,
  timeZone: string,
  edge: 'start' | 'end',
): number | undefined {
  if (value === undefined) return undefined;
  try {
    const read = parseFeedDateTime(value, timeZone);
    if (!read.allDay || edge === 'start') return read.instant.getTime();
    return zonedDayStartMs(parseDayKey(read.date!) + 1, timeZone);
  } catch {
    return undefined;
  }
}
