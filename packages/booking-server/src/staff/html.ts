/**
 * HTML written with a tagged template that escapes every value it is given:
 * `html\`<td>${name}</td>\`` is safe for any `name`. Only what `html` itself
 * made (or `trusted`, for constant markup) goes in unescaped, so personal data
 * typed by a stranger can never become markup on a staff page.
 */

/** Markup that is already safe to insert. */
export class Html {
  readonly #text: string;
  constructor(text: string) {
    this.#text = text;
  }
  toString(): string {
    return this.#text;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Values an `html` template takes: text and numbers are escaped, `Html` is kept, lists are joined, nothing is empty. */
export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.toString();
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** The template tag. Attribute values must be quoted in the template. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Constant markup written in this code base (never data). */
export function trusted(markup: string): Html {
  return new Html(markup);
}
