import type { FeedIssue } from './schema/dsl.ts';

/** `courses[3].credits.system: expected one of …` — how issues are shown to people. */
export function formatIssue(issue: FeedIssue): string {
  return `${issue.path || '(feed)'}: ${issue.message}`;
}
