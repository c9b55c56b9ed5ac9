/**
 * Whether the host is narrow, from a ResizeObserver on the host itself (its
 * container's width, not the window's: a calendar in a sidebar is narrow on
 * a wide screen).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class NarrowController implements ReactiveController {
  /** True when the host's content box is `maxPx` wide or narrower. */
  narrow = false;

  private readonly host: ReactiveControllerHost & Element;
  private readonly maxPx: number;
  private observer?: ResizeObserver;
  private measured = false;

  constructor(host: ReactiveControllerHost & Element, maxPx: number) {
    this.host = host;
    this.maxPx = maxPx;
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver(([entry]) => {
      this.measured = entry.contentRect.width <= this.maxPx;
      // In the next frame, with the latest measure: re-rendering inside the callback changes
      // the size it reports on, which browsers report as a "ResizeObserver loop" error.
      requestAnimationFrame(() => {
        if (this.narrow === this.measured) return;
        this.narrow = this.measured;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
