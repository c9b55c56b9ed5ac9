/**
 * Widgets on a page that a CMS shows in an `<iframe>`: the parent cannot see
 * how tall the content is, so the page tells it (see README, "Inside an iframe").
 */
import { sharedState } from './loader.ts';

/** `type` of the message a framed page posts to its parent. */
export const HEIGHT_MESSAGE_TYPE = 'lc-widgets:height';

/** What a framed page posts to its parent whenever its height changes. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  /** The height of the page's content (its root element) in CSS pixels, rounded up. */
  height: number;
}

/**
 * When this page is inside a frame, posts a `HeightMessage` to the parent now
 * and whenever the root element's height changes. The target origin is `*`:
 * the message holds a number only, and the page cannot know who frames it.
 * Does nothing on a top-level page, or when another copy of the loader reports.
 * @returns a function that stops reporting
 */
export function reportHeightToParent(win: Window = window): () => void {
  const shared = sharedState();
  if (win === win.parent || shared.reportsHeight) return () => {};
  shared.reportsHeight = true;
  const rootElement = win.document.documentElement;
  let last = -1;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(rootElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, height };
    win.parent.postMessage(message, '*');
  });
  observer.observe(rootElement);
  return () => {
    observer.disconnect();
    shared.reportsHeight = false;
  };
}
