import { validateFeed, type Feed } from '../../packages/feed/src/index.ts';
import type { BenchContext } from './harness.ts';

let text: Promise<string> | undefined;
let feed: Promise<Feed> | undefined;

/** A response body as text; an HTTP error is an error (a benchmark must not time an error page). */
export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** The large feed's JSON text, downloaded once for all benchmarks that need it. */
export function bigFeedText(context: BenchContext): Promise<string> {
  text ??= fetchText(context.bigFeedUrl);
  return text;
}

/** The large feed parsed and validated once, for benchmarks of what widgets do with it. */
export function bigFeed(context: BenchContext): Promise<Feed> {
  feed ??= bigFeedText(context).then((json) => validateFeed(JSON.parse(json)).feed);
  return feed;
}
