import { defineBenchmark } from '../harness.ts';

/**
 * The floor under "loadFeed + validate": one HTTP round trip for the same file
 * in this browser, with no parsing or validation. Reported so that a slow
 * machine or network stack is not mistaken for slow feed code.
 */
export const fetchSampleFeed = defineBenchmark({
  name: 'fetch only, sample feed over HTTP',
  budgetMs: null,
  setup: (context) => context.sampleFeedUrl,
  run: async (url) => (await fetch(url, { credentials: 'omit' })).text(),
});
