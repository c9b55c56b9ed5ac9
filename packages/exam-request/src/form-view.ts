/**
 * The request form: the exam (university, course, date, start and length as
 * the university set them), support, the student (no personal identity
 * number), the fee that will apply, consent. Checked on sending: a summary of
 * every problem (focused, each a link to its field) and each problem next to
 * its field. The browser's own validation is off: the words are ours.
 */
import { examEnd } from '@learning-centre/feed/queries';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatAmount } from './rule-format.ts';
import { renderConsentField } from '@learning-centre/core';
import {
  describedBy,
  labelOf,
  problemsOf,
  renderErrors,
  renderField,
  renderUniversity,
  targetId,
  wordsOf,
} from './form-fields.ts';
import { feeSentence } from './rules-view.ts';
import { minutesOf } from './exam-details.ts';
import { dayText, examDaysText } from './problem-text.ts';
import { clockTime } from './rule-format.ts';
import { renderProblem, viewHeading, type StepView } from './step-view.ts';

/** The form's handlers, from the controller. */
export interface FormHandlers {
  onInput(event: Event): void;
  onSubmit(event: Event): void;
  /** A link of the summary: focuses its field. */
  onProblemLink(event: Event): void;
}

/** Every problem as a link to its field, focused after a try to send. */
function renderSummary(view: StepView, h: FormHandlers): TemplateResult | typeof nothing {
  const { flow, msg } = view;
  if (flow.problem !== 'validation' || !flow.problems.length) return nothing;
  return html`<div
    part="error-summary"
    class="summary"
    role="group"
    tabindex="-1"
    aria-labelledby="summary-heading"
  >
    <p id="summary-heading" class="summary-heading">${msg('examRequest.summary')}</p>
    <ul>
      ${flow.problems.map(
        (p) =>
          html`<li>
            <a href="#${targetId(view, p.field)}" @click=${h.onProblemLink}
              >${labelOf(view, p.field)}: ${wordsOf(view, p)}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

/** The fee for the municipality typed so far, announced politely as it changes. */
function renderFee(view: StepView): TemplateResult {
  const { flow, msg, lang } = view;
  const fee = flow.fee;
  const known = flow.details.municipality.trim() !== '';
  const text = !known
    ? feeSentence({ msg, lang, rules: flow.rules })
    : fee.free
      ? msg('examRequest.feeFree')
      : msg('examRequest.feeYou', { amount: formatAmount(fee, lang) });
  return html`<output part="fee" class="fee" for="municipality">${text}</output>`;
}

function renderSupport(view: StepView): TemplateResult | typeof nothing {
  const { flow, msg } = view;
  const offered = flow.rules.support ?? [];
  if (!offered.length) return nothing;
  return html`<fieldset class="group" aria-describedby=${describedBy(view, 'support')}>
    <legend>${msg('examRequest.supportGroup')}</legend>
    ${offered.map(
      (need) =>
        html`<div class="check">
          <input
            type="checkbox"
            id="support-${need}"
            name="support"
            value=${need}
            .checked=${live(flow.details.support.includes(need))}
          />
          <label for="support-${need}">${msg(`examRequest.supportLabel.${need}`)}</label>
        </div>`,
    )}
    ${renderErrors(view, 'support')}
    ${renderField(view, 'supportNote', { optional: true, maxlength: 1000 })}
  </fieldset>`;
}

function renderConsent(view: StepView): TemplateResult | typeof nothing {
  const { flow, msg } = view;
  if (!flow.online) return nothing;
  return renderConsentField({
    checked: flow.details.consent,
    errors: problemsOf(view, 'consent').map((p) => wordsOf(view, p)),
    label: msg('examRequest.consent'),
    privacyHref: view.privacy,
    privacyLabel: msg('examRequest.privacy'),
    newTabLabel: msg('examRequest.newTab'),
    className: 'check',
  });
}

export function renderForm(view: StepView, h: FormHandlers): TemplateResult {
  const { flow, msg, lang } = view;
  const { rules, details } = flow;
  const minutes = minutesOf(details);
  const end = details.start && minutes > 0 ? examEnd(details.start, minutes) : undefined;
  const online = flow.online;
  return html`<section part="form-step" class="step" aria-labelledby="view-heading">
    ${viewHeading(view, online ? 'examRequest.formHeading' : 'examRequest.mailFormHeading')}
    ${online ? nothing : html`<p>${msg('examRequest.mailIntro')}</p>`} ${renderSummary(view, h)}
    ${renderProblem(view)}
    <form
      id="exam-form"
      part="form"
      novalidate
      @input=${h.onInput}
      @change=${h.onInput}
      @submit=${h.onSubmit}
    >
      <fieldset class="group">
        <legend>${msg('examRequest.examGroup')}</legend>
        ${renderUniversity(view)}
        ${renderField(view, 'courseCode', { optional: true, maxlength: 40 })}
        ${renderField(view, 'courseName', { maxlength: 200 })}
        ${renderField(view, 'date', {
          type: 'date',
          min: flow.earliestDate,
          hintText: msg('examRequest.dateHint', {
            date: dayText(flow.earliestDate, lang),
            days: examDaysText({ msg, lang, rules }),
          }),
        })}
        ${renderField(view, 'start', {
          type: 'time',
          min: rules.earliestStart,
          max: rules.latestEnd,
          hintText: msg('examRequest.startHint', {
            from: clockTime(rules.earliestStart, lang),
            to: clockTime(rules.latestEnd, lang),
          }),
        })}
        ${renderField(view, 'minutes', {
          type: 'number',
          inputmode: 'numeric',
          min: '1',
          max: '720',
          step: '1',
          hintText: html`${msg('examRequest.minutesHint')}
          ${end ? html`<strong>${msg('examRequest.ends', { time: clockTime(end, lang) })}</strong>` : nothing}`,
        })}
      </fieldset>
      ${renderSupport(view)}
      <fieldset class="group">
        <legend>${msg('examRequest.youGroup')}</legend>
        <p class="hint">${msg('examRequest.noIdNumber')}</p>
        ${renderField(view, 'name', { autocomplete: 'name', maxlength: 200 })}
        ${renderField(view, 'email', {
          type: 'email',
          autocomplete: 'email',
          maxlength: 254,
          hintText: online ? msg('examRequest.emailHint') : undefined,
        })}
        ${renderField(view, 'phone', {
          type: 'tel',
          autocomplete: 'tel',
          maxlength: 40,
          optional: true,
        })}
        ${renderField(view, 'municipality', {
          autocomplete: 'address-level2',
          maxlength: 100,
          hintText: msg('examRequest.municipalityHint'),
        })}
        ${renderFee(view)}
      </fieldset>
      ${renderConsent(view)}
      <div class="actions">
        <button type="submit" part="send-button" class="lc-button" aria-disabled=${flow.busy}>
          ${msg(online ? 'examRequest.send' : 'examRequest.prepare')}
        </button>
      </div>
      <p class="busy" role="status">${flow.busy ? msg('examRequest.sending') : nothing}</p>
    </form>
  </section>`;
}
