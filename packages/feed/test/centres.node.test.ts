import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  collatorFor,
  distanceKm,
  filterCentres,
  parseLatLon,
  sortCentresByDistance,
  sortCentresByName,
} from '../src/query/centres.ts';
import type { Centre } from '../src/types.ts';
import { ids, queryFeed } from './helpers/query-feed.ts';

const feed = queryFeed();
const STOCKHOLM = { lat: 59.3293, lon: 18.0686 };
const GOTHENBURG = { lat: 57.7089, lon: 11.9746 };

describe('distanceKm', () => {
  it('is 0 from a point to itself', () => {
    assert.equal(distanceKm(STOCKHOLM, STOCKHOLM), 0);
  });

  it('gives known great-circle distances', () => {
    // Stockholm–Gothenburg is about 397 km as the crow flies.
    assert.ok(Math.abs(distanceKm(STOCKHOLM, GOTHENBURG) - 397) < 2);
    // A quarter of the equator.
    assert.ok(Math.abs(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 90 }) - 10_007.5) < 1);
    // Pole to pole, and across the antimeridian.
    assert.ok(Math.abs(distanceKm({ lat: 90, lon: 0 }, { lat: -90, lon: 0 }) - 20_015) < 1);
    assert.ok(Math.abs(distanceKm({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 }) - 111.2) < 0.5);
  });

  it('is symmetric', () => {
    assert.equal(distanceKm(STOCKHOLM, GOTHENBURG), distanceKm(GOTHENBURG, STOCKHOLM));
  });
});

describe('parseLatLon', () => {
  it('reads the usual ways of writing a point', () => {
    for (const text of [
      '59.3,18.0',
      '59.3, 18.0',
      ' 59.3 18.0 ',
      '59.3;18.0',
      '59.3 ; 18.0',
      '+59.3,+18',
    ])
      assert.deepEqual(parseLatLon(text), { lat: 59.3, lon: 18 }, text);
  });

  it('reads Swedish decimal commas when a space or semicolon separates the numbers', () => {
    assert.deepEqual(parseLatLon('59,3 18,0'), { lat: 59.3, lon: 18 });
    assert.deepEqual(parseLatLon('59,3;18,07'), { lat: 59.3, lon: 18.07 });
  });

  it('reads negative coordinates', () => {
    assert.deepEqual(parseLatLon('-33.86,151.21'), { lat: -33.86, lon: 151.21 });
    assert.deepEqual(parseLatLon('40.7, -74'), { lat: 40.7, lon: -74 });
  });

  it('accepts the range limits and refuses what lies beyond', () => {
    assert.deepEqual(parseLatLon('90,180'), { lat: 90, lon: 180 });
    assert.deepEqual(parseLatLon('-90,-180'), { lat: -90, lon: -180 });
    assert.equal(parseLatLon('90.1,18'), undefined);
    assert.equal(parseLatLon('59,180.5'), undefined);
  });

  it('refuses anything else', () => {
    for (const text of [
      '',
      '59.3',
      '59.3,18.0,7',
      'Kalix',
      '59.3N,18.0E',
      'NaN,1',
      'Infinity,1',
      '1e2,3',
      '59.3,,18',
      '0x10,1',
    ])
      assert.equal(parseLatLon(text), undefined, text);
  });
});

describe('sortCentresByDistance', () => {
  it('puts the nearest first, with distances', () => {
    const sorted = sortCentresByDistance(feed.centres, { lat: 65.8, lon: 23.1 });
    assert.deepEqual(
      sorted.map((d) => d.centre.id),
      ['kalix', 'soderhamn', 'lindesberg', 'flen', 'motala', 'vaggeryd', 'varberg'],
    );
    for (let i = 1; i < sorted.length; i++)
      assert.ok(sorted[i - 1].distanceKm <= sorted[i].distanceKm);
    assert.equal(sorted[0].distanceKm, distanceKm({ lat: 65.8, lon: 23.1 }, sorted[0].centre.geo));
  });

  it('keeps the given order for equal distances and does not change its input', () => {
    const twins = feed.centres.slice(0, 3).map((c) => ({ ...c, geo: STOCKHOLM }));
    assert.deepEqual(
      sortCentresByDistance(twins, GOTHENBURG).map((d) => d.centre.id),
      ['kalix', 'soderhamn', 'lindesberg'],
    );
    const before = ids(feed.centres);
    sortCentresByDistance(feed.centres, GOTHENBURG);
    assert.deepEqual(ids(feed.centres), before);
  });
});

