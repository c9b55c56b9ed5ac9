/**
 * One calendar VEVENT as a feed event: its id from the UID, times on the
 * feed's clock, its series in the feed's subset (or listed), its centre from
 * LOCATION or `--centre`, and which properties the calendar speaks for.
 */
import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { DAY_MS } from '../time/civil.ts';
import type { FeedEvent } from '../types.ts';
import { feedDate, feedDateTime } from './feed-time.ts';
import { type IcalValue, dateOf, feedInstant, instantOf, valuesOf } from './ical-time.ts';
import { feedRule } from './ics-rule.ts';
import { listOccurrences } from './ics-series.ts';
import type { Lookup } from './lookup.ts';
import { isId, slugify, uniqueId } from './slug.ts';
import { CATEGORY_WORDS, findWord, matchWord } from './vocab.ts';

/** What reading one calendar's events shares. */
export interface Context {
  timeZone: string;
  centres: Lookup;
  centre?: string;
  existing: Map<string, FeedEvent>;
  feedName: string;
  notes: Set<string>;
  ids: Set<string>;
}

/** One VEVENT read, before moved and cancelled occurrences are applied. */
export interface Read {
  event: FeedEvent;
  covered: Set<string>;
  derived: Set<string>;
  start: IcalValue;
}

/** One VEVENT as a feed event. @throws Error saying what is missing or unreadable */
export function readEvent(component: ICAL.Component, ctx: Context, id?: string): Read {
  const title = text(component, 'summary');
  if (!title) throw new Error('no SUMMARY: an event needs a title');
  const start = valuesOf(component, 'dtstart')[0];
  if (!start) throw new Error('no DTSTART: an event needs a start');
  const { timeZone } = ctx;
  const allDay = start.time.isDate;
  const startMs = allDay ? 0 : instantOf(start, timeZone);
  const uid = String(component.getFirstPropertyValue('uid') ?? '');
  const eventId = id ?? eventIdOf(uid, title, ctx.ids);
  ctx.ids.add(eventId);
  const existing = ctx.existing.get(eventId);

  const event: Partial<FeedEvent> & { id: string } = { id: eventId, title };
  const covered = new Set(['title', 'start', 'end', 'recurrence']);
  const derived = new Set<string>();

  let description = text(component, 'description');
  // Our own ICS writes the status note before the description: don't take it for one.
  const note = existing?.statusNote;
  const noteText = typeof note === 'string' ? note : note && Object.values(note)[0];
  if (description && noteText && description.startsWith(noteText))
    description = description.slice(noteText.length).trim();
  if (description) {
    event.description = description;
    covered.add('description');
  }

  const categories = component
    .getAllProperties('categories')
    .flatMap((property) => property.getValues().map(String));
  const named = categories.map((c) => matchWord(CATEGORY_WORDS, c)).find(Boolean);
  event.category = named ?? findWord(CATEGORY_WORDS, title) ?? 'other';
  (named ? covered : derived).add('category');

  event.start = allDay ? dateOf(start.time) : feedDateTime(startMs, timeZone);
  const end = endOf(component, start, startMs, timeZone);
  if (end !== undefined) event.end = end;

  const where = text(component, 'location');
  const online = where && /^https?:\/\/\S+$/i.test(where) ? where : undefined;
  const centre = ctx.centre ?? (where && !online ? findCentre(where, ctx) : undefined);
  if (centre) {
    event.centre = centre;
    covered.add('centre');
  }
  if (online) {
    event.onlineUrl = online;
    covered.add('onlineUrl');
  }

  const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
  if (status === 'CANCELLED') {
    event.status = 'cancelled';
    covered.add('status');
  } else if (existing?.status === 'cancelled' && status !== 'TENTATIVE') covered.add('status');

  const recurrence = recurrenceOf(component, start, ctx, event);
  if (recurrence) event.recurrence = recurrence;

  const url = component.getFirstPropertyValue('url');
  if (typeof url === 'string' && /^https?:\/\/\S+$/i.test(url)) {
    event.url = url;
    covered.add('url');
  }
  const modified = valuesOf(component, 'last-modified')[0];
  if (modified) {
    event.modified = feedDateTime(instantOf(modified, timeZone), timeZone);
    covered.add('modified');
  }
  return { event: event as FeedEvent, covered, derived, start };
}

