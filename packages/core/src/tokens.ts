/**
 * Design tokens. A page themes every widget with `--lc-*` custom properties
 * set anywhere above them — `:root`, a wrapper, or the element itself:
 *
 *     :root { --lc-color-accent: #7a1f5c; --lc-radius: 0; }
 *
 * Inside the shadow root each token is resolved once, on `:host`, into a
 * private `--_lc-*` property with our default as fallback. (Declaring the
 * public `--lc-*` names on `:host` would shadow what the page set on `:root`.)
 * Widget CSS reads the private one, behind its own component variable:
 *
 *     background: var(--lc-card-background, ${token('color-surface')});
 *
 * The defaults meet WCAG 2.2 AA on `color-surface` and `color-surface-muted`
 * (text ≥ 4.5:1, borders and focus ring ≥ 3:1; checked in tokens.node.test.ts).
 * There is no automatic dark mode: the page decides. `DARK_TOKENS` is a tested
 * dark set a page (or a story) can apply.
 *
 * `--lc-font-family` has no default: widgets use the page's font unless set.
 * Sizes are in `em`, not `rem`, and the font size defaults to the surrounding
 * text (`1em`): a page that shrinks its root (`html { font-size: 62.5% }`)
 * does not shrink the widgets.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

/** Default value of every token, by name without the `--lc-` prefix. */
export const TOKEN_DEFAULTS = {
  'color-text': '#1f2328',
  'color-muted': '#595f66',
  'color-surface': '#ffffff',
  'color-surface-muted': '#f4f6f8',
  'color-border': '#7a828b',
  'color-accent': '#0b5cad',
  'color-accent-contrast': '#ffffff',
  'color-danger': '#b42318',
  'color-success': '#1a7f37',
  'color-warning': '#8a4b00',
  'color-focus': '#0b5cad',
  'font-size': '1em',
  'line-height': '1.5',
  'space-1': '0.25em',
  'space-2': '0.5em',
  'space-3': '0.75em',
  'space-4': '1em',
  'space-5': '1.5em',
  'space-6': '2em',
  radius: '0.375em',
  shadow: '0 1px 2px rgb(0 0 0 / 0.08), 0 2px 8px rgb(0 0 0 / 0.08)',
  'focus-ring-width': '3px',
  'motion-duration': '150ms',
} as const;

/** A token's name without the `--lc-` prefix: `color-accent`, `space-3` … */
export type TokenName = keyof typeof TOKEN_DEFAULTS;

/** Colour tokens. */
export type ColorTokenName = Extract<TokenName, `color-${string}`>;

/**
 * A dark colour set that meets the same contrast rules. Apply it by setting
 * these as `--lc-*` properties, e.g. with `tokenDeclarations(DARK_TOKENS)`.
 */
export const DARK_TOKENS: Readonly<Record<ColorTokenName, string>> = {
  'color-text': '#e6edf3',
  'color-muted': '#9ba5b0',
  'color-surface': '#161b22',
  'color-surface-muted': '#21262d',
  'color-border': '#768390',
  'color-accent': '#6cb6ff',
  'color-accent-contrast': '#0d1117',
  'color-danger': '#ff7b72',
  'color-success': '#56d364',
  'color-warning': '#e3b341',
  'color-focus': '#6cb6ff',
};

/** `var(--_lc-<name>)`, for widget CSS: a typo in the name fails to compile. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--_lc-${name})`);
}

/** `--lc-color-text: #e6edf3; …` — token values as CSS declarations, for a page's style sheet or a story. */
export function tokenDeclarations(
  values: Readonly<Partial<Record<TokenName | 'font-family', string>>>,
): string {
  return Object.entries(values)
    .map(([name, value]) => `--lc-${name}: ${value};`)
    .join(' ');
}

// Our own constants, never page or feed input: safe for unsafeCSS.
const resolved = Object.entries(TOKEN_DEFAULTS)
  .map(([name, value]) => `--_lc-${name}: var(--lc-${name}, ${value});`)
  .join('\n');

/**
 * The tokens resolved on `:host`, the host's display rules, a box-sizing reset,
 * a visible focus ring and reduced motion. Part of `LcElement.baseStyles`.
 */
export const tokens: CSSResult = css`
  :host {
    ${unsafeCSS(resolved)}
    --_lc-focus-ring: var(
      --lc-focus-ring,
      var(--_lc-focus-ring-width) solid var(--_lc-color-focus)
    );
    display: block;
    box-sizing: border-box;
    color: var(--_lc-color-text);
    /* Unset: the page's font. */
    font-family: var(--lc-font-family);
    font-size: var(--_lc-font-size);
    line-height: var(--_lc-line-height);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: var(--_lc-focus-ring);
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_lc-motion-duration: 0s;
    }
  }
`;
