/**
 * Shared by the calendar's browser tests: rendering a calendar until its feed
 * has loaded, and reading its shadow DOM the way a person perceives it.
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define.ts';
import type { LcEventCalendar } from '../src/event-calendar.ts';

export const FIXTURES = '/packages/event-calendar/test/fixtures';
export const CALENDAR = `${FIXTURES}/calendar.json`;
export const NO_EVENTS = `${FIXTURES}/no-events.json`;
export const HOSTILE = `${FIXTURES}/hostile.json`;
export const BUSY_DAY = `${FIXTURES}/busy-day.json`;
/** Tuesday 10 March 2026, 12:00 in Stockholm. */
export const NOW = new Date('2026-03-10T12:00:00+01:00');

/** A feed address that answers after `ms` milliseconds and is never served from the page's cache. */
export function slowFeed(ms: number): string {
  return `/__faults/slow?ms=${ms}&k=${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Renders `template` (one calendar) and waits for `lc-load` or `lc-error` and
 * the render after it. The listener is on the parent before the element
 * exists, so a cached feed cannot finish unheard.
 */
export async function renderCalendar(template: TemplateResult): Promise<LcEventCalendar> {
  const parentNode = document.createElement('div');
  const outcome = new Promise((resolve) => {
    parentNode.addEventListener('lc-load', resolve, { once: true });
    parentNode.addEventListener('lc-error', resolve, { once: true });
  });
  const el = await fixture<LcEventCalendar>(template, { parentNode });
  await outcome;
  await el.updateComplete;
  return el;
}

export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

export function query<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function queryAll<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...shadow(el).querySelectorAll<T>(selector)];
}

/** Text with whitespace (including no-break and thin spaces) collapsed. */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u202f\u2009]+/g, ' ').trim();
}

/** What a screen reader reads: the text without aria-hidden decoration. */
export function spoken(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove());
  return clean(copy.textContent);
}

/** An element's accessible name: its `aria-label`, else what a screen reader reads of its content. */
export function nameOf(element: Element): string {
  return element.getAttribute('aria-label') ?? spoken(element);
}

/** The text of an element that is visible, not only to screen readers. */
export function shown(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.lc-visually-hidden').forEach((node) => node.remove());
  return clean(copy.textContent);
}

/** The agenda's days: heading and its events' titles. */
export function agenda(el: Element): { day: string; titles: string[] }[] {
  return queryAll(el, '.agenda [part~="day"]').map((day) => ({
    day: clean(day.querySelector('[part~="day-heading"]')?.textContent),
    titles: [...day.querySelectorAll('[part~="event-title"]')].map((t) => clean(t.textContent)),
  }));
}

/** The event in full (agenda or a day's list) whose title is `title`, on the first day it appears. */
export function eventItem(el: Element, title: string, within = ''): HTMLElement {
  const found = queryAll(el, `${within} [part~="event"]`).find(
    (item) => clean(item.querySelector('[part~="event-title"]')?.textContent) === title,
  );
  if (!found) throw new Error(`no event "${title}"`);
  return found;
}

/** The time shown for an event ("18:00–19:30"). */
export function timeOf(item: Element): string {
  return clean(item.querySelector('.when')?.textContent);
}

/** The grid cell of a date. */
export function cell(el: Element, date: string): HTMLElement {
  return query(el, `td[data-date="${date}"]`);
}

/** The element focused inside the calendar's shadow root. */
export function focused(el: Element): Element | null {
  return shadow(el).activeElement;
}

export { warnings } from '../../core/test/test-widget.ts';