/** The feed's `end`: the moment a timed event ends, the last day (inclusive) of a multi-day one. */
function endOf(
  component: ICAL.Component,
  start: IcalValue,
  startMs: number,
  timeZone: string,
): string | undefined {
  const dtend = valuesOf(component, 'dtend')[0];
  const duration = component.getFirstPropertyValue('duration') as ICAL.Duration | null;
  if (start.time.isDate) {
    const first = Date.UTC(start.time.year, start.time.month - 1, start.time.day);
    const after = dtend
      ? Date.UTC(dtend.time.year, dtend.time.month - 1, dtend.time.day)
      : duration
        ? first + duration.toSeconds() * 1000
        : undefined;
    return after !== undefined && after - DAY_MS > first ? feedDate(after - DAY_MS) : undefined;
  }
  const endMs = dtend
    ? instantOf(dtend, timeZone)
    : duration
      ? startMs + duration.toSeconds() * 1000
      : undefined;
  return endMs !== undefined && endMs > startMs ? feedDateTime(endMs, timeZone) : undefined;
}

/**
 * The series: the RRULE in the feed's subset with EXDATEs and RDATEs, or,
 * when the rule has no equivalent, its occurrences listed (the first becomes
 * the event's start).
 */
function recurrenceOf(
  component: ICAL.Component,
  start: IcalValue,
  ctx: Context,
  event: Partial<FeedEvent>,
): FeedEvent['recurrence'] {
  const rules = component.getAllProperties('rrule');
  const rdates = valuesOf(component, 'rdate');
  if (!rules.length && !rdates.length) return undefined;
  const { timeZone } = ctx;
  const converted =
    rules.length === 1
      ? feedRule(rules[0].getFirstValue() as ICAL.Recur, start, timeZone)
      : { unsupported: rules.length ? 'several RRULEs' : 'RDATE without an RRULE' };
  if ('rrule' in converted) {
    const exdates = valuesOf(component, 'exdate').map((v) => feedInstant(v, timeZone, start));
    return {
      rrule: converted.rrule,
      ...(exdates.length && { exdates }),
      ...(rdates.length && { rdates: rdates.map((v) => feedInstant(v, timeZone, start)) }),
    };
  }
  const listed = listOccurrences(component, start, timeZone);
  const [first, ...rest] = listed.times;
  if (!first) throw new Error('every occurrence of the series is excluded');
  if (first.time.compare(start.time) !== 0) moveStart(event, start, first, timeZone);
  ctx.notes.add(
    `"${event.title}": the rule ${converted.unsupported} has no equivalent in the feed; its ` +
      `${listed.times.length} occurrences are listed${listed.truncated ? ` (until ${listed.truncated})` : ''}`,
  );
  return rest.length
    ? { rrule: 'FREQ=DAILY;COUNT=1', rdates: rest.map((v) => feedInstant(v, timeZone)) }
    : undefined;
}

/** Makes `first` the event's start (DTSTART itself was excluded), keeping its length. */
function moveStart(
  event: Partial<FeedEvent>,
  start: IcalValue,
  first: IcalValue,
  timeZone: string,
): void {
  if (first.time.isDate) {
    const days = (a: ICAL.Time) => Date.UTC(a.year, a.month - 1, a.day) / DAY_MS;
    const shift = days(first.time) - days(start.time);
    event.start = dateOf(first.time);
    if (event.end)
      event.end = feedDate((Date.parse(`${event.end}T00:00Z`) / DAY_MS + shift) * DAY_MS);
    return;
  }
  const startMs = instantOf(first, timeZone);
  const length = event.end ? Date.parse(event.end) - Date.parse(event.start!) : undefined;
  event.start = feedDateTime(startMs, timeZone);
  if (length !== undefined) event.end = feedDateTime(startMs + length, timeZone);
}

/** The feed id of a calendar UID: its part before `@` when that is a usable id, else a readable slug and a hash. */
function eventIdOf(uid: string, title: string, taken: Set<string>): string {
  const local = uid.includes('@') ? uid.slice(0, uid.lastIndexOf('@')) : uid;
  const base =
    local && isId(local) && local.length <= 100
      ? local
      : `${slugify(title).slice(0, 40) || 'event'}-${createHash('sha1')
          .update(uid || title)
          .digest('hex')
          .slice(0, 8)}`;
  return uniqueId(base, (id) => taken.has(id));
}

function findCentre(location: string, ctx: Context): string | undefined {
  // Our own ICS writes "Centre name, street, postal code city" (and a name may hold a comma).
  const parts = location.split(',');
  let found: string | undefined;
  for (let n = parts.length; n > 0 && !found; n--)
    found = ctx.centres.find(parts.slice(0, n).join(','));
  if (!found)
    ctx.notes.add(
      `LOCATION "${location}" is not a centre of ${ctx.feedName}: events there have no centre (use --centre, or write the centre's name)`,
    );
  return found;
}

export function text(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.trim() : '';
}
