/**
 * A tiny widget for the tests: the feed's centre names as a list. Core defines
 * no tags, so the tests bring their own.
 */
import { fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { validateFeed } from '@learning-centre/feed/validate';
import { LcElement } from '../src/index.ts';
import type { LcErrorEvent, LcLoadEvent } from '../src/index.ts';

export class LcTestWidget extends LcElement {
  // The whole feed's checks, so the debug and event tests see every kind of issue.
  static override feedValidator = validateFeed;

  override render() {
    return this.renderStates({
      ready: ({ feed }) =>
        html`<ul class="centres">
          ${feed.centres.map((centre) => html`<li>${this.text(centre.name)}</li>`)}
        </ul>`,
      isEmpty: ({ feed }) => feed.centres.length === 0,
    });
  }
}

if (!customElements.get('lc-test-widget')) customElements.define('lc-test-widget', LcTestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'lc-test-widget': LcTestWidget;
  }
}

export const FIXTURES = '/packages/core/test/fixtures';

/** A unique suffix, so loads in different tests never share the page's feed cache. */
export function unique(): string {
  return `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** A feed address that answers after `ms` milliseconds (unique, so never served from the cache). */
export function slow(ms: number): string {
  return `/__faults/slow?ms=${ms}&k=${unique()}`;
}

/** The first `lc-load` or `lc-error` heard on `target` (events bubble, so a parent works). */
export function nextOutcome(target: EventTarget): Promise<LcLoadEvent | LcErrorEvent> {
  return new Promise((resolve) => {
    const done = (event: Event) => {
      target.removeEventListener('lc-load', done);
      target.removeEventListener('lc-error', done);
      resolve(event as LcLoadEvent | LcErrorEvent);
    };
    target.addEventListener('lc-load', done);
    target.addEventListener('lc-error', done);
  });
}

/**
 * Renders `template` (one widget) and waits until it has loaded or failed.
 * The listener is on the parent before the widget exists, so a feed served
 * from the cache cannot finish unheard.
 */
export async function renderSettled<T extends HTMLElement = LcTestWidget>(
  template: TemplateResult,
): Promise<{ el: T; event: LcLoadEvent | LcErrorEvent }> {
  const parentNode = document.createElement('div');
  const outcome = nextOutcome(parentNode);
  const el = await fixture<T>(template, { parentNode });
  return { el, event: await outcome };
}

/** `renderSettled`, then the render that shows the outcome: the widget as a reader sees it. */
export async function settled<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  template: TemplateResult,
): Promise<T> {
  const { el } = await renderSettled<T>(template);
  await el.updateComplete;
  return el;
}

/** The widget's shadow root (it always has one). */
export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

/** Visible text of the widget, whitespace collapsed. */
export function textOf(el: Element): string {
  return (shadow(el).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Captures console.warn while `run` runs. */
export async function warnings(run: () => Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}
