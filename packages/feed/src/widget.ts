/**
 * `@learning-centre/feed/widget` — the part of the feed package a widget
 * bundles: loading with its own validator, the section definitions to build
 * that validator from, the vocabularies, text picking and safe URLs.
 *
 * Nothing here reaches `validateFeed` or `loadFeed` (which check every
 * section): a widget names the sections it reads (`createFeedValidator`) and a
 * bundler keeps only their definitions.
 */
export type * from './types.ts';
export type { FeedIssue } from './schema/dsl.ts';
// The definitions, vocabularies and patterns; a bundler keeps only the sections used.
export * from './schema/feed-definition.ts';
export {
  createFeedValidator,
  type CrossCheck,
  type FeedSections,
  type FeedValidation,
  type FeedValidator,
  type FeedValidatorOptions,
} from './validate-sections.ts';
export { checkReferences } from './validate-references.ts';
export { FeedSchemaError } from './feed-schema-error.ts';
export { formatIssue } from './format-issue.ts';
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
export { safeUrl, WEB_SCHEMES, CONTACT_SCHEMES } from './safe-url.ts';
export { isKnownTimeZone } from './time/zone.ts';
export { pickText, pickLanguage, allTexts, type PreferredLanguages } from './text.ts';
