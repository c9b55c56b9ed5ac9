import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { courseFacets, type FacetValue } from '../src/query/course-facets.ts';
import { type CourseFilter, filterCourses } from '../src/query/courses.ts';
import { manyCourses, queryFeed } from './helpers/query-feed.ts';

const feed = queryFeed();
/** Friday 20 March 2026, 10:00 in Stockholm. */
const NOW = new Date('2026-03-20T10:00+01:00');
const counts = <T>(values: FacetValue<T>[]) =>
  values.map((v) => `${v.value}:${v.count}${v.selected ? '*' : ''}`);

describe('courseFacets', () => {
  it('counts every value some course has, in a useful order', () => {
    const facets = courseFacets(feed, {}, { now: NOW });
    assert.equal(facets.total, 12);
    assert.equal(facets.openNow, 5);
    // Feed order.
    assert.deepEqual(counts(facets.subjects), [
      'math:2',
      'physics:2',
      'nursing:2',
      'it:2',
      'business:1',
    ]);
    assert.deepEqual(counts(facets.providers), [
      'kth:2',
      'miun:4',
      'yh-norr:1',
      'komvux:4',
      'volvo:1',
    ]);
    assert.deepEqual(counts(facets.centres), [
      'kalix:3',
      'soderhamn:2',
      'lindesberg:2',
      'motala:1',
      'vaggeryd:1',
      'varberg:1',
      'flen:1',
    ]);
    // Vocabulary order; "master" has no course and is left out.
    assert.deepEqual(counts(facets.levels), [
      'preparatory:1',
      'upper-secondary:3',
      'vocational:1',
      'bachelor:4',
      'continuing-education:1',
      'contract-education:1',
      'other:1',
    ]);
    assert.deepEqual(counts(facets.modes), ['distance:4', 'hybrid:3', 'on-site:5']);
    // Ascending, and chronological.
    assert.deepEqual(counts(facets.pace), ['25:2', '50:4', '100:4']);
    assert.deepEqual(counts(facets.startTerms), [
      '2026-VT:2',
      '2026-ST:1',
      '2026-HT:6',
      '2027-VT:2',
    ]);
  });

  it("counts each facet without its own filter, so other choices don't drop to 0", () => {
    const facets = courseFacets(feed, { subjects: ['math'], modes: ['distance'] }, { now: NOW });
    assert.equal(facets.total, 1);
    // Subjects among distance courses; math is chosen.
    assert.deepEqual(counts(facets.subjects), [
      'math:1*',
      'physics:0',
      'nursing:1',
      'it:1',
      'business:0',
    ]);
    // Modes among math courses.
    assert.deepEqual(counts(facets.modes), ['distance:1*', 'hybrid:1', 'on-site:0']);
    // Everything else among math distance courses.
    assert.deepEqual(
      facets.levels.filter((v) => v.count > 0).map((v) => v.value),
      ['bachelor'],
    );
  });

  it('counts open courses among those matching the rest of the filter', () => {
    const facets = courseFacets(feed, { openNow: true, subjects: ['nursing'] }, { now: NOW });
    assert.equal(facets.total, 1);
    assert.equal(facets.openNow, 1);
    assert.deepEqual(counts(facets.subjects), [
      'math:2',
      'physics:1',
      'nursing:1*',
      'it:1',
      'business:0',
    ]);
    const nursingOnly = courseFacets(feed, { subjects: ['nursing'] }, { now: NOW });
    assert.equal(nursingOnly.openNow, 1, 'of Undersköterska (open) and Demens (closed)');
  });

  it('leaves the openNow count out without a time', () => {
    assert.equal('openNow' in courseFacets(feed), false);
    assert.throws(() => courseFacets(feed, { openNow: true }), TypeError);
  });

  it('applies text and start-date filters to every facet', () => {
    const vard = courseFacets(feed, { q: 'vård' });
    assert.equal(vard.total, 2);
    assert.deepEqual(
      vard.levels.filter((v) => v.count).map((v) => v.value),
      ['upper-secondary', 'continuing-education'],
    );
    const later = courseFacets(feed, { startsFrom: '2027-01-01' });
    assert.deepEqual(counts(later.subjects), [
      'math:0',
      'physics:0',
      'nursing:0',
      'it:1',
      'business:1',
    ]);
  });

  it('gives for each value exactly what choosing only that value would give', () => {
    const filters: CourseFilter[] = [
      {},
      { subjects: ['math', 'nursing'] },
      { levels: ['bachelor'], pace: [50, 100] },
      { q: 'a', centres: ['kalix', 'lindesberg'], openNow: true },
      { startTerms: ['2026-HT'], modes: ['hybrid', 'on-site'], providers: ['komvux', 'kth'] },
    ];
    for (const filter of filters) {
      const facets = courseFacets(feed, filter, { now: NOW });
      const size = (f: CourseFilter) => filterCourses(feed, f, { now: NOW }).length;
      assert.equal(facets.total, size(filter));
      assert.equal(facets.openNow, size({ ...filter, openNow: true }));
      for (const key of [
        'subjects',
        'levels',
        'modes',
        'pace',
        'providers',
        'centres',
        'startTerms',
      ] as const)
        for (const { value, count } of facets[key] as FacetValue<string | number>[])
          assert.equal(
            count,
            size({ ...filter, [key]: [value] }),
            `${JSON.stringify(filter)} ${key}=${value}`,
          );
    }
  });

  it('counts 10,000 courses in a few milliseconds', () => {
    const big = { ...feed, courses: manyCourses(feed, 10_000) };
    const filter: CourseFilter = {
      levels: ['bachelor'],
      pace: [50],
      openNow: true,
      subjects: ['math'],
    };
    courseFacets(big, filter, { now: NOW }); // builds and keeps the facet index
    let best = Infinity;
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      courseFacets(big, filter, { now: NOW });
      best = Math.min(best, performance.now() - t);
    }
    assert.ok(best < 10, `courseFacets took ${best.toFixed(2)} ms`);
  });
});
