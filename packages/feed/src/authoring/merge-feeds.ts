/**
 * `lc-feed merge`: several centres' feeds → one regional feed. An id used in
 * several feeds for the same thing (same id, same name: a university both
 * centres list) becomes one item, lists joined (a course's centres); an id used
 * for different things is made unique by prefixing each with its feed's
 * publisher id, and the references in that feed follow. Texts of a feed in
 * another language keep their language; relative addresses keep pointing at
 * the same files.
 */
import { posix, relative, resolve, sep } from 'node:path';
import { feedDef } from '../schema/feed-definition.ts';
import { pickText } from '../text.ts';
import type { Feed } from '../types.ts';
import { walkFeed } from './feed-walk.ts';
import { type Variant, combine, sameThing } from './merge-items.ts';
import { slugify, uniqueId } from './slug.ts';

type Json = Record<string, unknown>;

/** One feed to merge. */
export interface MergeInput {
  /** How messages name it (its path or URL). */
  name: string;
  /** The feed as validated: items with errors are already left out. */
  feed: Feed;
  /** What its relative addresses are relative to: its URL, or the folder of its file. */
  base: { url: string } | { dir: string };
}

export interface MergeFeedsOptions {
  publisherId?: string;
  publisherName?: string;
  /** The folder the merged feed is written to (relative addresses are rewritten for it). */
  outDir: string;
}

export interface MergeReport {
  feed: Json;
  /** Same item, different values: which one was kept. */
  conflicts: string[];
  /** Ids made unique. */
  renamed: string[];
  notes: string[];
}

/** The feeds cannot be merged into one (different time zones). */
export class MergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeError';
  }
}

type Collection =
  'centres' | 'providers' | 'subjects' | 'courses' | 'events' | 'partners' | 'services';
const COLLECTIONS: readonly Collection[] = [
  'centres',
  'providers',
  'subjects',
  'courses',
  'events',
  'partners',
  'services',
];
/** Renames in these must be known before the items that refer to them are compared. */
const TARGETS = new Set<Collection>(['centres', 'providers', 'subjects']);

/** Merges feeds, in the order given. @throws MergeError when their time zones differ */
export function mergeFeeds(inputs: readonly MergeInput[], options: MergeFeedsOptions): MergeReport {
  const zones = new Set(inputs.map((input) => input.feed.timeZone));
  if (zones.size > 1)
    throw new MergeError(
      `the feeds are in different time zones (${inputs.map((i) => `${i.name}: ${i.feed.timeZone}`).join(', ')}); ` +
        'a feed has one time zone, so merge feeds of one zone',
    );
  const [first] = inputs;
  const language = first.feed.language;
  const report: MergeReport = { feed: {}, conflicts: [], renamed: [], notes: [] };
  const sources = inputs.map((input) => prepare(input, language, options.outDir));
  const prefixes = prefixesOf(inputs);

  // Per source and collection: old id → new id.
  const renames = sources.map(() => new Map<Collection, Map<string, string>>());
  const merged = new Map<Collection, Json[]>();
  for (const collection of COLLECTIONS) {
    if (!TARGETS.has(collection))
      sources.forEach((feed, i) => rewriteReferences(feed, collection, renames[i]));
    merged.set(
      collection,
      mergeCollection(collection, sources, inputs, language, prefixes, renames, report),
    );
  }

  const out: Json = {};
  for (const key of Object.keys(feedDef.shape)) {
    switch (key) {
      case 'version':
        out.version = `1.${Math.max(...inputs.map((i) => Number(i.feed.version.split('.')[1]) || 0))}`;
        break;
      case 'publisher':
        out.publisher = publisherOf(first.feed, options, report);
        break;
      case 'language':
      case 'timeZone':
        out[key] = first.feed[key];
        break;
      case 'updated':
        out.updated = inputs
          .map((i) => i.feed.updated)
          .reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
        break;
      case 'calendar':
        if (inputs.some((i) => i.feed.calendar))
          report.notes.push(
            "the feeds' calendar.subscribeUrl is left out: each names one feed's events",
          );
        break;
      case 'guidance':
        if (inputs.some((i) => i.feed.guidance))
          out.guidance = guidanceOf(sources, inputs, merged.get('services')!, report);
        break;
      default:
        out[key] = merged.get(key as Collection) ?? [];
    }
  }
  // Properties the format does not know (publishers' own): the first feed's.
  for (const source of sources)
    for (const [key, value] of Object.entries(source))
      if (!(key in feedDef.shape) && !(key in out)) out[key] = value;
  report.feed = out;
  return report;
}

/** A copy of the feed with plain texts tagged with its language (when it differs) and addresses rebased. */
function prepare(input: MergeInput, language: string, outDir: string): Json {
  const feed = structuredClone(input.feed) as unknown as Json;
  const own = input.feed.language;
  walkFeed(feed, (kind, value, _path, replace) => {
    if (typeof value !== 'string') return;
    if (kind === 'text' && own !== language) replace({ [own]: value });
    if (kind === 'url') replace(rebase(value, input.base, outDir));
  });
  return feed;
}

