import { INVALID, describe, keepUnknown, type CheckContext, type FeedIssue } from './schema/dsl.ts';
import { VERSION_PATTERN, feedDef } from './schema/feed-definition.ts';
import type { Feed } from './types.ts';
import { isKnownTimeZone } from './time/zone.ts';
import { checkReferences } from './validate-references.ts';

export type { FeedIssue } from './schema/dsl.ts';

/** What `validateFeed` found: the usable feed (broken items left out) and every issue. */
export interface FeedValidation {
  feed: Feed;
  issues: FeedIssue[];
}

/** Thrown when the feed as a whole cannot be used (not an object, no or unsupported version). */
export class FeedSchemaError extends Error {
  readonly issues: FeedIssue[];
  constructor(message: string, issues: FeedIssue[]) {
    super(message);
    this.name = 'FeedSchemaError';
    this.issues = issues;
  }
}

/** Used where a broken top-level property must be replaced so widgets keep working. */
const FALLBACKS: Partial<Record<keyof Feed, unknown>> = {
  publisher: { name: '' },
  language: 'en',
  timeZone: 'UTC',
  updated: '1970-01-01T00:00:00Z',
};

const COLLECTIONS = ['centres', 'providers', 'subjects', 'courses', 'events', 'partners'] as const;

/**
 * Checks a parsed feed. Lenient like a widget should be: a broken item (one bad
 * course) is left out and reported, a broken top-level property is reported and
 * replaced by a safe default. Throws `FeedSchemaError` only when the feed as a
 * whole is unusable: not an object, no version, or an unsupported major version.
 */
export function validateFeed(data: unknown): FeedValidation {
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

  const ctx: CheckContext = { issues: [] };
  // Check one top-level property at a time so that a broken one never hides the others.
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(feedDef.shape)) {
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
  keepUnknown(input, feedDef.shape, out, '', ctx, true);
  for (const key of COLLECTIONS) out[key] ??= [];

  const result = out as unknown as Feed;
  if (!isKnownTimeZone(result.timeZone)) {
    ctx.issues.push({
      path: 'timeZone',
      message: `unknown time zone ${describe(result.timeZone)}; times are shown in UTC`,
      severity: 'error',
      rule: 'semantic',
    });
    result.timeZone = 'UTC';
  }
  checkReferences(result, ctx.issues, input);
  return { feed: result, issues: ctx.issues };
}

function schemaIssue(path: string, message: string): FeedIssue {
  return { path, message, severity: 'error', rule: 'schema' };
}

/** `courses[3].credits.system: expected one of …` — how issues are shown to people. */
export function formatIssue(issue: FeedIssue): string {
  return `${issue.path || '(feed)'}: ${issue.message}`;
}
