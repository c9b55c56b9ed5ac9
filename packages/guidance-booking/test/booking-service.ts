/**
 * The real reference booking service for browser tests: one fresh instance
 * per test file, started by the test server (scripts/booking-test-server.mjs)
 * and reached under /__booking/<id>/ on the page's own origin, with switches
 * that make the network fail for real and a clock that can be moved.
 */
import type { TemplateResult } from 'lit';
import { $, $$, clean, renderShown } from '../../core/test/shadow-dom.ts';
export { $, $$, clean, until } from '../../core/test/shadow-dom.ts';
import type { LcGuidanceBooking } from '../src/guidance-booking.ts';

/** A fault until cleared: see scripts/booking-test-server.mjs. */
export interface Fault {
  when: 'before' | 'after' | 'status';
  status?: number;
  method?: string;
  /** A prefix of the service path, e.g. `/v1/bookings`. */
  path?: string;
}

export interface BookingService {
  /** The service's base URL (absolute). */
  api: string;
  /** A feed (test/fixtures/booking.json) whose `guidance.booking.api` is this service. */
  feed: string;
  fault(fault: Fault): Promise<void>;
  clearFault(): Promise<void>;
  /** Moves the service's clock forward (holds expire after 5 minutes). */
  advanceClock(minutes: number): Promise<void>;
  /** What the service was asked, in order: `"PUT /v1/bookings/… 201"`, `"… dropped"`. */
  log(): Promise<string[]>;
  /**
   * Someone else takes the first free time of `day` for this choice: held and
   * booked by this test, until no counsellor is left for it. Returns its start.
   */
  takeFirstTime(query: Record<string, string>, day: string): Promise<string>;
  close(): Promise<void>;
}

export async function startBookingService(): Promise<BookingService> {
  const started = await fetch('/__booking/new', { method: 'POST' });
  if (started.status !== 201) throw new Error(`no booking service: ${started.status}`);
  const { api: path } = (await started.json()) as { api: string };
  const api = new URL(path, location.href).href;
  const feed = await (await fetch('/packages/guidance-booking/test/fixtures/booking.json')).json();
  feed.guidance.booking.api = api;
  const feedUrl = URL.createObjectURL(
    new Blob([JSON.stringify(feed)], { type: 'application/json' }),
  );
  const control = (what: string, method: string, body?: unknown) =>
    fetch(`${path}${what}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const json = (method: string, body: unknown): RequestInit => ({
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    api,
    feed: feedUrl,
    fault: async (fault) => void (await control('__fault', 'POST', fault)),
    clearFault: async () => void (await control('__fault', 'DELETE')),
    advanceClock: async (minutes) => void (await control('__clock', 'POST', { minutes })),
    log: async () => (await control('__log', 'GET')).json(),
    async takeFirstTime(query, day) {
      const params = new URLSearchParams({ ...query, from: day, to: day });
      const found = await (await fetch(`${api}v1/availability?${params}`)).json();
      const slot = found.slots[0] as { id: string; start: string };
      for (let i = 0; i < 5; i++) {
        const hold = await fetch(`${api}v1/holds`, json('POST', { slotId: slot.id }));
        if (hold.status !== 201) break;
        const { holdId } = await hold.json();
        const person = { holdId, name: 'Someone Else', phone: '070-000 00 00', consent: true };
        await fetch(`${api}v1/bookings/${crypto.randomUUID()}`, json('PUT', person));
      }
      return slot.start;
    },
    async close() {
      URL.revokeObjectURL(feedUrl);
      await control('', 'DELETE');
    },
  };
}

/** Renders one widget and waits until its feed has loaded and its booking steps are shown. */
export function renderWidget(template: TemplateResult): Promise<LcGuidanceBooking> {
  // The steps are a module of their own, loaded once the feed names a booking service.
  return renderShown<LcGuidanceBooking>(template, '[part~="step"]', 'the steps are shown');
}

/** The step heading's text, and whether it has focus. */
export function stepHeading(el: LcGuidanceBooking): { text: string; focused: boolean } {
  const heading = $(el, '.step-heading');
  return { text: clean(heading.textContent), focused: el.shadowRoot!.activeElement === heading };
}

/** The widget's enabled days in the shown month. */
export function freeDays(el: LcGuidanceBooking): HTMLElement[] {
  return $$(el, 'td[data-date]:not([aria-disabled])');
}
