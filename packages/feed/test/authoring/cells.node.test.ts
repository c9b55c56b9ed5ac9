// Reading what people type in spreadsheet cells, in Swedish and English.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CellError,
  readCredits,
  readDate,
  readDateTime,
  readId,
  readLanguages,
  readList,
  readNumber,
  readPace,
  readUrl,
} from '../../src/authoring/cells.ts';
import {
  defaultTarget,
  DEFAULT_HEADERS,
  parseTarget,
  splitLanguage,
} from '../../src/authoring/course-columns.ts';
import { looseKey, slugify, uniqueId } from '../../src/authoring/slug.ts';
import {
  CATEGORY_WORDS,
  LEVEL_WORDS,
  MODE_WORDS,
  STATUS_WORDS,
  findWord,
  guessProviderKind,
  readWord,
} from '../../src/authoring/vocab.ts';

const fails = (read: () => unknown, message: string | RegExp) =>
  assert.throws(read, (error: Error) => {
    assert.ok(error instanceof CellError, `${error}`);
    if (typeof message === 'string') assert.equal(error.message, message);
    else assert.match(error.message, message);
    return true;
  });

describe('readNumber', () => {
  for (const [text, value] of [
    ['7,5', 7.5],
    ['7.5', 7.5],
    [' 15 ', 15],
    ['1 000', 1000],
    ['1\u00a0000,5', 1000.5],
    ['-2', -2],
    ['−2', -2],
  ] as const)
    it(`reads ${JSON.stringify(text)} as ${value}`, () => assert.equal(readNumber(text), value));

  it('says what is not a number', () => {
    fails(() => readNumber('sju'), '"sju" is not a number');
    fails(() => readNumber('7,5,5'), '"7,5,5" is not a number');
    fails(() => readNumber('1 00'), '"1 00" is not a number');
    fails(() => readNumber(''), '"" is not a number');
  });
});

describe('readDate', () => {
  for (const [text, date] of [
    ['2026-08-31', '2026-08-31'],
    ['2026-8-1', '2026-08-01'],
    ['2026-08-31 00:00:00', '2026-08-31'],
    ['20260831', '2026-08-31'],
    ['31/8 2026', '2026-08-31'],
    ['31/8-2026', '2026-08-31'],
    ['31/8/2026', '2026-08-31'],
    ['31.8.2026', '2026-08-31'],
    ['31 augusti 2026', '2026-08-31'],
    ['1:a september 2026', '2026-09-01'],
    ['31 Aug. 2026', '2026-08-31'],
    ['August 31, 2026', '2026-08-31'],
    ['29/2 2028', '2028-02-29'],
    ['46265', '2026-08-31'],
  ] as const)
    it(`reads ${JSON.stringify(text)}`, () => assert.equal(readDate(text), date));

  it('refuses impossible and ambiguous dates, saying why', () => {
    fails(() => readDate('2027-13-01'), '"2027-13-01" is not a date: no month 13');
    fails(() => readDate('31/2 2026'), '"31/2 2026" is not a date: month 2 of 2026 has 28 days');
    fails(() => readDate('8/31/2026'), '"8/31/2026" is not a date: no month 31');
    fails(() => readDate('snart'), '"snart" is not a date (write 2026-08-31 or 31/8 2026)');
    fails(() => readDate('31/8 26'), /is not a date/);
  });
});

describe('readDateTime', () => {
  it("keeps a feed date-time, reads a local one on the zone's clock", () => {
    assert.equal(
      readDateTime('2026-11-02T09:15+01:00', 'Europe/Stockholm'),
      '2026-11-02T09:15+01:00',
    );
    assert.equal(readDateTime('2026-11-02 09:15', 'Europe/Stockholm'), '2026-11-02T09:15+01:00');
    assert.equal(readDateTime('2026-07-02 09.15', 'Europe/Stockholm'), '2026-07-02T09:15+02:00');
    fails(() => readDateTime('2026-11-02 25:00', 'Europe/Stockholm'), /is not a date and time/);
  });
});

