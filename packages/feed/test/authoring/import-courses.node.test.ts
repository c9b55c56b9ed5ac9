// Spreadsheets of courses → feed courses: headers in Swedish and English,
// Swedish numbers and dates, bad rows reported precisely and left out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { importCourses } from '../../src/authoring/import-courses.ts';
import { ImportError } from '../../src/authoring/import-error.ts';
import { MappingError, parseMapping } from '../../src/authoring/mapping.ts';
import type { Feed } from '../../src/types.ts';
import { validateFeed } from '../../src/validate.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/authoring/${name}`, import.meta.url));
const target = (): Feed => validateFeed(JSON.parse(fixture('target-feed.json').toString())).feed;
const csv = (text: string) => new TextEncoder().encode(text);

describe('importCourses: an Excel sheet with Swedish headers', () => {
  const result = importCourses(fixture('courses-sv.csv'), {
    feed: target(),
    feedName: 'feed.json',
  });

  it('reports every unreadable cell as "row N, column X: why", and leaves those rows out', () => {
    assert.deepEqual(result.errors, [
      'row 4, column "Poäng": "sju" is not a number',
      'row 7, column "Start": "2027-13-01" is not a date: no month 13',
      'row 7, column "Lärcentrum": "Kalix" is not a centre of feed.json (its centres: vaggeryd, skillingaryd)',
    ]);
    assert.equal(result.rows, 5, 'the row of empty cells is not counted');
    assert.equal(result.skipped, 2);
  });

  it("imports the rest, reading Swedish values and finding the feed's items by name", () => {
    assert.deepEqual(result.courses[0], {
      id: 'logistik-grundkurs-ju-2027-03-22',
      title: 'Logistik, grundkurs',
      provider: 'ju',
      level: 'bachelor',
      credits: { value: 7.5, system: 'hp' },
      pace: 50,
      mode: 'distance',
      start: '2027-03-22',
      applicationPeriod: { closes: '2027-01-10' },
      applyUrl: 'https://www.antagning.se/',
      centres: ['vaggeryd'],
    });
    assert.deepEqual(
      result.courses.map((c) => c.id),
      [
        'logistik-grundkurs-ju-2027-03-22',
        'svenska-1-komvux-vaggeryd-2027-01-18',
        'truckforare-grundkurs-vaggeryds-logistikcentrum-2027-02-01',
      ],
    );
  });

  it("fills a level and a credit system from the provider's kind, and marks the level guessed", () => {
    const svenska = result.courses[1];
    assert.equal(svenska.level, 'upper-secondary');
    assert.deepEqual(svenska.credits, { value: 100, system: 'gy' });
    assert.equal(svenska.pace, 50, 'halvfart');
    assert.deepEqual([...result.derived.get(svenska.id)!], ['level']);
  });

  it('adds a provider the feed does not have, and says so', () => {
    assert.deepEqual(result.providers, [
      { id: 'vaggeryds-logistikcentrum', name: 'Vaggeryds logistikcentrum', kind: 'other' },
    ]);
    assert.match(
      result.notes.join('\n'),
      /provider "Vaggeryds logistikcentrum" is not in feed\.json: added as "vaggeryds-logistikcentrum", kind "other"/,
    );
    const truck = result.courses[2];
    assert.deepEqual(truck.centres, ['vaggeryd', 'skillingaryd']);
    assert.equal(truck.applyUrl, 'https://www.vaggeryd.example/truck');
    assert.equal(truck.level, 'vocational');
  });

  it('knows what the sheet speaks for: its columns', () => {
    assert.deepEqual([...result.coverage.keys].sort(), [
      'applicationPeriod.closes',
      'applyUrl',
      'centres',
      'credits',
      'level',
      'mode',
      'pace',
      'provider',
      'start',
      'title',
    ]);
    assert.deepEqual([...result.coverage.languages.get('title')!], ['sv']);
    assert.equal(result.delimiter, ';');
    assert.equal(result.encoding, 'utf-8');
  });

  it('every course it gives is valid in the feed', () => {
    const data = JSON.parse(fixture('target-feed.json').toString());
    data.providers.push(...result.providers);
    data.courses.push(...result.courses);
    const errors = validateFeed(data).issues.filter((i) => i.severity === 'error');
    assert.deepEqual(errors, []);
  });
});

