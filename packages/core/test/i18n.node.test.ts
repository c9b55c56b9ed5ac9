import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from '../src/i18n/messages.en.ts';
import { sv } from '../src/i18n/messages.sv.ts';
import {
  FALLBACK_LANGUAGE,
  format,
  getMessages,
  onMessagesChange,
  registerMessages,
  resolveLocale,
  translate,
} from '../src/i18n/i18n.ts';
import { canonicalLanguage, isRtlLanguage, primaryLanguage } from '../src/i18n/language.ts';

describe('format', () => {
  it('fills {name} placeholders, formatting numbers for the language', () => {
    assert.equal(format('Start {date}', { date: '3 mars' }), 'Start 3 mars');
    assert.equal(format('{n} träffar', { n: 12345 }, 'sv'), '12\u00a0345 träffar');
  });

  it('leaves an unknown placeholder visible instead of dropping it', () => {
    assert.equal(format('Flödet ({status})', {}), 'Flödet ({status})');
    assert.equal(format('{toString}', {}), '{toString}');
  });

  it('picks the plural form with Intl.PluralRules and puts the formatted count at #', () => {
    const courses = { one: '# kurs', other: '# kurser' };
    assert.equal(format(courses, { count: 1 }, 'sv'), '1 kurs');
    assert.equal(format(courses, { count: 3 }, 'sv'), '3 kurser');
    assert.equal(format(courses, { count: 0 }, 'sv'), '0 kurser');
    assert.equal(format(courses, { count: 1.5 }, 'sv'), '1,5 kurser');
  });

  it('uses the categories of languages with more than two forms', () => {
    const arabic = {
      zero: 'zero',
      one: 'one',
      two: 'two',
      few: 'few #',
      many: 'many',
      other: 'other',
    };
    assert.equal(format(arabic, { count: 2 }, 'ar'), 'two');
    // The digits depend on ICU's default numbering for ar (Latin in recent CLDR).
    assert.match(format(arabic, { count: 3 }, 'ar'), /^few [3٣]$/);
    assert.equal(format(arabic, { count: 11 }, 'ar'), 'many');
    // A missing category falls back to `other`.
    assert.equal(format({ other: '# x' }, { count: 1 }, 'en'), '1 x');
  });

  it('uses `other` when no count is given', () => {
    assert.equal(format({ one: 'ett', other: 'flera' }, {}, 'sv'), 'flera');
  });
});

describe('tables', () => {
  it('sv and en have the same keys and the same kind of value per key', () => {
    assert.deepEqual(Object.keys(en).sort(), Object.keys(sv).sort());
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      assert.equal(typeof en[key], typeof sv[key], key);
    }
  });

  it('no text is empty, and plural texts have `other`', () => {
    for (const table of [sv, en]) {
      for (const [key, value] of Object.entries(table)) {
        if (typeof value === 'string') assert.ok(value.trim(), key);
        else assert.ok(value.other.trim(), key);
      }
    }
  });
});

describe('resolveLocale and getMessages', () => {
  it('keeps a language we have texts for, with its region', () => {
    assert.equal(resolveLocale('sv'), 'sv');
    assert.equal(resolveLocale('sv-FI'), 'sv-FI');
    assert.equal(resolveLocale('EN-gb'), 'en-GB');
    assert.equal(resolveLocale('sv_SE'), 'sv-SE');
  });

  it('gives English for languages we lack, and for nothing at all', () => {
    assert.equal(FALLBACK_LANGUAGE, 'en');
    assert.equal(resolveLocale('de'), 'en');
    assert.equal(resolveLocale(''), 'en');
    assert.equal(resolveLocale(undefined), 'en');
    assert.equal(resolveLocale('!!'), 'en');
  });

  it('returns the table of the primary language for a regional tag', () => {
    assert.equal(getMessages('sv-FI')['state.loading'], 'Laddar…');
    assert.equal(getMessages('en-GB')['state.loading'], 'Loading…');
    assert.equal(getMessages('de')['state.loading'], 'Loading…');
  });

  it('translate fills a key in a language', () => {
    assert.equal(
      translate('sv', 'error.notFound', { status: 404 }),
      'Vi hittade inte flödet (404).',
    );
    assert.equal(translate('en', 'debug.count', { count: 1 }), '1 issue found.');
    assert.equal(translate('sv', 'common.courses', { count: 2 }), '2 kurser');
  });
});

describe('registerMessages', () => {
  it('adds a language: given keys win, the rest is English', () => {
    registerMessages('fi', { 'state.loading': 'Ladataan…' });
    assert.equal(resolveLocale('fi-FI'), 'fi-FI');
    assert.equal(getMessages('fi')['state.loading'], 'Ladataan…');
    assert.equal(getMessages('fi')['state.retry'], 'Try again');
  });

  it('overrides a built-in language, more specific tags over less', () => {
    registerMessages('sv', { 'state.empty': 'Inga kurser just nu.' });
    registerMessages('sv-FI', { 'state.empty': 'Inga kurser för tillfället.' });
    assert.equal(getMessages('sv')['state.empty'], 'Inga kurser just nu.');
    assert.equal(getMessages('sv-FI')['state.empty'], 'Inga kurser för tillfället.');
    assert.equal(getMessages('sv-FI')['state.loading'], 'Laddar…');
    registerMessages('sv', { 'state.empty': sv['state.empty'] });
    registerMessages('sv-FI', { 'state.empty': sv['state.empty'] });
  });

  it('merges with what was registered before', () => {
    registerMessages('nb', { 'state.loading': 'Laster…' });
    registerMessages('nb', { 'state.retry': 'Prøv igjen' });
    assert.equal(getMessages('nb')['state.loading'], 'Laster…');
    assert.equal(getMessages('nb')['state.retry'], 'Prøv igjen');
  });

  it('tells listeners, until they unsubscribe', () => {
    let calls = 0;
    const stop = onMessagesChange(() => calls++);
    registerMessages('da', { 'state.loading': 'Indlæser…' });
    stop();
    registerMessages('da', { 'state.retry': 'Prøv igen' });
    assert.equal(calls, 1);
  });

  it('refuses something that is not a language tag', () => {
    assert.throws(() => registerMessages('not a tag', {}), RangeError);
  });
});

describe('language tags', () => {
  it('canonicalLanguage tidies what pages write, and rejects what is not a tag', () => {
    assert.equal(canonicalLanguage('sv-se'), 'sv-SE');
    assert.equal(canonicalLanguage(' sv_SE '), 'sv-SE');
    assert.equal(canonicalLanguage(''), undefined);
    assert.equal(canonicalLanguage(null), undefined);
    assert.equal(canonicalLanguage('x y'), undefined);
  });

  it('primaryLanguage and isRtlLanguage', () => {
    assert.equal(primaryLanguage('sv-FI'), 'sv');
    for (const rtl of ['ar', 'ar-EG', 'he', 'fa', 'ur'])
      assert.equal(isRtlLanguage(rtl), true, rtl);
    for (const ltr of ['sv', 'en', 'fi', 'tr']) assert.equal(isRtlLanguage(ltr), false, ltr);
  });
});
