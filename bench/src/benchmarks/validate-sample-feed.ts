import { validateFeed } from '../../../packages/feed/src/index.ts';
import { fetchText } from '../feeds.ts';
import { defineBenchmark } from '../harness.ts';

/** The part of "loadFeed + validate" that is our code: validating the parsed sample feed, no HTTP. */
export const validateSampleFeed = defineBenchmark({
  name: 'validateFeed, sample feed',
  budgetMs: null,
  setup: (context) => fetchText(context.sampleFeedUrl),
  prepare: (text) => JSON.parse(text) as unknown,
  run: (data) => validateFeed(data),
});
