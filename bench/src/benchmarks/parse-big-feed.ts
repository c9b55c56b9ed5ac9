import { bigFeedText } from '../feeds.ts';
import { defineBenchmark } from '../harness.ts';

/** What the browser spends before validation even starts: reported so the validation figure can exclude it. */
export const parseBigFeed = defineBenchmark({
  name: 'JSON.parse, 10,000-course feed',
  budgetMs: null,
  setup: (context) => bigFeedText(context),
  run: (text) => JSON.parse(text),
});
