import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  COURSE_FILTER_PARAMS,
  courseFilterFromParams,
  courseFilterToParams,
  hasCourseFilterParams,
  readCourseFilter,
} from '../src/query/course-finder-params.ts';
import type { CourseFilter } from '../src/query/courses.ts';

const read = (values: Record<string, string>) => readCourseFilter((param) => values[param]);

describe('readCourseFilter', () => {
  it('reads every kind of value', () => {
    const { filter, rejected } = read({
      q: '  vård  ',
      subject: 'math, physics,,',
      level: 'bachelor,Master',
      mode: 'distance',
      pace: '50,100 %',
      provider: 'miun',
      centre: 'kalix,motala',
      term: '2026-ht,2027-VT',
      from: '2026-08-01',
      to: '2026-12-31',
      open: '1',
    });
    assert.deepEqual(filter, {
      q: 'vård',
      subjects: ['math', 'physics'],
      levels: ['bachelor', 'master'],
      modes: ['distance'],
      pace: [50, 100],
      providers: ['miun'],
      centres: ['kalix', 'motala'],
      startTerms: ['2026-HT', '2027-VT'],
      startsFrom: '2026-08-01',
      startsTo: '2026-12-31',
      openNow: true,
    } satisfies CourseFilter);
    assert.deepEqual(rejected, []);
  });

  it('leaves out what is not given, blank, or a list of nothing', () => {
    assert.deepEqual(read({}), { filter: {}, rejected: [] });
    assert.deepEqual(read({ q: '   ', subject: ' , ', from: '' }).filter, {});
  });

  it('drops repeated values', () => {
    assert.deepEqual(read({ mode: 'distance,distance,hybrid' }).filter, {
      modes: ['distance', 'hybrid'],
    });
  });

  it('rejects values outside the vocabularies and says what is allowed', () => {
    const { filter, rejected } = read({
      level: 'bachelor,phd',
      mode: 'online',
      pace: '0,150,abc,25',
      term: 'autumn',
      from: '1 March',
      open: 'maybe',
    });
    assert.deepEqual(filter, { levels: ['bachelor'], pace: [25] });
    assert.deepEqual(
      rejected.map((r) => [r.param, r.value]),
      [
        ['level', 'phd'],
        ['mode', 'online'],
        ['pace', '0'],
        ['pace', '150'],
        ['pace', 'abc'],
        ['term', 'autumn'],
        ['from', '1 March'],
        ['open', 'maybe'],
      ],
    );
    assert.match(rejected[0].allowed, /^preparatory, upper-secondary, .*bachelor.*other$/);
    assert.equal(rejected[1].allowed, 'distance, hybrid, on-site');
  });

  it('reads open as a switch: empty and yes-words on, no-words off', () => {
    for (const on of ['', '1', 'true', 'ja', 'YES']) {
      assert.equal(read({ open: on }).filter.openNow, true, on);
    }
    for (const off of ['0', 'false', 'nej']) {
      assert.deepEqual(read({ open: off }), { filter: {}, rejected: [] }, off);
    }
  });
});

describe('courseFilterToParams / courseFilterFromParams', () => {
  const filter: CourseFilter = {
    q: 'sjuk vård',
    subjects: ['health'],
    levels: ['vocational'],
    modes: ['distance', 'hybrid'],
    pace: [50],
    providers: ['yh-1'],
    centres: ['kalix'],
    openNow: true,
    startTerms: ['2026-HT'],
  };

  it('writes prefixed keys in a fixed order and reads them back', () => {
    const params = courseFilterToParams(filter);
    assert.equal(
      params.toString(),
      'lc-q=sjuk+vård'.replace('vård', encodeURIComponent('vård')) +
        '&lc-subject=health&lc-level=vocational&lc-mode=distance%2Chybrid&lc-pace=50' +
        '&lc-provider=yh-1&lc-centre=kalix&lc-open=1&lc-term=2026-HT',
    );
    assert.deepEqual(courseFilterFromParams(params), filter);
  });

  it("keeps the page's own keys and replaces the old filter's", () => {
    const params = courseFilterToParams(
      { modes: ['on-site'] },
      '?page=kurser&lc-q=old&lc-subject=x&utm_source=mail',
    );
    assert.equal(params.toString(), 'page=kurser&utm_source=mail&lc-mode=on-site');
  });

  it('writes nothing for an empty filter, and nothing of ours is left', () => {
    const params = courseFilterToParams({ q: '  ', subjects: [] }, 'lc-open=1&a=b');
    assert.equal(params.toString(), 'a=b');
    assert.equal(hasCourseFilterParams(params), false);
  });

  it('takes another prefix, for two finders on one page', () => {
    const params = courseFilterToParams({ q: 'el' }, '', 'yh-');
    assert.equal(params.toString(), 'yh-q=el');
    assert.deepEqual(courseFilterFromParams(params), {});
    assert.deepEqual(courseFilterFromParams(params, 'yh-'), { q: 'el' });
  });

  it('knows whether an address holds a filter', () => {
    assert.equal(hasCourseFilterParams(new URLSearchParams('lc-term=2026-HT')), true);
    assert.equal(hasCourseFilterParams(new URLSearchParams('q=x&term=2026-HT')), false);
    assert.equal(
      Object.values(COURSE_FILTER_PARAMS).every((p) =>
        hasCourseFilterParams(new URLSearchParams(`lc-${p}=`)),
      ),
      true,
    );
  });

  it('ignores unusable values in an edited address', () => {
    assert.deepEqual(
      courseFilterFromParams(new URLSearchParams('lc-level=phd&lc-mode=hybrid&lc-open=perhaps')),
      { modes: ['hybrid'] },
    );
  });
});
