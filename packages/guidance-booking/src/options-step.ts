/**
 * Step 2: how, where and in which language to meet — only what there is a
 * choice between: ways to meet as radio buttons, centres and languages as lists.
 */
import { formatLanguageName } from '@learning-centre/core';
import { html, nothing, type TemplateResult } from 'lit';
import { renderNext, renderStep, type StepView } from './step-frame.ts';

function renderSelect(
  id: 'centre' | 'language',
  label: string,
  values: readonly string[],
  chosen: string | undefined,
  name: (value: string) => string,
  choose: (value: string) => void,
): TemplateResult | typeof nothing {
  if (values.length < 2) return nothing;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => choose((e.target as HTMLSelectElement).value)}>
      ${values.map((v) => html`<option value=${v} ?selected=${v === chosen}>${name(v)}</option>`)}
    </select>
  </div>`;
}

export function renderOptionsStep(view: StepView): TemplateResult {
  const { flow, msg } = view;
  const { modes, centres, languages } = flow.options;
  const choice = flow.choice!;
  const content = html`${
    modes.length > 1
      ? html`<fieldset class="choices">
          <legend>${msg('guidanceBooking.modes')}</legend>
          ${modes.map(
            (m) =>
              html`<div class="choice">
                <input
                  type="radio"
                  name="mode"
                  id="mode-${m}"
                  .checked=${choice.mode === m}
                  @change=${() => flow.choose({ mode: m })}
                />
                <label for="mode-${m}">${msg(`guidanceBooking.mode.${m}`)}</label>
              </div>`,
          )}
        </fieldset>`
      : nothing
  }
  ${renderSelect(
    'centre',
    msg('guidanceBooking.centre'),
    centres,
    choice.centre,
    (id) => view.text(view.centre(id)?.name) || id,
    (centre) => flow.choose({ centre }),
  )}
  ${renderSelect(
    'language',
    msg('guidanceBooking.language'),
    languages,
    choice.language,
    (tag) => formatLanguageName(tag, view.lang),
    (language) => flow.choose({ language }),
  )}`;
  return renderStep(view, 'guidanceBooking.step.options', content, renderNext(view));
}
