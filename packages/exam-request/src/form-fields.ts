/**
 * The request form's fields: each labelled, its hint and its errors tied to
 * it (`aria-describedby`, `aria-invalid`), optional ones marked as such
 * (required ones carry `required`), `autocomplete` where the browser can
 * help. Errors appear after the first try to send.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldDescribedBy, renderFieldError } from '@learning-centre/core';
import {
  OTHER_UNIVERSITY,
  type ExamDetails,
  type ExamField,
  type FieldProblem,
} from './exam-details.ts';
import { problemText } from './problem-text.ts';
import type { StepView } from './step-view.ts';

/** The text fields (and the one select) of the form. */
export type TextField = Exclude<ExamField, 'support' | 'consent'>;

/** Options of one field. */
export interface FieldOptions {
  type?: string;
  autocomplete?: string;
  inputmode?: string;
  maxlength?: number;
  min?: string;
  max?: string;
  step?: string;
  optional?: boolean;
  /** The hint's id (a hint shown next to the field, or shared by several). */
  hint?: string;
  /** A hint of its own, shown under the label. */
  hintText?: unknown;
}

/** The id of what a problem with `field` points at (the first checkbox for `support`). */
export function targetId(view: StepView, field: ExamField): string {
  if (field !== 'support') return field;
  return `support-${view.flow.rules.support?.[0] ?? ''}`;
}

/** The field's label text, marked "(frivilligt)" when optional. */
export function labelOf(view: StepView, field: ExamField, optional = false): string {
  const label = view.msg(`examRequest.label.${field}`);
  return optional ? view.msg('examRequest.optional', { label }) : label;
}

export function problemsOf(view: StepView, field: ExamField): FieldProblem[] {
  return view.flow.problems.filter((p) => p.field === field);
}

/** The words of a problem, with what it needs from the form. */
export function wordsOf(view: StepView, problem: FieldProblem): string {
  return problemText(problem, { ...view, rules: view.flow.rules, date: view.flow.details.date });
}

/** The field's errors, in one element its control is described by. */
export function renderErrors(view: StepView, field: ExamField): TemplateResult | typeof nothing {
  return renderFieldError(
    field,
    problemsOf(view, field).map((p) => wordsOf(view, p)),
  );
}

/** `aria-describedby`: the hints, then the error when there is one. */
export function describedBy(
  view: StepView,
  field: ExamField,
  ...hints: (string | undefined | false)[]
): string | typeof nothing {
  return fieldDescribedBy(field, problemsOf(view, field).length > 0, ...hints);
}

export function invalid(view: StepView, field: ExamField): 'true' | typeof nothing {
  return problemsOf(view, field).length ? 'true' : nothing;
}

/** One labelled input (or textarea for the support note). */
export function renderField(
  view: StepView,
  field: TextField,
  o: FieldOptions = {},
): TemplateResult {
  const value = String(view.flow.details[field as keyof ExamDetails] ?? '');
  const own = o.hintText ? `${field}-hint` : undefined;
  const described = describedBy(view, field, own, o.hint);
  const control =
    field === 'supportNote'
      ? html`<textarea
          id=${field}
          name=${field}
          rows="3"
          maxlength=${o.maxlength ?? nothing}
          .value=${live(value)}
          aria-invalid=${invalid(view, field)}
          aria-describedby=${described}
        ></textarea>`
      : html`<input
          id=${field}
          name=${field}
          type=${o.type ?? 'text'}
          autocomplete=${o.autocomplete ?? nothing}
          inputmode=${o.inputmode ?? nothing}
          maxlength=${o.maxlength ?? nothing}
          min=${o.min ?? nothing}
          max=${o.max ?? nothing}
          step=${o.step ?? nothing}
          ?required=${!o.optional}
          .value=${live(value)}
          aria-invalid=${invalid(view, field)}
          aria-describedby=${described}
        />`;
  return html`<div class="field">
    <label for=${field}>${labelOf(view, field, o.optional)}</label>
    ${own ? html`<p id=${own} class="hint">${o.hintText}</p>` : nothing} ${control}
    ${renderErrors(view, field)}
  </div>`;
}

/** The university: a list (with "another" when typing is allowed), or a text field. */
export function renderUniversity(view: StepView): TemplateResult {
  const { flow, msg } = view;
  const { universities, freeText } = view;
  if (!universities.length) return renderField(view, 'university', { maxlength: 200 });
  const chosen = flow.details.provider;
  const select = html`<div class="field">
    <label for="provider">${labelOf(view, 'provider')}</label>
    <select
      id="provider"
      name="provider"
      required
      aria-invalid=${invalid(view, 'provider')}
      aria-describedby=${describedBy(view, 'provider')}
    >
      <option value="" ?selected=${chosen === ''}>${msg('examRequest.chooseUniversity')}</option>
      ${universities.map(
        (p) =>
          html`<option value=${p.id} ?selected=${chosen === p.id}>${view.text(p.name)}</option>`,
      )}
      ${
        freeText
          ? html`<option value=${OTHER_UNIVERSITY} ?selected=${chosen === OTHER_UNIVERSITY}>
              ${msg('examRequest.otherUniversity')}
            </option>`
          : nothing
      }
    </select>
    ${renderErrors(view, 'provider')}
  </div>`;
  return chosen === OTHER_UNIVERSITY
    ? html`${select}${renderField(view, 'university', { maxlength: 200 })}`
    : select;
}
