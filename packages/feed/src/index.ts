/**
 * @learning-centre/feed — the feed format, its types, loading and validation:
 * what every widget needs. Queries, ICS and JSON-LD are separate entry points
 * (`@learning-centre/feed/queries`, `/ics`, `/jsonld`) so a page pays only for
 * what it uses. No DOM: runs in browsers and in Node.
 */
export type * from './types.ts';
export type { FeedIssue, JsonSchema } from './schema/dsl.ts';
export * from './schema/feed-definition.ts';
export { validateFeed, formatIssue, FeedSchemaError } from './validate.ts';
export {
  createFeedValidator,
  type CrossCheck,
  type FeedSections,
  type FeedValidation,
  type FeedValidator,
  type FeedValidatorOptions,
} from './validate-sections.ts';
export { checkReferences } from './validate-references.ts';
export { safeUrl, WEB_SCHEMES, CONTACT_SCHEMES } from './safe-url.ts';
export { isKnownTimeZone } from './time/zone.ts';
export { loadFeed, parseFeed } from './load-feed.ts';
export {
  loadFeedWith,
  parseFeedWith,
  clearFeedCache,
  FeedLoadError,
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  type FeedErrorKind,
  type LoadedFeed,
  type LoadFeedOptions,
} from './load.ts';
/** The text of a LocalizedText in the first preferred language that has one (widgets use it too). */
export { pickText, pickLanguage, allTexts, type PreferredLanguages } from './text.ts';
