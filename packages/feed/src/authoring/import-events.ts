/**
 * `lc-feed import events.ics`: a calendar (Outlook, Google, our own ICS) →
 * feed events, read by ical.js. Series keep their rule where the feed's
 * subset can say it, else become their list of occurrences; cancelled
 * occurrences become exceptions, moved ones events of their own; private
 * events are left out. An event that cannot be read is reported with its line
 * and left out; a file that is not iCalendar is refused whole.
 */
import ICAL from 'ical.js';
import { DAY_MS } from '../time/civil.ts';
import { isKnownTimeZone, zonedDayNumber } from '../time/zone.ts';
import type { Feed, FeedEvent } from '../types.ts';
import { decodeText } from './decode.ts';
import { feedDate } from './feed-time.ts';
import { dateOf, feedInstant, instantOf, valuesOf } from './ical-time.ts';
import { IcsSyntaxError, type ScannedEvent, scanIcs } from './ics-scan.ts';
import { checkSeries } from './ics-series.ts';
import { type Context, type Read, readEvent, text } from './ics-vevent.ts';
import { ImportError } from './import-error.ts';
import { Lookup } from './lookup.ts';
import { uniqueId } from './slug.ts';

export interface EventImportOptions {
  /** The feed the events go into: its centres are found by name, its events' statuses respected. */
  feed?: Pick<Feed, 'language' | 'timeZone' | 'centres' | 'events'>;
  feedName?: string;
  /** `--centre`: the centre of every event. */
  centre?: string;
  /** The zone when there is no feed (default Europe/Stockholm). */
  timeZone?: string;
}

export interface EventImport {
  events: FeedEvent[];
  /** Events left out: `line 42 ("Öppet hus"): no DTSTART`. */
  errors: string[];
  notes: string[];
  /** VEVENTs in the file. */
  found: number;
  /** Events left out for errors. */
  skipped: number;
  /** Per event id: the properties the calendar speaks for. */
  covered: Map<string, Set<string>>;
  /** Per event id: properties the import guessed (they never replace the feed's). */
  derived: Map<string, Set<string>>;
}

/** Reads an .ics file's events. @throws ImportError when the file cannot be read at all */
export function importEvents(bytes: Uint8Array, options: EventImportOptions = {}): EventImport {
  const { text } = decodeText(bytes);
  let scanned: ScannedEvent[];
  let roots: ICAL.Component[];
  try {
    scanned = scanIcs(text);
    const jcal = ICAL.parse(text) as unknown[];
    roots = (typeof jcal[0] === 'string' ? [jcal] : jcal).map(
      (data) => new ICAL.Component(data as unknown[]),
    );
  } catch (error) {
    if (error instanceof IcsSyntaxError) throw new ImportError(error.message);
    throw new ImportError(`not readable as iCalendar: ${(error as Error).message}`);
  }
  const timeZone = options.feed?.timeZone ?? options.timeZone ?? 'Europe/Stockholm';
  const ctx: Context = {
    timeZone: isKnownTimeZone(timeZone) ? timeZone : 'UTC',
    centres: new Lookup(options.feed?.centres),
    centre: options.centre,
    existing: new Map(options.feed?.events.map((e) => [e.id, e])),
    feedName: options.feedName ?? 'the feed',
    notes: new Set(),
    ids: new Set(),
  };
  if (ctx.centre !== undefined && options.feed && !ctx.centres.has(ctx.centre))
    throw new ImportError(
      `--centre "${ctx.centre}": ${ctx.feedName} has no such centre (its centres: ${ctx.centres.sample() || 'none'})`,
    );

  const registered = registerZones(roots);
  try {
    return readAll(roots, scanned, ctx);
  } finally {
    for (const tzid of registered) ICAL.TimezoneService.remove(tzid);
  }
}

/** Makes the file's VTIMEZONEs known to ical.js for this import (and only those). */
function registerZones(roots: ICAL.Component[]): string[] {
  const registered: string[] = [];
  for (const root of roots)
    for (const component of root.getAllSubcomponents('vtimezone')) {
      const tzid = component.getFirstPropertyValue('tzid');
      if (typeof tzid !== 'string' || ICAL.TimezoneService.has(tzid)) continue;
      try {
        ICAL.TimezoneService.register(component);
        registered.push(tzid);
      } catch {
        // A VTIMEZONE ical.js cannot use: times in it are read as an IANA zone, or reported.
      }
    }
  return registered;
}

