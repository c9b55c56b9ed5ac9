import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DARK_TOKENS, TOKEN_DEFAULTS, type TokenName } from '../src/index.ts';

/**
 * The `--lc-*` design tokens with their defaults and the dark set. A page sets
 * them anywhere above the widgets (`:root`, a wrapper, the element); unset
 * ones fall back to these defaults inside each widget.
 */
const meta: Meta = {
  title: 'Core/Design tokens',
  render: () =>
    html`<table style="border-collapse: collapse; font: 14px/1.4 system-ui, sans-serif">
      <thead>
        <tr>
          <th style="text-align: start; padding: 4px 12px 4px 0">Token</th>
          <th style="text-align: start; padding: 4px 12px 4px 0">Default</th>
          <th style="text-align: start; padding: 4px 12px 4px 0">Dark set</th>
        </tr>
      </thead>
      <tbody>
        ${(Object.keys(TOKEN_DEFAULTS) as TokenName[]).map((name) => {
          const dark = (DARK_TOKENS as Partial<Record<TokenName, string>>)[name];
          return html`<tr>
            <td style="padding: 4px 12px 4px 0"><code>--lc-${name}</code></td>
            <td style="padding: 4px 12px 4px 0">${value(TOKEN_DEFAULTS[name], name)}</td>
            <td style="padding: 4px 12px 4px 0">${dark ? value(dark, name) : '—'}</td>
          </tr>`;
        })}
        <tr>
          <td style="padding: 4px 12px 4px 0"><code>--lc-font-family</code></td>
          <td style="padding: 4px 12px 4px 0">the page's font</td>
          <td style="padding: 4px 12px 4px 0">—</td>
        </tr>
      </tbody>
    </table>`,
};
export default meta;

function value(css: string, name: string) {
  return html`${
      name.startsWith('color-')
        ? html`<span
            style="display: inline-block; inline-size: 1.2em; block-size: 1.2em; margin-inline-end: 6px; vertical-align: middle; border: 1px solid #8888; background: ${css}"
          ></span>`
        : ''
    }<code>${css}</code>`;
}

export const Tokens: StoryObj = {};
