import { FeedLoadError, type FeedErrorKind, type FeedIssue } from '@learning-centre/feed/widget';
import type { MessageKey } from './i18n/message-types.ts';

/** Why a widget shows its error state: a feed error, or `config` (no feed address given). */
export type WidgetErrorKind = FeedErrorKind | 'config';

/** The widget has no feed address: the page must set the `feed` attribute. */
export class FeedConfigError extends Error {
  readonly kind = 'config';
  readonly url = '';
  readonly status: number | undefined = undefined;
  readonly issues: FeedIssue[] = [];
  constructor(message = "Set the feed attribute to the address of your learning centre's feed.") {
    super(message);
    this.name = 'FeedConfigError';
  }
}

/** What a widget's feed controller reports; narrow on `kind`. */
export type WidgetError = FeedLoadError | FeedConfigError;

/**
 * `cause` as a `WidgetError`. Anything else thrown while loading (a bug, not a
 * feed problem) becomes `kind: 'schema'` — the feed could not be used — and
 * keeps the original as `cause`.
 */
export function toWidgetError(cause: unknown, url: string): WidgetError {
  if (cause instanceof FeedLoadError || cause instanceof FeedConfigError) return cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  return new FeedLoadError('schema', url, `The feed cannot be used: ${message}`, { cause });
}

const MESSAGE_KEYS: Record<WidgetErrorKind, MessageKey> = {
  config: 'error.config',
  network: 'error.network',
  http: 'error.http',
  timeout: 'error.timeout',
  parse: 'error.parse',
  schema: 'error.schema',
  'too-large': 'error.tooLarge',
  aborted: 'error.aborted',
};

/** Which UI text explains an error to people: "not found" for 404 and 410, else one per kind. */
export function errorMessageKey(error: { kind: WidgetErrorKind; status?: number }): MessageKey {
  if (error.kind === 'http' && (error.status === 404 || error.status === 410)) {
    return 'error.notFound';
  }
  return MESSAGE_KEYS[error.kind];
}
