/**
 * Helpers for benchmarks that time a widget in the page: a visible place for
 * it, "the next frame has been painted", and the whole benchmark for a widget
 * rendering a feed that is already loaded.
 */
import {
  loadFeedWith,
  type FeedValidator,
  type LoadFeedOptions,
} from '../../packages/feed/src/index.ts';
import { defineBenchmark, type Benchmark } from './harness.ts';

/** Resolves after the next frame has been painted (a task queued from a frame callback runs after paint). */
export function painted(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

/** A visible place for a widget, the width of a typical content column. */
export function stage(): HTMLElement {
  const div = document.createElement('div');
  div.style.width = '960px';
  document.body.append(div);
  return div;
}

/**
 * Loads `url` into the page's cache as `tag` asks for it (with its own
 * validator), so a timed render finds the feed fetched and checked, as on a
 * page where another widget of the kind loaded it first.
 */
export async function preloadFor(
  tag: string,
  url: string,
  options: LoadFeedOptions = {},
): Promise<void> {
  const widget = customElements.get(tag) as unknown as { feedValidator?: FeedValidator };
  if (!widget?.feedValidator) throw new Error(`<${tag}> is not defined: import its define file`);
  await loadFeedWith(widget.feedValidator, url, options);
}

/** A feed address answered from memory (`loadFeed` fetches it like any other). */
export function feedAddress(feed: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}

/**
 * Appends the widget `tag` with `feed`, waits for its `lc-load` (sent after
 * it rendered the feed) and for the frame to be painted: what a reader waits for.
 */
export async function renderWidget<T extends HTMLElement & { feed?: string }>(
  stage: HTMLElement,
  tag: string,
  feed: string,
  configure: (el: T) => void = () => undefined,
): Promise<T> {
  const el = document.createElement(tag) as T;
  configure(el);
  el.feed = feed;
  const loaded = new Promise((resolve) => el.addEventListener('lc-load', resolve, { once: true }));
  stage.append(el);
  await loaded;
  await painted();
  return el;
}

export interface WidgetBenchmarkSpec<T extends HTMLElement> {
  name: string;
  budgetMs: number | null;
  /** The widget's tag; its define file must be imported by the benchmark. */
  tag: string;
  /** The feed's collections (a minimal valid feed is built around them). */
  collections: Record<string, unknown[]>;
  /** Sets the widget's properties before it is added. */
  configure?: (el: T) => void;
  /** Throws when the painted widget is not what was meant to be timed. */
  verify: (el: T) => void;
}

/**
 * Times a widget from its creation until the frame with the feed rendered is
 * painted. The feed is fetched and validated beforehand, as the shared cache
 * has it on a page with several widgets.
 */
export function widgetBenchmark<T extends HTMLElement & { feed?: string }>(
  spec: WidgetBenchmarkSpec<T>,
): Benchmark {
  return defineBenchmark({
    name: spec.name,
    budgetMs: spec.budgetMs,
    setup: () => ({
      json: {
        version: '1.0',
        publisher: { name: 'Bench' },
        language: 'sv',
        timeZone: 'Europe/Stockholm',
        updated: '2026-01-15T08:00:00+01:00',
        ...spec.collections,
      },
      stage: stage(),
    }),
    prepare: async (state) => {
      state.stage.replaceChildren();
      const url = feedAddress(state.json);
      await preloadFor(spec.tag, url);
      return { url, stage: state.stage };
    },
    run: ({ url, stage }) => renderWidget<T>(stage, spec.tag, url, spec.configure),
    verify: (output) => spec.verify(output as T),
  });
}
