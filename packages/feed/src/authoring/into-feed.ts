/**
 * Putting imported courses or events into a feed file (`--into`): an item
 * with the id of one already there updates it, a new id is added, the rest
 * stay (or go, with `--replace`). Works on the file's JSON as written, so
 * nothing the validator would leave out is lost on the way, and properties the
 * import does not speak for (a course's sessions, an event's registration) stay.
 */
import { DATE_TIME_PATTERN, courseDef, eventDef } from '../schema/feed-definition.ts';
import type { FeedIssue } from '../schema/dsl.ts';
import type { LocalizedText } from '../types.ts';
import { parseInstantMs } from '../time/parse.ts';
import { isKnownTimeZone } from '../time/zone.ts';
import { validateFeed } from '../validate.ts';
import { feedDateTime } from './feed-time.ts';

type Json = Record<string, unknown>;

/** Imported items of one collection, and what the import speaks for in each. */
export interface ImportedItems {
  collection: 'courses' | 'events';
  items: readonly Json[];
  /** Properties the source speaks for in this item: an empty value there removes the feed's. */
  covered(item: Json): ReadonlySet<string>;
  /** Properties the import guessed for this item: they fill gaps, never replace. */
  derived(item: Json): ReadonlySet<string>;
  /** For text properties: the languages the source speaks for. */
  languages: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Called with the feed's item and the merged one before they are compared:
   * may put back the feed's spelling of what the import says another way
   * (an event's rule written differently, with the same occurrences).
   */
  settle?(old: Json, merged: Json, timeZone: string): void;
}

export interface MergeOptions {
  /** Remove the collection's items the import does not have (the source lists them all). */
  replace?: boolean;
  /** What `updated` and `modified` are set to; default now. */
  now?: Date;
  /** Providers to add (new ones found by a course import). */
  providers?: readonly Json[];
}

export interface MergeSummary {
  added: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
  providersAdded: string[];
}

/** Properties a feed item cannot be without: an import that has no value for one keeps the feed's. */
const REQUIRED: Record<ImportedItems['collection'], readonly string[]> = {
  courses: ['id', 'title', 'provider', 'level', 'mode'],
  events: ['id', 'title', 'category', 'start'],
};
const ORDER = {
  courses: Object.keys(courseDef.shape),
  events: Object.keys(eventDef.shape),
};
const TEXT_KEYS = new Set(['title', 'description', 'statusNote']);

/**
 * The feed with the imported items in it, as new JSON (`feed` is not changed),
 * and what changed. `updated` is set to `now` when anything did, and so is
 * `modified` of each changed item unless the import gave one.
 */
export function mergeIntoFeed(
  feed: Json,
  imported: ImportedItems,
  options: MergeOptions = {},
): { feed: Json; summary: MergeSummary } {
  const { collection } = imported;
  const timeZone = typeof feed.timeZone === 'string' ? feed.timeZone : 'UTC';
  const language = typeof feed.language === 'string' ? feed.language : 'en';
  const stamp = feedDateTime(
    (options.now ?? new Date()).getTime(),
    isKnownTimeZone(timeZone) ? timeZone : 'UTC',
  );
  const summary: MergeSummary = {
    added: [],
    updated: [],
    unchanged: [],
    removed: [],
    providersAdded: [],
  };

  const current = Array.isArray(feed[collection]) ? (feed[collection] as unknown[]) : [];
  const incoming = new Map(imported.items.map((item) => [item.id as string, item]));
  const items: unknown[] = [];
  for (const old of current) {
    const id = isObject(old) && typeof old.id === 'string' ? old.id : undefined;
    const next = id === undefined ? undefined : incoming.get(id);
    if (!next) {
      if (options.replace && id !== undefined) summary.removed.push(id);
      else items.push(old);
      continue;
    }
    incoming.delete(id!);
    const merged = mergeItem(old as Json, next, imported, language, collection);
    imported.settle?.(old as Json, merged, timeZone);
    if (sameJson(merged, old)) {
      summary.unchanged.push(id!);
      items.push(old);
    } else {
      if (!imported.covered(next).has('modified') || next.modified === undefined)
        merged.modified = stamp;
      summary.updated.push(id!);
      items.push(ordered(merged, collection));
    }
  }
  for (const [id, item] of incoming) {
    summary.added.push(id);
    items.push(item);
  }

  const out: Json = { ...feed, [collection]: items };
  if (options.providers?.length) {
    const providers = Array.isArray(feed.providers) ? [...feed.providers] : [];
    const ids = new Set(providers.map((p) => (isObject(p) ? p.id : undefined)));
    for (const provider of options.providers)
      if (!ids.has(provider.id)) {
        providers.push(provider);
        summary.providersAdded.push(provider.id as string);
      }
    out.providers = providers;
  }
  const changed =
    summary.added.length +
    summary.updated.length +
    summary.removed.length +
    summary.providersAdded.length;
  if (changed) out.updated = stamp;
  return { feed: out, summary };
}

/**
 * The feed's item updated with the imported one: covered properties from the
 * import (text per language), required ones kept when the import has none,
 * guessed ones only where the feed has none, the rest as they were.
 */
function mergeItem(
  old: Json,
  next: Json,
  imported: ImportedItems,
  language: string,
  collection: ImportedItems['collection'],
): Json {
  const out: Json = { ...old };
  const covered = imported.covered(next);
  const derived = imported.derived(next);
  const keys = new Set([...covered].map((key) => key.split('.')[0]).concat(Object.keys(next)));
  for (const key of keys) {
    const value = next[key];
    if (derived.has(key) && old[key] !== undefined) continue;
    if (value === undefined && REQUIRED[collection].includes(key)) continue;
    if (sameJson(value, old[key]) || sameInstant(value, old[key])) continue;
    if (key === 'applicationPeriod') {
      const period = mergePeriod(old[key], value, covered);
      if (period) out[key] = period;
      else delete out[key];
    } else if (TEXT_KEYS.has(key)) {
      const text = mergeText(
        old[key] as LocalizedText | undefined,
        value as LocalizedText | undefined,
        imported.languages.get(key) ?? new Set([language]),
        language,
      );
      if (text === undefined) delete out[key];
      else out[key] = text;
    } else if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}

function mergePeriod(old: unknown, next: unknown, covered: ReadonlySet<string>): Json | undefined {
  const period: Json = isObject(old) ? { ...old } : {};
  const given = isObject(next) ? next : {};
  for (const part of ['opens', 'closes']) {
    if (!covered.has(`applicationPeriod.${part}`) && !covered.has('applicationPeriod')) continue;
    if (given[part] === undefined) delete period[part];
    else period[part] = given[part];
  }
  return Object.keys(period).length ? period : undefined;
}

/**
 * A text with the languages the import speaks for replaced: a sheet with only
 * a Swedish title column keeps the English title the feed has.
 */
export function mergeText(
  old: LocalizedText | undefined,
  next: LocalizedText | undefined,
  languages: ReadonlySet<string>,
  language: string,
): LocalizedText | undefined {
  const texts: Record<string, string> =
    old === undefined ? {} : typeof old === 'string' ? { [language]: old } : { ...old };
  for (const lang of languages) delete texts[lang];
  if (next !== undefined)
    Object.assign(texts, typeof next === 'string' ? { [language]: next } : next);
  const keys = Object.keys(texts);
  if (!keys.length) return undefined;
  const plain = typeof next === 'string' || (next === undefined && typeof old === 'string');
  return keys.length === 1 && keys[0] === language && plain ? texts[language] : texts;
}

/** Equal JSON values, whatever the order of their properties. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameJson(item, other[i]));
  }
  const keys = Object.keys(a).filter((k) => (a as Json)[k] !== undefined);
  const otherKeys = Object.keys(b).filter((k) => (b as Json)[k] !== undefined);
  return (
    keys.length === otherKeys.length && keys.every((k) => sameJson((a as Json)[k], (b as Json)[k]))
  );
}

/** Two date-times that name one moment (`…T08:30+01:00` and `…T08:30:00+01:00`). */
function sameInstant(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  if (!DATE_TIME_PATTERN.test(a) || !DATE_TIME_PATTERN.test(b)) return false;
  return parseInstantMs(a) === parseInstantMs(b);
}

/** The item's properties in the schema's order, unknown ones after. */
function ordered(item: Json, collection: ImportedItems['collection']): Json {
  const out: Json = {};
  for (const key of ORDER[collection]) if (item[key] !== undefined) out[key] = item[key];
  for (const [key, value] of Object.entries(item)) if (!(key in out)) out[key] = value;
  return out;
}

/** The errors `validateFeed` finds in the merged feed (what would make `lc-feed validate` fail). */
export function feedErrors(feed: Json): FeedIssue[] {
  try {
    return validateFeed(feed).issues.filter((issue) => issue.severity === 'error');
  } catch (error) {
    const issues = (error as { issues?: FeedIssue[] }).issues;
    if (issues) return issues;
    throw error;
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
