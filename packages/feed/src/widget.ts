/**
 * `@learning-centre/feed/widget` — the part of the feed package a widget
 * bundles: loading with its own validator, the section definitions to build
 * that validator from, the vocabularies, text picking and safe URLs.
 *
 * Nothing here reaches `validateFeed`, so a widget can load the whole-feed
 * validator on demand (`import('@learning-centre/feed/validate')`, for
 * `debug`) without a bundler pulling it into the widget's first download.
 */
export type * from './types.ts';
export type { FeedIssue } from './schema/dsl.ts';
export * from './schema/vocabulary.ts';
export * from './schema/patterns.ts';
export { feedHeaderShape } from './schema/header.ts';
export { centresSection } from './schema/centre.ts';
export { coursesSection, providersSection, subjectsSection } from './schema/course.ts';
export { calendarSection, eventsSection } from './schema/event.ts';
export { guidanceSection } from './schema/guidance.ts';
export { partnersSection } from './schema/partner.ts';
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
