import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { validateFeed, type FeedIssue } from '../../feed/src/index.ts';
import { issueText, issueWhere, loadErrorText } from '../src/issue-text.ts';

const issue = (path: string, message: string, extra: Partial<FeedIssue> = {}): FeedIssue => ({
  path,
  message,
  severity: 'error',
  rule: 'schema',
  ...extra,
});

describe('issueWhere', () => {
  it('names an item by its number or id, and the field in it', () => {
    assert.equal(issueWhere('courses[1].credits.system', 'sv'), 'Kurs nr 2, fältet credits.system');
    assert.equal(
      issueWhere('courses[1].credits.system', 'en'),
      'Course no. 2, field credits.system',
    );
    assert.equal(issueWhere('centres[0]', 'sv'), 'Lärcentrum nr 1');
    assert.equal(
      issueWhere('courses[id=course-0].centres[1]', 'sv'),
      'Kurs ”course-0”, fältet centres[1]',
    );
    assert.equal(
      issueWhere('guidance.services[2].duration', 'en'),
      'Guidance service no. 3, field duration',
    );
    assert.equal(issueWhere('timeZone', 'sv'), 'Flödet, fältet timeZone');
    assert.equal(issueWhere('', 'en'), 'The feed');
  });
});

describe('issueText', () => {
  it('says what is wrong in plain words, and keeps the validator’s words as the detail', () => {
    const text = issueText(
      issue('courses[1].credits.system', 'expected one of hp, yh, gy, ects, got "HP"'),
      'sv',
    );
    assert.deepEqual(text, {
      severity: 'error',
      where: 'Kurs nr 2, fältet credits.system',
      what: 'Värdet är inte ett av de tillåtna.',
      effect: 'Widgetarna hoppar över eller ersätter det som är fel.',
      detail: 'courses[1].credits.system: expected one of hp, yh, gy, ects, got "HP"',
    });
  });

  const cases: [FeedIssue, string, string][] = [
    [
      issue('calendar.subscribeUrl', 'is required'),
      'En uppgift som krävs saknas.',
      'Widgetarna hoppar över eller ersätter det som är fel.',
    ],
    [
      issue('centres[1].geo.lat', 'must be at most 90, got 95'),
      'Värdet är för stort, för litet eller tomt.',
      'Widgetarna hoppar över eller ersätter det som är fel.',
    ],
    [
      issue('events[0].start', 'expected a date (YYYY-MM-DD), got "x"'),
      'Värdet har fel form.',
      'Widgetarna hoppar över eller ersätter det som är fel.',
    ],
    [
      issue(
        'courses[id=a].provider',
        'no provider with id "uu" in this feed; this item is left out',
        { rule: 'reference' },
      ),
      'Det pekar på något som inte finns i flödet.',
      'Det lämnas bort i widgetarna.',
    ],
    [
      issue(
        'centres[1].id',
        'duplicate id "kalix": ids must be unique in centres; this one is left out',
        { rule: 'unique' },
      ),
      'Samma id finns två gånger.',
      'Det lämnas bort i widgetarna.',
    ],
    [
      issue('publisher.logo', 'unknown property (kept, but no widget reads it)', {
        rule: 'unknown-property',
        severity: 'warning',
      }),
      'Ett fält som widgetarna inte känner till (kanske felstavat).',
      'Det ignoreras.',
    ],
    [
      issue('courses[id=a].url', '"data:x" is not an http(s) address; widgets will not link it', {
        severity: 'warning',
        rule: 'semantic',
      }),
      'Adressen är inte en webbadress (https://).',
      'Widgetarna länkar inte till den.',
    ],
    [
      issue('timeZone', 'unknown time zone "Mars/Olympus_Mons"; times are shown in UTC', {
        rule: 'semantic',
      }),
      'Tidszonen är okänd.',
      'Tiderna visas i UTC.',
    ],
    [
      issue('x', 'something new', { severity: 'warning', rule: 'semantic' }),
      'Något stämmer inte.',
      'Widgetarna fungerar ändå.',
    ],
  ];
  for (const [input, what, effect] of cases) {
    it(`${input.path}: ${input.message}`, () => {
      const text = issueText(input, 'sv');
      assert.equal(text.what, what);
      assert.equal(text.effect, effect);
    });
  }

  it('has plain words for every issue the validator finds in the test fixtures', () => {
    const fixtures = ['invalid-course-id.json', 'invalid-ref-guidance-centre.json'];
    for (const name of fixtures) {
      const data = JSON.parse(
        readFileSync(new URL(`../../feed/test/fixtures/${name}`, import.meta.url), 'utf8'),
      );
      const { issues } = validateFeed(data);
      assert.ok(issues.length > 0, name);
      for (const found of issues) {
        const text = issueText(found, 'en');
        assert.notEqual(text.what, 'Something is not right.', `${name}: ${text.detail}`);
      }
    }
  });
});

describe('loadErrorText', () => {
  it('explains every kind of lc-error, with advice', () => {
    for (const kind of [
      'network',
      'http',
      'timeout',
      'parse',
      'schema',
      'too-large',
      'aborted',
      'config',
    ]) {
      for (const lang of ['sv', 'en'] as const) {
        const { title, advice } = loadErrorText({ kind, status: 500 }, lang);
        assert.ok(title && advice && !title.includes('{'), `${kind} ${lang}`);
      }
    }
  });

  it('says "not found" for 404 and 410, the status for other HTTP errors', () => {
    assert.equal(
      loadErrorText({ kind: 'http', status: 404 }, 'sv').title,
      'Det finns inget flöde på adressen (404).',
    );
    assert.equal(
      loadErrorText({ kind: 'http', status: 410 }, 'en').title,
      'There is no feed at that address (410).',
    );
    assert.equal(
      loadErrorText({ kind: 'http', status: 503 }, 'en').title,
      'The server answered with an error (503).',
    );
    assert.match(
      loadErrorText({ kind: 'network' }, 'en').advice,
      /Access-Control-Allow-Origin: \*/,
    );
  });
});
