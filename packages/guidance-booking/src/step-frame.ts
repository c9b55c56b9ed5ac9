/**
 * What every booking step shares: its heading (focused when the step
 * changes), the problem shown in the open with what to do about it, and the
 * Back and Continue buttons.
 */
import {
  formatLanguageName,
  formatList,
  renderHeading,
  renderRetryButton,
  type HeadingLevel,
  type MessageParams,
} from '@learning-centre/core';
import type { Centre, LocalizedText } from '@learning-centre/feed/widget';
import { html, nothing, type TemplateResult } from 'lit';
import type { BookingFlow } from './booking-flow.ts';
import type { StepMessageKey } from './step-messages.ts';
import type { WaysToBook } from './ways-to-book.ts';
import { renderWaysList } from './ways-view.ts';

/** What the steps' render functions get from the element. */
export interface StepView {
  flow: BookingFlow;
  msg(key: StepMessageKey, params?: MessageParams): string;
  /** Core's texts (`state.retry`, `common.addToCalendar`). */
  t(key: 'state.retry' | 'common.addToCalendar'): string;
  text(value: LocalizedText | undefined): string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The zone times are shown in: the service's, else the feed's. */
  timeZone: string;
  /** Level of the step headings. */
  level: HeadingLevel;
  centre(id: string | undefined): Centre | undefined;
  /** The feed's privacy notice, safe to link. */
  privacy?: string;
  /** The feed's other ways to book. */
  ways: WaysToBook;
}

/** The form fields a field error can name, with their labels. */
export const FIELD_LABELS = {
  name: 'guidanceBooking.name',
  email: 'guidanceBooking.emailField',
  phone: 'guidanceBooking.phoneField',
  message: 'guidanceBooking.message',
  consent: 'guidanceBooking.consentShort',
} as const satisfies Record<string, StepMessageKey>;

/** The choice so far: "Studievägledning · Telefon · Lärcentrum Kalix · svenska". */
export function choiceSummary(view: StepView): string {
  const { flow } = view;
  const choice = flow.choice!;
  return [
    view.text(flow.service?.name),
    view.msg(`guidanceBooking.mode.${choice.mode}`),
    view.text(view.centre(choice.centre)?.name),
    choice.language && formatLanguageName(choice.language, view.lang),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** One step: heading, problem, content, then Back and the step's own action. */
export function renderStep(
  view: StepView,
  title: StepMessageKey,
  content: unknown,
  action: unknown = nothing,
): TemplateResult {
  const { flow, msg } = view;
  return html`<section part="step" class="step" aria-labelledby="step-heading">
    ${renderHeading(view.level, msg(title), { id: 'step-heading', className: 'step-heading', part: 'step-heading' })}
    ${renderProblem(view)} ${content}
    <div class="actions">
      ${
        flow.canGoBack
          ? html`<button
              type="button"
              part="back-button"
              class="lc-button secondary"
              @click=${() => flow.back()}
            >
              ${msg('guidanceBooking.back')}
            </button>`
          : nothing
      }
      ${action}
    </div>
  </section>`;
}

/** "Continue": on to the next step. */
export function renderNext(view: StepView): TemplateResult {
  return html`<button
    type="button"
    part="next-button"
    class="lc-button"
    @click=${() => view.flow.next()}
  >
    ${view.msg('guidanceBooking.next')}
  </button>`;
}

/**
 * The problem, as an alert: what happened, and for no answer or a failing
 * service a retry and the feed's other ways to book.
 */
function renderProblem(view: StepView): TemplateResult | typeof nothing {
  const { flow, msg } = view;
  const problem = flow.problem;
  if (!problem) return nothing;
  const fields = [...new Set(flow.fieldErrors.map((e) => e.path))]
    .filter((path): path is keyof typeof FIELD_LABELS => path in FIELD_LABELS)
    .map((path) => msg(FIELD_LABELS[path]));
  const failed = problem === 'network' || problem === 'unavailable';
  return html`<div part="problem" class="problem" role="alert">
    <p>
      ${
        problem === 'validation'
          ? msg('guidanceBooking.problem.validation', { fields: formatList(fields, view.lang) })
          : msg(`guidanceBooking.problem.${problem}`)
      }
    </p>
    ${
      failed
        ? html`${renderRetryButton(flow.busy, () => flow.retry(), view.t('state.retry'))}
          ${renderWaysList(view.ways, msg)}`
        : nothing
    }
  </div>`;
}
