import type { FeedIssue } from './schema/dsl.ts';
import type { Feed } from './types.ts';
import { FeedSchemaError } from './feed-schema-error.ts';
import type { FeedValidator } from './validate-sections.ts';

/** Why a feed could not be used. */
export type FeedErrorKind =
  'network' | 'http' | 'timeout' | 'parse' | 'schema' | 'too-large' | 'aborted';

/** A feed that could not be loaded or used at all. `kind` says why, for people and for code. */
export class FeedLoadError extends Error {
  readonly kind: FeedErrorKind;
  readonly url: string;
  /** HTTP status, for `kind: 'http'`. */
  readonly status?: number;
  /** What validation found, for `kind: 'schema'`. */
  readonly issues: FeedIssue[];
  constructor(
    kind: FeedErrorKind,
    url: string,
    message: string,
    options: { status?: number; issues?: FeedIssue[]; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'FeedLoadError';
    this.kind = kind;
    this.url = url;
    this.status = options.status;
    this.issues = options.issues ?? [];
  }
}

/** A usable feed, with the issues found in it (broken items were left out). */
export interface LoadedFeed {
  url: string;
  feed: Feed;
  issues: FeedIssue[];
}

export interface LoadFeedOptions {
  /** Cancels this caller's wait (the shared request goes on for others). */
  signal?: AbortSignal;
  /** Give up after this many milliseconds. Default 10 000. */
  timeoutMs?: number;
  /** Refuse bodies larger than this many bytes. Default 5 MB. */
  maxBytes?: number;
  /** Skip the per-page cache and fetch again (the new result replaces the cached one). */
  reload?: boolean;
  /** For tests and Node: the fetch to use. */
  fetch?: typeof fetch;
  /**
   * Which checks to run: `validateFeed` (the whole feed, the default of
   * `loadFeed`) or a widget's own `createFeedValidator(...)`.
   */
  validate?: FeedValidator;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * One request per URL per page: every widget asking for the same feed shares
 * one promise of the parsed JSON. Each validator's result is kept with the
 * parsed data, so widgets with the same checks validate once.
 */
const cache = new Map<string, Promise<unknown>>();
const validations = new WeakMap<object, Map<FeedValidator, LoadedFeed | FeedLoadError>>();

/**
 * Loads, parses and validates (with `validate`) the feed at `url`. However
 * many widgets ask, the page makes one request per URL. A failed load is not
 * cached, so a retry really tries again. `loadFeed` is this with `validateFeed`.
 *
 * @throws FeedLoadError with `kind` network | http | timeout | parse | schema | too-large | aborted
 */
export function loadFeedWith(
  validate: FeedValidator,
  url: string,
  options: LoadFeedOptions = {},
): Promise<LoadedFeed> {
  const key = absoluteUrl(url);
  // A caller that has already given up starts no request.
  if (options.signal?.aborted) return Promise.reject(abortedError(key));
  let shared = options.reload ? undefined : cache.get(key);
  if (!shared) {
    shared = fetchFeed(key, options);
    cache.set(key, shared);
    shared.catch(() => {
      if (cache.get(key) === shared) cache.delete(key);
    });
  }
  const loaded = shared.then((data) => validated(validate, data, key));
  return withCallerSignal(loaded, key, options.signal);
}

/** `validate(data)` once per parsed feed and validator; a feed that cannot be used is a `schema` error. */
function validated(validate: FeedValidator, data: unknown, url: string): LoadedFeed {
  const memo = typeof data === 'object' && data !== null ? validations : undefined;
  let results = memo?.get(data as object);
  let result = results?.get(validate);
  if (!result) {
    result = validateData(validate, data, url);
    if (memo) {
      if (!results) memo.set(data as object, (results = new Map()));
      results.set(validate, result);
    }
  }
  if (result instanceof FeedLoadError) throw result;
  return result;
}

function validateData(
  validate: FeedValidator,
  data: unknown,
  url: string,
): LoadedFeed | FeedLoadError {
  try {
    const { feed, issues } = validate(data);
    return { url, feed, issues };
  } catch (cause) {
    if (cause instanceof FeedSchemaError)
      return new FeedLoadError('schema', url, `The feed cannot be used: ${cause.message}`, {
        issues: cause.issues,
        cause,
      });
    throw cause;
  }
}

/** Forgets cached feeds (all, or one URL): the next `loadFeed` fetches again. */
export function clearFeedCache(url?: string): void {
  if (url === undefined) cache.clear();
  else cache.delete(absoluteUrl(url));
}

function absoluteUrl(url: string): string {
  const base = typeof location !== 'undefined' ? location.href : undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** Fetches and parses the feed (no validation): what the page-wide cache holds. */
async function fetchFeed(url: string, options: LoadFeedOptions): Promise<unknown> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const doFetch = options.fetch ?? globalThis.fetch;
  // The shared request has its own timeout and no caller signal: one widget
  // going away must not cancel the load for the others.
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await doFetch(url, {
      signal: timeout,
      headers: { Accept: 'application/json' },
      credentials: 'omit',
    });
  } catch (cause) {
    if (timeout.aborted) throw timeoutError(url, timeoutMs, cause);
    throw new FeedLoadError(
      'network',
      url,
      `The feed could not be reached (${url}). Check the address and that the server allows cross-origin requests (CORS).`,
      { cause },
    );
  }
  if (!response.ok) {
    // Release the connection: an unread error body keeps it busy (Node's fetch).
    await response.body?.cancel().catch(() => {});
    throw new FeedLoadError(
      'http',
      url,
      `The feed server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}.`,
      { status: response.status },
    );
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge(url, maxBytes);
  }
  let body: string;
  try {
    body = await readText(response, maxBytes, url);
  } catch (cause) {
    if (cause instanceof FeedLoadError) throw cause;
    if (timeout.aborted) throw timeoutError(url, timeoutMs, cause);
    throw new FeedLoadError(
      'network',
      url,
      `The connection broke while reading the feed (${url}).`,
      { cause },
    );
  }
  return parseJson(body, url);
}

/**
 * Parses and validates (with `validate`) a feed's text; a leading byte-order
 * mark is ignored. What `loadFeedWith` does once the body is read.
 *
 * @throws FeedLoadError with `kind` parse | schema
 */
export function parseFeedWith(validate: FeedValidator, text: string, url: string): LoadedFeed {
  const result = validateData(validate, parseJson(text, url), url);
  if (result instanceof FeedLoadError) throw result;
  return result;
}

/** @throws FeedLoadError with `kind` parse */
function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (cause) {
    throw new FeedLoadError(
      'parse',
      url,
      `The feed is not valid JSON: ${(cause as Error).message}`,
      { cause },
    );
  }
}