function readAll(roots: ICAL.Component[], scanned: ScannedEvent[], ctx: Context): EventImport {
  const components = roots.flatMap((root) => root.getAllSubcomponents('vevent'));
  const errors: string[] = [];
  const masters = new Map<string, Read>();
  const reads: Read[] = [];
  const overrides: { component: ICAL.Component; label: string }[] = [];
  let hidden = 0;
  let skipped = 0;

  components.forEach((component, index) => {
    const scan = scanned[index];
    const summary = text(component, 'summary');
    const label = `line ${scan?.line ?? '?'}${summary ? ` (${JSON.stringify(summary)})` : ''}`;
    if (scan?.problems.length) {
      skipped++;
      errors.push(
        ...scan.problems.map((problem) => `${problem}${summary ? ` in "${summary}"` : ''}`),
      );
      return;
    }
    const visibility = String(component.getFirstPropertyValue('class') ?? '').toUpperCase();
    if (visibility === 'PRIVATE' || visibility === 'CONFIDENTIAL') {
      hidden++;
      return;
    }
    if (component.hasProperty('recurrence-id')) {
      overrides.push({ component, label });
      return;
    }
    try {
      const read = readEvent(component, ctx);
      reads.push(read);
      const uid = component.getFirstPropertyValue('uid');
      if (typeof uid === 'string') masters.set(uid, read);
      const problem =
        read.event.recurrence && checkSeries(read.event, component, read.start, ctx.timeZone);
      if (problem) ctx.notes.add(`${label}: ${problem}`);
    } catch (error) {
      skipped++;
      errors.push(`${label}: ${(error as Error).message}`);
    }
  });

  for (const { component, label } of overrides) {
    try {
      const moved = applyOverride(component, masters, ctx);
      if (moved) reads.push(moved);
    } catch (error) {
      skipped++;
      errors.push(`${label}: ${(error as Error).message}`);
    }
  }
  if (hidden)
    ctx.notes.add(
      `${hidden} private event${hidden === 1 ? ' was' : 's were'} left out (CLASS:PRIVATE or CONFIDENTIAL)`,
    );

  return {
    events: reads.map((read) => read.event),
    errors,
    notes: [...ctx.notes],
    found: components.length,
    skipped,
    covered: new Map(reads.map((read) => [read.event.id, read.covered])),
    derived: new Map(reads.map((read) => [read.event.id, read.derived])),
  };
}

/**
 * A VEVENT with a RECURRENCE-ID: a cancelled occurrence becomes an EXDATE of
 * its series, a changed one an event of its own (and an EXDATE). Without its
 * series in the file it is an event of its own.
 */
function applyOverride(
  component: ICAL.Component,
  masters: Map<string, Read>,
  ctx: Context,
): Read | undefined {
  const uid = String(component.getFirstPropertyValue('uid') ?? '');
  const master = masters.get(uid);
  const rid = valuesOf(component, 'recurrence-id')[0];
  const cancelled =
    String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
  if (!master?.event.recurrence) return cancelled ? undefined : readEvent(component, ctx);
  const at = feedInstant(rid, ctx.timeZone, master.start);
  const recurrence = master.event.recurrence;
  if (recurrence.rdates?.includes(at))
    recurrence.rdates = recurrence.rdates.filter((d) => d !== at);
  else recurrence.exdates = [...(recurrence.exdates ?? []), at];
  if (cancelled) return undefined;
  const day = rid.time.isDate
    ? dateOf(rid.time)
    : feedDate(zonedDayNumber(instantOf(rid, ctx.timeZone), ctx.timeZone) * DAY_MS);
  const moved = readEvent(
    component,
    ctx,
    uniqueId(`${master.event.id}-${day}`, (id) => ctx.ids.has(id)),
  );
  delete moved.event.recurrence;
  // What the changed occurrence does not say, it has from its series.
  for (const key of ['description', 'centre', 'onlineUrl', 'url'] as const)
    if (moved.event[key] === undefined && master.event[key] !== undefined)
      Object.assign(moved.event, { [key]: master.event[key] });
  if (moved.derived.has('category')) moved.event.category = master.event.category;
  ctx.notes.add(
    `"${master.event.title}" on ${day} was changed in the calendar: it is the event "${moved.event.id}"`,
  );
  return moved;
}
