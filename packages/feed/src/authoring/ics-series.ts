/**
 * A calendar series as ical.js expands it: listed, for rules the feed cannot
 * hold, and compared with the feed's own expansion of the rule it was given,
 * so that an import never silently moves an occurrence (a VTIMEZONE whose
 * rules differ from the feed's zone would).
 */
import ICAL from 'ical.js';
import { expandEvents } from '../query/events.ts';
import { dayNumber } from '../time/civil.ts';
import { zonedDayStartMs } from '../time/zone.ts';
import type { FeedEvent } from '../types.ts';
import { feedDateTime } from './feed-time.ts';
import { type IcalValue, dateOf, instantOf } from './ical-time.ts';

/** At most this many occurrences are listed for a rule the feed cannot hold… */
export const MAX_LISTED = 500;
/** …and none more than this many years after the first. */
const LIST_YEARS = 5;
/** How far the feed's expansion is checked against the calendar's. */
const CHECK_YEARS = 3;
const CHECK_COUNT = 200;
const YEAR_MS = 366 * 86_400_000;

/** The series' occurrences (EXDATEs left out, RDATEs in), in order. `truncated`: where the list stops short. */
export function listOccurrences(
  component: ICAL.Component,
  start: IcalValue,
  timeZone: string,
): { times: IcalValue[]; truncated?: string } {
  const startMs = msOf(start, timeZone);
  const { times, capped } = iterate(
    component,
    start,
    timeZone,
    startMs + LIST_YEARS * YEAR_MS,
    MAX_LISTED,
  );
  const last = times.at(-1);
  return capped && last ? { times, truncated: label(last, timeZone) } : { times };
}

/**
 * Why the feed would not show the series as the calendar does (the first
 * occurrence that differs), or undefined when they agree for the next years.
 */
export function checkSeries(
  event: FeedEvent,
  component: ICAL.Component,
  start: IcalValue,
  timeZone: string,
): string | undefined {
  const startMs = msOf(start, timeZone);
  const horizon = startMs + CHECK_YEARS * YEAR_MS;
  const { times, capped } = iterate(component, start, timeZone, horizon, CHECK_COUNT);
  const theirs = times.map((value) => msOf(value, timeZone));
  const to = capped ? theirs[theirs.length - 1] + 1 : horizon;
  // A copy: expansion caches its reading of an event, and this one may still change.
  const copy = structuredClone(event);
  const ours = expandEvents({ events: [copy], timeZone }, new Date(startMs), new Date(to)).map(
    (o) => o.start.getTime(),
  );
  const length = Math.max(theirs.length, ours.length);
  for (let i = 0; i < length; i++) {
    if (theirs[i] === ours[i]) continue;
    const show = (ms: number | undefined) =>
      ms === undefined
        ? 'nothing'
        : start.time.isDate
          ? feedDateTime(ms, timeZone).slice(0, 10)
          : feedDateTime(ms, timeZone);
    return (
      `the feed would show this series differently from the calendar: occurrence ${i + 1} is ` +
      `${show(ours[i])} in the feed, ${show(theirs[i])} in the calendar (check its rule and time zone)`
    );
  }
  return undefined;
}

function iterate(
  component: ICAL.Component,
  start: IcalValue,
  timeZone: string,
  untilMs: number,
  max: number,
): { times: IcalValue[]; capped: boolean } {
  const iterator = new ICAL.Event(component).iterator();
  const times: IcalValue[] = [];
  for (let next = iterator.next(); next; next = iterator.next()) {
    const value = { time: next, tzid: start.tzid };
    if (msOf(value, timeZone) >= untilMs) return { times, capped: false };
    if (times.length === max) return { times, capped: true };
    times.push(value);
  }
  return { times, capped: false };
}

/** When an occurrence begins: an all-day one when its day begins in the feed's zone. */
function msOf(value: IcalValue, timeZone: string): number {
  const { time } = value;
  return time.isDate
    ? zonedDayStartMs(dayNumber(time.year, time.month, time.day), timeZone)
    : instantOf(value, timeZone);
}

function label(value: IcalValue, timeZone: string): string {
  return value.time.isDate
    ? dateOf(value.time)
    : feedDateTime(instantOf(value, timeZone), timeZone).slice(0, 10);
}