describe('readPace', () => {
  for (const [text, pace] of [
    ['50', 50],
    ['50 %', 50],
    ['50%', 50],
    ['halvfart', 50],
    ['Helfart', 100],
    ['kvartsfart', 25],
    ['half time', 50],
    ['12,5', 12.5],
  ] as const)
    it(`reads ${JSON.stringify(text)} as ${pace}`, () => assert.equal(readPace(text), pace));

  it('refuses fractions and out-of-range values with a hint', () => {
    fails(() => readPace('0,5'), /pace is in per cent of full time \(write 50 for half time\)/);
    fails(() => readPace('150'), /more than 0 and at most 100/);
    fails(() => readPace('snabb'), '"snabb" is not a pace (write 50, 50 % or halvfart)');
  });
});

describe('readCredits', () => {
  it('reads a value and, when given, its system', () => {
    assert.deepEqual(readCredits('7,5'), { value: 7.5 });
    assert.deepEqual(readCredits('7,5 hp'), { value: 7.5, system: 'hp' });
    assert.deepEqual(readCredits('7,5hp'), { value: 7.5, system: 'hp' });
    assert.deepEqual(readCredits('200 YH-poäng'), { value: 200, system: 'yh' });
    assert.deepEqual(readCredits('100 gymnasiepoäng'), { value: 100, system: 'gy' });
    assert.deepEqual(readCredits('5 ECTS'), { value: 5, system: 'ects' });
    assert.deepEqual(readCredits('15 poäng'), { value: 15 });
  });

  it('says what is wrong', () => {
    fails(() => readCredits('sju'), '"sju" is not a number');
    fails(() => readCredits('7,5 veckor'), /"veckor" is not a credit unit/);
    fails(() => readCredits('-3 hp'), /negative/);
  });
});

describe('lists, languages, addresses, ids', () => {
  it('splits lists on commas, semicolons, bars and line breaks', () => {
    assert.deepEqual(readList('kalix, motala;vaggeryd|\nvarberg,'), [
      'kalix',
      'motala',
      'vaggeryd',
      'varberg',
    ]);
  });

  it('reads languages as tags or Swedish and English names', () => {
    assert.deepEqual(readLanguages('sv, en'), ['sv', 'en']);
    assert.deepEqual(readLanguages('Svenska och engelska'), ['sv', 'en']);
    assert.deepEqual(readLanguages('Swedish/English'), ['sv', 'en']);
    assert.deepEqual(readLanguages('arabiska, en-GB'), ['ar', 'en-GB']);
    fails(() => readLanguages('svenska, klingon'), /"klingon" is not a language/);
  });

  it('reads web addresses, adding https to www.', () => {
    assert.equal(readUrl(' https://ju.se/kurs '), 'https://ju.se/kurs');
    assert.equal(readUrl('www.antagning.se'), 'https://www.antagning.se');
    fails(() => readUrl('ju.se/min kurs'), /has spaces in it/);
  });

  it('reads ids and suggests one for what is not', () => {
    assert.equal(readId('ju-logistik'), 'ju-logistik');
    fails(() => readId('Logistik grund'), /is not an id.*\(e\.g\. "logistik-grund"\)/);
  });
});

