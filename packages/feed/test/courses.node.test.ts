import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { distanceKm } from '../src/query/centres.ts';
import {
  type CourseFilter,
  describeFilter,
  filterCourses,
  nearestCentres,
  sortCoursesByNearestCentre,
} from '../src/query/courses.ts';
import { createCourseSearchIndex } from '../src/query/search.ts';
import { courseById, ids, manyCourses, queryFeed } from './helpers/query-feed.ts';

const feed = queryFeed();
/** Friday 20 March 2026, 10:00 in Stockholm. */
const NOW = new Date('2026-03-20T10:00+01:00');
const find = (filter: CourseFilter, options = {}) =>
  ids(filterCourses(feed, filter, { now: NOW, ...options }));

describe('filterCourses', () => {
  it('gives every course, in feed order, for an empty filter', () => {
    assert.deepEqual(find({}), ids(feed.courses));
    assert.equal(filterCourses(feed, {}).length, 12, 'no time needed without openNow');
  });

  it('filters by subject: any of the subjects chosen', () => {
    assert.deepEqual(find({ subjects: ['math'] }), ['kth-basar', 'miun-matematik']);
    assert.deepEqual(find({ subjects: ['math', 'it'] }), [
      'kth-basar',
      'miun-matematik',
      'miun-python',
      'yh-inbyggda',
    ]);
  });

  it('filters by level and by mode', () => {
    assert.deepEqual(find({ levels: ['bachelor'] }), [
      'miun-matematik',
      'miun-python',
      'kth-ellara',
      'miun-foretagsekonomi',
    ]);
    assert.deepEqual(find({ modes: ['distance'] }), [
      'miun-matematik',
      'miun-python',
      'miun-demens',
      'komvux-studieteknik',
    ]);
  });

  it('filters by pace in per cent; a course without a pace never matches', () => {
    assert.deepEqual(find({ pace: [50] }), [
      'miun-matematik',
      'komvux-underskoterska',
      'kth-ellara',
      'komvux-cafe',
    ]);
    const fullOrHalf = find({ pace: [50, 100] });
    assert.equal(fullOrHalf.length, 8);
    assert.ok(
      !fullOrHalf.includes('komvux-studieteknik') && !fullOrHalf.includes('volvo-hydraulik'),
    );
  });

  it('filters by provider and by centre', () => {
    assert.deepEqual(find({ providers: ['komvux'] }), [
      'komvux-underskoterska',
      'komvux-sommarsvenska',
      'komvux-studieteknik',
      'komvux-cafe',
    ]);
    assert.deepEqual(find({ centres: ['kalix'] }), [
      'kth-basar',
      'komvux-underskoterska',
      'komvux-sommarsvenska',
    ]);
    assert.deepEqual(find({ centres: ['soderhamn', 'motala'] }), [
      'kth-basar',
      'miun-python',
      'kth-ellara',
    ]);
  });

  it('keeps courses one can apply for now', () => {
    assert.deepEqual(find({ openNow: true }), [
      'kth-basar',
      'miun-matematik',
      'yh-inbyggda',
      'komvux-underskoterska',
      'komvux-cafe',
    ]);
  });

  it("decides 'now' in the feed's time zone unless told otherwise", () => {
    // 00:30 on Saturday 21 March in Stockholm: the café course closed on the 20th.
    const lateFriday = new Date('2026-03-20T23:30:00Z');
    assert.ok(!find({ openNow: true }, { now: lateFriday }).includes('komvux-cafe'));
    assert.ok(
      find({ openNow: true }, { now: lateFriday, timeZone: 'UTC' }).includes('komvux-cafe'),
    );
  });

  it('needs a time for openNow: there is no hidden clock', () => {
    assert.throws(() => filterCourses(feed, { openNow: true }), TypeError);
  });

  it('filters by start date, both ends inclusive; a course without a start never matches', () => {
    assert.deepEqual(find({ startsFrom: '2026-08-17', startsTo: '2026-08-31' }), [
      'kth-basar',
      'miun-matematik',
      'yh-inbyggda',
      'kth-ellara',
    ]);
    assert.deepEqual(find({ startsFrom: '2027-01-01' }), ['miun-python', 'miun-foretagsekonomi']);
    assert.deepEqual(find({ startsTo: '2026-04-20' }), ['miun-demens', 'volvo-hydraulik']);
  });

  it('filters by start term', () => {
    assert.deepEqual(find({ startTerms: ['2026-ST'] }), ['komvux-sommarsvenska']);
    assert.deepEqual(find({ startTerms: ['2026-VT', '2027-VT'] }), [
      'miun-python',
      'miun-demens',
      'miun-foretagsekonomi',
      'volvo-hydraulik',
    ]);
  });

  it('searches text with the other filters (AND across filters)', () => {
    assert.deepEqual(find({ q: 'vård' }), ['komvux-underskoterska', 'miun-demens']);
    assert.deepEqual(find({ q: 'vård', openNow: true }), ['komvux-underskoterska']);
    assert.deepEqual(find({ q: 'Matematik', modes: ['distance'] }), ['miun-matematik']);
    assert.deepEqual(find({ q: 'kth', levels: ['bachelor'], centres: ['soderhamn'] }), [
      'kth-ellara',
    ]);
  });

  it("searches descriptions in the page's language", () => {
    assert.deepEqual(find({ q: 'labs at your' }, { language: 'en' }), ['kth-basar']);
    assert.deepEqual(find({ q: 'labs at your' }, { language: 'sv' }), []);
  });

  it('uses an index the caller built', () => {
    const index = createCourseSearchIndex(feed.courses, {
      ...feed,
      language: 'en',
      fallbackLanguage: 'sv',
    });
    assert.deepEqual(find({ q: 'labs at your' }, { index }), ['kth-basar']);
  });

  it('searches only the courses given when the caller passes a subset', () => {
    const subset = { ...feed, courses: feed.courses.filter((c) => c.provider === 'miun') };
    assert.deepEqual(ids(filterCourses(subset, { q: 'matematik' })), ['miun-matematik']);
    assert.deepEqual(ids(filterCourses(feed, { q: 'matematik' })), ['kth-basar', 'miun-matematik']);
  });

  it('ignores filter values it cannot read, as a URL might hold them', () => {
    const junk = {
      q: ' ,. ',
      subjects: [],
      pace: [Number.NaN],
      startsFrom: 'soon',
      startsTo: '2026-13-01',
      openNow: false,
      levels: 'bachelor',
    } as unknown as CourseFilter;
    assert.deepEqual(find(junk), ids(feed.courses));
  });

  it('filters 10,000 courses in a few milliseconds', () => {
    const big = { ...feed, courses: manyCourses(feed, 10_000) };
    const filter: CourseFilter = {
      q: 'vård',
      levels: ['bachelor', 'master'],
      pace: [50, 100],
      openNow: true,
    };
    filterCourses(big, filter, { now: NOW }); // builds and keeps the search index
    const words = ['vå', 'vår', 'vård', 'ma', 'mat', 'kem'];
    let best = Infinity;
    for (let i = 0; i < 12; i++) {
      const t = performance.now();
      filterCourses(big, { ...filter, q: words[i % words.length] }, { now: NOW });
      best = Math.min(best, performance.now() - t);
    }
    assert.ok(best < 10, `filterCourses took ${best.toFixed(2)} ms`);
  });
});

