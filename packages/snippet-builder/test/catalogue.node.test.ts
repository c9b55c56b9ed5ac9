import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUILDER_ATTRIBUTES, optionKind, widgetCatalogue } from '../src/catalogue.ts';
import { committedManifests } from './helpers/manifests.ts';

const catalogue = widgetCatalogue([...committedManifests().values()]);
const widget = (tag: string) => {
  const found = catalogue.find((w) => w.tagName === tag);
  assert.ok(found, `${tag} is in the catalogue`);
  return found;
};
const option = (tag: string, attribute: string) => {
  const found = widget(tag).options.find((o) => o.attribute === attribute);
  assert.ok(found, `${tag} has the option ${attribute}`);
  return found;
};

describe('optionKind', () => {
  it('reads booleans, literal unions, numbers and the rest from the type text', () => {
    assert.deepEqual(optionKind('boolean'), { kind: 'boolean', values: [] });
    assert.deepEqual(optionKind("'list' | 'grid'"), { kind: 'choice', values: ['list', 'grid'] });
    assert.deepEqual(optionKind("'grid' | 'row' | string"), {
      kind: 'choice',
      values: ['grid', 'row'],
    });
    assert.deepEqual(optionKind('2 | 3 | 4 | string | undefined'), {
      kind: 'choice',
      values: ['2', '3', '4'],
    });
    assert.deepEqual(optionKind('number | string | undefined'), { kind: 'number', values: [] });
    assert.deepEqual(optionKind('string | undefined'), { kind: 'text', values: [] });
    assert.deepEqual(optionKind(''), { kind: 'text', values: [] });
  });
});

describe('widgetCatalogue from the committed manifests', () => {
  it('has every widget, by tag name', () => {
    const tags = catalogue.map((w) => w.tagName);
    assert.deepEqual(tags, [...tags].sort());
    for (const tag of [
      'lc-centre-finder',
      'lc-course-finder',
      'lc-event-calendar',
      'lc-guidance-booking',
      'lc-partner-logos',
    ])
      assert.ok(tags.includes(tag), tag);
  });

  it('offers no attribute the builder sets itself or keeps out of snippets', () => {
    for (const w of catalogue)
      for (const name of BUILDER_ATTRIBUTES)
        assert.equal(
          w.options.some((o) => o.attribute === name),
          false,
          `${w.tagName} ${name}`,
        );
  });

  it('reads each option the way the JSDoc and the type give it', () => {
    assert.deepEqual(option('lc-course-finder', 'layout'), {
      attribute: 'layout',
      kind: 'choice',
      values: ['list', 'grid'],
      defaultValue: 'list',
      description: '`list` (one card per row) or `grid` (as many columns as fit).',
    });
    assert.equal(option('lc-course-finder', 'open-only').kind, 'boolean');
    assert.equal(option('lc-course-finder', 'page-size').kind, 'number');
    assert.equal(option('lc-course-finder', 'page-size').defaultValue, '20');
    assert.deepEqual(option('lc-event-calendar', 'view').values, ['list', 'month', 'week']);
    assert.deepEqual(option('lc-partner-logos', 'layout').values, ['grid', 'row', 'marquee']);
    assert.deepEqual(option('lc-partner-logos', 'heading-level').values, ['2', '3', '4', '5', '6']);
    assert.equal(option('lc-centre-finder', 'service').kind, 'choice');
    assert.ok(option('lc-centre-finder', 'service').values.includes('exam-invigilation'));
    assert.equal(option('lc-centre-finder', 'map-url-template').kind, 'text');
  });

  it('lists the design tokens every widget reads, with their defaults', () => {
    for (const w of catalogue) {
      const accent = w.tokens.find((t) => t.name === '--lc-color-accent');
      assert.equal(accent?.defaultValue, '#0b5cad', w.tagName);
    }
    assert.ok(widget('lc-partner-logos').tokens.some((t) => t.name === '--lc-partner-logos-gap'));
  });

  it('summarises each widget with the first sentence of its JSDoc, without the tag', () => {
    for (const w of catalogue) {
      assert.match(w.summary, /^[A-Z].*[.!?]$/, w.tagName);
      assert.equal(w.summary.includes(`<${w.tagName}>`), false, w.tagName);
    }
  });
});
