import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatLanguageName } from '../src/format-language.ts';

describe('formatLanguageName', () => {
  it("names a language in the page's language", () => {
    assert.equal(formatLanguageName('sv', 'sv'), 'svenska');
    assert.equal(formatLanguageName('en', 'sv'), 'engelska');
    assert.equal(formatLanguageName('sv', 'en'), 'Swedish');
    assert.equal(formatLanguageName('en-GB', 'en'), 'British English');
  });

  it('gives back a tag it cannot name or read', () => {
    assert.equal(formatLanguageName('not a tag', 'sv'), 'not a tag');
    assert.equal(formatLanguageName('', 'sv'), '');
  });
});