describe('describeFilter', () => {
  it('is empty when nothing filters', () => {
    assert.deepEqual(describeFilter({}), []);
    assert.deepEqual(describeFilter({ q: '  ', subjects: [], openNow: false }), []);
  });

  it('lists the active filters in a fixed order with clean values', () => {
    assert.deepEqual(
      describeFilter({
        startTerms: ['2026-HT'],
        startsTo: 'not a date',
        startsFrom: '2026-08-01',
        openNow: true,
        pace: [50, Number.NaN, 50],
        levels: [],
        subjects: ['math', 'math', 'physics'],
        q: '  python  ',
      }),
      [
        { key: 'q', value: 'python' },
        { key: 'subjects', value: ['math', 'physics'] },
        { key: 'pace', value: [50] },
        { key: 'openNow', value: true },
        { key: 'startsFrom', value: '2026-08-01' },
        { key: 'startTerms', value: ['2026-HT'] },
      ],
    );
  });

  it('names every kind of filter by its property, so a widget can clear it', () => {
    const filter: CourseFilter = {
      q: 'a',
      subjects: ['s'],
      levels: ['master'],
      modes: ['hybrid'],
      pace: [25],
      providers: ['p'],
      centres: ['c'],
      openNow: true,
      startsFrom: '2026-01-01',
      startsTo: '2026-12-31',
      startTerms: ['2026-VT'],
    };
    const active = describeFilter(filter);
    assert.deepEqual(
      active.map((a) => a.key),
      Object.keys(filter),
    );
    for (const { key, value } of active) assert.deepEqual(value, filter[key]);
  });
});

describe('sortCoursesByNearestCentre', () => {
  const motala = { lat: 58.54, lon: 15.04 };

  it('orders courses by their nearest centre; courses without one come last, in order', () => {
    const sorted = sortCoursesByNearestCentre(feed.courses, feed.centres, motala);
    assert.deepEqual(
      sorted.map((d) => `${d.course.id}@${d.centre?.id ?? '-'}`),
      [
        'miun-python@motala',
        'komvux-cafe@flen',
        'kth-basar@lindesberg', // of Kalix, Söderhamn and Lindesberg, the nearest
        'volvo-hydraulik@lindesberg', // a tie keeps feed order
        'yh-inbyggda@vaggeryd',
        'miun-foretagsekonomi@varberg',
        'kth-ellara@soderhamn',
        'komvux-underskoterska@kalix',
        'komvux-sommarsvenska@kalix',
        'miun-matematik@-',
        'miun-demens@-',
        'komvux-studieteknik@-',
      ],
    );
    const lindesberg = feed.centres.find((c) => c.id === 'lindesberg')!;
    assert.equal(sorted[2].distanceKm, distanceKm(motala, lindesberg.geo));
    assert.equal(sorted[11].distanceKm, undefined);
  });

  it('ignores centre ids the list does not have', () => {
    const sorted = sortCoursesByNearestCentre(
      [courseById(feed, 'kth-basar')],
      feed.centres.slice(1, 2),
      motala,
    );
    assert.equal(sorted[0].centre?.id, 'soderhamn');
    assert.equal(
      sortCoursesByNearestCentre([courseById(feed, 'kth-basar')], [], motala)[0].centre,
      undefined,
    );
  });
});

describe('nearestCentres', () => {
  it("lists a course's centres nearest first, with distances", () => {
    const near = nearestCentres(courseById(feed, 'kth-basar'), feed.centres, {
      lat: 61.3,
      lon: 17.06,
    });
    assert.deepEqual(
      near.map((d) => d.centre.id),
      ['soderhamn', 'lindesberg', 'kalix'],
    );
    assert.ok(near[0].distanceKm < 1);
    assert.deepEqual(
      nearestCentres(courseById(feed, 'miun-matematik'), feed.centres, { lat: 0, lon: 0 }),
      [],
    );
  });
});
