// loadFeed in a real browser (Chromium): the browser's own fetch and streams,
// against the fault endpoints the test server serves on its own origin
// (/__faults/…, scripts/test-server-middleware.mjs).
import { expect } from '@open-wc/testing';
import { FeedLoadError, clearFeedCache, loadFeed, type FeedErrorKind } from '../src/index.ts';

/** A run-unique value: the fault server's counters are shared by every test file. */
const run = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
let serial = 0;
const fault = (path: string) =>
  `/__faults/${path}${path.includes('?') ? '&' : '?'}n=${run}-${++serial}`;

async function rejection(promise: Promise<unknown>, kind: FeedErrorKind): Promise<FeedLoadError> {
  let error: unknown;
  try {
    await promise;
  } catch (caught) {
    error = caught;
  }
  expect(error, `expected a FeedLoadError of kind ${kind}`).to.be.instanceOf(FeedLoadError);
  expect((error as FeedLoadError).kind, (error as Error).message).to.equal(kind);
  return error as FeedLoadError;
}

describe('loadFeed in the browser', () => {
  beforeEach(() => clearFeedCache());

  it('http: 404, with the status and the absolute URL', async () => {
    const error = await rejection(loadFeed(fault('404')), 'http');
    expect(error.status).to.equal(404);
    expect(error.url.startsWith(location.origin)).to.equal(true);
  });

  it('http: 500', async () => {
    expect((await rejection(loadFeed(fault('500')), 'http')).status).to.equal(500);
  });

  it('parse: invalid JSON', async () => {
    const error = await rejection(loadFeed(fault('invalid-json')), 'parse');
    expect(error.message).to.match(/^The feed is not valid JSON: /);
  });

  it('schema: JSON without a version', async () => {
    const error = await rejection(loadFeed(fault('status?code=200')), 'schema');
    expect(error.issues.map((issue) => issue.path)).to.deep.equal(['version']);
  });

  it('timeout: a slow response against timeoutMs 200', async () => {
    const started = performance.now();
    await rejection(loadFeed(fault('slow?ms=3000'), { timeoutMs: 200 }), 'timeout');
    expect(performance.now() - started).to.be.below(2000);
  });

  it('too-large: 6 MB streamed without Content-Length', async () => {
    await rejection(loadFeed(fault('huge')), 'too-large');
  });

  it('too-large: 6 MB with Content-Length', async () => {
    await rejection(loadFeed(fault('huge-with-length')), 'too-large');
  });

  it('network: a server that cannot be reached', async () => {
    // Port 9 (discard) is closed on test machines and blocked by browsers anyway.
    await rejection(loadFeed('http://127.0.0.1:9/feed.json'), 'network');
  });

  it('aborted: the caller gives up, and the others still get the feed', async () => {
    const url = fault('slow?ms=300');
    const controller = new AbortController();
    const leaving = loadFeed(url, { signal: controller.signal });
    const staying = loadFeed(url);
    setTimeout(() => controller.abort(), 30);
    await rejection(leaving, 'aborted');
    expect((await staying).feed.version).to.equal('1.0');
  });

  it('shares one request among many callers', async () => {
    const key = `shared-${run}`;
    const url = fault(`counted?key=${key}`);
    const results = await Promise.all(Array.from({ length: 6 }, () => loadFeed(url)));
    expect(new Set(results).size).to.equal(1);
    const { count } = await (await fetch(`/__faults/echo-count?key=${key}`)).json();
    expect(count).to.equal(1);
    expect(results[0].feed.language).to.equal('sv');
  });

  it('does not cache a failure: a retry requests again', async () => {
    const url = fault('slow?ms=300');
    await rejection(loadFeed(url, { timeoutMs: 50 }), 'timeout');
    expect((await loadFeed(url)).feed.version).to.equal('1.0');
  });
});