/**
 * Reads the body as text. With a Content-Length (already checked against the
 * cap) the runtime reads it in one native step, the fast path for an ordinary
 * feed; the decoded size is checked again, as a compressed body can grow.
 * Without one, bytes are counted as they stream, so a huge body is stopped early.
 */
async function readText(response: Response, maxBytes: number, url: string): Promise<string> {
  if (!response.body || response.headers.has('content-length')) {
    const bytes = await response.arrayBuffer();
    if (bytes.byteLength > maxBytes) throw tooLarge(url, maxBytes);
    return new TextDecoder().decode(bytes);
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(url, maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function tooLarge(url: string, maxBytes: number): FeedLoadError {
  return new FeedLoadError(
    'too-large',
    url,
    `The feed is larger than ${formatBytes(maxBytes)} (${url}); split it or raise the limit.`,
  );
}

/** `5 MB`, `512 kB`, `900 bytes`: a limit said the way people say it. */
export function formatBytes(bytes: number): string {
  const MB = 1024 * 1024;
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} kB`;
  return `${bytes} bytes`;
}

function timeoutError(url: string, timeoutMs: number, cause: unknown): FeedLoadError {
  return new FeedLoadError(
    'timeout',
    url,
    `The feed server did not answer within ${timeoutMs / 1000} s (${url}).`,
    { cause },
  );
}

function abortedError(url: string): FeedLoadError {
  return new FeedLoadError('aborted', url, 'Loading was cancelled.');
}

function withCallerSignal<T>(promise: Promise<T>, url: string, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortedError(url));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