describe('vocabularies', () => {
  it("reads Swedish and English words for the feed's values", () => {
    assert.equal(readWord(MODE_WORDS, 'Distans'), 'distance');
    assert.equal(readWord(MODE_WORDS, 'på plats'), 'on-site');
    assert.equal(readWord(MODE_WORDS, 'ON-SITE'), 'on-site');
    assert.equal(readWord(LEVEL_WORDS, 'Grundnivå'), 'bachelor');
    assert.equal(readWord(LEVEL_WORDS, 'avancerad nivå'), 'master');
    assert.equal(readWord(LEVEL_WORDS, 'YH'), 'vocational');
    assert.equal(readWord(STATUS_WORDS, 'Reservlista'), 'waitlist');
    assert.equal(readWord(STATUS_WORDS, 'inställd'), 'cancelled');
  });

  it('lists the values allowed when a word is not one', () => {
    fails(
      () => readWord(MODE_WORDS, 'nätkurs'),
      '"nätkurs" is not a study mode: use distance, hybrid, on-site (or distans, blandad, på plats)',
    );
  });

  it('finds a category word in an event title, the longest first', () => {
    assert.equal(findWord(CATEGORY_WORDS, 'Öppet hus på Fenix'), 'open-house');
    assert.equal(findWord(CATEGORY_WORDS, 'Webbsänd föreläsning: AI'), 'streamed-lecture');
    assert.equal(findWord(CATEGORY_WORDS, 'Föreläsning om vården'), 'lecture');
    assert.equal(findWord(CATEGORY_WORDS, 'Drop-in: studievägledning'), 'guidance-drop-in');
    assert.equal(findWord(CATEGORY_WORDS, 'Fika'), undefined);
  });

  it("guesses a provider's kind from its name", () => {
    assert.equal(guessProviderKind('Umeå universitet'), 'university');
    assert.equal(guessProviderKind('Högskolan i Gävle'), 'university');
    assert.equal(guessProviderKind('Kalix folkhögskola'), 'folk-high-school');
    assert.equal(guessProviderKind('YH Campus Varberg'), 'vocational');
    assert.equal(guessProviderKind('Yrkeshögskolan Fenix'), 'vocational');
    assert.equal(guessProviderKind('Komvux Motala'), 'adult-education');
    assert.equal(guessProviderKind('Vaggeryds logistikcentrum'), undefined);
  });
});

describe('headers and ids', () => {
  it('matches headers ignoring case, accents, spacing and a required-mark', () => {
    assert.deepEqual(defaultTarget('Kursnamn'), { field: 'title' });
    assert.deepEqual(defaultTarget('  POANG '), { field: 'credits' });
    assert.deepEqual(defaultTarget('Sista ansökningsdag*'), { field: 'applicationCloses' });
    assert.deepEqual(defaultTarget('Application closes'), { field: 'applicationCloses' });
    assert.deepEqual(defaultTarget('Kursnamn (en)'), { field: 'title', language: 'en' });
    assert.deepEqual(defaultTarget('Title [sv]'), { field: 'title', language: 'sv' });
    assert.deepEqual(defaultTarget('Beskrivning (engelska)'), {
      field: 'description',
      language: 'en',
    });
    assert.equal(defaultTarget('Poäng (en)'), undefined, 'only text fields have languages');
    assert.equal(defaultTarget('Anteckning'), undefined);
  });

  it('no header names two fields', () => {
    const seen = new Map<string, string>();
    for (const [field, { sv, en }] of Object.entries(DEFAULT_HEADERS))
      for (const header of [...sv, ...en]) {
        const key = looseKey(header);
        assert.ok(
          !seen.has(key) || seen.get(key) === field,
          `${header}: ${seen.get(key)} and ${field}`,
        );
        seen.set(key, field);
      }
  });

  it('reads mapping targets', () => {
    assert.deepEqual(parseTarget('title:en'), { field: 'title', language: 'en' });
    assert.deepEqual(parseTarget('centres'), { field: 'centres' });
    assert.equal(parseTarget('credits:en'), undefined);
    assert.equal(parseTarget('titel'), undefined);
    assert.deepEqual(splitLanguage('Namn (fi)'), { name: 'Namn', language: 'fi' });
  });

  it('makes ids from words', () => {
    assert.equal(slugify('Tekniskt basår – KTH 2026'), 'tekniskt-basar-kth-2026');
    assert.equal(slugify('Ærø Ødegård'), 'aero-odegard');
    assert.equal(slugify('!!!'), '');
    assert.equal(
      uniqueId('a', (id) => ['a', 'a-2'].includes(id)),
      'a-3',
    );
  });
});