describe('importCourses: other sheets', () => {
  it('reads an English comma sheet with translations and a multi-line cell', () => {
    const result = importCourses(fixture('courses-en.csv'), { language: 'en' });
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.courses, [
      {
        id: 'supply-chain-management-jonkoping-university-2027-01-18',
        title: { en: 'Supply chain management', sv: 'Försörjningskedjor' },
        description: 'A course\nover two lines, with "quotes"',
        provider: 'jonkoping-university',
        level: 'bachelor',
        subjects: ['logistics'],
        credits: { value: 7.5, system: 'hp' },
        pace: 50,
        mode: 'distance',
        languages: ['sv', 'en'],
        start: '2027-01-18',
        applicationPeriod: { opens: '2026-10-01', closes: '2026-10-15' },
        centres: ['vaggeryd'],
      },
    ]);
    assert.deepEqual(result.providers, [
      { id: 'jonkoping-university', name: 'Jönköping University', kind: 'university' },
    ]);
  });

  it('follows a mapping file: its column names, defaults and value words', () => {
    const mapping = parseMapping(JSON.parse(fixture('mapping.json').toString()));
    const result = importCourses(fixture('courses-mapped.tsv'), { feed: target(), mapping });
    assert.deepEqual(result.errors, []);
    assert.deepEqual(
      result.notes,
      [],
      '"Intern notering" is mapped to null: ignored without a note',
    );
    assert.deepEqual(result.courses, [
      {
        id: 'logistik-grundkurs-ju',
        title: { sv: 'Logistik, grundkurs', en: 'Logistics, introductory course' },
        provider: 'ju',
        level: 'bachelor',
        credits: { value: 7.5, system: 'hp' },
        mode: 'distance',
        centres: ['vaggeryd'],
      },
      {
        id: 'inkop-ju',
        title: 'Inköp',
        provider: 'ju',
        level: 'bachelor',
        credits: { value: 15, system: 'hp' },
        mode: 'distance',
        centres: ['vaggeryd', 'skillingaryd'],
      },
    ]);
  });

  it('takes an Id column as given, and one row per centre as one course', () => {
    const result = importCourses(
      csv(
        'Id;Kursnamn;Anordnare;Studieform;Nivå;Lärcentrum\n' +
          'ju-x;Kurs X;ju;distans;grundnivå;vaggeryd\n' +
          'ju-x;Kurs X;ju;distans;grundnivå;skillingaryd\n' +
          'ju-x;Kurs Y;ju;distans;grundnivå;vaggeryd\n' +
          'Kurs z;Kurs Z;ju;distans;grundnivå;vaggeryd\n',
      ),
      { feed: target() },
    );
    assert.deepEqual(
      result.courses.map((c) => [c.id, c.centres]),
      [['ju-x', ['vaggeryd', 'skillingaryd']]],
    );
    assert.deepEqual(result.errors, [
      'row 4: the course "ju-x" is already on row 2, with other values (two rows with one Id)',
      'row 5, column "Id": "Kurs z" is not an id: use letters a–z, digits, . _ : - without spaces or å ä ö (e.g. "kurs-z")',
    ]);
  });

  it('derives the same id from the same course every time, and tells same-course rows with other values apart', () => {
    const sheet =
      'Kursnamn;Anordnare;Studieform;Nivå;Start\nKurs;ju;distans;grundnivå;2027-01-18\nKurs;ju;hybrid;grundnivå;2027-01-18\n';
    const a = importCourses(csv(sheet), { feed: target() });
    const b = importCourses(csv(sheet), { feed: target() });
    assert.deepEqual(a.courses, b.courses);
    assert.equal(a.courses[0].id, 'kurs-ju-2027-01-18');
    assert.match(
      a.errors[0],
      /^row 3: the course "kurs-ju-2027-01-18" is already on row 2, with other values \(same title, provider and start; give the rows an Id column/,
    );
  });

  it('--centre gives the rows without a centre one', () => {
    const result = importCourses(
      csv('Kursnamn;Anordnare;Studieform;Nivå\nA;ju;distans;grundnivå\n'),
      {
        feed: target(),
        centres: ['skillingaryd'],
      },
    );
    assert.deepEqual(result.courses[0].centres, ['skillingaryd']);
    assert.ok(result.coverage.keys.has('centres'));
  });

  it('says which row and which line when cells above hold line breaks', () => {
    const result = importCourses(
      csv(
        'Kursnamn;Anordnare;Studieform;Poäng\n"Två\nrader";komvux-vaggeryd;distans;100\nB;ju;distans;mycket\n',
      ),
      { feed: target() },
    );
    assert.deepEqual(result.errors, ['row 3 (line 4), column "Poäng": "mycket" is not a number']);
  });

  it('a row with more cells than the header is left out, with a hint', () => {
    const result = importCourses(
      csv('Kursnamn,Anordnare,Studieform\nA,Komvux Vaggeryd,distans\nB,ju,distans,7,5\n'),
      {
        feed: target(),
      },
    );
    assert.equal(result.courses.length, 1);
    assert.deepEqual(result.errors, [
      'row 3: 5 cells, but the header names 3 columns (a missing quote, or a comma inside a cell?)',
    ]);
  });

  it('says when a required value is missing, naming the column', () => {
    const result = importCourses(
      csv('Kursnamn;Anordnare;Studieform;Nivå\nA;ju;;grundnivå\nB;Nytt företag;distans;\n'),
      {
        feed: target(),
      },
    );
    assert.deepEqual(result.errors, [
      'row 2, column "Studieform": empty, and a course needs a study mode (distans, hybrid or på plats)',
      'row 3, column "Nivå": empty, and a course needs a level (e.g. grundnivå, avancerad nivå, gymnasial, yrkeshögskola)',
    ]);
    assert.deepEqual(result.providers, [], 'a provider only a left-out row named is not added');
  });

  it('says when the sheet has no column for a required value and nothing supplies it', () => {
    const result = importCourses(
      csv('Kursnamn;Anordnare;Studieform\nA;ju;distans\nB;komvux-vaggeryd;distans\n'),
      {
        feed: target(),
      },
    );
    assert.deepEqual(result.errors, [
      'row 2: a course needs a level (e.g. grundnivå, avancerad nivå, gymnasial, yrkeshögskola), and the sheet has no Nivå/Level column',
    ]);
    assert.equal(
      result.courses[0].level,
      'upper-secondary',
      "komvux: the provider's kind gives it",
    );
  });

  it('a value the feed already has may stay: an Id row without a mode updates that course', () => {
    const result = importCourses(
      csv('Id;Kursnamn;Anordnare;Studieform\nkomvux-svenska-1;Svenska 1;komvux-vaggeryd;\n'),
      {
        feed: target(),
      },
    );
    assert.deepEqual(result.errors, []);
    assert.equal(result.courses[0].mode, undefined);
  });

  it("reads Windows-1252 (Swedish Excel's plain CSV) and says so", () => {
    const latin1 = Buffer.from(
      'Kursnamn;Anordnare;Studieform;Nivå\nHälsa;ju;distans;grundnivå\n',
      'latin1',
    );
    const result = importCourses(latin1, { feed: target() });
    assert.equal(result.courses[0].title, 'Hälsa');
    assert.equal(result.encoding, 'windows-1252');
    assert.match(result.notes[0], /not UTF-8; it was read as Windows-1252/);
  });

  it('notes columns it does not know, and ignores them', () => {
    const result = importCourses(
      csv('Kursnamn;Anordnare;Studieform;Nivå;Färg\nA;ju;distans;grundnivå;blå\n'),
      {
        feed: target(),
      },
    );
    assert.equal(result.courses.length, 1);
    assert.deepEqual(result.notes, [
      'column "Färg" is not used (not a known header; a mapping file can name it)',
    ]);
  });
});

