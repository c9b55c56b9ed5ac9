/**
 * What an import says about each item, for `mergeIntoFeed`: which properties
 * a spreadsheet's columns or a calendar's events speak for, which ones the
 * import only guessed, and (for events) when a rule written another way still
 * means the same occurrences.
 */
import { expandEvents } from '../query/events.ts';
import type { FeedEvent } from '../types.ts';
import type { CourseImport } from './import-courses.ts';
import type { EventImport } from './import-events.ts';
import type { ImportedItems } from './into-feed.ts';

type Json = Record<string, unknown>;
const NONE: ReadonlySet<string> = new Set();
/** How far ahead two versions of an event must agree to count as the same. */
const YEARS = 10;

/** A course import, as `mergeIntoFeed` takes it. */
export function courseItems(result: CourseImport): ImportedItems {
  return {
    collection: 'courses',
    items: result.courses as unknown as Json[],
    covered: () => result.coverage.keys,
    derived: (item) =>
      (result.derived.get(item.id as string) as ReadonlySet<string> | undefined) ?? NONE,
    languages: result.coverage.languages,
  };
}

/** An event import, as `mergeIntoFeed` takes it; the calendar's texts are in the feed's `language`. */
export function eventItems(result: EventImport, language: string): ImportedItems {
  const languages = new Set([language]);
  return {
    collection: 'events',
    items: result.events as unknown as Json[],
    covered: (item) => result.covered.get(item.id as string) ?? NONE,
    derived: (item) => result.derived.get(item.id as string) ?? NONE,
    languages: new Map([
      ['title', languages],
      ['description', languages],
    ]),
    settle: keepTiming,
  };
}

/**
 * Our ICS writes a rule's UNTIL as UTC and its parts in its own order; a
 * calendar may too. When the merged event happens exactly when the feed's did,
 * the feed's own start, end and recurrence stay as written.
 */
function keepTiming(old: Json, merged: Json, timeZone: string): void {
  const keys = ['start', 'end', 'recurrence'] as const;
  if (keys.every((key) => JSON.stringify(old[key]) === JSON.stringify(merged[key]))) return;
  const before = occurrences(old, timeZone);
  if (before && before === occurrences(merged, timeZone))
    for (const key of keys) {
      if (old[key] === undefined) delete merged[key];
      else merged[key] = old[key];
    }
}

/** Starts and ends of the event's occurrences for the years ahead, as one string; undefined when unreadable. */
function occurrences(event: Json, timeZone: string): string | undefined {
  const start = Date.parse(String(event.start));
  if (Number.isNaN(start)) return undefined;
  const from = new Date(start - 2 * 86_400_000);
  const to = new Date(start + YEARS * 366 * 86_400_000);
  let failed = false;
  const list = expandEvents(
    { events: [structuredClone(event) as unknown as FeedEvent], timeZone },
    from,
    to,
    {
      onError: () => (failed = true),
    },
  );
  return failed ? undefined : list.map((o) => `${o.start.getTime()}-${o.end.getTime()}`).join(',');
}
