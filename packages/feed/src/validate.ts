import { feedDef, feedHeaderShape } from './schema/feed-definition.ts';
import { checkReferences } from './validate-references.ts';
import { createFeedValidator, type FeedSections, type FeedValidator } from './validate-sections.ts';

export type { FeedIssue } from './schema/dsl.ts';
export { FeedSchemaError } from './feed-schema-error.ts';
export { formatIssue } from './format-issue.ts';
export type { FeedValidation, FeedValidator } from './validate-sections.ts';

/** Every section of the feed definition (the header is checked by every validator). */
const ALL_SECTIONS = Object.fromEntries(
  Object.entries(feedDef.shape).filter(([key]) => !Object.hasOwn(feedHeaderShape, key)),
) as FeedSections;

/**
 * Checks a whole parsed feed: every section, unique ids and references, and
 * unknown top-level properties (warnings). Lenient like a widget should be: a
 * broken item (one bad course) is left out and reported, a broken top-level
 * property is reported and replaced by a safe default. Throws `FeedSchemaError`
 * only when the feed as a whole is unusable: not an object, no version, or an
 * unsupported major version.
 */
export const validateFeed: FeedValidator = createFeedValidator(ALL_SECTIONS, {
  crossCheck: checkReferences,
  warnUnknown: true,
});
