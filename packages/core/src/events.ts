import type { Feed, FeedIssue } from '@learning-centre/feed/widget';
import type { WidgetErrorKind } from './widget-error.ts';

/** Detail of `lc-load`: the feed a widget now shows. */
export interface LcLoadDetail {
  /** The validated feed (broken items left out). */
  feed: Feed;
  /** What validation found; empty for a clean feed. */
  issues: FeedIssue[];
  /** The absolute address the feed was loaded from. */
  url: string;
}

/** Detail of `lc-error`: why a widget shows its error state. */
export interface LcErrorDetail {
  kind: WidgetErrorKind;
  /** For developers, in English; the widget shows people a translated text. */
  message: string;
  /** The feed address (empty for `kind: 'config'`). */
  url: string;
  /** For `kind: 'schema'`: what made the feed unusable. */
  issues: FeedIssue[];
  /** For `kind: 'http'`: the HTTP status. */
  status?: number;
}

export type LcLoadEvent = CustomEvent<LcLoadDetail>;
export type LcErrorEvent = CustomEvent<LcErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'lc-load': LcLoadEvent;
    'lc-error': LcErrorEvent;
  }
}

/** Options of `dispatchLcEvent`. */
export interface LcEventOptions {
  /** Let listeners `preventDefault()` (the return value tells). */
  cancelable?: boolean;
}

/**
 * Dispatches a widget event from `host`: always `bubbles` and `composed`, so
 * a page hears it on any ancestor, across shadow roots. Names are `lc-` and
 * kebab-case; add each to `HTMLElementEventMap` next to the widget.
 *
 * @returns the event, to check `defaultPrevented` when `cancelable`.
 */
export function dispatchLcEvent<T>(
  host: EventTarget,
  name: `lc-${string}`,
  detail: T,
  options: LcEventOptions = {},
): CustomEvent<T> {
  const event = new CustomEvent<T>(name, {
    detail,
    bubbles: true,
    composed: true,
    cancelable: options.cancelable ?? false,
  });
  host.dispatchEvent(event);
  return event;
}
