/**
 * Step 4: the person's details. Labelled fields with `autocomplete`, the
 * contact the meeting needs marked required, each error next to its field
 * (`aria-invalid`, `aria-describedby`), and consent linked to the feed's
 * privacy notice (in a new tab, so the form is not lost). The browser's own
 * validation is off: the errors are ours, in the page's language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldDescribedBy, renderConsentField, renderFieldError } from '@learning-centre/core';
import type { FieldError } from './booking-client.ts';
import { dayLabel, timeRange } from './date-time-step.ts';
import type { Details } from './details.ts';
import type { StepMessageKey } from './step-messages.ts';
import { choiceSummary, renderStep, type StepView } from './step-frame.ts';

/** The form's handlers, from the element. */
export interface DetailsHandlers {
  onInput(event: Event): void;
  onSubmit(event: Event): void;
}

type TextField = 'name' | 'email' | 'phone' | 'message';

function errorText(view: StepView, error: FieldError): string {
  const code = ['required', 'contact-required', 'too-long', 'must-be-true'].includes(error.code)
    ? error.code
    : 'format';
  return view.msg(`guidanceBooking.error.${code}` as StepMessageKey);
}

/** The texts of `field`'s errors. */
function errorTexts(view: StepView, field: keyof Details): string[] {
  return view.flow.fieldErrors.filter((e) => e.path === field).map((e) => errorText(view, e));
}

function renderError(view: StepView, field: keyof Details): TemplateResult | typeof nothing {
  return renderFieldError(field, errorTexts(view, field).slice(0, 1));
}

function describedBy(view: StepView, field: keyof Details, hint?: string): string | typeof nothing {
  return fieldDescribedBy(field, errorTexts(view, field).length > 0, hint);
}

function renderField(
  view: StepView,
  field: TextField,
  label: StepMessageKey,
  attrs: { type?: string; autocomplete?: string; max: number; required?: boolean; hint?: string },
): TemplateResult {
  const value = view.flow.details[field];
  const invalid = view.flow.fieldErrors.some((e) => e.path === field);
  const common = {
    describedBy: describedBy(view, field, attrs.hint),
    invalid: invalid ? 'true' : nothing,
  };
  return html`<div class="field">
    <label for=${field}>${view.msg(label)}</label>
    ${
      field === 'message'
        ? html`<textarea
            id=${field}
            name=${field}
            rows="3"
            maxlength=${attrs.max}
            .value=${live(value)}
            aria-invalid=${common.invalid}
            aria-describedby=${common.describedBy}
          ></textarea>`
        : html`<input
            id=${field}
            name=${field}
            type=${attrs.type ?? 'text'}
            autocomplete=${attrs.autocomplete ?? nothing}
            maxlength=${attrs.max}
            ?required=${attrs.required}
            .value=${live(value)}
            aria-invalid=${common.invalid}
            aria-describedby=${common.describedBy}
          />`
    }
    ${renderError(view, field)}
  </div>`;
}

export function renderDetailsForm(view: StepView, h: DetailsHandlers): TemplateResult {
  const { flow, msg } = view;
  const mode = flow.choice!.mode;
  const slot = flow.slot!;
  const hint =
    mode === 'phone'
      ? 'guidanceBooking.contactHint.phone'
      : mode === 'video'
        ? 'guidanceBooking.contactHint.video'
        : 'guidanceBooking.contactHint';
  const form = html`<p part="summary" class="meta">
      ${choiceSummary(view)}<br />
      <strong>${dayLabel(slot.start.slice(0, 10), view.lang)} ${timeRange(slot, view)}</strong>
    </p>
    <form id="details" novalidate @input=${h.onInput} @change=${h.onInput} @submit=${h.onSubmit}>
      ${renderField(view, 'name', 'guidanceBooking.name', { autocomplete: 'name', max: 200, required: true })}
      <p id="contact-hint" class="hint">${msg(hint)}</p>
      ${renderField(view, 'email', 'guidanceBooking.emailField', {
        type: 'email',
        autocomplete: 'email',
        max: 254,
        required: mode === 'video',
        hint: 'contact-hint',
      })}
      ${renderField(view, 'phone', 'guidanceBooking.phoneField', {
        type: 'tel',
        autocomplete: 'tel',
        max: 40,
        required: mode === 'phone',
        hint: 'contact-hint',
      })}
      ${renderField(view, 'message', 'guidanceBooking.message', { max: 2000 })}
      ${renderConsentField({
        checked: flow.details.consent,
        errors: errorTexts(view, 'consent').slice(0, 1),
        label: msg('guidanceBooking.consent'),
        privacyHref: view.privacy,
        privacyLabel: msg('guidanceBooking.privacy'),
        newTabLabel: msg('guidanceBooking.newTab'),
      })}
    </form>`;
  const submit = html`<button
    type="submit"
    form="details"
    part="book-button"
    class="lc-button"
    aria-disabled=${flow.busy}
  >
    ${msg('guidanceBooking.book')}
  </button>`;
  return renderStep(view, 'guidanceBooking.step.details', form, submit);
}
