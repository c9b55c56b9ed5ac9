/**
 * Step 1: which service. A radio group of the services (the first chosen to
 * begin with), each described by its length, ways to meet and description.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderNext, renderStep, type StepView } from './step-frame.ts';
import { serviceMeta } from './ways-view.ts';

export function renderServiceStep(view: StepView): TemplateResult {
  const { flow, msg } = view;
  const list = html`<div role="radiogroup" aria-labelledby="step-heading" class="choices">
    ${flow.services.map((s) => {
      const id = `service-${s.id}`;
      return html`<div part="service-option" class="choice">
        <input
          type="radio"
          name="service"
          id=${id}
          .checked=${flow.choice?.service === s.id}
          aria-describedby="${id}-about"
          @change=${() => flow.selectService(s.id)}
        />
        <label for=${id}>${view.text(s.name)}</label>
        <p id="${id}-about" class="meta">
          ${serviceMeta(s, msg, view.lang)}${s.description ? html`<br />${view.text(s.description)}` : nothing}
        </p>
      </div>`;
    })}
  </div>`;
  return renderStep(view, 'guidanceBooking.step.service', list, renderNext(view));
}
