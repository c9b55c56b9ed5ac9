/**
 * Events as a calendar sees them: every occurrence that touches a window,
 * recurrences expanded in the feed's time zone, grouped by local day.
 */
import { dayKey, isoString, parseDayKey } from '../time/civil.ts';
import { zonedDayNumber, zonedDayStartMs } from '../time/zone.ts';
import type { Feed, FeedEvent } from '../types.ts';
import { type EventTiming, eventTiming } from './event-timing.ts';
import { expandRecurrenceMs } from './recurrence.ts';

export { DEFAULT_EVENT_DURATION_MS, DEFAULT_EVENT_DURATION_DAYS } from './event-timing.ts';

/** One occurrence of an event: the event itself, or one instance of its recurrence. */
export interface Occurrence {
  event: FeedEvent;
  start: Date;
  /** Exclusive. For all-day occurrences, when the day after the last one begins. */
  end: Date;
  allDay: boolean;
  /** True when the event has a recurrence (even for its first occurrence). */
  recurring: boolean;
  /** Stable and unique: `${event.id}@${start.toISOString()}`. */
  key: string;
  /** All-day only: the first day, 'YYYY-MM-DD', independent of any time zone. */
  startDate?: string;
  /** All-day only: the last day (inclusive), 'YYYY-MM-DD'. */
  endDate?: string;
}

/** Which events `expandEvents` includes, and where it reports trouble. */
export interface ExpandEventsOptions {
  /** Only events at this centre (by id). */
  centre?: string;
  /** Only events in one of these categories; an empty list or none means all. */
  categories?: readonly string[];
  /** Include cancelled events (default true: a calendar shows them struck through). */
  includeCancelled?: boolean;
  /**
   * Called for an event left out because its start cannot be read, or shown
   * only once because its recurrence cannot be read.
   */
  onError?: (event: FeedEvent, error: Error) => void;
}

/**
 * Every occurrence of the feed's events that overlaps [from, to), sorted by
 * start (equal starts in feed order). Multi-day and across-midnight events are included when
 * any part of them falls in the window. Recurrences are expanded in the
 * feed's `timeZone`, so 18:00 stays 18:00 local across daylight-saving changes.
 *
 * Lengths: a timed event without a usable `end` lasts `DEFAULT_EVENT_DURATION_MS`
 * (one hour); an all-day event without one lasts one day; an all-day `end` is
 * its last day, inclusive. Each occurrence of a series has the first one's length.
 */
export function expandEvents(
  feed: Pick<Feed, 'events' | 'timeZone'>,
  from: Date,
  to: Date,
  options: ExpandEventsOptions = {},
): Occurrence[] {
  const { centre, includeCancelled = true, onError } = options;
  const categories = options.categories?.length ? new Set(options.categories) : undefined;
  const fromMs = from.getTime();
  const toMs = to.getTime();
  const out: Occurrence[] = [];

  for (const event of feed.events) {
    if (centre !== undefined && event.centre !== centre) continue;
    if (categories && !categories.has(event.category)) continue;
    if (!includeCancelled && event.status === 'cancelled') continue;

    let timing: EventTiming;
    try {
      timing = eventTiming(event, feed.timeZone);
    } catch (error) {
      onError?.(event, error instanceof Error ? error : new Error(String(error)));
      continue;
    }
    if (timing.recurrenceError) onError?.(event, timing.recurrenceError);
    const recurring = event.recurrence !== undefined;

    if (timing.recurrence) {
      for (const startMs of expandRecurrenceMs(timing.recurrence, from, to)) {
        out.push(occurrence(event, timing, startMs, recurring));
      }
    } else if (timing.startMs < toMs && (timing.endMs > fromMs || timing.startMs >= fromMs)) {
      out.push(occurrence(event, timing, timing.startMs, recurring));
    }
  }
  // Array#sort is stable: equal starts keep feed order.
  return out.sort((a, b) => a.start.getTime() - b.start.getTime());
}

function occurrence(
  event: FeedEvent,
  timing: EventTiming,
  startMs: number,
  recurring: boolean,
): Occurrence {
  const start = new Date(startMs);
  const key = `${event.id}@${isoString(startMs)}`;
  if (!timing.allDay) {
    return {
      event,
      start,
      end: new Date(startMs + timing.durationMs),
      allDay: false,
      recurring,
      key,
    };
  }
  const first = zonedDayNumber(startMs, timing.timeZone);
  const last = first + timing.durationDays - 1;
  return {
    event,
    start,
    end: new Date(zonedDayStartMs(last + 1, timing.timeZone)),
    allDay: true,
    recurring,
    key,
    startDate: dayKey(first),
    endDate: dayKey(last),
  };
}

/**
 * Groups occurrences by local calendar day in `timeZone`, for agenda and month
 * views. The map holds every day from the one containing `from` to the one
 * containing the last instant before `to`, in order (days without occurrences
 * map to an empty list), keyed 'YYYY-MM-DD'. An occurrence appears on every day
 * it touches (its end is exclusive; a zero-length one on its start day); an
 * all-day occurrence on its own dates whatever `timeZone` is. Within a day the
 * given order is kept.
 */
export function occurrencesByDay(
  occurrences: readonly Occurrence[],
  timeZone: string,
  from: Date,
  to: Date,
): Map<string, Occurrence[]> {
  const days = new Map<string, Occurrence[]>();
  if (to.getTime() <= from.getTime()) return days;
  const firstDay = zonedDayNumber(from.getTime(), timeZone);
  const lastDay = zonedDayNumber(to.getTime() - 1, timeZone);
  const lists: Occurrence[][] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const list: Occurrence[] = [];
    lists.push(list);
    days.set(dayKey(day), list);
  }
  for (const o of occurrences) {
    const [first, last] = daysOf(o, timeZone);
    for (let day = Math.max(first, firstDay); day <= Math.min(last, lastDay); day++)
      lists[day - firstDay].push(o);
  }
  return days;
}

/** First and last local day an occurrence touches. */
function daysOf(o: Occurrence, timeZone: string): [number, number] {
  if (o.allDay && o.startDate && o.endDate)
    return [parseDayKey(o.startDate), parseDayKey(o.endDate)];
  const startMs = o.start.getTime();
  const endMs = Math.max(startMs, o.end.getTime() - 1);
  return [zonedDayNumber(startMs, timeZone), zonedDayNumber(endMs, timeZone)];
}