describe('sortCentresByName', () => {
  const named = (...names: (string | Record<string, string>)[]) =>
    names.map((name, i) => ({ ...feed.centres[0], id: `c${i}`, name }) as Centre);
  const names = (centres: Centre[], language: string) =>
    sortCentresByName(centres, language, 'sv').map((c) =>
      typeof c.name === 'string' ? c.name : c.name[language],
    );

  it('puts Å, Ä and Ö after Z in Swedish', () => {
    const centres = named('Ödeshög', 'Zinkgruvan', 'Älvsbyn', 'Arboga', 'Åre');
    assert.deepEqual(names(centres, 'sv'), ['Arboga', 'Zinkgruvan', 'Åre', 'Älvsbyn', 'Ödeshög']);
  });

  it("follows the reader's language: English sorts Å and Ä with A", () => {
    const centres = named('Ödeshög', 'Zinkgruvan', 'Älvsbyn', 'Arboga', 'Åre');
    assert.deepEqual(names(centres, 'en'), ['Älvsbyn', 'Arboga', 'Åre', 'Ödeshög', 'Zinkgruvan']);
  });

  it('sorts by the name shown in that language, numbers by value', () => {
    const centres = named(
      { sv: 'Lärcentrum 10', en: 'Centre 10' },
      { sv: 'Lärcentrum 2', en: 'Centre 2' },
      { sv: 'Campus Varberg', en: 'Varberg Campus' },
    );
    assert.deepEqual(names(centres, 'sv'), ['Campus Varberg', 'Lärcentrum 2', 'Lärcentrum 10']);
    assert.deepEqual(names(centres, 'en'), ['Centre 2', 'Centre 10', 'Varberg Campus']);
  });

  it('survives a language tag Intl refuses', () => {
    const centres = named('Ödeshög', 'Zinkgruvan');
    assert.deepEqual(
      sortCentresByName(centres, 'not a tag!', 'sv').map((c) => c.name),
      ['Zinkgruvan', 'Ödeshög'],
    );
    assert.equal(collatorFor('x', 'sv').resolvedOptions().locale, 'sv');
  });
});

describe('filterCentres', () => {
  it('gives every centre without a filter', () => {
    assert.deepEqual(ids(filterCentres(feed)), ids(feed.centres));
  });

  it('filters by municipality without regard to case or accents other than å ä ö', () => {
    assert.deepEqual(ids(filterCentres(feed, { municipality: 'söderhamn' })), ['soderhamn']);
    assert.deepEqual(ids(filterCentres(feed, { municipality: ' KALIX ' })), ['kalix']);
    assert.deepEqual(ids(filterCentres(feed, { municipality: 'Soderhamn' })), []);
  });

  it('filters by service', () => {
    assert.deepEqual(ids(filterCentres(feed, { service: 'exam-invigilation' })), [
      'kalix',
      'soderhamn',
      'motala',
    ]);
    assert.deepEqual(ids(filterCentres(feed, { service: 'it-support' })), []);
  });

  it('keeps only centres where a course can be studied', () => {
    assert.deepEqual(ids(filterCentres(feed, { course: 'kth-basar' })), [
      'kalix',
      'soderhamn',
      'lindesberg',
    ]);
    assert.deepEqual(
      ids(filterCentres(feed, { course: 'miun-matematik' })),
      [],
      'a course with no centres',
    );
    assert.deepEqual(ids(filterCentres(feed, { course: 'no-such-course' })), []);
  });

  it('combines criteria', () => {
    assert.deepEqual(
      ids(filterCentres(feed, { course: 'kth-basar', service: 'exam-invigilation' })),
      ['kalix', 'soderhamn'],
    );
    assert.deepEqual(ids(filterCentres(feed, { course: 'kth-basar', municipality: 'Motala' })), []);
  });
});
