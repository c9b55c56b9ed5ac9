/**
 * `lc-feed validate --check-links`: do the feed's web addresses answer? Each
 * address is asked once (HEAD, then GET for servers that refuse or mishandle
 * HEAD), with a timeout and a limit on requests at a time; the result names
 * every place in the feed that uses it. Relative addresses (`logos/kth.svg`)
 * are resolved against the feed's URL, or looked for next to a feed file.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Feed, Logo } from '../types.ts';

/** One address, where the feed uses it, and what it answered. */
export interface LinkResult {
  url: string;
  /** Feed paths: `courses[id=x].applyUrl`. */
  paths: string[];
  ok: boolean;
  /** The HTTP status of the last answer, when there was one. */
  status?: number;
  /** Why it is broken, in words. */
  problem?: string;
}

export interface CheckLinksOptions {
  /** Per request, in milliseconds (default 10 000). */
  timeoutMs?: number;
  /** Requests at a time (default 8). */
  concurrency?: number;
  /** For tests: the fetch to use. */
  fetch?: typeof fetch;
}

/** Every web address the feed shows as a link or loads as an image, with its path. */
export function feedLinks(feed: Feed): { path: string; url: string }[] {
  const links: { path: string; url: string }[] = [];
  const add = (path: string, url: string | undefined) => {
    if (url !== undefined) links.push({ path, url });
  };
  const logo = (path: string, image: Logo | undefined) => {
    add(`${path}.src`, image?.src);
    add(`${path}.monochrome`, image?.monochrome);
  };
  add('publisher.url', feed.publisher.url);
  add('calendar.subscribeUrl', feed.calendar?.subscribeUrl);
  for (const c of feed.centres) {
    add(`centres[id=${c.id}].url`, c.url);
    logo(`centres[id=${c.id}].image`, c.image);
  }
  for (const p of feed.providers) {
    add(`providers[id=${p.id}].url`, p.url);
    logo(`providers[id=${p.id}].logo`, p.logo);
  }
  for (const c of feed.courses) {
    add(`courses[id=${c.id}].url`, c.url);
    add(`courses[id=${c.id}].applyUrl`, c.applyUrl);
  }
  for (const e of feed.events) {
    add(`events[id=${e.id}].url`, e.url);
    add(`events[id=${e.id}].registration.url`, e.registration?.url);
  }
  add('guidance.booking.url', feed.guidance?.booking?.url);
  add('guidance.privacyNotice', feed.guidance?.privacyNotice);
  for (const p of feed.partners) {
    add(`partners[id=${p.id}].url`, p.url);
    logo(`partners[id=${p.id}].logo`, p.logo);
  }
  return links;
}

/**
 * Checks the feed's links. `source` is the feed's URL or file path: relative
 * addresses resolve against it. Addresses that are not http(s) (or files next
 * to a feed file) are not checked. Results in the order the feed first uses them.
 */
export async function checkLinks(
  feed: Feed,
  source: string,
  options: CheckLinksOptions = {},
): Promise<LinkResult[]> {
  const base = /^https?:\/\//i.test(source) ? source : pathToFileURL(resolve(source)).href;
  const byUrl = new Map<string, LinkResult>();
  for (const { path, url } of feedLinks(feed)) {
    let absolute: URL;
    try {
      absolute = new URL(url, base);
    } catch {
      continue;
    }
    if (!['http:', 'https:', 'file:'].includes(absolute.protocol)) continue;
    const key = absolute.href;
    const known = byUrl.get(key);
    if (known) known.paths.push(path);
    else byUrl.set(key, { url: key, paths: [path], ok: false });
  }
  const results = [...byUrl.values()];
  const timeoutMs = options.timeoutMs ?? 10_000;
  const doFetch = options.fetch ?? globalThis.fetch;
  await pool(results, options.concurrency ?? 8, (result) => check(result, timeoutMs, doFetch));
  return results;
}

/** Runs `work` on every item, at most `limit` at a time. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

async function check(result: LinkResult, timeoutMs: number, doFetch: typeof fetch): Promise<void> {
  if (result.url.startsWith('file:')) {
    const path = fileURLToPath(result.url);
    const found = await stat(path).then(
      (s) => s.isFile(),
      () => false,
    );
    result.ok = found;
    if (!found) result.problem = `no such file next to the feed (${path})`;
    return;
  }
  const head = await ask(result.url, 'HEAD', timeoutMs, doFetch);
  // Some servers refuse HEAD (405), answer it wrongly (403, 404) or drop it: ask again with GET.
  const answer = head.ok || head.timedOut ? head : await ask(result.url, 'GET', timeoutMs, doFetch);
  result.ok = answer.ok;
  if (answer.status !== undefined) result.status = answer.status;
  if (!answer.ok) result.problem = answer.problem;
}

interface Answer {
  ok: boolean;
  status?: number;
  problem?: string;
  timedOut?: boolean;
}

async function ask(
  url: string,
  method: string,
  timeoutMs: number,
  doFetch: typeof fetch,
): Promise<Answer> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await doFetch(url, {
      method,
      signal,
      redirect: 'follow',
      headers: { 'User-Agent': 'lc-feed link check (learning-centre feed)' },
    });
    // Only the status matters: don't download the body.
    await response.body?.cancel().catch(() => {});
    if (response.ok) return { ok: true, status: response.status };
    return {
      ok: false,
      status: response.status,
      problem: `answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    };
  } catch (error) {
    if (signal.aborted)
      return { ok: false, timedOut: true, problem: `no answer within ${timeoutMs / 1000} s` };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return {
      ok: false,
      problem: `could not be reached (${cause?.code ?? cause?.message ?? (error as Error).message})`,
    };
  }
}
