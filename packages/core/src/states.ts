/**
 * The markup of the states every widget shares — loading, error, empty — and
 * the debug panel. `LcElement.renderStates` puts them together; the pieces are
 * exported for widgets that need one inside their own layout.
 */
import { formatIssue, type FeedIssue } from '@learning-centre/feed/widget';
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey, MessageParams } from './i18n/message-types.ts';
import { errorMessageKey, type WidgetError } from './widget-error.ts';

/** Looks up a UI text (a widget's `t`). */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** At most this many issues are listed; a feed with thousands would bury the page. */
export const DEBUG_ISSUE_LIMIT = 100;

/** "Laddar…" in a polite live region, with a spinner that is decoration only. */
export function renderLoading(t: Translate): TemplateResult {
  return html`<div role="status" part="status loading" class="lc-state lc-loading">
    <span class="lc-spinner" aria-hidden="true"></span>${t('state.loading')}
  </div>`;
}

/** Options of `renderError`. */
export interface ErrorViewOptions {
  /** A retry is under way: the button stays (and keeps focus) but does nothing. */
  retrying: boolean;
  onRetry: () => void;
}

/**
 * Why the feed cannot be shown, in plain words, with its address and a
 * "Försök igen" button (not for `config`: retrying cannot add an attribute).
 */
export function renderError(
  error: WidgetError,
  t: Translate,
  { retrying, onRetry }: ErrorViewOptions,
): TemplateResult {
  const params: MessageParams = error.status === undefined ? {} : { status: error.status };
  return html`<div role="alert" part="alert" class="lc-state lc-error">
    <p class="lc-error-message">${t(errorMessageKey(error), params)}</p>
    ${
      error.url
        ? html`<p class="lc-error-url">
            ${t('state.feedAddress')} <span class="lc-url" dir="ltr">${error.url}</span>
          </p>`
        : nothing
    }
    ${
      error.kind === 'config'
        ? nothing
        : renderRetryButton(retrying, onRetry, t(retrying ? 'state.retrying' : 'state.retry'))
    }
  </div>`;
}

/** A ready feed with nothing to show: the widget's own words, or "Det finns inget att visa just nu." */
export function renderEmpty(content: unknown): TemplateResult {
  return html`<div role="status" part="status empty" class="lc-state lc-empty">${content}</div>`;
}

/**
 * For editors (the `debug` attribute): every feed issue as `path: message`
 * with its severity in words, not colour alone. Issue texts come from the
 * validator in English, so they are marked `lang="en"`.
 */
export function renderDebugPanel(issues: readonly FeedIssue[], t: Translate): TemplateResult {
  const shown = issues.slice(0, DEBUG_ISSUE_LIMIT);
  const hidden = issues.length - shown.length;
  return html`<section part="debug" class="lc-debug" aria-labelledby="lc-debug-title">
    <p id="lc-debug-title" class="lc-debug-title">${t('debug.title')}</p>
    <p class="lc-debug-hint">${t('debug.hint')}</p>
    <p>${issues.length ? t('debug.count', { count: issues.length }) : t('debug.none')}</p>
    ${
      shown.length
        ? html`<ul class="lc-debug-list">
            ${shown.map(
              (issue) =>
                html`<li class="lc-issue" data-severity=${issue.severity}>
                  <span class="lc-severity">${t(`severity.${issue.severity}`)}</span>
                  <code lang="en">${formatIssue(issue)}</code>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${hidden > 0 ? html`<p>${t('debug.more', { count: hidden })}</p>` : nothing}
  </section>`;
}

/**
 * "Försök igen" (`part="retry-button"`): while `busy` it stays focusable and
 * announced as unavailable (`aria-disabled`), and a click does nothing.
 */
export function renderRetryButton(
  busy: boolean,
  onRetry: () => void,
  label: string,
): TemplateResult {
  return html`<button
    type="button"
    part="retry-button"
    class="lc-button"
    aria-disabled=${busy ? 'true' : 'false'}
    @click=${() => {
      if (!busy) onRetry();
    }}
  >
    ${label}
  </button>`;
}
