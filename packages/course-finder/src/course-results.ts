/**
 * What a course finder shows for a feed, a filter and its settings: the
 * matching courses in order, the filters' counts and which filters are worth
 * offering. Each is worked out again only when something it depends on
 * changed, so "Visa fler" or opening a filter costs nothing here.
 */
import { type Course, type LoadedFeed } from '@learning-centre/feed/widget';
import {
  type CourseFacets,
  type CourseFilter,
  type CourseSearchIndex,
  courseFacets,
  createCourseSearchIndex,
  filterCourses,
  sortCoursesByNearestCentre,
} from '@learning-centre/feed/queries';
import { FACET_GROUPS } from './filter-form.ts';
import type { FacetKey } from './filter-labels.ts';
import type { CourseFinderSettings } from './settings.ts';

/** What the results depend on. */
export interface ResultsInput {
  loaded: LoadedFeed;
  /** The page's language: descriptions are searched in it. */
  language: string;
  /** The resident's filter (the settings' scope is added). */
  filter: CourseFilter;
  settings: CourseFinderSettings;
  /** The current time; default: the clock. */
  now?: Date;
}

const same = (memo: readonly unknown[], keys: readonly unknown[]) =>
  memo.length === keys.length && keys.every((key, i) => Object.is(key, memo[i]));

/**
 * Runs `work` after the next paint, when the browser is idle (within 100 ms),
 * or soon after the frame where there is no `requestIdleCallback` (Safari).
 */
function afterPaint(work: () => void): void {
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 100 });
    else setTimeout(work);
  });
}

export class CourseResults {
  /** The matching courses: feed order, or nearest first with `near`. */
  courses: Course[] = [];
  /** Counts for the filter controls; after a change they follow once the results are painted. */
  facets?: CourseFacets;
  /** The filters worth offering: two or more values in the scope, and not fixed by it. */
  groups: FacetKey[] = [];
  /** How many courses the page's scope holds (0: the widget's empty state). */
  scopeTotal = 0;
  /** The time the results were worked out for. */
  now = new Date();
  /** The search index of the feed, built once per feed and language. */
  index?: CourseSearchIndex;

  private readonly onFacets: () => void;
  private indexFor: unknown[] = [];
  private scopeFor: unknown[] = [];
  private computedFor: unknown[] = [];

  /** @param onFacets called when late counts have arrived (the element renders again) */
  constructor(onFacets: () => void) {
    this.onFacets = onFacets;
  }

  /**
   * Brings everything up to date with `input`.
   * @returns true when the index or the scope changed, so work bound to them (JSON-LD) is redone
   */
  update({ loaded, language, filter, settings, now }: ResultsInput): boolean {
    const { feed } = loaded;
    const { scope, near } = settings;
    if (!same(this.indexFor, [loaded, language])) {
      this.indexFor = [loaded, language];
      this.facets = undefined;
      this.index = createCourseSearchIndex(feed.courses, {
        language,
        fallbackLanguage: feed.language,
        providers: feed.providers,
        subjects: feed.subjects,
        centres: feed.centres,
      });
    }
    const scopeChanged = !same(this.scopeFor, [this.index, scope]);
    if (scopeChanged) {
      this.scopeFor = [this.index, scope];
      const inScope = courseFacets(feed, scope, { language, index: this.index });
      this.scopeTotal = inScope.total;
      this.groups = FACET_GROUPS.map(({ key }) => key).filter(
        (key) =>
          !(key === 'centres' && scope.centres) &&
          !(key === 'providers' && scope.providers) &&
          inScope[key].filter((value) => value.count > 0).length >= 2,
      );
    }

    const keys = [loaded, language, filter, settings, now];
    if (same(this.computedFor, keys)) return scopeChanged;
    this.computedFor = keys;
    this.now = now ?? new Date();
    const options = {
      now: this.now,
      timeZone: feed.timeZone,
      language,
      fallbackLanguage: feed.language,
      index: this.index,
    };
    const effective = { ...filter, ...scope };
    const courses = filterCourses(feed, effective, options);
    this.courses = near
      ? sortCoursesByNearestCentre(courses, feed.centres, near).map(({ course }) => course)
      : courses;
    // The results are what the reader waits for: after the first render the
    // counts in the filters follow once the results are painted.
    const count = () => courseFacets(feed, effective, options);
    if (!this.facets) this.facets = count();
    else {
      afterPaint(() => {
        if (this.computedFor !== keys) return; // a newer filter came first
        this.facets = count();
        this.onFacets();
      });
    }
    return scopeChanged;
  }

  /** The courses in the page's scope, in feed order (what search engines are told about). */
  inScope(loaded: LoadedFeed, settings: CourseFinderSettings): Course[] {
    return filterCourses(loaded.feed, settings.scope, { index: this.index });
  }
}
