/**
 * Keeps a course finder's filter in the page's address (`sync-url`), so the
 * back and forward buttons, bookmarks and shared links bring a search back.
 * Only the finder's own `lc-` keys are touched; the page's other keys, its
 * hash and its router's `history.state` are left as they were.
 */
import {
  type CourseFilter,
  courseFilterFromParams,
  courseFilterToParams,
  hasCourseFilterParams,
} from '@learning-centre/feed/queries';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** `push` adds a history entry (a filter chosen); `replace` rewrites the current one (typing on). */
export type HistoryMode = 'push' | 'replace';

export class FilterHistory implements ReactiveController {
  /** Whether the address is read and written at all (the `sync-url` attribute). */
  enabled = false;
  private readonly onRestore: (filter: CourseFilter | undefined) => void;

  /**
   * @param onRestore called on back/forward with the address's filter, or
   *   `undefined` when the address holds none (the finder's starting filter then applies)
   */
  constructor(host: ReactiveControllerHost, onRestore: (filter: CourseFilter | undefined) => void) {
    this.onRestore = onRestore;
    host.addController(this);
  }

  /** The filter in the page's address, or `undefined` when it holds none (or syncing is off). */
  read(): CourseFilter | undefined {
    if (!this.enabled) return undefined;
    const params = new URLSearchParams(location.search);
    return hasCourseFilterParams(params) ? courseFilterFromParams(params) : undefined;
  }

  /** Writes `filter` into the address; does nothing when the address already says it. */
  write(filter: CourseFilter, mode: HistoryMode): void {
    if (!this.enabled) return;
    const search = courseFilterToParams(filter, location.search).toString();
    if (search === location.search.replace(/^\?/, '')) return;
    const url = new URL(location.href);
    url.search = search;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.handlePopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.handlePopState);
  }

  private readonly handlePopState = (): void => {
    if (this.enabled) this.onRestore(this.read());
  };
}
