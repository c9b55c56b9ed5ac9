/**
 * Shared by the course finder's browser tests: rendering a finder until its
 * feed has loaded, reading its shadow DOM the way a person sees it.
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define.ts';
import type { LcCourseFinder } from '../src/course-finder.ts';

export const FIXTURES = '/packages/course-finder/test/fixtures';
export const COURSES = `${FIXTURES}/courses.json`;
export const NO_COURSES = `${FIXTURES}/no-courses.json`;
/** Friday 20 March 2026, 10:00 in Stockholm. */
export const NOW = new Date('2026-03-20T10:00:00+01:00');

/** A feed address that answers after `ms` milliseconds and is never served from the page's cache. */
export function slowFeed(ms: number): string {
  return `/__faults/slow?ms=${ms}&k=${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Renders `template` (one finder) and waits for `lc-load` or `lc-error` and
 * the render after it. The listener is on the parent before the element
 * exists, so a cached feed cannot finish unheard.
 */
export async function renderFinder(template: TemplateResult): Promise<LcCourseFinder> {
  const parentNode = document.createElement('div');
  const outcome = new Promise((resolve) => {
    parentNode.addEventListener('lc-load', resolve, { once: true });
    parentNode.addEventListener('lc-error', resolve, { once: true });
  });
  const el = await fixture<LcCourseFinder>(template, { parentNode });
  await outcome;
  await el.updateComplete;
  return el;
}

export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

/** Text with whitespace (including no-break spaces) collapsed. */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The cards' titles, in order. */
export function titles(el: LcCourseFinder): string[] {
  return [...shadow(el).querySelectorAll('[part~="card"] .card-title')].map((h) =>
    clean(h.textContent),
  );
}

/** The card whose title is `title`. */
export function card(el: LcCourseFinder, title: string): HTMLElement {
  const found = [...shadow(el).querySelectorAll<HTMLElement>('[part~="card"]')].find(
    (c) => clean(c.querySelector('.card-title')?.textContent) === title,
  );
  if (!found) throw new Error(`no card "${title}" among ${titles(el).join(' | ')}`);
  return found;
}

/** A card's facts, term → value ("Omfattning" → "7,5 hp"). */
export function facts(cardElement: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    [...cardElement.querySelectorAll('.facts > div')].map((row) => [
      clean(row.querySelector('dt')?.textContent),
      clean(row.querySelector('dd')?.textContent),
    ]),
  );
}

/** The polite count ("27 kurser"). */
export function count(el: LcCourseFinder): string {
  return clean(shadow(el).querySelector('[part~="count"]')?.textContent);
}

export function searchInput(el: LcCourseFinder): HTMLInputElement {
  return shadow(el).querySelector('input[type="search"]')!;
}

/** The disclosure of one filter (`subjects`, `modes` …). */
export function facet(el: LcCourseFinder, key: string): HTMLDetailsElement | null {
  return shadow(el).querySelector(`details[data-facet="${key}"]`);
}

/** Opens a filter and waits for its checkboxes. */
export async function openFacet(el: LcCourseFinder, key: string): Promise<HTMLDetailsElement> {
  const details = facet(el, key)!;
  const toggled = new Promise((resolve) =>
    details.addEventListener('toggle', resolve, { once: true }),
  );
  details.querySelector('summary')!.click();
  await toggled;
  await el.updateComplete;
  return details;
}

/** The checkbox for `value` in an open filter. */
export function checkbox(el: LcCourseFinder, key: string, value: string): HTMLInputElement {
  const box = shadow(el).querySelector<HTMLInputElement>(
    `fieldset[data-facet="${key}"] input[value="${value}"]`,
  );
  if (!box) throw new Error(`no checkbox ${key}=${value}`);
  return box;
}

/** The element focused inside the finder's shadow root. */
export function focused(el: LcCourseFinder): Element | null {
  return shadow(el).activeElement;
}

/** Resolves with the next event `name` from `target`. */
export function nextEvent<T extends Event>(target: EventTarget, name: string): Promise<T> {
  return new Promise((resolve) =>
    target.addEventListener(name, (event) => resolve(event as T), { once: true }),
  );
}

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
