import type { FeedIssue } from './schema/dsl.ts';

/** Thrown when the feed as a whole cannot be used (not an object, no or unsupported version). */
export class FeedSchemaError extends Error {
  readonly issues: FeedIssue[];
  constructor(message: string, issues: FeedIssue[]) {
    super(message);
    this.name = 'FeedSchemaError';
    this.issues = issues;
  }
}
