/**
 * Step 5: the code to paste, with the script's address the editor may change,
 * and the CSP lines the page needs; each with a copy button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CopyResult } from './copy.ts';
import { msg, type BuilderLang } from './messages.ts';

export interface CodeOutputView {
  lang: BuilderLang;
  scriptUrl: string;
  /** The snippet; undefined until a feed is checked. */
  snippet?: string;
  cspLines: readonly string[];
  /** Whether the CSP lines hold a hash of the snippet's style block. */
  hasStyleHash: boolean;
  copied: { snippet?: CopyResult; csp?: CopyResult };
  onScriptUrl: (value: string) => void;
  onCopy: (what: 'snippet' | 'csp', field: HTMLTextAreaElement) => void;
}

function copyStatus(
  lang: BuilderLang,
  result: CopyResult | undefined,
  copied: 'snippet.copied' | 'csp.copied',
) {
  if (!result) return '';
  return result === 'copied' ? msg(lang, copied) : msg(lang, 'snippet.selected');
}

/** The textarea of the copy button's section. */
function fieldOf(event: Event): HTMLTextAreaElement {
  return (event.currentTarget as HTMLElement).closest('section')!.querySelector('textarea')!;
}

export function renderCodeOutput(view: CodeOutputView): TemplateResult {
  const { lang } = view;
  const lines = view.snippet ? view.snippet.split('\n').length : 3;
  return html`<section class="lcb-step" aria-labelledby="lcb-snippet-heading">
      <h2 id="lcb-snippet-heading">${msg(lang, 'snippet.heading')}</h2>
      <p>${msg(lang, 'snippet.intro')}</p>
      <div class="mb-3">
        <label class="form-label" for="lcb-script-url">${msg(lang, 'snippet.scriptUrl')}</label>
        <input
          class="form-control"
          id="lcb-script-url"
          type="url"
          spellcheck="false"
          aria-describedby="lcb-script-url-hint"
          .value=${view.scriptUrl}
          @input=${(event: Event) => view.onScriptUrl((event.target as HTMLInputElement).value)}
        />
        <div class="form-text" id="lcb-script-url-hint">${msg(lang, 'snippet.scriptHint')}</div>
      </div>
      ${
        view.snippet
          ? html`<label class="form-label" for="lcb-snippet">${msg(lang, 'snippet.label')}</label>
              <textarea
                class="form-control lcb-code"
                id="lcb-snippet"
                readonly
                spellcheck="false"
                rows=${Math.min(lines + 2, 16)}
                .value=${view.snippet}
              ></textarea>
              <div class="lcb-actions">
                <button
                  class="btn btn-primary"
                  type="button"
                  @click=${(event: Event) => view.onCopy('snippet', fieldOf(event))}
                >
                  ${msg(lang, 'snippet.copy')}
                </button>
                <p class="lcb-copy-status" role="status">
                  ${copyStatus(lang, view.copied.snippet, 'snippet.copied')}
                </p>
              </div>`
          : html`<p class="lcb-waiting">${msg(lang, 'snippet.waiting')}</p>`
      }
    </section>
    <section class="lcb-step" aria-labelledby="lcb-csp-heading">
      <h2 id="lcb-csp-heading">${msg(lang, 'csp.heading')}</h2>
      <p>${msg(lang, 'csp.intro')}</p>
      <label class="form-label" for="lcb-csp">${msg(lang, 'csp.label')}</label>
      <textarea
        class="form-control lcb-code"
        id="lcb-csp"
        readonly
        spellcheck="false"
        rows=${view.cspLines.length}
        .value=${view.cspLines.join('\n')}
      ></textarea>
      ${view.hasStyleHash ? html`<p class="form-text">${msg(lang, 'csp.styleNote')}</p>` : nothing}
      <div class="lcb-actions">
        <button
          class="btn btn-outline-secondary"
          type="button"
          @click=${(event: Event) => view.onCopy('csp', fieldOf(event))}
        >
          ${msg(lang, 'csp.copy')}
        </button>
        <p class="lcb-copy-status" role="status">
          ${copyStatus(lang, view.copied.csp, 'csp.copied')}
        </p>
      </div>
    </section>`;
}
