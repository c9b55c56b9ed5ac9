/**
 * `loadFeed` on the sample feed: reading the body, the size cap, decoding,
 * JSON.parse and validation. The budget row takes the body from memory, so it
 * times loadFeed's own work; the HTTP row adds Chromium's loopback fetch (on a
 * 2-core VM that alone is 7–12 ms for 136 kB, see "fetch only"), for comparison.
 */
import { clearFeedCache, loadFeed, type LoadedFeed } from '../../../packages/feed/src/index.ts';
import { defineBenchmark } from '../harness.ts';

function verify(output: unknown): void {
  const { feed } = output as LoadedFeed;
  if (feed.courses.length === 0) throw new Error('the sample feed has no usable courses');
}

export const loadSampleFeed = defineBenchmark({
  name: 'loadFeed + validate, sample feed (body from memory)',
  budgetMs: 10,
  setup: async (context) => ({
    url: context.sampleFeedUrl,
    bytes: await (await fetch(context.sampleFeedUrl)).arrayBuffer(),
  }),
  // Without this every run after the first would get the cached promise.
  prepare: (state) => {
    clearFeedCache();
    return state;
  },
  run: ({ url, bytes }) =>
    loadFeed(url, {
      // A fresh Response per run, as the network would hand it over.
      fetch: async () =>
        new Response(bytes.slice(0), {
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'content-length': String(bytes.byteLength),
          },
        }),
    }),
  verify,
});

export const loadSampleFeedOverHttp = defineBenchmark({
  name: 'loadFeed + validate, sample feed over HTTP (network included)',
  budgetMs: null,
  setup: (context) => context.sampleFeedUrl,
  prepare: (url) => {
    clearFeedCache();
    return url;
  },
  run: (url) => loadFeed(url),
  verify,
});
