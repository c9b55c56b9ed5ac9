import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createCourseSearchIndex,
  foldForSearch,
  matchesQuery,
  parseQuery,
} from '../src/query/search.ts';
import { ids, manyCourses, queryFeed } from './helpers/query-feed.ts';

/** The fastest of `runs` timings, in ms: robust against a busy machine. */
function fastest(runs: number, work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('foldForSearch', () => {
  it('lower-cases', () => {
    assert.equal(foldForSearch('KTH Tekniskt BASÅR'), 'kth tekniskt basår');
  });

  it('keeps å, ä and ö as letters of their own', () => {
    assert.equal(foldForSearch('Åre Älvsbyn Öland'), 'åre älvsbyn öland');
    assert.notEqual(foldForSearch('öl'), foldForSearch('ol'));
    assert.notEqual(foldForSearch('år'), foldForSearch('ar'));
    assert.notEqual(foldForSearch('mäta'), foldForSearch('mata'));
  });

  it('keeps Danish and Norwegian æ and ø', () => {
    assert.equal(foldForSearch('København ÆRØ'), 'københavn ærø');
  });

  it('removes other accents (é → e, ü → u, à → a, ñ → n, ç → c)', () => {
    assert.equal(
      foldForSearch('Café Übung à la carte Señor façade naïve'),
      'cafe ubung a la carte senor facade naive',
    );
  });

  it('folds decomposed text (as macOS may type it) like composed text', () => {
    assert.equal(
      foldForSearch('Ba\u0073a\u030Ar o\u0308l Cafe\u0301'),
      foldForSearch('Basår öl Café'),
    );
    assert.equal(foldForSearch('a\u030A'), 'å');
  });

  it('unifies compatibility forms and drops invisible characters', () => {
    assert.equal(foldForSearch('ﬁnans ＫＴＨ'), 'finans kth');
    assert.equal(foldForSearch('under\u00ADsköterska zero\u200Bwidth'), 'undersköterska zerowidth');
  });

  it('collapses and trims whitespace of every kind', () => {
    assert.equal(foldForSearch('  Tekniskt\t\tbasår\n 60\u00A0hp  '), 'tekniskt basår 60 hp');
    assert.equal(foldForSearch('   '), '');
  });
});

describe('parseQuery', () => {
  it('splits folded words and drops repeats', () => {
    assert.deepEqual(parseQuery('  Vård  OCH vård omsorg '), ['vård', 'och', 'omsorg']);
  });

  it('drops punctuation typed around a word but keeps it inside', () => {
    assert.deepEqual(parseQuery('"basår", (KTH) c++ c# it-stöd.'), [
      'basår',
      'kth',
      'c++',
      'c#',
      'it-stöd',
    ]);
  });

  it('gives no words for an empty or punctuation-only query', () => {
    assert.deepEqual(parseQuery(''), []);
    assert.deepEqual(parseQuery(' , . ! '), []);
  });
});

describe('matchesQuery', () => {
  const haystack = foldForSearch('Omvårdnad vid demenssjukdom – sjukvård för äldre, Café Ölands');

  it('needs every word (AND)', () => {
    assert.equal(matchesQuery(haystack, 'omvårdnad äldre'), true);
    assert.equal(matchesQuery(haystack, 'omvårdnad python'), false);
  });

  it('finds words inside Swedish compounds', () => {
    assert.equal(matchesQuery(haystack, 'vård'), true);
    assert.equal(matchesQuery(haystack, 'sjuk'), true);
    assert.equal(matchesQuery(haystack, 'DEMENS'), true);
  });

  it('is accent-insensitive except for å, ä and ö', () => {
    assert.equal(matchesQuery(haystack, 'cafe'), true);
    assert.equal(matchesQuery(haystack, 'CAFÉ'), true);
    assert.equal(matchesQuery(haystack, 'olands'), false);
    assert.equal(matchesQuery(haystack, 'ölands'), true);
    assert.equal(matchesQuery(foldForSearch('Tekniskt basår'), 'basar'), false);
    // A query ending in a plain 'a' must not match the first half of a decomposed 'å'.
    assert.equal(matchesQuery(foldForSearch('Tekniskt basår'), 'basa'), false);
  });

  it('matches everything with an empty query', () => {
    assert.equal(matchesQuery(haystack, ''), true);
    assert.equal(matchesQuery('', '  '), true);
  });

  it('takes parsed words, for use in a loop', () => {
    assert.equal(matchesQuery(haystack, parseQuery('Vård Äldre')), true);
    assert.equal(matchesQuery(haystack, ['vård', 'python']), false);
  });
});

describe('createCourseSearchIndex', () => {
  const feed = queryFeed();
  const index = (language = 'sv') =>
    createCourseSearchIndex(feed.courses, { ...feed, language, fallbackLanguage: feed.language });

  it('finds a course by its title in every language', () => {
    assert.deepEqual(ids(index().search('basår')), ['kth-basar']);
    assert.deepEqual(ids(index().search('preparatory')), ['kth-basar']);
  });

  it('finds a course by its code', () => {
    assert.deepEqual(ids(index().search('tbas1')), ['kth-basar']);
    assert.deepEqual(ids(index().search('ma001g')), ['miun-matematik']);
  });

  it("searches the description in the page's language only", () => {
    assert.deepEqual(ids(index('sv').search('laborationer')), ['kth-basar']);
    assert.deepEqual(ids(index('en').search('laborationer')), []);
    assert.deepEqual(ids(index('en').search('labs at your')), ['kth-basar']);
  });

  it('finds courses by provider, subject, centre and municipality names', () => {
    assert.deepEqual(ids(index().search('royal institute')), ['kth-basar', 'kth-ellara']);
    assert.deepEqual(ids(index().search('mathematics')), ['kth-basar', 'miun-matematik']);
    assert.deepEqual(ids(index().search('söderhamn')), ['kth-basar', 'kth-ellara']);
    assert.deepEqual(ids(index().search('varberg campus')), ['miun-foretagsekonomi']);
  });

  it('finds "vård" in compounds and in the subject "Vård och omsorg", in feed order', () => {
    assert.deepEqual(ids(index().search('vård')), ['komvux-underskoterska', 'miun-demens']);
  });

  it('gives every course, in order, for an empty query', () => {
    assert.deepEqual(ids(index().search('  ')), ids(feed.courses));
  });

  it('gives the same results as a fresh search while a person types and deletes', () => {
    const live = index();
    const typed = [
      'm',
      'ma',
      'mat',
      'mate',
      'mat',
      'ma',
      'ma f',
      'ma fy',
      'ma',
      'vå',
      'vård',
      'vård ',
      'vård omv',
      'o',
      '',
    ];
    for (const query of typed) {
      const expected = feed.courses.filter((course) => matchesQuery(live.text(course)!, query));
      assert.deepEqual(ids(live.search(query)), ids(expected), `after typing "${query}"`);
    }
  });

  it('is not disturbed when the caller sorts or empties a result', () => {
    const live = index();
    live.search('ma').reverse();
    live.search('mat').splice(0);
    assert.deepEqual(ids(live.search('matematik')), ['kth-basar', 'miun-matematik']);
  });

  it('has no text for a course it did not index', () => {
    assert.equal(index().text({ ...feed.courses[0] }), undefined);
    assert.match(index().text(feed.courses[0])!, /tekniskt basår/);
  });

  it('searches 10,000 courses in well under 10 ms per keystroke', () => {
    const courses = manyCourses(feed, 10_000);
    const big = createCourseSearchIndex(courses, {
      ...feed,
      language: 'sv',
      fallbackLanguage: 'sv',
    });
    const queries = ['x', 'xy', 'v', 'vå', 'vår', 'vård', 'ma fy', 'lärcentrum', 'zzz', 'kth'];
    let i = 0;
    // Each run types a new query, so narrowing never hides the cost of a full scan.
    const ms = fastest(10, () => big.search(queries[i++ % queries.length]));
    assert.ok(ms < 10, `search took ${ms.toFixed(2)} ms`);
  });
});
