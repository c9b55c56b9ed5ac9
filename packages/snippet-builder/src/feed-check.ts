/**
 * Step 1: the editor's feed address, the check, and what the check found:
 * the feed's contents and its issues in plain words, or why it cannot be used.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedIssue, LoadedFeed } from '../../feed/src/index.ts';
import { issueText, loadErrorText } from './issue-text.ts';
import { msg, type BuilderLang } from './messages.ts';

/** How many issues are listed; the rest are counted. */
export const ISSUE_LIMIT = 50;

/** Where the check is. */
export type FeedCheck =
  | { state: 'idle' }
  | { state: 'invalid' }
  | { state: 'checking'; url: string }
  | { state: 'ready'; url: string; loaded: LoadedFeed }
  | {
      state: 'failed';
      url: string;
      error: { kind: string; status?: number; issues: readonly FeedIssue[] };
    };

export interface FeedCheckView {
  lang: BuilderLang;
  input: string;
  check: FeedCheck;
  /** The sample feed's address, when the page offers one. */
  sampleFeed?: string;
  onInput: (value: string) => void;
  onSubmit: (event: SubmitEvent) => void;
  onSample: () => void;
}

function renderIssues(issues: readonly FeedIssue[], lang: BuilderLang): TemplateResult {
  const shown = issues.slice(0, ISSUE_LIMIT);
  return html`<p>${msg(lang, 'feed.issues', { count: issues.length })}</p>
    <ul class="lcb-issues list-unstyled">
      ${shown.map((issue) => {
        const text = issueText(issue, lang);
        return html`<li class="lcb-issue lcb-issue--${text.severity}">
          <span class="badge ${text.severity === 'error' ? 'text-bg-danger' : 'text-bg-warning'}"
            >${msg(lang, `severity.${text.severity}`)}</span
          >
          <strong>${text.where}:</strong> ${text.what} ${text.effect}
          <div class="form-text">${msg(lang, 'issue.detail')} <code>${text.detail}</code></div>
        </li>`;
      })}
    </ul>
    ${
      issues.length > shown.length
        ? html`<p>${msg(lang, 'feed.more', { count: issues.length - shown.length })}</p>`
        : nothing
    }`;
}

/** The short words the live region announces after a check. */
function statusText(check: FeedCheck, lang: BuilderLang): string {
  switch (check.state) {
    case 'checking':
      return msg(lang, 'feed.checking');
    case 'ready':
      return `${msg(lang, 'feed.ok')} ${
        check.loaded.issues.length === 0
          ? msg(lang, 'feed.clean')
          : msg(lang, 'feed.issues', { count: check.loaded.issues.length })
      }`;
    case 'failed':
      return `${msg(lang, 'feed.failed')}: ${loadErrorText(check.error, lang).title}`;
    case 'invalid':
      return msg(lang, 'feed.invalidUrl');
    default:
      return '';
  }
}

function renderResult(check: FeedCheck, lang: BuilderLang): unknown {
  if (check.state === 'ready') {
    const { feed, issues } = check.loaded;
    return html`<div class="lcb-result alert ${issues.length ? 'alert-warning' : 'alert-success'}">
      <p class="fw-bold">${msg(lang, 'feed.ok')}</p>
      <p>
        ${msg(lang, 'feed.contents', {
          centres: feed.centres.length,
          courses: feed.courses.length,
          events: feed.events.length,
          partners: feed.partners.length,
        })}
      </p>
      ${issues.length === 0 ? html`<p>${msg(lang, 'feed.clean')}</p>` : renderIssues(issues, lang)}
    </div>`;
  }
  if (check.state === 'failed') {
    const text = loadErrorText(check.error, lang);
    return html`<div class="lcb-result alert alert-danger">
      <p class="fw-bold">${msg(lang, 'feed.failed')}: ${text.title}</p>
      <p>${text.advice}</p>
      ${check.error.issues.length ? renderIssues(check.error.issues, lang) : nothing}
    </div>`;
  }
  return nothing;
}

export function renderFeedCheck(view: FeedCheckView): TemplateResult {
  const { lang, check } = view;
  const invalid = check.state === 'invalid';
  return html`<section class="lcb-step" aria-labelledby="lcb-feed-heading">
    <h2 id="lcb-feed-heading">${msg(lang, 'feed.heading')}</h2>
    <form class="lcb-feed-form" novalidate @submit=${view.onSubmit}>
      <label class="form-label" for="lcb-feed-url">${msg(lang, 'feed.label')}</label>
      <input
        id="lcb-feed-url"
        class="form-control ${invalid ? 'is-invalid' : ''}"
        type="url"
        name="feed"
        inputmode="url"
        autocomplete="url"
        spellcheck="false"
        placeholder="https://"
        aria-describedby="lcb-feed-hint"
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${view.input}
        @input=${(event: Event) => view.onInput((event.target as HTMLInputElement).value)}
      />
      <div id="lcb-feed-hint" class="form-text">${msg(lang, 'feed.hint')}</div>
      <div class="lcb-actions">
        <button class="btn btn-primary" type="submit" ?disabled=${check.state === 'checking'}>
          ${msg(lang, 'feed.check')}
        </button>
        ${
          view.sampleFeed
            ? html`<button class="btn btn-outline-secondary" type="button" @click=${view.onSample}>
                ${msg(lang, 'feed.sample')}
              </button>`
            : nothing
        }
      </div>
    </form>
    <p class="lcb-status visually-hidden" role="status">${statusText(check, lang)}</p>
    ${renderResult(check, lang)}
  </section>`;
}
