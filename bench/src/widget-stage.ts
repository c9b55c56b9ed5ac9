/**
 * Helpers for benchmarks that time a widget in the page: a visible place for
 * it, and "the next frame has been painted".
 */

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