/** A relative address as seen from the merged feed's folder (or made absolute against a URL). */
function rebase(url: string, base: MergeInput['base'], outDir: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('#')) return url;
  if ('url' in base) return new URL(url, base.url).href;
  const [path, rest = ''] = url.split(/(?=[?#])/);
  const moved = relative(outDir, resolve(base.dir, path)).split(sep).join(posix.sep);
  return moved + rest;
}

/** Each feed's prefix for ids it must rename: its publisher id, else a slug of its name or file. */
function prefixesOf(inputs: readonly MergeInput[]): string[] {
  const taken = new Set<string>();
  return inputs.map(({ feed, name }) => {
    const base =
      feed.publisher.id ??
      (slugify(pickText(feed.publisher.name, feed.language, feed.language)) ||
        slugify(name.replace(/^.*[\\/]/, '').replace(/\.json$/i, '')) ||
        'feed');
    const prefix = uniqueId(base, (id) => taken.has(id));
    taken.add(prefix);
    return prefix;
  });
}

function itemsOf(feed: Json, collection: Collection): Json[] {
  if (collection === 'services')
    return ((feed.guidance as Json | undefined)?.services as Json[] | undefined) ?? [];
  return (feed[collection] as Json[] | undefined) ?? [];
}

/**
 * One collection of the merged feed: items by id in the order first seen.
 * Same-id items are one when they are the same thing (same name or title),
 * else each group is renamed with the prefix of the first feed that has it.
 */
function mergeCollection(
  collection: Collection,
  sources: Json[],
  inputs: readonly MergeInput[],
  language: string,
  prefixes: string[],
  renames: Map<Collection, Map<string, string>>[],
  report: MergeReport,
): Json[] {
  const byId = new Map<string, Variant[]>();
  sources.forEach((feed, source) => {
    for (const item of itemsOf(feed, collection)) {
      const list = byId.get(item.id as string) ?? [];
      list.push({ source, item });
      byId.set(item.id as string, list);
    }
  });
  const taken = new Set(byId.keys());
  const feedNames = inputs.map((input) => input.name);
  const out: Json[] = [];
  const path = collection === 'services' ? 'guidance.services' : collection;
  for (const [id, variants] of byId) {
    const groups: Variant[][] = [];
    for (const variant of variants) {
      const group = groups.find((g) => sameThing(g[0].item, variant.item));
      if (group) group.push(variant);
      else groups.push([variant]);
    }
    if (groups.length === 1) {
      out.push(combine(groups[0], `${path}[id=${id}]`, feedNames, language, report.conflicts));
      continue;
    }
    const renamed: string[] = [];
    for (const group of groups) {
      const newId = uniqueId(`${prefixes[group[0].source]}-${id}`, (candidate) =>
        taken.has(candidate),
      );
      taken.add(newId);
      for (const { source } of group) {
        const map = renames[source].get(collection) ?? new Map<string, string>();
        map.set(id, newId);
        renames[source].set(collection, map);
      }
      renamed.push(`"${newId}" (${group.map((v) => feedNames[v.source]).join(', ')})`);
      out.push({
        ...combine(group, `${path}[id=${id}]`, feedNames, language, report.conflicts),
        id: newId,
      });
    }
    report.renamed.push(
      `${path}: "${id}" names different things in different feeds: now ${renamed.join(', ')}`,
    );
  }
  return out;
}

/** The references of one feed's items of `collection` follow that feed's renames. */
function rewriteReferences(
  feed: Json,
  collection: Collection,
  renames: Map<Collection, Map<string, string>>,
): void {
  const one = (target: Collection, id: unknown) =>
    typeof id === 'string' ? (renames.get(target)?.get(id) ?? id) : id;
  const many = (target: Collection, ids: unknown) =>
    Array.isArray(ids) ? ids.map((id) => one(target, id)) : ids;
  const set = (item: Json, key: string, value: unknown) => {
    if (item[key] !== undefined) item[key] = value;
  };
  for (const item of itemsOf(feed, collection)) {
    if (collection === 'courses') {
      set(item, 'provider', one('providers', item.provider));
      set(item, 'centres', many('centres', item.centres));
      set(item, 'subjects', many('subjects', item.subjects));
      for (const session of (item.sessions as Json[] | undefined) ?? [])
        set(session, 'centre', one('centres', session.centre));
    } else if (collection === 'events') {
      set(item, 'centre', one('centres', item.centre));
      set(item, 'provider', one('providers', item.provider));
    } else set(item, 'centres', many('centres', item.centres));
  }
}

function publisherOf(first: Feed, options: MergeFeedsOptions, report: MergeReport): Json {
  if (options.publisherName === undefined)
    report.notes.push(
      `the publisher is ${pickText(first.publisher.name, first.language, first.language)}'s (the first feed): give --publisher-name and --publisher-id for the region`,
    );
  const publisher: Json =
    options.publisherName === undefined ? { ...first.publisher } : { name: options.publisherName };
  if (options.publisherId !== undefined) publisher.id = options.publisherId;
  return publisher;
}

function guidanceOf(
  sources: Json[],
  inputs: readonly MergeInput[],
  services: Json[],
  report: MergeReport,
): Json {
  const guidance: Json = { services };
  for (const key of ['booking', 'privacyNotice']) {
    const given = sources
      .map((feed, i) => ({
        value: (feed.guidance as Json | undefined)?.[key],
        name: inputs[i].name,
      }))
      .filter((g) => g.value !== undefined);
    if (!given.length) continue;
    guidance[key] = given[0].value;
    for (const other of given.slice(1))
      if (JSON.stringify(other.value) !== JSON.stringify(given[0].value))
        report.conflicts.push(
          `guidance.${key}: ${given[0].name} and ${other.name} differ; kept ${given[0].name}'s`,
        );
  }
  return guidance;
}
