/**
 * Validators for part of a feed. A widget checks the header and the sections
 * it reads, so its bundle carries only those definitions; `validateFeed`
 * (validate.ts) is the same machinery over every section.
 */
import {
  INVALID,
  describe,
  keepUnknown,
  type CheckContext,
  type Def,
  type FeedIssue,
} from './schema/dsl.ts';
import { feedHeaderShape } from './schema/header.ts';
import { VERSION_PATTERN } from './schema/patterns.ts';
import { FeedSchemaError } from './feed-schema-error.ts';
import type { Feed } from './types.ts';
import { isKnownTimeZone } from './time/zone.ts';

/** What a feed validator found: the usable feed (broken items left out) and every issue. */
export interface FeedValidation {
  feed: Feed;
  issues: FeedIssue[];
}

/** Checks a parsed feed; throws `FeedSchemaError` when it cannot be used at all. */
export type FeedValidator = (data: unknown) => FeedValidation;

/** The feed's sections a validator may check, by top-level property. */
export type FeedSections = Partial<
  Record<Exclude<keyof Feed, keyof typeof feedHeaderShape>, Def<unknown>>
>;

/** Checks across sections (unique ids, references that resolve): see validate-references.ts. */
export type CrossCheck = (feed: Feed, issues: FeedIssue[], input: Record<string, unknown>) => void;

export interface FeedValidatorOptions {
  /** Runs after the sections are checked; give it only with every section it looks into. */
  crossCheck?: CrossCheck;
  /** Report top-level properties that no section defines (only a validator of the whole feed should). */
  warnUnknown?: boolean;
}

/** Used where a broken header property must be replaced so widgets keep working. */
const FALLBACKS: Partial<Record<keyof Feed, unknown>> = {
  publisher: { name: '' },
  language: 'en',
  timeZone: 'UTC',
  updated: '1970-01-01T00:00:00Z',
};

const COLLECTIONS = ['centres', 'providers', 'subjects', 'courses', 'events', 'partners'] as const;

/**
 * A validator of the header and `sections`. Lenient like a widget should be:
 * a broken item (one bad course) is left out and reported, a broken top-level
 * property is reported and replaced by a safe default. Sections it does not
 * check come out empty (collections) or absent, never unchecked.
 *
 * @example const validatePartners = createFeedValidator({ partners: partnersSection });
 */
export function createFeedValidator(
  sections: FeedSections,
  options: FeedValidatorOptions = {},
): FeedValidator {
  const shape: Record<string, Def<unknown>> = { ...feedHeaderShape, ...sections };
  return (data) => {
    const input = checkVersion(data);
    const ctx: CheckContext = { issues: [] };
    // One top-level property at a time, so that a broken one never hides the others.
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(shape)) {
      const value = input[key];
      if (value === undefined) {
        if (!field.optional) {
          ctx.issues.push(schemaIssue(key, 'is required'));
          if (key in FALLBACKS) out[key] = FALLBACKS[key as keyof Feed];
        }
        continue;
      }
      const checked = field.check(value, key, ctx);
      if (checked !== INVALID) out[key] = checked;
      else if (key in FALLBACKS) out[key] = FALLBACKS[key as keyof Feed];
    }
    if (options.warnUnknown) keepUnknown(input, shape, out, '', ctx, true);
    for (const key of COLLECTIONS) out[key] ??= [];

    const feed = out as unknown as Feed;
    if (!isKnownTimeZone(feed.timeZone)) {
      ctx.issues.push({
        path: 'timeZone',
        message: `unknown time zone ${describe(feed.timeZone)}; times are shown in UTC`,
        severity: 'error',
        rule: 'semantic',
      });
      feed.timeZone = 'UTC';
    }
    options.crossCheck?.(feed, ctx.issues, input);
    return { feed, issues: ctx.issues };
  };
}

/** The feed as an object with a supported `version`, or a `FeedSchemaError`. */
function checkVersion(data: unknown): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const issue = schemaIssue('', `expected the feed to be a JSON object, got ${describe(data)}`);
    throw new FeedSchemaError(issue.message, [issue]);
  }
  const input = data as Record<string, unknown>;
  if (input.version === undefined) {
    const issue = schemaIssue('version', 'is required (for example "1.0")');
    throw new FeedSchemaError(`version: ${issue.message}`, [issue]);
  }
  if (typeof input.version !== 'string' || !VERSION_PATTERN.test(input.version)) {
    const issue = schemaIssue(
      'version',
      `unsupported version ${describe(input.version)}: this library reads 1.x feeds`,
    );
    throw new FeedSchemaError(`version: ${issue.message}`, [issue]);
  }
  return input;
}

function schemaIssue(path: string, message: string): FeedIssue {
  return { path, message, severity: 'error', rule: 'schema' };
}
