/**
 * Rate limiting per client address: a token bucket in this process's memory.
 * Behind a load balancer each instance counts on its own, so a client may get
 * up to (instances × limit); put a shared limiter in front when that matters.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { problem } from './problem.ts';

export interface RateLimitOptions {
  /** Tokens added per minute (sustained requests per minute). 0 turns limiting off. */
  perMinute: number;
  /** Bucket size: how many requests may come at once after a quiet spell. */
  burst: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perMinute: 120, burst: 60 };

interface Bucket {
  tokens: number;
  /** When `tokens` was last brought up to date, in ms. */
  atMs: number;
}

/** Token buckets by key. Full buckets are forgotten, so memory follows the number of active clients. */
export class TokenBuckets {
  readonly #perMs: number;
  readonly #burst: number;
  readonly #buckets = new Map<string, Bucket>();

  constructor(options: RateLimitOptions) {
    this.#perMs = options.perMinute / 60_000;
    this.#burst = options.burst;
  }

  /** Takes one token for `key`: 0 when allowed, else how many seconds until one is there (≥ 1). */
  take(key: string, nowMs: number): number {
    const bucket = this.#buckets.get(key) ?? { tokens: this.#burst, atMs: nowMs };
    bucket.tokens = Math.min(this.#burst, bucket.tokens + (nowMs - bucket.atMs) * this.#perMs);
    bucket.atMs = nowMs;
    this.#buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perMs / 1000));
  }

  /** Forgets buckets that have filled up again (they behave exactly like new ones). */
  sweep(nowMs: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + (nowMs - bucket.atMs) * this.#perMs >= this.#burst)
        this.#buckets.delete(key);
    }
  }

  get size(): number {
    return this.#buckets.size;
  }
}

/**
 * Answers 429 with `Retry-After` (seconds) when the client's bucket is empty.
 * Preflight requests are not counted, so the request that follows them gets a
 * 429 the page can read (with CORS headers) rather than a failed preflight.
 */
export function rateLimit(
  options: RateLimitOptions,
  clientKey: (c: Context) => string,
  now: () => number,
): { middleware: MiddlewareHandler; buckets?: TokenBuckets } {
  if (options.perMinute <= 0) return { middleware: (_c, next) => next() };
  const buckets = new TokenBuckets(options);
  let sweptMs = now();
  const middleware: MiddlewareHandler = async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const nowMs = now();
    if (nowMs - sweptMs > 60_000) {
      buckets.sweep(nowMs);
      sweptMs = nowMs;
    }
    const wait = buckets.take(clientKey(c), nowMs);
    if (wait > 0) {
      return problem(
        c,
        'rate-limited',
        `Try again in ${wait} s.`,
        {},
        { 'Retry-After': String(wait) },
      );
    }
    await next();
  };
  return { middleware, buckets };
}

/**
 * The key a client is counted under: its IPv4 address, or the /64 network of
 * an IPv6 address (one household or host usually has a whole /64).
 */
export function clientKeyOf(address: string): string {
  const ip = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (!ip.includes(':')) return ip;
  const [head, tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
