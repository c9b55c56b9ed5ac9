/**
 * Steps 2 and 3: which widget, and its options, one native control per
 * attribute in the manifest: a checkbox for a boolean, a select for values the
 * type lists or the feed offers (checkboxes when several may be chosen), a
 * number or text field for the rest.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Feed } from '../../feed/src/index.ts';
import type { WidgetInfo, WidgetOption } from './catalogue.ts';
import { feedChoices, type Choice } from './feed-choices.ts';
import { msg, type BuilderLang } from './messages.ts';
import { optionText, valueLabel, widgetName, widgetSummary } from './option-texts.ts';

/** An option's value: text as typed, or on/off. */
export type OptionValue = string | boolean;

export interface WidgetOptionsView {
  lang: BuilderLang;
  widgets: readonly WidgetInfo[];
  widget?: WidgetInfo;
  values: Readonly<Record<string, OptionValue>>;
  /** The checked feed, for choices such as its centres. */
  feed?: Feed;
  onWidget: (tagName: string) => void;
  onValue: (attribute: string, value: OptionValue) => void;
}

export function renderWidgetPicker(view: WidgetOptionsView): TemplateResult {
  const { lang } = view;
  return html`<fieldset class="lcb-step lcb-widgets">
    <legend><h2>${msg(lang, 'widget.heading')}</h2></legend>
    ${view.widgets.map(
      (widget) =>
        html`<div class="form-check">
          <input
            class="form-check-input"
            type="radio"
            name="lcb-widget"
            id="lcb-widget-${widget.tagName}"
            value=${widget.tagName}
            aria-describedby="lcb-widget-${widget.tagName}-summary"
            .checked=${widget.tagName === view.widget?.tagName}
            @change=${() => view.onWidget(widget.tagName)}
          />
          <label class="form-check-label" for="lcb-widget-${widget.tagName}">
            ${widgetName(widget.tagName, lang)} <code>&lt;${widget.tagName}&gt;</code>
          </label>
          <div class="form-text" id="lcb-widget-${widget.tagName}-summary">
            ${widgetSummary(widget, lang)}
          </div>
        </div>`,
    )}
  </fieldset>`;
}

/** "Bara det här lärcentrumet. centre" with the attribute as code. */
function labelText(widget: WidgetInfo, option: WidgetOption, lang: BuilderLang) {
  return html`${optionText(widget.tagName, option, lang)} <code>${option.attribute}</code>`;
}

function renderSelect(
  id: string,
  label: unknown,
  value: string,
  empty: string,
  choices: readonly Choice[],
  onChange: (value: string) => void,
): TemplateResult {
  return html`<div class="mb-3">
    <label class="form-label" for=${id}>${label}</label>
    <select
      class="form-select"
      id=${id}
      @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${value === ''}>${empty}</option>
      ${choices.map(
        (choice) =>
          html`<option value=${choice.value} ?selected=${choice.value === value}>
            ${choice.label}
          </option>`,
      )}
    </select>
  </div>`;
}

function renderCheckboxes(
  id: string,
  label: unknown,
  value: string,
  choices: readonly Choice[],
  onChange: (value: string) => void,
): TemplateResult {
  const chosen = new Set(value.split(',').map((v) => v.trim()));
  const change = (event: Event) => {
    const boxes = (event.currentTarget as HTMLElement).querySelectorAll<HTMLInputElement>('input');
    onChange(
      [...boxes]
        .filter((box) => box.checked)
        .map((box) => box.value)
        .join(','),
    );
  };
  return html`<fieldset class="mb-3" @change=${change}>
    <legend class="form-label fs-6">${label}</legend>
    ${choices.map(
      (choice, index) =>
        html`<div class="form-check form-check-inline">
          <input
            class="form-check-input"
            type="checkbox"
            id="${id}-${index}"
            value=${choice.value}
            .checked=${chosen.has(choice.value)}
          />
          <label class="form-check-label" for="${id}-${index}">${choice.label}</label>
        </div>`,
    )}
  </fieldset>`;
}

function renderOption(view: WidgetOptionsView, widget: WidgetInfo, option: WidgetOption) {
  const { lang } = view;
  const id = `lcb-option-${option.attribute}`;
  const value = view.values[option.attribute];
  const text = typeof value === 'string' ? value : '';
  const set = (next: OptionValue) => view.onValue(option.attribute, next);
  const label = labelText(widget, option, lang);

  const fromFeed = view.feed && feedChoices(widget.tagName, option.attribute, view.feed, lang);
  if (fromFeed && fromFeed.multiple)
    return renderCheckboxes(id, label, text, fromFeed.choices, set);
  if (fromFeed)
    return renderSelect(id, label, text, msg(lang, 'options.any'), fromFeed.choices, set);

  switch (option.kind) {
    case 'boolean':
      return html`<div class="form-check mb-3">
        <input
          class="form-check-input"
          type="checkbox"
          id=${id}
          .checked=${value === true}
          @change=${(event: Event) => set((event.target as HTMLInputElement).checked)}
        />
        <label class="form-check-label" for=${id}>${label}</label>
      </div>`;
    case 'choice': {
      const empty = option.defaultValue
        ? msg(lang, 'options.defaultValue', { value: valueLabel(option.defaultValue, lang) })
        : msg(lang, 'options.unset');
      const choices = option.values.map((v) => ({ value: v, label: valueLabel(v, lang) }));
      return renderSelect(id, label, text, empty, choices, set);
    }
    default:
      return html`<div class="mb-3">
        <label class="form-label" for=${id}>${label}</label>
        <input
          class="form-control"
          id=${id}
          type=${option.kind === 'number' ? 'number' : 'text'}
          inputmode=${option.kind === 'number' ? 'numeric' : nothing}
          spellcheck="false"
          placeholder=${option.defaultValue ?? nothing}
          .value=${text}
          @input=${(event: Event) => set((event.target as HTMLInputElement).value)}
        />
      </div>`;
  }
}

export function renderWidgetOptions(view: WidgetOptionsView): TemplateResult {
  const { widget, lang } = view;
  const options = widget?.options ?? [];
  return html`<section class="lcb-step" aria-labelledby="lcb-options-heading">
    <h2 id="lcb-options-heading">${msg(lang, 'options.heading')}</h2>
    ${
      widget && options.length > 0
        ? options.map((option) => renderOption(view, widget, option))
        : html`<p>${msg(lang, 'options.none')}</p>`
    }
  </section>`;
}
