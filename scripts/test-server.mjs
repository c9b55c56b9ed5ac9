// Fault responses for feed-loading tests, in one place for both test runners:
//
// - Browser tests (web-test-runner): scripts/test-server-middleware.mjs mounts
//   this on the dev server, so a test fetches e.g. `/__faults/404` (same origin).
// - Node tests (node:test): `const server = await startFaultServer()` starts a
//   real HTTP server on 127.0.0.1 (random port); fetch `${server.url}/__faults/404`
//   and `await server.close()` when done.
//
// Endpoints (all JSON, `Access-Control-Allow-Origin: *`, `Cache-Control: no-store`):
//   /__faults/404                 404 {"error":"not found"}
//   /__faults/500                 500 {"error":"internal server error"}
//   /__faults/status?code=N       status N (any 200..599) with a small JSON body
//   /__faults/invalid-json        200, body `{"version": "1.0",` (cut off)
//   /__faults/slow?ms=N           waits N ms (default 1000, at most 120 000), then 200 {"version":"1.0"}
//   /__faults/huge                200, ~6 MB of valid JSON, streamed WITHOUT Content-Length
//   /__faults/huge-with-length    the same body, with Content-Length
//        (both take ?bytes=N to change the size)
//   /__faults/counted?key=K       200, a minimal valid feed head; counts the request under K
//   /__faults/echo-count?key=K    200 {"key":"K","count":N}: how often /__faults/counted?key=K was requested
//   /__faults/reset-counts        forgets all counts
// Anything else under /__faults/ is a 404 with {"error":"unknown fault", ...}.

import { createServer } from 'node:http';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';

export const FAULT_PREFIX = '/__faults/';

/** The body of /__faults/invalid-json: JSON cut off mid-object. */
export const INVALID_JSON_BODY = '{"version": "1.0",';

/** The feed head /__faults/counted serves. */
export const COUNTED_FEED = {
  version: '1.0',
  publisher: { name: 'x' },
  language: 'sv',
  timeZone: 'Europe/Stockholm',
  updated: '2026-01-01T00:00:00Z',
};

/** Default size of /__faults/huge (just over the loader's 5 MB default limit). */
export const HUGE_BYTES = 6 * 1024 * 1024;

const MAX_SLOW_MS = 120_000;
const MAX_HUGE_BYTES = 64 * 1024 * 1024;

const BASE_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'no-store',
};

/**
 * Creates a fault handler with its own request counters.
 * The handler answers requests under /__faults/ and returns true; for any other
 * URL it does nothing and returns false (so a caller can pass it on).
 * @returns {((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean) & { counts: Map<string, number> }}
 */
export function createFaultHandler() {
  /** @type {Map<string, number>} */
  const counts = new Map();

  function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(FAULT_PREFIX)) return false;
    const fault = url.pathname.slice(FAULT_PREFIX.length).replace(/\/+$/, '');
    const params = url.searchParams;

    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...BASE_HEADERS,
        'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
        'Access-Control-Allow-Headers': '*',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return true;
    }

    switch (fault) {
      case '404':
        send(res, 404, { error: 'not found' });
        break;
      case '500':
        send(res, 500, { error: 'internal server error' });
        break;
      case 'status': {
        const code = Number(params.get('code'));
        const status = Number.isInteger(code) && code >= 200 && code <= 599 ? code : 500;
        send(res, status, { status });
        break;
      }
      case 'invalid-json':
        sendRaw(res, 200, INVALID_JSON_BODY);
        break;
      case 'slow': {
        const ms = clamp(Number(params.get('ms') ?? 1000), 0, MAX_SLOW_MS);
        const timer = setTimeout(() => send(res, 200, { version: '1.0' }), ms);
        // The client gave up (abort, timeout): don't keep the timer around.
        res.on('close', () => clearTimeout(timer));
        break;
      }
      case 'huge':
      case 'huge-with-length': {
        const bytes = clamp(Number(params.get('bytes') ?? HUGE_BYTES), 64, MAX_HUGE_BYTES);
        streamHuge(req, res, bytes, fault === 'huge-with-length');
        break;
      }
      case 'counted': {
        const key = params.get('key') ?? '';
        counts.set(key, (counts.get(key) ?? 0) + 1);
        send(res, 200, COUNTED_FEED);
        break;
      }
      case 'echo-count': {
        const key = params.get('key') ?? '';
        send(res, 200, { key, count: counts.get(key) ?? 0 });
        break;
      }
      case 'reset-counts':
        counts.clear();
        send(res, 200, { ok: true });
        break;
      default:
        send(res, 404, { error: 'unknown fault', fault, known: KNOWN_FAULTS });
    }
    return true;
  }

  return Object.assign(handle, { counts });
}

const KNOWN_FAULTS = [
  '404',
  '500',
  'status',
  'invalid-json',
  'slow',
  'huge',
  'huge-with-length',
  'counted',
  'echo-count',
  'reset-counts',
];

/** The shared handler (one set of counters per process). */
export const handleFault = createFaultHandler();

function clamp(n, min, max) {
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : min;
}

function send(res, status, value) {
  sendRaw(res, status, JSON.stringify(value));
}

function sendRaw(res, status, body) {
  if (res.writableEnded || res.destroyed) return;
  const buffer = Buffer.from(body, 'utf8');
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Length': String(buffer.length) });
  res.end(buffer);
}

/**
 * Streams a valid JSON document of exactly `bytes` bytes:
 * {"version":"1.0","padding":"xxxx…"} in 64 KiB chunks.
 * Without Content-Length the response is chunked, so a reader has to count.
 */
function streamHuge(req, res, bytes, withLength) {
  const head = '{"version":"1.0","padding":"';
  const tail = '"}';
  const fill = Math.max(0, bytes - head.length - tail.length);
  const headers = { ...BASE_HEADERS };
  if (withLength) headers['Content-Length'] = String(head.length + fill + tail.length);
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const CHUNK = 64 * 1024;
  const block = Buffer.alloc(CHUNK, 'x');
  let left = fill;
  let started = false;
  const pump = () => {
    if (!started) {
      started = true;
      if (!res.write(head)) return void res.once('drain', pump);
    }
    while (left > 0) {
      if (res.destroyed) return;
      const n = Math.min(CHUNK, left);
      left -= n;
      if (!res.write(n === CHUNK ? block : block.subarray(0, n))) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end(tail);
  };
  // The reader may cancel once it has seen too much: that is expected.
  res.on('error', () => {});
  pump();
}

/**
 * Starts a local HTTP server with the fault endpoints on 127.0.0.1 (port 0 by
 * default, i.e. a free one). Each server has its own counters.
 * @param {{ port?: number }} [options]
 * @returns {Promise<{ url: string, port: number, counts: Map<string, number>, close: () => Promise<void> }>}
 */
export function startFaultServer({ port = 0 } = {}) {
  const handler = createFaultHandler();
  const server = createServer((req, res) => {
    if (!handler(req, res)) send(res, 404, { error: 'not a fault URL', path: req.url });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${actualPort}`,
        port: actualPort,
        counts: handler.counts,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

// `node scripts/test-server.mjs [port]` runs it standalone, for poking with curl.
if (process.argv[1] && import.meta.url === pathToFileURL(resolvePath(process.argv[1])).href) {
  const server = await startFaultServer({ port: Number(process.argv[2] ?? 0) });
  console.log(`Fault server on ${server.url}${FAULT_PREFIX}`);
}
