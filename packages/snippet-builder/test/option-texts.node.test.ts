import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { widgetCatalogue } from '../src/catalogue.ts';
import {
  OPTION_TEXTS_SV,
  TOKEN_TEXTS_SV,
  WIDGET_NAMES,
  WIDGET_SUMMARIES_SV,
  isThemeToken,
  optionText,
} from '../src/option-texts.ts';
import { committedManifests } from './helpers/manifests.ts';

const catalogue = widgetCatalogue([...committedManifests().values()]);

describe('the builder’s words for what the manifests list', () => {
  it('names and summarises every widget in Swedish and English', () => {
    for (const { tagName } of catalogue) {
      assert.ok(WIDGET_NAMES[tagName]?.sv && WIDGET_NAMES[tagName]?.en, tagName);
      assert.ok(WIDGET_SUMMARIES_SV[tagName], tagName);
    }
  });

  it('has a Swedish text for every option of every widget', () => {
    const missing = catalogue.flatMap((w) =>
      w.options
        .filter((o) => optionText(w.tagName, o, 'sv') === o.description)
        .map((o) => `${w.tagName} ${o.attribute}`),
    );
    assert.deepEqual(missing, []);
  });

  it('has no Swedish text for an option no widget has', () => {
    const known = new Set(
      catalogue.flatMap((w) =>
        w.options.flatMap((o) => [o.attribute, `${w.tagName} ${o.attribute}`]),
      ),
    );
    assert.deepEqual(
      Object.keys(OPTION_TEXTS_SV).filter((key) => !known.has(key)),
      [],
    );
  });

  it('has a Swedish text for every design token the builder offers', () => {
    const offered = new Set(
      catalogue.flatMap((w) => w.tokens.map((t) => t.name)).filter(isThemeToken),
    );
    assert.ok(offered.has('--lc-color-accent'));
    assert.deepEqual(
      [...offered].filter((name) => !TOKEN_TEXTS_SV[name]),
      [],
    );
    assert.deepEqual(
      Object.keys(TOKEN_TEXTS_SV).filter((name) => !offered.has(name)),
      [],
    );
  });
});
