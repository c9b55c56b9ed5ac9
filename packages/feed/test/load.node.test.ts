// loadFeed against a real local HTTP server that misbehaves on purpose
// (scripts/test-server.mjs): every error kind, the shared request, the cache.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startFaultServer, type FaultServer } from '../../../scripts/test-server.mjs';
import {
  DEFAULT_MAX_BYTES,
  FeedLoadError,
  clearFeedCache,
  formatBytes,
  type FeedErrorKind,
} from '../src/load.ts';
import { loadFeed, parseFeed } from '../src/load-feed.ts';

const FEED = {
  version: '1.0',
  publisher: { name: 'Lärcentrum' },
  language: 'sv',
  timeZone: 'Europe/Stockholm',
  updated: '2026-01-01T00:00:00Z',
};

let server: FaultServer;
let serial = 0;

/** A fault URL no other test uses, so the per-URL cache never carries over. */
const fault = (path: string) =>
  `${server.url}/__faults/${path}${path.includes('?') ? '&' : '?'}n=${++serial}`;

/** A `fetch` that counts its calls. */
function countingFetch(respond: typeof fetch = fetch) {
  const calls: string[] = [];
  const counted: typeof fetch = (input, init) => {
    calls.push(String(input));
    return respond(input, init);
  };
  return { fetch: counted, calls };
}

async function rejection(promise: Promise<unknown>, kind: FeedErrorKind): Promise<FeedLoadError> {
  const error = await promise.then(
    () => assert.fail(`expected a FeedLoadError of kind ${kind}`),
    (e: unknown) => e,
  );
  assert.ok(error instanceof FeedLoadError, `rejected with ${String(error)}`);
  assert.equal(error.kind, kind, error.message);
  return error;
}

before(async () => {
  server = await startFaultServer();
});
after(() => server.close());
beforeEach(() => clearFeedCache());

