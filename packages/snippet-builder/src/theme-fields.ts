/**
 * Step 4: colours and shape through the `--lc-*` design tokens the manifest
 * lists: a colour field per colour token, text fields for the corner radius
 * and the font. Only values that differ from the default go into the snippet.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TokenInfo } from './catalogue.ts';
import { msg, type BuilderLang } from './messages.ts';
import { isThemeToken, tokenText } from './option-texts.ts';
import { isSafeTokenValue } from './snippet.ts';

export interface ThemeFieldsView {
  lang: BuilderLang;
  tokens: readonly TokenInfo[];
  /** The editor's values, by token name (changed ones only). */
  values: Readonly<Record<string, string>>;
  onValue: (name: string, value: string) => void;
  onDark: () => void;
  onReset: () => void;
}

const isColour = (token: TokenInfo) => token.name.startsWith('--lc-color-');
const HEX = /^#[0-9a-f]{6}$/i;

function renderToken(view: ThemeFieldsView, token: TokenInfo): TemplateResult {
  const id = `lcb-token${token.name.slice(4)}`;
  const value = view.values[token.name] ?? '';
  const label = html`${tokenText(token, view.lang)} <code>${token.name}</code>`;
  const onInput = (event: Event) =>
    view.onValue(token.name, (event.target as HTMLInputElement).value);
  if (isColour(token) && HEX.test(token.defaultValue ?? '')) {
    return html`<div class="lcb-colour">
      <input
        class="form-control form-control-color"
        type="color"
        id=${id}
        .value=${HEX.test(value) ? value.toLowerCase() : token.defaultValue!.toLowerCase()}
        @input=${onInput}
      />
      <label class="form-label" for=${id}>${label}</label>
    </div>`;
  }
  const invalid = value !== '' && !isSafeTokenValue(value);
  return html`<div class="mb-3">
    <label class="form-label" for=${id}>${label}</label>
    <input
      class="form-control ${invalid ? 'is-invalid' : ''}"
      type="text"
      id=${id}
      spellcheck="false"
      placeholder=${token.defaultValue ?? nothing}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${invalid ? `${id}-error` : nothing}
      .value=${value}
      @input=${onInput}
    />
    ${
      invalid
        ? html`<div class="invalid-feedback" id="${id}-error">
            ${msg(view.lang, 'theme.invalid')}
          </div>`
        : nothing
    }
  </div>`;
}

export function renderThemeFields(view: ThemeFieldsView): TemplateResult {
  const { lang } = view;
  const tokens = view.tokens.filter((token) => isThemeToken(token.name));
  return html`<section class="lcb-step" aria-labelledby="lcb-theme-heading">
    <h2 id="lcb-theme-heading">${msg(lang, 'theme.heading')}</h2>
    <p>${msg(lang, 'theme.intro')}</p>
    <div class="lcb-colours">${tokens.filter(isColour).map((t) => renderToken(view, t))}</div>
    ${tokens.filter((token) => !isColour(token)).map((t) => renderToken(view, t))}
    <div class="lcb-actions">
      <button class="btn btn-outline-secondary" type="button" @click=${view.onDark}>
        ${msg(lang, 'theme.dark')}
      </button>
      <button class="btn btn-outline-secondary" type="button" @click=${view.onReset}>
        ${msg(lang, 'theme.reset')}
      </button>
    </div>
  </section>`;
}
