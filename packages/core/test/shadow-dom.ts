/**
 * Test helpers for widgets whose tests walk through steps in the shadow DOM
 * (guidance booking, exam requests): find, read and wait, the same way in each.
 */
import type { TemplateResult } from 'lit';
import { renderSettled } from './test-widget.ts';

/** An element that re-renders (`updateComplete`), such as any LcElement. */
type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** The first element matching `selector` in the widget, or an error naming it. */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Text with whitespace collapsed (`\s` includes the no-break spaces `Intl` writes). */
export const clean = (text: string | null | undefined): string =>
  (text ?? '').replace(/\s+/g, ' ').trim();

/** Waits (up to 10 s) until `check` holds, re-rendered in between. */
export async function until(el: Updating, check: () => unknown, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
  }
}

/**
 * Renders one widget, waits for its feed to load or fail, then until
 * `shown` matches in its shadow root (`what` names it in a timeout).
 */
export async function renderShown<T extends Updating>(
  template: TemplateResult,
  shown: string,
  what: string,
): Promise<T> {
  const { el } = await renderSettled<T>(template);
  await until(el, () => el.shadowRoot!.querySelector(shown), what);
  return el;
}
