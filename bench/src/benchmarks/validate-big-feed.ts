import { validateFeed, type FeedValidation } from '../../../packages/feed/src/index.ts';
import { bigFeedText } from '../feeds.ts';
import { defineBenchmark } from '../harness.ts';

/** Issue #3 budget: validating the 10,000-course / 2,000-event feed, JSON.parse excluded. */
export const validateBigFeed = defineBenchmark({
  name: 'validateFeed, 10,000 courses / 2,000 events',
  budgetMs: 150,
  runs: 15,
  setup: async (context) => ({ context, text: await bigFeedText(context) }),
  // A fresh parse per run: the loader validates a freshly parsed object too.
  prepare: ({ text }) => JSON.parse(text) as unknown,
  run: (data) => validateFeed(data),
  verify: (output, { context }) => {
    const { feed } = output as FeedValidation;
    if (
      feed.courses.length !== context.bigFeedCourses ||
      feed.events.length !== context.bigFeedEvents
    ) {
      throw new Error(
        `expected ${context.bigFeedCourses} courses and ${context.bigFeedEvents} events to survive validation, got ${feed.courses.length} and ${feed.events.length}`,
      );
    }
  },
});
