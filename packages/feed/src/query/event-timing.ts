/**
 * When an event happens, read once from its feed strings: start, length and
 * recurrence. Kept per event object (feeds are not mutated after loading), so
 * paging a calendar back and forth never re-parses.
 */
import { HOUR_MS } from '../time/civil.ts';
import { parseFeedDateTime } from '../time/parse.ts';
import { zonedDayNumber, zonedDayStartMs } from '../time/zone.ts';
import type { FeedEvent } from '../types.ts';
import { type RecurrenceInput, parseRecurrenceRule } from './recurrence.ts';

/** Length of a timed event that has no (usable) end: one hour. */
export const DEFAULT_EVENT_DURATION_MS = HOUR_MS;
/** Length of an all-day event that has no (usable) end: one day. */
export const DEFAULT_EVENT_DURATION_DAYS = 1;

export interface EventTiming {
  timeZone: string;
  allDay: boolean;
  /** First start (DTSTART). */
  startMs: number;
  /** First end (exclusive). */
  endMs: number;
  /** Timed events: exact length in milliseconds. */
  durationMs: number;
  /** All-day events: number of days, at least 1. */
  durationDays: number;
  /** The series, when the event recurs and its rule could be read. */
  recurrence?: RecurrenceInput;
  /** Why the recurrence was ignored, when it was. */
  recurrenceError?: Error;
}

const cache = new WeakMap<FeedEvent, EventTiming>();

/**
 * Reads an event's timing in the feed's zone. An all-day `end` date is the last
 * day (inclusive); an end before the start, or none, gives the defaults above.
 * An unreadable recurrence leaves the event as a single occurrence and is
 * reported in `recurrenceError`.
 * @throws Error when `start` cannot be read.
 */
export function eventTiming(event: FeedEvent, timeZone: string): EventTiming {
  const cached = cache.get(event);
  if (cached && cached.timeZone === timeZone) return cached;
  const timing = readTiming(event, timeZone);
  cache.set(event, timing);
  return timing;
}

function readTiming(event: FeedEvent, timeZone: string): EventTiming {
  const start = parseFeedDateTime(event.start, timeZone);
  const startMs = start.instant.getTime();
  const end = event.end === undefined ? undefined : parseFeedDateTime(event.end, timeZone);
  const timing: EventTiming = {
    timeZone,
    allDay: start.allDay,
    startMs,
    endMs: startMs,
    durationMs: DEFAULT_EVENT_DURATION_MS,
    durationDays: DEFAULT_EVENT_DURATION_DAYS,
  };
  if (end && start.allDay) {
    const startDay = zonedDayNumber(startMs, timeZone);
    // A date is the last day; a date-time ends the day before the one it starts.
    const lastDay = zonedDayNumber(end.instant.getTime() - (end.allDay ? 0 : 1), timeZone);
    if (lastDay >= startDay) timing.durationDays = lastDay - startDay + 1;
  } else if (end) {
    const endMs = end.allDay
      ? zonedDayStartMs(zonedDayNumber(end.instant.getTime(), timeZone) + 1, timeZone)
      : end.instant.getTime();
    if (endMs >= startMs) timing.durationMs = endMs - startMs;
  }
  timing.endMs = start.allDay
    ? zonedDayStartMs(zonedDayNumber(startMs, timeZone) + timing.durationDays, timeZone)
    : startMs + timing.durationMs;
  if (event.recurrence) {
    try {
      timing.recurrence = {
        start: start.instant,
        timeZone,
        allDay: start.allDay,
        rule: parseRecurrenceRule(event.recurrence.rrule),
        exdates: readable(event.recurrence.exdates, timeZone),
        rdates: readable(event.recurrence.rdates, timeZone),
        durationMs: timing.durationMs,
        durationDays: timing.durationDays,
      };
    } catch (error) {
      timing.recurrenceError = error instanceof Error ? error : new Error(String(error));
    }
  }
  return timing;
}

/** The values as given (a date exdate matches a whole day), once each has been read successfully. */
function readable(values: string[] | undefined, timeZone: string): string[] | undefined {
  values?.forEach((value) => parseFeedDateTime(value, timeZone));
  return values;
}
