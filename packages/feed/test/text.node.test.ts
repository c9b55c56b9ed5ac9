import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allTexts, pickLanguage, pickText } from '../src/text.ts';

describe('pickText', () => {
  const both = { sv: 'Matematik', en: 'Mathematics' };

  it('returns a plain string whatever the language', () => {
    assert.equal(pickText('Undersköterska', 'en', 'sv'), 'Undersköterska');
  });

  it("returns '' for no text", () => {
    assert.equal(pickText(undefined, 'sv', 'sv'), '');
    assert.equal(pickText({}, 'sv', 'sv'), '');
  });

  it('picks the exact language', () => {
    assert.equal(pickText(both, 'en', 'sv'), 'Mathematics');
    assert.equal(pickText(both, 'sv', 'en'), 'Matematik');
  });

  it('compares tags without regard to case', () => {
    assert.equal(
      pickText({ 'sv-FI': 'finlandssvenska', sv: 'svenska' }, 'SV-fi', 'en'),
      'finlandssvenska',
    );
    assert.equal(pickText({ EN: 'English', sv: 'svenska' }, 'en', 'sv'), 'English');
  });

  it('falls back from a regional tag to its language (sv-FI → sv)', () => {
    assert.equal(pickText(both, 'sv-FI', 'en'), 'Matematik');
  });

  it('shortens a long tag one subtag at a time (zh-Hant-TW → zh-Hant before zh)', () => {
    const text = { zh: '简体', 'zh-Hant': '繁體', en: 'English' };
    assert.equal(pickText(text, 'zh-Hant-TW', 'en'), '繁體');
  });

  it('finds a regional text for a bare language (en → en-GB)', () => {
    assert.equal(
      pickText({ sv: 'Basår', 'en-GB': 'Foundation year' }, 'en', 'sv'),
      'Foundation year',
    );
    assert.equal(
      pickText({ sv: 'Basår', 'en-GB': 'Foundation year' }, 'en-US', 'sv'),
      'Foundation year',
    );
  });

  it('prefers the bare language to a sibling region (sv-FI finds sv before sv-SE)', () => {
    assert.equal(pickText({ 'sv-SE': 'rikssvenska', sv: 'svenska' }, 'sv-FI', 'en'), 'svenska');
  });

  it('does not take a language that merely starts with the same letters (en does not find eng)', () => {
    assert.equal(pickText({ sv: 'svenska', eng: 'engelska?' }, 'en', 'sv'), 'svenska');
  });

  it("then uses the fallback (the feed's) language", () => {
    assert.equal(pickText(both, 'ar', 'sv'), 'Matematik');
    assert.equal(pickText(both, 'ar', 'en-GB'), 'Mathematics');
  });

  it('then the first text given', () => {
    assert.equal(pickText({ fi: 'Matematiikka', se: 'Matematihkka' }, 'ar', 'sv'), 'Matematiikka');
  });

  it('tries a list of preferred languages in order before the fallback', () => {
    const text = { sv: 'Matematik', en: 'Mathematics', de: 'Mathematik' };
    assert.equal(pickText(text, ['ar', 'de-AT'], 'sv'), 'Mathematik');
    assert.equal(pickText(text, [undefined, '', 'en'], 'sv'), 'Mathematics');
    assert.equal(pickText(text, ['ar', 'fa'], 'sv'), 'Matematik');
    assert.equal(pickText(text, [], 'en'), 'Mathematics');
    assert.equal(pickLanguage(text, ['ar', 'de-AT'], 'sv'), 'de');
  });

  it('skips an empty page language', () => {
    assert.equal(pickText(both, '', 'en'), 'Mathematics');
  });
});

describe('pickLanguage', () => {
  it('names the tag of the text pickText chose, as the feed wrote it', () => {
    const text = { sv: 'Basår', 'en-GB': 'Foundation year' };
    assert.equal(pickLanguage(text, 'en', 'sv'), 'en-GB');
    assert.equal(pickLanguage(text, 'sv-FI', 'en'), 'sv');
    assert.equal(pickLanguage(text, 'ar', 'sv'), 'sv');
    assert.equal(pickLanguage({ fi: 'Matematiikka' }, 'ar', 'sv'), 'fi');
  });

  it("takes a plain string to be in the fallback (the feed's) language", () => {
    assert.equal(pickLanguage('Undersköterska', 'en', 'sv'), 'sv');
  });

  it('is undefined when there is no text', () => {
    assert.equal(pickLanguage(undefined, 'sv', 'sv'), undefined);
    assert.equal(pickLanguage({}, 'sv', 'sv'), undefined);
  });

  it('agrees with pickText on every combination', () => {
    const text = { sv: 'a', 'sv-FI': 'b', 'en-GB': 'c', de: 'd' };
    for (const language of ['sv', 'sv-FI', 'sv-SE', 'en', 'en-US', 'de-AT', 'fr', ''])
      for (const fallback of ['sv', 'en', 'fr']) {
        const tag = pickLanguage(text, language, fallback)!;
        assert.equal(text[tag as keyof typeof text], pickText(text, language, fallback));
      }
  });
});

describe('allTexts', () => {
  it('lists every language of a text', () => {
    assert.deepEqual(allTexts({ sv: 'Fysik', en: 'Physics' }), ['Fysik', 'Physics']);
    assert.deepEqual(allTexts('Fysik'), ['Fysik']);
    assert.deepEqual(allTexts(undefined), []);
  });
});
