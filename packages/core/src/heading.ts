/**
 * Headings a widget draws inside a page it does not know: the page says at
 * which level they belong (`heading-level="2"` under an h1, `"4"` under an h3),
 * so the document outline stays whole.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { warnInvalidAttribute } from './attribute-warning.ts';

/** The levels a widget may use; h1 is the page's own. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * A `heading-level` attribute value as a level: a whole number from 2 to 6,
 * else `fallback` with a console warning (once per element and value).
 * `null`/`undefined` (attribute absent) gives `fallback` silently.
 */
export function parseHeadingLevel(
  host: Element,
  value: unknown,
  fallback: HeadingLevel,
  attribute = 'heading-level',
): HeadingLevel {
  if (value === null || value === undefined) return fallback;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 2 && level <= 6) return level as HeadingLevel;
  warnInvalidAttribute(
    host,
    attribute,
    String(value),
    'a whole number from 2 to 6',
    String(fallback),
  );
  return fallback;
}

/** Attributes of a heading from `renderHeading`. */
export interface HeadingOptions {
  part?: string;
  className?: string;
  id?: string;
}

/**
 * An `<h2>`…`<h6>` (native, for outlines and reader modes) holding `content`
 * as text or a template. (Plain templates, one per level: `lit/static-html`
 * would key every call, which a list of 300 cards notices.)
 */
export function renderHeading(
  level: HeadingLevel,
  content: unknown,
  { part, className, id }: HeadingOptions = {},
): TemplateResult {
  const p = part ?? nothing;
  const c = className ?? nothing;
  const i = id ?? nothing;
  switch (level) {
    case 2:
      return html`<h2 part=${p} class=${c} id=${i}>${content}</h2>`;
    case 4:
      return html`<h4 part=${p} class=${c} id=${i}>${content}</h4>`;
    case 5:
      return html`<h5 part=${p} class=${c} id=${i}>${content}</h5>`;
    case 6:
      return html`<h6 part=${p} class=${c} id=${i}>${content}</h6>`;
    default:
      return html`<h3 part=${p} class=${c} id=${i}>${content}</h3>`;
  }
}
