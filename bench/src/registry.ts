import type { Benchmark } from './harness.ts';
import {
  courseFinderFirstRender,
  courseFinderKeystroke,
  plainListFirstRender,
  plainListKeystroke,
} from './benchmarks/course-finder.ts';
import { centreFinderRender } from './benchmarks/centre-finder.ts';
import { eventCalendarMonth, fullCalendarMonth } from './benchmarks/event-calendar-month.ts';
import { fetchSampleFeed } from './benchmarks/fetch-sample-feed.ts';
import { filterCoursesFirstSearch, filterCoursesIndexed } from './benchmarks/filter-courses.ts';
import { loadSampleFeed, loadSampleFeedOverHttp } from './benchmarks/load-sample-feed.ts';
import { partnerLogosMarqueeRender, partnerLogosRender } from './benchmarks/partner-logos.ts';
import { parseBigFeed } from './benchmarks/parse-big-feed.ts';
import { validateBigFeed } from './benchmarks/validate-big-feed.ts';
import { validateSampleFeed } from './benchmarks/validate-sample-feed.ts';

/** Every benchmark `pnpm bench` runs, in this order. Add a file under benchmarks/ and list it here. */
export const benchmarks: readonly Benchmark[] = [
  validateBigFeed,
  parseBigFeed,
  loadSampleFeed,
  loadSampleFeedOverHttp,
  fetchSampleFeed,
  validateSampleFeed,
  filterCoursesFirstSearch,
  filterCoursesIndexed,
  courseFinderFirstRender,
  plainListFirstRender,
  courseFinderKeystroke,
  plainListKeystroke,
  partnerLogosRender,
  partnerLogosMarqueeRender,
  centreFinderRender,
  eventCalendarMonth,
  fullCalendarMonth,
];
