/**
 * What protects the service and lets browsers use it: CORS, the body size
 * limit, the rate limit. All of it happens before a request reaches the
 * database, so the service runs here on a database that answers nothing (and
 * the file starts in a fraction of the time a real one takes).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../src/http/app.ts';
import { MAX_BODY_BYTES } from '../src/http/json-body.ts';
import { TokenBuckets, clientKeyOf } from '../src/http/rate-limit.ts';
import type { Db } from '../src/db/db.ts';
import { Clock, testConfig } from './helpers/fixture.ts';
import { type TestServer, call, startTestServer } from './helpers/server.ts';

const ORIGIN = 'https://kommun.example';
/** Enough of a database for /healthz; anything else would be a mistake in this file. */
const db: Db = {
  kind: 'pglite',
  query: async <Row>(sql: string) => {
    assert.equal(sql, 'SELECT 1', 'this file should not reach the database');
    return { rows: [] as Row[], rowCount: 0 };
  },
  transaction: () => Promise.reject(new Error('no transactions in this file')),
  close: async () => {},
};
let t: TestServer;

before(async () => {
  t = await startTestServer(db, { rateLimit: { perMinute: 60, burst: 4 } });
});
after(() => t?.close());

/** A fresh bucket for every test: the limiter is keyed by address, and time heals it. */
const refill = () => t.clock.advance(60_000);

