/**
 * One feed event as an RFC 5545 VEVENT (content lines, not yet folded).
 */
import { DAY_MS } from './time/civil.ts';
import { parseFeedDateTime, parseInstantMs } from './time/parse.ts';
import {
  instantMsToWallMs,
  wallMsToInstantMs,
  zonedDayNumber,
  zonedDayStartMs,
} from './time/zone.ts';
import { escapeIcsText, icsDate, icsUtc, icsWall } from './ics-format.ts';
import { pickText } from './text.ts';
import type { EventTiming } from './query/event-timing.ts';
import { untilInstantMs } from './query/recurrence.ts';
import { safeUrl } from './safe-url.ts';
import type { Centre, FeedEvent, LocalizedText } from './types.ts';

/** What every VEVENT of one calendar shares. */
export interface VeventContext {
  timeZone: string;
  /** Write timed values in UTC (`…Z`) rather than with TZID. */
  utc: boolean;
  /** Right-hand side of every UID. */
  host: string;
  /** DTSTAMP for events without `modified`, in ms. */
  stampMs: number;
  /** The language asked for, if any. */
  language?: string;
  /** The feed's default language. */
  fallbackLanguage: string;
  centres: ReadonlyMap<string, Centre>;
  /** What relative URLs are resolved against. */
  baseUrl?: string;
}

const STATUS: Partial<Record<NonNullable<FeedEvent['status']>, string>> = {
  cancelled: 'CANCELLED',
  postponed: 'TENTATIVE',
};

/** The VEVENT lines of an event whose timing has been read. */
export function veventLines(event: FeedEvent, timing: EventTiming, ctx: VeventContext): string[] {
  const pick = (value: LocalizedText | undefined) =>
    pickText(value, ctx.language ?? [], ctx.fallbackLanguage);
  const text = (value: LocalizedText | undefined) => escapeIcsText(pick(value));
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.id}@${ctx.host}`,
    `DTSTAMP:${icsUtc(stampOf(event, ctx))}`,
  ];
  const time = timeWriter(timing, ctx);

  lines.push(time.property('DTSTART', [timing.startMs]));
  lines.push(time.property('DTEND', [time.end()]));
  const recurrence = timing.recurrence;
  if (recurrence && event.recurrence) {
    lines.push(`RRULE:${rruleValue(event.recurrence.rrule, timing, ctx)}`);
    const at = (values: readonly (string | Date)[] | undefined) =>
      (values ?? []).map((v) => time.instantOf(v));
    if (recurrence.exdates?.length) lines.push(time.property('EXDATE', at(recurrence.exdates)));
    if (recurrence.rdates?.length) lines.push(time.property('RDATE', at(recurrence.rdates)));
  }

  lines.push(`SUMMARY:${text(event.title)}`);
  const description = [pick(event.statusNote), pick(event.description)];
  const joined = description.filter(Boolean).join('\n\n');
  if (joined) lines.push(`DESCRIPTION:${escapeIcsText(joined)}`);

  const centre = event.centre === undefined ? undefined : ctx.centres.get(event.centre);
  const online = safeUrl(event.onlineUrl, ctx.baseUrl);
  if (centre) {
    const { street, postalCode, city } = centre.address;
    const place = [pick(centre.name), street, [postalCode, city].filter(Boolean).join(' ')];
    lines.push(
      `LOCATION:${escapeIcsText(place.filter(Boolean).join(', '))}`,
      `GEO:${centre.geo.lat};${centre.geo.lon}`,
    );
  } else if (online) {
    lines.push(`LOCATION:${escapeIcsText(online)}`);
  }
  const url = safeUrl(event.url, ctx.baseUrl) ?? online;
  if (url) lines.push(`URL:${url}`);
  lines.push(`STATUS:${(event.status && STATUS[event.status]) ?? 'CONFIRMED'}`);
  lines.push(`CATEGORIES:${escapeIcsText(event.category)}`);
  const modified = event.modified === undefined ? undefined : safeInstant(event.modified);
  if (modified !== undefined) lines.push(`LAST-MODIFIED:${icsUtc(modified)}`);
  lines.push('END:VEVENT');
  return lines;
}

function stampOf(event: FeedEvent, ctx: VeventContext): number {
  return (event.modified === undefined ? undefined : safeInstant(event.modified)) ?? ctx.stampMs;
}

function safeInstant(value: string): number | undefined {
  try {
    return parseInstantMs(value);
  } catch {
    return undefined;
  }
}

/** How DTSTART, DTEND, EXDATE and RDATE are written for one event: DATE, TZID local time, or UTC. */
function timeWriter(timing: EventTiming, ctx: VeventContext) {
  const { timeZone } = ctx;
  const startWall = instantMsToWallMs(timing.startMs, timeZone);
  const startDay = Math.floor(startWall / DAY_MS);
  return {
    end: () =>
      timing.allDay
        ? zonedDayStartMs(startDay + timing.durationDays, timeZone)
        : timing.startMs + timing.durationMs,
    /**
     * A feed value as the instant it names; a date on a timed event names the
     * occurrence on that day at the event's time of day.
     */
    instantOf(value: string | Date): number {
      if (value instanceof Date) return value.getTime();
      const parsed = parseFeedDateTime(value, timeZone);
      if (!parsed.allDay || timing.allDay) return parsed.instant.getTime();
      const day = zonedDayNumber(parsed.instant.getTime(), timeZone);
      return wallMsToInstantMs(day * DAY_MS + (startWall - startDay * DAY_MS), timeZone);
    },
    /** `NAME;params:value[,value…]` for instants: their local dates for all-day events. */
    property(name: string, values: number[]): string {
      if (timing.allDay)
        return `${name};VALUE=DATE:${values.map((ms) => icsDate(zonedDayNumber(ms, timeZone))).join(',')}`;
      if (ctx.utc) return `${name}:${values.map(icsUtc).join(',')}`;
      return `${name};TZID=${timeZone}:${values.map((ms) => icsWall(instantMsToWallMs(ms, timeZone))).join(',')}`;
    },
  };
}

/** The RRULE as given, with UNTIL rewritten to DTSTART's value type as RFC 5545 §3.3.10 requires. */
function rruleValue(rrule: string, timing: EventTiming, ctx: VeventContext): string {
  const value = rrule.trim().replace(/^RRULE:/i, '');
  const rule = timing.recurrence?.rule;
  if (!rule || typeof rule === 'string' || !rule.until) return value;
  const untilMs = untilInstantMs(rule, ctx.timeZone);
  const until = timing.allDay ? icsDate(zonedDayNumber(untilMs, ctx.timeZone)) : icsUtc(untilMs);
  return value.replace(/UNTIL=[^;]*/i, `UNTIL=${until}`);
}
