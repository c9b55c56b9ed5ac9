import type { Course, Feed } from '../../../packages/feed/src/index.ts';
import { filterCourses } from '../../../packages/feed/src/queries.ts';
import { bigFeed } from '../feeds.ts';
import { defineBenchmark } from '../harness.ts';

/**
 * A search that is sure to match whatever the generator wrote: a word from the
 * title of the course in the middle of the list, with its level and mode.
 */
function searchFrom(feed: Feed) {
  const course = feed.courses[Math.floor(feed.courses.length / 2)];
  const title = typeof course.title === 'string' ? course.title : Object.values(course.title)[0];
  const q = title.split(/[\s,.:;()–-]+/).find((w) => w.length >= 4);
  if (!q) throw new Error(`no search word in "${title}"`);
  return { feed, q, levels: [course.level], modes: [course.mode] };
}

function expectMatches(output: unknown): void {
  if ((output as Course[]).length === 0) throw new Error('the search found no course');
}

/**
 * The first keystroke in a course finder: the text index is built (kept per
 * course list, so each run gets a fresh list) and the courses filtered.
 */
export const filterCoursesFirstSearch = defineBenchmark({
  name: 'filterCourses, 10,000 courses, first search',
  budgetMs: null,
  runs: 11,
  setup: async (context) => searchFrom(await bigFeed(context)),
  prepare: ({ feed, q }) => ({ feed: { ...feed, courses: [...feed.courses] }, q }),
  run: ({ feed, q }) => filterCourses(feed, { q }),
  verify: expectMatches,
});

/** Every later render of a course finder: the index exists; a query plus two filters. */
export const filterCoursesIndexed = defineBenchmark({
  name: 'filterCourses, 10,000 courses, query + filters',
  budgetMs: null,
  setup: async (context) => {
    const search = searchFrom(await bigFeed(context));
    filterCourses(search.feed, { q: search.q });
    return search;
  },
  run: ({ feed, q, levels, modes }) => filterCourses(feed, { q, levels, modes }),
  verify: expectMatches,
});