describe('loadFeed: error kinds', () => {
  it('network: nothing listens at the address', async () => {
    const gone = await startFaultServer(); // a port that was just free, and is again
    await gone.close();
    const url = `${gone.url}/feed.json`;
    const error = await rejection(loadFeed(url), 'network');
    assert.equal(error.url, url);
    assert.match(error.message, /could not be reached/);
  });

  for (const status of [404, 500]) {
    it(`http: ${status}, with the status`, async () => {
      const url = fault(String(status));
      const error = await rejection(loadFeed(url), 'http');
      assert.equal(error.status, status);
      assert.equal(error.url, url);
      assert.match(error.message, new RegExp(`answered ${status}`));
    });
  }

  it('http: any other non-2xx status', async () => {
    assert.equal((await rejection(loadFeed(fault('status?code=503')), 'http')).status, 503);
  });

  it('timeout: a response slower than timeoutMs', async () => {
    const started = performance.now();
    const error = await rejection(loadFeed(fault('slow?ms=3000'), { timeoutMs: 200 }), 'timeout');
    const elapsed = performance.now() - started;
    assert.ok(elapsed >= 150 && elapsed < 2000, `gave up after ${Math.round(elapsed)} ms`);
    assert.match(error.message, /within 0\.2 s/);
  });

  it('parse: a body that is not JSON', async () => {
    const error = await rejection(loadFeed(fault('invalid-json')), 'parse');
    assert.match(error.message, /^The feed is not valid JSON: /);
  });

  it('schema: JSON without a version', async () => {
    const error = await rejection(loadFeed(fault('status?code=200')), 'schema');
    assert.deepEqual(
      error.issues.map((issue) => [issue.path, issue.rule, issue.severity]),
      [['version', 'schema', 'error']],
    );
    assert.match(error.message, /version: is required/);
  });

  for (const route of ['huge', 'huge-with-length']) {
    it(`too-large: a 6 MB body ${route === 'huge' ? 'without' : 'with'} Content-Length, default 5 MB cap`, async () => {
      const started = performance.now();
      const error = await rejection(loadFeed(fault(route)), 'too-large');
      assert.equal(
        error.message,
        `The feed is larger than 5 MB (${error.url}); split it or raise the limit.`,
      );
      assert.ok(performance.now() - started < 5000);
    });
  }

  it('too-large: counts bytes as they arrive against a small maxBytes', async () => {
    const error = await rejection(
      loadFeed(fault('huge?bytes=20000'), { maxBytes: 10_000 }),
      'too-large',
    );
    assert.match(error.message, /larger than 9\.8 kB/);
  });

  it('loads a body just under maxBytes', async () => {
    const { feed, issues } = await loadFeed(fault('huge?bytes=20000'), { maxBytes: 20_000 });
    assert.equal(feed.version, '1.0');
    assert.ok(
      issues.some((issue) => issue.path === 'padding' && issue.rule === 'unknown-property'),
    );
  });

  it('aborted: the caller signal fires while loading', async () => {
    const controller = new AbortController();
    const pending = loadFeed(fault('slow?ms=2000'), { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await rejection(pending, 'aborted');
  });

  it('aborted: an already aborted signal starts no request', async () => {
    const { fetch, calls } = countingFetch();
    await rejection(
      loadFeed(fault('counted?key=pre-aborted'), { signal: AbortSignal.abort(), fetch }),
      'aborted',
    );
    assert.deepEqual(calls, []);
  });
});

describe('loadFeed: one request per URL', () => {
  it('makes one request however many callers ask at once', async () => {
    const url = fault('counted?key=shared');
    const results = await Promise.all(Array.from({ length: 8 }, () => loadFeed(url)));
    assert.equal(server.counts.get('shared'), 1);
    assert.ok(
      results.every((result) => result === results[0]),
      'every caller gets the same result',
    );
    const echo = await (await fetch(`${server.url}/__faults/echo-count?key=shared`)).json();
    assert.deepEqual(echo, { key: 'shared', count: 1 });
  });

  it('answers later callers from the cache', async () => {
    const url = fault('counted?key=later');
    await loadFeed(url);
    await loadFeed(url);
    assert.equal(server.counts.get('later'), 1);
  });

  it('treats two spellings of one URL as one (URLs are resolved first)', async () => {
    const url = fault('counted?key=spelling');
    await Promise.all([loadFeed(url), loadFeed(url.replace('/__faults/', '/__faults/./'))]);
    assert.equal(server.counts.get('spelling'), 1);
  });

  it('does not cache a failed load: the next call tries again', async () => {
    const { fetch, calls } = countingFetch();
    const url = fault('500');
    await rejection(loadFeed(url, { fetch }), 'http');
    await rejection(loadFeed(url, { fetch }), 'http');
    assert.equal(calls.length, 2);
  });

  it('a retry after a timeout can succeed', async () => {
    const url = fault('slow?ms=300');
    await rejection(loadFeed(url, { timeoutMs: 50 }), 'timeout');
    const { feed } = await loadFeed(url, { timeoutMs: 5000 });
    assert.equal(feed.version, '1.0');
  });

  it('reload fetches again and the new result replaces the cached one', async () => {
    const url = fault('counted?key=reload');
    const first = await loadFeed(url);
    const second = await loadFeed(url, { reload: true });
    assert.equal(server.counts.get('reload'), 2);
    assert.notEqual(second, first);
    assert.equal(await loadFeed(url), second);
    assert.equal(server.counts.get('reload'), 2);
  });

  it('clearFeedCache forgets one URL or all', async () => {
    const a = fault('counted?key=clear-a');
    const b = fault('counted?key=clear-b');
    await Promise.all([loadFeed(a), loadFeed(b)]);
    clearFeedCache(a);
    await Promise.all([loadFeed(a), loadFeed(b)]);
    assert.deepEqual([server.counts.get('clear-a'), server.counts.get('clear-b')], [2, 1]);
    clearFeedCache();
    await loadFeed(b);
    assert.equal(server.counts.get('clear-b'), 2);
  });

  it("one caller's abort does not cancel the shared load for the others", async () => {
    const url = fault('slow?ms=300');
    const controller = new AbortController();
    const leaving = loadFeed(url, { signal: controller.signal });
    const staying = loadFeed(url);
    setTimeout(() => controller.abort(), 30);
    await rejection(leaving, 'aborted');
    const { feed } = await staying;
    assert.equal(feed.version, '1.0');
  });
});

describe('loadFeed: the body', () => {
  const respond = (body: BodyInit) => countingFetch(async () => new Response(body)).fetch;

  it('ignores a UTF-8 byte-order mark', async () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(JSON.stringify(FEED)),
    ]);
    const { feed, issues } = await loadFeed('https://feeds.example/bom.json', {
      fetch: respond(bytes),
    });
    assert.deepEqual(issues, []);
    assert.equal(feed.publisher.name, 'Lärcentrum');
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(FEED));
    const cut = bytes.indexOf(0xc3) + 1; // inside "ä"
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    const { feed } = await loadFeed('https://feeds.example/chunked.json', {
      fetch: respond(stream),
    });
    assert.equal(feed.publisher.name, 'Lärcentrum');
  });

  it('gives the issues of a usable feed with the feed', async () => {
    const body = JSON.stringify({ ...FEED, courses: [{ id: 'x' }] });
    const loaded = await loadFeed('https://feeds.example/issues.json', { fetch: respond(body) });
    assert.equal(loaded.url, 'https://feeds.example/issues.json');
    assert.deepEqual(loaded.feed.courses, []);
    assert.ok(loaded.issues.some((issue) => issue.path === 'courses[0].title'));
  });

  it('asks for JSON, without cookies', async () => {
    let init: RequestInit | undefined;
    const spy: typeof fetch = async (_input, given) => {
      init = given;
      return new Response(JSON.stringify(FEED));
    };
    await loadFeed('https://feeds.example/headers.json', { fetch: spy });
    assert.deepEqual(init?.headers, { Accept: 'application/json' });
    assert.equal(init?.credentials, 'omit');
  });
});

describe('parseFeed', () => {
  it('parses, ignores a BOM and validates', () => {
    const { feed, url } = parseFeed(`\uFEFF${JSON.stringify(FEED)}`, 'feed.json');
    assert.equal(url, 'feed.json');
    assert.equal(feed.language, 'sv');
  });

  it('throws parse and schema errors', () => {
    assert.throws(
      () => parseFeed('{', 'a.json'),
      (e: unknown) => e instanceof FeedLoadError && e.kind === 'parse',
    );
    assert.throws(
      () => parseFeed('{"version":"2.0"}', 'a.json'),
      (e: unknown) =>
        e instanceof FeedLoadError && e.kind === 'schema' && e.issues[0].path === 'version',
    );
  });
});

describe('formatBytes', () => {
  it('says sizes the way people do', () => {
    assert.equal(formatBytes(DEFAULT_MAX_BYTES), '5 MB');
    assert.equal(formatBytes(1.5 * 1024 * 1024), '1.5 MB');
    assert.equal(formatBytes(10_000), '9.8 kB');
    assert.equal(formatBytes(900), '900 bytes');
  });
});
