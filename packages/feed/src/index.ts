/**
 * @learning-centre/feed — the feed format, its types, loading and validation.
 * Everything `@learning-centre/feed/widget` has (what a widget bundles), plus
 * the whole-feed `validateFeed` and `loadFeed`. Queries, ICS and JSON-LD are
 * separate entry points (`@learning-centre/feed/queries`, `/ics`, `/jsonld`)
 * so a page pays only for what it uses. No DOM: runs in browsers and in Node.
 */
export * from './widget.ts';
export type { JsonSchema } from './schema/dsl.ts';
export { validateFeed } from './validate.ts';
export { loadFeed, parseFeed } from './load-feed.ts';
