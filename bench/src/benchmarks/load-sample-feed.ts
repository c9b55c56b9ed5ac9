import { clearFeedCache, loadFeed, type LoadedFeed } from '../../../packages/feed/src/index.ts';
import { defineBenchmark } from '../harness.ts';

/** Issue #3 budget: fetching, parsing and validating the sample feed over HTTP, as a widget does on page load. */
export const loadSampleFeed = defineBenchmark({
  name: 'loadFeed + validate, sample feed over HTTP',
  budgetMs: 10,
  setup: (context) => context.sampleFeedUrl,
  // Without this every run after the first would get the cached promise.
  prepare: (url) => {
    clearFeedCache();
    return url;
  },
  run: (url) => loadFeed(url),
  verify: (output) => {
    const { feed } = output as LoadedFeed;
    if (feed.courses.length === 0) throw new Error('the sample feed has no usable courses');
  },
});
