/**
 * Feed events as an RFC 5545 iCalendar file, for "add to calendar" links and
 * `lc-feed ics`. Times are written as wall-clock times with TZID=<feed zone>
 * and a VTIMEZONE built from `Intl` (UTC `…Z` when the feed's zone is UTC);
 * all-day events as DATE values.
 */
import { joinIcsLines } from './ics-format.ts';
import { type VeventContext, veventLines } from './ics-event.ts';
import { vtimezoneLines } from './ics-timezone.ts';
import { type EventTiming, eventTiming } from './query/event-timing.ts';
import { untilInstantMs } from './query/recurrence.ts';
import { parseFeedDateTime, parseInstantMs } from './time/parse.ts';
import { instantMsToWallMs, isKnownTimeZone } from './time/zone.ts';
import type { Feed, FeedEvent } from './types.ts';

/** PRODID of every calendar we write. */
export const ICS_PRODID = '-//Learning Centre Widgets//lc-feed//EN';

/** The parts of a feed an ICS file is written from. */
export type IcsFeed = Pick<Feed, 'timeZone' | 'updated' | 'publisher' | 'language' | 'centres'>;

export interface IcsOptions {
  /** Calendar name shown by clients (NAME and X-WR-CALNAME). */
  calendarName?: string;
  /** iTIP method, e.g. `PUBLISH`; left out when not given. */
  method?: string;
  /** Preferred language for LocalizedText; then the feed's `language`. */
  language?: string;
  /** The feed's own URL, against which relative event URLs are resolved. */
  baseUrl?: string;
}

/**
 * An iCalendar file with one VEVENT per event. Occurrences (anything with an
 * `event`) stand for their event: the whole series is written once, with its
 * RRULE, EXDATEs and RDATEs, however many of its occurrences are given.
 *
 * Each VEVENT has a stable UID (`<event id>@<publisher host>`, or
 * `@learning-centre` without a publisher URL), DTSTAMP (the event's `modified`,
 * else the feed's `updated`), DTSTART/DTEND (TZID local time, or VALUE=DATE
 * with an exclusive DTEND for all-day events), the RRULE as given except UNTIL,
 * which is rewritten to DTSTART's value type as RFC 5545 requires, SUMMARY,
 * DESCRIPTION (status note, then description), LOCATION (centre name and
 * address, or the online address) with GEO, URL (only http/https), STATUS
 * (CANCELLED, TENTATIVE for postponed, else CONFIRMED) and CATEGORIES.
 * Lines end in CRLF and are folded at 75 octets. An event whose start cannot be
 * read is left out; one whose recurrence cannot be read is written once.
 */
export function toIcs(
  items: readonly (FeedEvent | { event: FeedEvent })[],
  feed: IcsFeed,
  options: IcsOptions = {},
): string {
  const timeZone = isKnownTimeZone(feed.timeZone) ? feed.timeZone : 'UTC';
  const utc = timeZone === 'UTC' || timeZone === 'Etc/UTC';
  const ctx: VeventContext = {
    timeZone,
    utc,
    host: publisherHost(feed.publisher.url),
    stampMs: stampOf(feed.updated),
    language: options.language,
    fallbackLanguage: feed.language,
    centres: new Map(feed.centres.map((c) => [c.id, c])),
    baseUrl: options.baseUrl,
  };

  const events = new Map<string, { event: FeedEvent; timing: EventTiming }>();
  for (const item of items) {
    const event = 'event' in item ? item.event : item;
    if (events.has(event.id)) continue;
    try {
      events.set(event.id, { event, timing: eventTiming(event, timeZone) });
    } catch {
      // A start that cannot be read cannot be written either.
    }
  }

  const lines = ['BEGIN:VCALENDAR', `PRODID:${ICS_PRODID}`, 'VERSION:2.0', 'CALSCALE:GREGORIAN'];
  if (options.method && /^[A-Za-z-]+$/.test(options.method))
    lines.push(`METHOD:${options.method.toUpperCase()}`);
  if (options.calendarName) {
    const name = escapeName(options.calendarName);
    lines.push(`NAME:${name}`, `X-WR-CALNAME:${name}`);
  }
  const timed = [...events.values()].filter(({ timing }) => !timing.allDay);
  if (!utc && timed.length > 0) {
    const [first, last] = yearSpan(timed, timeZone);
    lines.push(...vtimezoneLines(timeZone, first, last));
  }
  for (const { event, timing } of events.values()) lines.push(...veventLines(event, timing, ctx));
  lines.push('END:VCALENDAR');
  return joinIcsLines(lines);
}

/** An iCalendar file holding one event (see `toIcs`). */
export function eventToIcs(event: FeedEvent, feed: IcsFeed, options: IcsOptions = {}): string {
  return toIcs([event], feed, options);
}

function escapeName(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').replace(/[\\;,]/g, (c) => `\\${c}`);
}

function publisherHost(url: string | undefined): string {
  try {
    return (url && new URL(url).hostname) || 'learning-centre';
  } catch {
    return 'learning-centre';
  }
}

function stampOf(updated: string): number {
  try {
    return parseInstantMs(updated);
  } catch {
    return Math.floor(Date.now() / 1000) * 1000;
  }
}

/** First and last local year any of these events touches (starts, ends, UNTIL, EXDATE, RDATE). */
function yearSpan(events: { timing: EventTiming }[], timeZone: string): [number, number] {
  let first = Infinity;
  let last = -Infinity;
  const see = (ms: number) => {
    const year = new Date(instantMsToWallMs(ms, timeZone)).getUTCFullYear();
    first = Math.min(first, year);
    last = Math.max(last, year);
  };
  for (const { timing } of events) {
    see(timing.startMs);
    see(timing.startMs + timing.durationMs);
    const recurrence = timing.recurrence;
    if (!recurrence) continue;
    if (typeof recurrence.rule !== 'string' && recurrence.rule.until)
      see(untilInstantMs(recurrence.rule, timeZone));
    for (const value of [...(recurrence.exdates ?? []), ...(recurrence.rdates ?? [])]) {
      see(
        value instanceof Date
          ? value.getTime()
          : parseFeedDateTime(value, timeZone).instant.getTime(),
      );
    }
  }
  return [first, last];
}
