/**
 * What every widget form does the same way: a field's error next to it with
 * the id its `aria-describedby` points at, and the consent checkbox linked to
 * the feed's privacy notice (opened in a new tab, so the form is not lost, and
 * said so to screen readers).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** `aria-describedby` of `field`: its hints, then its error when it has one. */
export function fieldDescribedBy(
  field: string,
  hasError: boolean,
  ...hints: (string | undefined | false)[]
): string | typeof nothing {
  return [...hints, hasError && `${field}-error`].filter(Boolean).join(' ') || nothing;
}

/** The error texts of `field` under it (`part="field-error"`), or nothing. */
export function renderFieldError(
  field: string,
  texts: readonly string[],
): TemplateResult | typeof nothing {
  if (!texts.length) return nothing;
  return html`<p id="${field}-error" part="field-error" class="field-error">
    ${texts.map((text) => html`<span>${text}</span> `)}
  </p>`;
}

/** What the consent checkbox says and links to. */
export interface ConsentFieldOptions {
  checked: boolean;
  /** Why it is not accepted yet (shown once the person tried to send). */
  errors: readonly string[];
  label: string;
  /** The feed's privacy notice, already through `safeUrl`; no link without one. */
  privacyHref?: string;
  privacyLabel: string;
  /** "(opens in a new tab)", for screen readers. */
  newTabLabel: string;
  /** Extra classes of the wrapper, for the widget's own layout. */
  className?: string;
}

/** The consent checkbox (`id="consent"`), its label, the privacy link and its error. */
export function renderConsentField(options: ConsentFieldOptions): TemplateResult {
  const { checked, errors, privacyHref } = options;
  return html`<div class="field consent ${options.className ?? ''}">
    <input
      type="checkbox"
      id="consent"
      name="consent"
      required
      .checked=${live(checked)}
      aria-invalid=${errors.length ? 'true' : nothing}
      aria-describedby=${fieldDescribedBy('consent', errors.length > 0, privacyHref && 'privacy')}
    />
    <label for="consent">${options.label}</label>
    ${
      privacyHref
        ? html`<p id="privacy">
            <a part="privacy-link" href=${privacyHref} target="_blank" rel="noopener"
              >${options.privacyLabel}
              <span class="lc-visually-hidden">${options.newTabLabel}</span></a
            >
          </p>`
        : nothing
    }
    ${renderFieldError('consent', errors)}
  </div>`;
}