describe('importCourses: files that cannot be imported at all', () => {
  const refuses = (text: string | Uint8Array, message: RegExp, feed?: Feed) =>
    assert.throws(
      () => importCourses(typeof text === 'string' ? csv(text) : text, { feed }),
      (error: Error) => {
        assert.ok(error instanceof ImportError, String(error));
        assert.match(error.message, message);
        return true;
      },
    );

  it('malformed CSV: the line', () => {
    refuses(
      'Kursnamn;Anordnare\nA;ju\n"B;ju\nC;ju\n',
      /^line 3: a quoted cell starts here and is never closed/,
    );
  });

  it('an empty file', () => refuses('', /the file is empty/));

  it('no column for something every course needs (without a feed to keep values from)', () => {
    refuses(
      'Namn på kursen;Anordnare;Studieform\nA;ju;distans\n',
      /^no column for the course title: name one Kursnamn or Title, or map yours in a mapping file \(the columns are: Namn på kursen, Anordnare, Studieform\)$/,
    );
    refuses('Kursnamn;Anordnare\nA;ju\n', /^no column for the study mode/);
  });

  it('two columns for one field', () => {
    refuses(
      'Kursnamn;Titel;Anordnare\n',
      /columns "Kursnamn" and "Titel" both hold the course's title/,
    );
    refuses('Kursnamn;Kursnamn (sv);Anordnare\n', /both hold the course's title \(sv\)/, target());
  });
});

describe('parseMapping', () => {
  it('refuses what it cannot use, saying where', () => {
    const refuses = (data: unknown, message: RegExp) =>
      assert.throws(
        () => parseMapping(data),
        (error: Error) => {
          assert.ok(error instanceof MappingError);
          assert.match(error.message, message);
          return true;
        },
      );
    refuses([], /^\(mapping\): expected an object/);
    refuses({ colums: {} }, /^colums: unknown key/);
    refuses(
      { columns: { Hp: 'credit' } },
      /^columns\."Hp": "credit" is not a field \(use one of id, code, title/,
    );
    refuses({ columns: { Hp: 'credits:en' } }, /is not a field/);
    refuses({ defaults: { farg: 'blå' } }, /^defaults\.farg: not a field/);
    refuses({ defaults: { mode: {} } }, /^defaults\.mode: expected text/);
    refuses({ values: { title: {} } }, /^values\.title: text fields are taken as they are/);
    refuses({ delimiter: '|' }, /^delimiter: use/);
    refuses({ language: 'svenska' }, /^language: expected a language tag/);
  });

  it('accepts lists and numbers as defaults, and "tab" as the delimiter', () => {
    const mapping = parseMapping({ defaults: { centres: ['a', 'b'], pace: 50 }, delimiter: 'tab' });
    assert.deepEqual(mapping.defaults, { centres: 'a, b', pace: '50' });
    assert.equal(mapping.delimiter, '\t');
  });
});
