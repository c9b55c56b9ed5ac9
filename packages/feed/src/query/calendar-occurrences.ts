/**
 * What a calendar view shows for a run of days: the occurrences of the feed's
 * events on each local day of the viewing zone, which may differ from the
 * feed's zone (recurrences are still expanded in the feed's zone).
 */
import { parseDayKey } from '../time/civil.ts';
import { zonedDateRange } from '../time/zone.ts';
import type { Feed, FeedEvent } from '../types.ts';
import { addDays } from './calendar-dates.ts';
import { type Occurrence, expandEvents, occurrencesByDay } from './events.ts';

/** Which days and events `calendarOccurrences` looks at. */
export interface CalendarRange {
  /** First and last day shown, 'YYYY-MM-DD' (inclusive), in `timeZone`. */
  firstDate: string;
  lastDate: string;
  /** The zone the calendar is shown in; days are its local days. */
  timeZone: string;
  /** Only events at this centre (by id). */
  centre?: string;
  /** Only events in these categories; empty or none means all. */
  categories?: readonly string[];
  /** Show at most this many occurrences: the earliest ones. */
  limit?: number;
  /** Told about events left out or shown once because their times cannot be read. */
  onError?: (event: FeedEvent, error: Error) => void;
}

/** The occurrences of a run of days. */
export interface CalendarOccurrences {
  /** Every day of the range in order, keyed 'YYYY-MM-DD', each with the occurrences touching it (maybe none). */
  days: Map<string, Occurrence[]>;
  /** Each occurrence shown on at least one of the days, once, by start. */
  occurrences: Occurrence[];
  /** How many occurrences touch the range before `limit` is applied. */
  total: number;
}

/**
 * The occurrences of the feed's events on each local day from `firstDate` to
 * `lastDate` in `timeZone`, filtered by centre and category, cancelled ones
 * included. A timed occurrence is on every local day it touches (an evening
 * lecture that runs past midnight is on both); an all-day one on its own dates
 * whatever the zone, so the search reaches a day further on each side than
 * the range's instants.
 * @throws Error when a date is not a calendar date or the zone is unknown.
 */
export function calendarOccurrences(
  feed: Pick<Feed, 'events' | 'timeZone'>,
  range: CalendarRange,
): CalendarOccurrences {
  const { firstDate, lastDate, timeZone, limit } = range;
  if (parseDayKey(lastDate) < parseDayKey(firstDate)) {
    return { days: new Map(), occurrences: [], total: 0 };
  }
  const wide = zonedDateRange(addDays(firstDate, -1), addDays(lastDate, 1), timeZone);
  const found = expandEvents(feed, wide.from, wide.to, {
    centre: range.centre,
    categories: range.categories,
    onError: range.onError,
  });
  const exact = zonedDateRange(firstDate, lastDate, timeZone);
  const days = occurrencesByDay(found, timeZone, exact.from, exact.to);

  const shown = new Set<Occurrence>();
  for (const list of days.values()) for (const o of list) shown.add(o);
  // `found` is sorted by start; keep that order.
  const all = found.filter((o) => shown.has(o));
  if (limit === undefined || all.length <= limit) {
    return { days, occurrences: all, total: all.length };
  }
  const kept = new Set(all.slice(0, Math.max(0, limit)));
  for (const [day, list] of days)
    days.set(
      day,
      list.filter((o) => kept.has(o)),
    );
  return { days, occurrences: [...kept], total: all.length };
}