describe('CORS', () => {
  test('a preflight from an allowed origin: 204 with methods, headers and max-age', async () => {
    refill();
    const r = await fetch(`${t.base}/v1/bookings/x`, {
      method: 'OPTIONS',
      headers: {
        Origin: ORIGIN,
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'content-type, authorization',
      },
    });
    assert.equal(r.status, 204);
    assert.equal(r.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal(r.headers.get('access-control-allow-methods'), 'GET,POST,PUT,DELETE');
    assert.equal(r.headers.get('access-control-allow-headers'), 'Content-Type,Authorization');
    assert.equal(r.headers.get('access-control-max-age'), '600');
    assert.match(r.headers.get('vary') ?? '', /Origin/);
  });

  test('a preflight from any other origin gets no Access-Control-Allow-Origin', async () => {
    const r = await fetch(`${t.base}/v1/holds`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(r.headers.get('access-control-allow-origin'), null);
  });

  test('responses, errors included, carry the origin and expose Retry-After, Location, Idempotent-Replayed', async () => {
    refill();
    const ok = await call(t.base, 'GET', '/v1/services', undefined, { Origin: ORIGIN });
    assert.equal(ok.headers.get('access-control-allow-origin'), ORIGIN);
    const exposed = ok.headers.get('access-control-expose-headers')!.split(',');
    for (const name of ['Retry-After', 'Location', 'Idempotent-Replayed'])
      assert.ok(exposed.includes(name), name);
    const error = await call(t.base, 'POST', '/v1/holds', { slotId: 'x' }, { Origin: ORIGIN });
    assert.equal(error.status, 409);
    assert.equal(error.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal(error.headers.get('content-type'), 'application/problem+json');
  });

  test('ALLOWED_ORIGINS=* allows any origin', async () => {
    const app = createApp({ db, config: testConfig(), allowedOrigins: ['*'], log: () => {} });
    const r = await app.request('/v1/services', {
      headers: { Origin: 'https://anywhere.example' },
    });
    assert.equal(r.headers.get('access-control-allow-origin'), '*');
  });
});

describe('body size limit (16 KiB)', () => {
  const body = (bytes: number) => {
    const head = '{"slotId":"';
    return head + 'x'.repeat(bytes - head.length - 2) + '"}';
  };

  test('exactly the limit is read; one byte more is 413 (Content-Length)', async () => {
    refill();
    const atLimit = await call(t.base, 'POST', '/v1/holds', body(MAX_BODY_BYTES));
    assert.equal(atLimit.status, 409); // read, understood, not a slot
    const over = await call(t.base, 'POST', '/v1/holds', body(MAX_BODY_BYTES + 1));
    assert.equal(over.status, 413);
    assert.equal(over.body.type, '/problems/payload-too-large');
  });

  test('413 when a body without Content-Length (chunked) streams past the limit', async () => {
    refill();
    const chunk = new TextEncoder().encode('x'.repeat(4096));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // 256 KiB in all, far past the limit.
        if (sent++ < 64) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const r = await fetch(`${t.base}/v1/holds`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    // No Content-Length was sent (a stream goes chunked): only counting the bytes can give 413.
    assert.equal(r.status, 413);
    assert.equal((await r.json()).type, '/problems/payload-too-large');
  });

  test('a large Content-Length is refused before the body is read', async () => {
    refill();
    const r = await fetch(`${t.base}/v1/bookings/00000000-0000-4000-8000-000000000000`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: 'x'.repeat(1_000_000),
    });
    assert.equal(r.status, 413);
    assert.equal(r.headers.get('connection'), 'close');
  });
});

describe('rate limit', () => {
  test('429 with Retry-After once the bucket is empty; tokens come back with time', async () => {
    refill();
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await call(t.base, 'GET', '/v1/services')).status);
    assert.deepEqual(statuses, [200, 200, 200, 200, 429]);
    const limited = await call(t.base, 'GET', '/v1/availability', undefined, { Origin: ORIGIN });
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '1');
    assert.equal(limited.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal(limited.body.type, '/problems/rate-limited');
    t.clock.advance(1000);
    assert.equal((await call(t.base, 'GET', '/v1/services')).status, 200);
    assert.equal((await call(t.base, 'GET', '/v1/services')).status, 429);
  });

  test('health checks and preflights are not counted', async () => {
    refill();
    for (let i = 0; i < 10; i++) {
      assert.equal((await call(t.base, 'GET', '/healthz')).status, 200);
      const preflight = await fetch(`${t.base}/v1/holds`, {
        method: 'OPTIONS',
        headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST' },
      });
      assert.equal(preflight.status, 204);
    }
    for (let i = 0; i < 4; i++)
      assert.equal((await call(t.base, 'GET', '/v1/services')).status, 200);
  });

  test('X-Forwarded-For counts only with trustProxy, and then by its last address', async () => {
    const clock = new Clock();
    const make = (trustProxy: boolean) =>
      createApp({
        db,
        config: testConfig(),
        now: clock.now,
        log: () => {},
        rateLimit: { perMinute: 60, burst: 1 },
        trustProxy,
      });
    const get = (app: ReturnType<typeof createApp>, forwarded: string) =>
      Promise.resolve(
        app.request('/v1/services', { headers: { 'X-Forwarded-For': forwarded } }),
      ).then((r) => r.status);
    const trusting = make(true);
    assert.equal(await get(trusting, '203.0.113.9, 198.51.100.1'), 200);
    assert.equal(await get(trusting, '203.0.113.9, 198.51.100.2'), 200); // another client
    assert.equal(await get(trusting, '192.0.2.77, 198.51.100.1'), 429); // a forged first entry changes nothing
    const untrusting = make(false);
    assert.equal(await get(untrusting, '198.51.100.1'), 200);
    assert.equal(await get(untrusting, '198.51.100.2'), 429); // all the same socket
  });

  test('TokenBuckets: burst, refill rate, wait time, and forgetting full buckets', () => {
    const buckets = new TokenBuckets({ perMinute: 30, burst: 2 }); // one token per 2 s
    assert.equal(buckets.take('a', 0), 0);
    assert.equal(buckets.take('a', 0), 0);
    assert.equal(buckets.take('a', 0), 2);
    assert.equal(buckets.take('a', 1000), 1);
    assert.equal(buckets.take('a', 2000), 0);
    assert.equal(buckets.take('b', 2000), 0, 'each key has its own bucket');
    buckets.sweep(3000);
    assert.equal(buckets.size, 2, 'not full yet');
    buckets.sweep(10_000);
    assert.equal(buckets.size, 0);
  });

  test('clientKeyOf: IPv4 as it is, IPv4-mapped IPv6 as IPv4, IPv6 by its /64', () => {
    assert.equal(clientKeyOf('203.0.113.9'), '203.0.113.9');
    assert.equal(clientKeyOf('::ffff:203.0.113.9'), '203.0.113.9');
    assert.equal(clientKeyOf('2001:db8:85a3:0001:0000:8a2e:0370:7334'), '2001:db8:85a3:1::/64');
    assert.equal(clientKeyOf('2001:DB8:85a3:1::1'), '2001:db8:85a3:1::/64');
    assert.equal(clientKeyOf('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(clientKeyOf('::1'), '0:0:0:0::/64');
  });
});
