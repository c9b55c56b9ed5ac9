import { loadFeedWith, type FeedValidator, type LoadedFeed } from '@learning-centre/feed/widget';
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dispatchLcEvent, type LcErrorDetail, type LcLoadDetail } from './events.ts';
import { FeedConfigError, toWidgetError, type WidgetError } from './widget-error.ts';

/**
 * Where a widget's feed is: `idle` (not started, or stopped because the
 * element left the page), `loading`, `error` or `ready`. Whether a ready feed
 * has anything to show is the widget's call (`renderStates({ isEmpty })`).
 */
export type FeedState = 'idle' | 'loading' | 'error' | 'ready';

/** An element that can host a `FeedController`: it has a `feed` address property. */
export interface FeedHost extends ReactiveControllerHost, EventTarget {
  /** The feed address: absolute, or relative to the page. */
  feed?: string | null;
}

/** Options of `FeedController`. */
export interface FeedControllerOptions {
  /** Give up after this many milliseconds (default 10 000; the first widget asking sets it). */
  timeoutMs?: number;
  /**
   * The checks for the feed sections this widget reads
   * (`createFeedValidator`); `validateFeed` checks the whole feed.
   */
  validate: FeedValidator;
}

/**
 * Loads the host's `feed` with `@lit/task`: one shared, cached request per
 * address on the page (`loadFeedWith`, with the widget's validator), a new
 * load when `feed` changes, the old one abandoned; abandoned too when the host
 * leaves the page, and resumed when it comes back. A missing `feed` is an
 * error of kind `config`.
 *
 * After the host has rendered the outcome it dispatches, from the host,
 * `lc-load` or `lc-error` (both bubble and are composed). Abandoned loads
 * (kind `aborted`) are silent.
 *
 * @fires lc-load - the feed is loaded and shown; detail `{ feed, issues, url }`
 * @fires lc-error - the feed cannot be shown; detail `{ kind, message, url, issues, status? }`
 */
export class FeedController implements ReactiveController {
  private readonly host: FeedHost;
  private readonly options: FeedControllerOptions;
  private readonly task: Task<[string | undefined], LoadedFeed>;
  /** Sent after the next render, so listeners see the state the event reports. */
  private pendingEvent?: () => void;
  private abandoned = false;

  constructor(host: FeedHost, options: FeedControllerOptions) {
    this.host = host;
    this.options = options;
    this.task = new Task(host, {
      args: () => [feedAddress(host.feed)],
      task: ([url], { signal }) => this.load(url, signal),
      onComplete: (loaded) => this.loaded(loaded),
      onError: (error) => this.failed(error as WidgetError),
    });
    host.addController(this);
  }

  /** Where the feed is; see `FeedState`. */
  get state(): FeedState {
    switch (this.task.status) {
      case TaskStatus.PENDING:
        return 'loading';
      case TaskStatus.COMPLETE:
        return 'ready';
      case TaskStatus.ERROR:
        return isAborted(this.task.error) ? 'idle' : 'error';
      default:
        return 'idle';
    }
  }

  /** The loaded feed, when `state` is `ready`. */
  get value(): LoadedFeed | undefined {
    return this.state === 'ready' ? this.task.value : undefined;
  }

  /** Why the feed cannot be shown, when `state` is `error`. */
  get error(): WidgetError | undefined {
    return this.state === 'error' ? (this.task.error as WidgetError) : undefined;
  }

  /** Loads the feed again (a failed load is not cached, so this really asks the server again). */
  retry(): Promise<void> {
    return this.task.run();
  }

  hostConnected(): void {
    // Moved or re-inserted after we abandoned a load: pick it up again (the
    // shared request went on, so this is usually instant).
    if (this.abandoned) {
      this.abandoned = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    if (this.task.status === TaskStatus.PENDING) {
      this.abandoned = true;
      this.task.abort();
    }
  }

  hostUpdated(): void {
    const send = this.pendingEvent;
    this.pendingEvent = undefined;
    send?.();
  }

  private async load(url: string | undefined, signal: AbortSignal): Promise<LoadedFeed> {
    if (!url) throw new FeedConfigError();
    try {
      return await loadFeedWith(this.options.validate, url, {
        signal,
        timeoutMs: this.options.timeoutMs,
      });
    } catch (cause) {
      throw toWidgetError(cause, url);
    }
  }

  private loaded({ feed, issues, url }: LoadedFeed): void {
    this.pendingEvent = () =>
      dispatchLcEvent<LcLoadDetail>(this.host, 'lc-load', { feed, issues, url });
  }

  private failed(error: WidgetError): void {
    if (isAborted(error)) return;
    if (error.kind === 'config') {
      const tag = this.host instanceof Element ? `<${this.host.localName}>` : 'Widget';
      console.warn(`${tag}: ${error.message}`);
    }
    const detail: LcErrorDetail = {
      kind: error.kind,
      message: error.message,
      url: error.url,
      issues: error.issues,
      ...(error.status === undefined ? {} : { status: error.status }),
    };
    this.pendingEvent = () => dispatchLcEvent(this.host, 'lc-error', detail);
  }
}

/** The address to load, or undefined when none is given (empty or blank counts as none). */
function feedAddress(feed: string | null | undefined): string | undefined {
  const trimmed = feed?.trim();
  return trimmed ? trimmed : undefined;
}

function isAborted(error: unknown): boolean {
  return (error as WidgetError | undefined)?.kind === 'aborted';
}
