/**
 * The real reference booking service for the browser tests: one fresh
 * instance per test file, started by the test server
 * (scripts/exam-booking-test-server.mjs) with the exam rules of
 * test/fixtures/exam.json and a staff account, answering the page across
 * origins as on a real site.
 */
import type { TemplateResult } from 'lit';
import { $, clean, renderShown, until } from '../../core/test/shadow-dom.ts';
export { $, $$, clean, until } from '../../core/test/shadow-dom.ts';
import type { LcExamRequest } from '../src/exam-request.ts';

export const FIXTURE = '/packages/exam-request/test/fixtures/exam.json';

/** What the tests change in the fixture feed. */
export interface FixtureFeed {
  guidance: { booking: { api?: string } };
}

export interface ExamService {
  /** The service's base URL (absolute, another origin). */
  api: string;
  /** The fixture feed with this service as its booking service. */
  feed: string;
  /** Staff at the centre confirm, or decline with a reason, through the service's staff pages. */
  staff(action: 'confirm' | 'decline', request: string, reason?: string): Promise<number>;
  close(): Promise<void>;
}

/** A feed made of the fixture, changed by `change`, served from memory. */
export async function feedWith(change: (feed: FixtureFeed) => void): Promise<string> {
  const feed = await (await fetch(FIXTURE)).json();
  change(feed);
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}

export async function startExamService(): Promise<ExamService> {
  const started = await fetch('/__exam-booking/new', { method: 'POST' });
  if (started.status !== 201) throw new Error(`no exam booking service: ${started.status}`);
  const { id, api } = (await started.json()) as { id: string; api: string };
  const feed = await feedWith((f) => (f.guidance.booking.api = api));
  return {
    api,
    feed,
    async staff(action, request, reason) {
      const response = await fetch(`/__exam-booking/${id}/staff`, {
        method: 'POST',
        body: JSON.stringify({ action, request, reason }),
      });
      return ((await response.json()) as { status: number }).status;
    },
    async close() {
      URL.revokeObjectURL(feed);
      await fetch(`/__exam-booking/${id}`, { method: 'DELETE' });
    },
  };
}

/**
 * The service for this test file: started before its tests, stopped after
 * them, the page's address left without a status link after each test.
 */
export function useExamService(): () => ExamService {
  let service: ExamService | undefined;
  before(async function () {
    this.timeout(60_000);
    service = await startExamService();
  });
  after(async () => {
    clearHash();
    await service?.close();
  });
  afterEach(() => clearHash());
  return () => service!;
}

/** Renders one widget and waits until its form (or status, or empty or error state) is shown. */
export function renderWidget(template: TemplateResult): Promise<LcExamRequest> {
  return renderShown<LcExamRequest>(
    template,
    '[part~="view-heading"], [part~="empty"], [part~="alert"]',
    'the form is shown',
  );
}

/** The view's heading text, and whether it has focus. */
export function viewHeading(el: LcExamRequest): { text: string; focused: boolean } {
  const heading = $(el, '.view-heading');
  return { text: clean(heading.textContent), focused: el.shadowRoot!.activeElement === heading };
}

/** Sets a field as a person would leave it (value, then `input` and `change`). */
export async function fill(el: LcExamRequest, id: string, value: string | boolean): Promise<void> {
  const field = $<HTMLInputElement>(el, `#${id}`);
  if (typeof value === 'boolean') field.checked = value;
  else field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Presses the form's send button and waits for the answer. */
export async function send(el: LcExamRequest): Promise<void> {
  $(el, '[part~="send-button"]').click();
  await el.updateComplete;
  await until(el, () => !el.shadowRoot!.querySelector('.busy:not(:empty)'), 'the answer');
}

/** The status link's id and token. */
export function statusKey(href: string): { id: string; token: string } {
  const params = new URLSearchParams(new URL(href).hash.slice(1));
  return { id: params.get('request')!, token: params.get('token')! };
}

/** Leaves the page's address as it was (no status link). */
export function clearHash(): void {
  history.replaceState(history.state, '', location.href.split('#')[0]);
}
