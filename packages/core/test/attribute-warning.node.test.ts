import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { warnInvalidAttribute } from '../src/attribute-warning.ts';

describe('warnInvalidAttribute', () => {
  const original = console.warn;
  let warnings: string[];
  beforeEach(() => {
    warnings = [];
    console.warn = (message: string) => warnings.push(message);
  });
  afterEach(() => {
    console.warn = original;
  });

  const host = () => ({ localName: 'lc-course-finder' }) as Element;

  it('names the element, the attribute, its value, what is allowed and the default used', () => {
    assert.equal(
      warnInvalidAttribute(host(), 'page-size', 'abc', 'a whole number from 1 to 100', '20'),
      true,
    );
    assert.deepEqual(warnings, [
      '<lc-course-finder>: page-size="abc" is not allowed; use a whole number from 1 to 100. Using 20.',
    ]);
  });

  it('warns once per element, attribute and value', () => {
    const a = host();
    warnInvalidAttribute(a, 'layout', 'table', '"list" or "grid"', 'list');
    assert.equal(warnInvalidAttribute(a, 'layout', 'table', '"list" or "grid"', 'list'), false);
    warnInvalidAttribute(a, 'layout', 'cards', '"list" or "grid"');
    warnInvalidAttribute(host(), 'layout', 'table', '"list" or "grid"', 'list');
    assert.deepEqual(warnings, [
      '<lc-course-finder>: layout="table" is not allowed; use "list" or "grid". Using list.',
      '<lc-course-finder>: layout="cards" is not allowed; use "list" or "grid".',
      '<lc-course-finder>: layout="table" is not allowed; use "list" or "grid". Using list.',
    ]);
  });
});
