import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DARK_TOKENS, TOKEN_DEFAULTS, token, tokenDeclarations, tokens } from '../src/tokens.ts';

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const TEXT = [
  'color-text',
  'color-muted',
  'color-accent',
  'color-danger',
  'color-success',
  'color-warning',
] as const;
const NON_TEXT = ['color-border', 'color-focus'] as const;
const SURFACES = ['color-surface', 'color-surface-muted'] as const;

for (const [name, set] of [
  ['light defaults', TOKEN_DEFAULTS],
  ['dark tokens', DARK_TOKENS],
] as const) {
  describe(`${name} meet WCAG AA`, () => {
    for (const surface of SURFACES) {
      for (const fg of TEXT) {
        it(`${fg} on ${surface} ≥ 4.5:1`, () => {
          assert.ok(
            contrast(set[fg], set[surface]) >= 4.5,
            `${contrast(set[fg], set[surface]).toFixed(2)}:1`,
          );
        });
      }
      for (const fg of NON_TEXT) {
        it(`${fg} on ${surface} ≥ 3:1`, () => {
          assert.ok(
            contrast(set[fg], set[surface]) >= 3,
            `${contrast(set[fg], set[surface]).toFixed(2)}:1`,
          );
        });
      }
    }
    it('color-accent-contrast on color-accent ≥ 4.5:1 (button text)', () => {
      assert.ok(contrast(set['color-accent-contrast'], set['color-accent']) >= 4.5);
    });
  });
}

describe('tokens CSS', () => {
  it('resolves every public token into a private one with the default as fallback', () => {
    const text = tokens.cssText;
    for (const [name, value] of Object.entries(TOKEN_DEFAULTS)) {
      assert.ok(text.includes(`--_lc-${name}: var(--lc-${name}, ${value});`), name);
    }
  });

  it('does not declare the public names on :host, so a page can set them on :root', () => {
    assert.doesNotMatch(tokens.cssText, /(^|[\s;{])--lc-[\w-]+\s*:/);
  });

  it('uses logical properties only', () => {
    assert.doesNotMatch(
      tokens.cssText,
      /(margin|padding|border)-(left|right|top|bottom)|\b(left|right):/,
    );
  });

  it('token() and tokenDeclarations() write the names', () => {
    assert.equal(token('color-accent').cssText, 'var(--_lc-color-accent)');
    assert.equal(
      tokenDeclarations({ 'color-text': '#000', 'font-family': 'Georgia' }),
      '--lc-color-text: #000; --lc-font-family: Georgia;',
    );
  });
});
