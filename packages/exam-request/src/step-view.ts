/**
 * What every view of the request shares: what it is rendered from, its
 * heading (focused when the view changes), and a problem shown in the open
 * with what to do about it — try again, or send the request by e-mail.
 */
import {
  renderHeading,
  renderRetryButton,
  type HeadingLevel,
  type MessageParams,
} from '@learning-centre/core';
import type { LocalizedText, Provider } from '@learning-centre/feed/widget';
import { html, nothing, type TemplateResult } from 'lit';
import type { ExamFlow } from './exam-flow.ts';
import type { StepMessageKey } from './steps-messages.ts';

/** The prepared e-mail: its address, subject and body, and the `mailto:` link (when the address is usable). */
export interface MailDraft {
  to: string;
  subject: string;
  body: string;
  href?: string;
}

/** What the views are rendered from, read afresh for each render. */
export interface StepView {
  flow: ExamFlow;
  msg(key: StepMessageKey, params?: MessageParams): string;
  /** Core's texts. */
  t(key: 'state.retry' | 'common.addToCalendar'): string;
  text(value: LocalizedText | undefined): string;
  lang: string;
  /** The feed's zone: times are shown there. */
  timeZone: string;
  level: HeadingLevel;
  centreName: string;
  /** The universities to choose from (may be empty). */
  universities: readonly Provider[];
  /** Another university may be typed in. */
  freeText: boolean;
  /** The feed's privacy notice, safe to link. */
  privacy?: string;
  /** The request as an e-mail to the centre. */
  mail(): MailDraft;
  /** The status link of the request shown (on the receipt). */
  statusLink?: string;
  /** The confirmed exam's calendar file, behind a `blob:` URL. */
  icsUrl?: string;
}

/** The view's heading; focus moves to it when the view changes. */
export function viewHeading(view: StepView, key: StepMessageKey): TemplateResult {
  return renderHeading(view.level, view.msg(key), {
    id: 'view-heading',
    className: 'view-heading',
    part: 'view-heading',
  });
}

/** The e-mail link, when the centre's address makes one; `primary` when it is the view's main action. */
export function renderMailLink(
  view: StepView,
  key: StepMessageKey,
  primary = false,
): TemplateResult | typeof nothing {
  const mail = view.mail();
  return mail.href
    ? html`<a part="mail-link" class="lc-button ${primary ? '' : 'secondary'}" href=${mail.href}
        >${view.msg(key, { email: mail.to })}</a
      >`
    : nothing;
}

/**
 * A problem other than the form's own, as an alert: what happened and what
 * to do — try again (no answer, a failing service) or e-mail instead.
 */
export function renderProblem(view: StepView): TemplateResult | typeof nothing {
  const { flow, msg } = view;
  const problem = flow.problem;
  if (!problem || problem === 'validation') return nothing;
  const retry = problem === 'network' || problem === 'unavailable';
  const mail = flow.view === 'form' && (problem === 'unavailable' || problem === 'not-offered');
  return html`<div part="problem" class="problem" role="alert">
    <p>${msg(`examRequest.problem.${problem}`)}</p>
    ${
      retry || mail
        ? html`<div class="actions">
            ${
              retry
                ? renderRetryButton(flow.busy, () => flow.retry(), view.t('state.retry'))
                : nothing
            }
            ${mail ? renderMailLink(view, 'examRequest.mailInstead') : nothing}
          </div>`
        : nothing
    }
  </div>`;
}
