/**
 * A whole exam request with the keyboard only (real key presses, no
 * clicks), against the real reference service: the form with its errors,
 * the receipt, the status link, cancelling.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../src/define.ts';
import type { LcExamRequest } from '../src/exam-request.ts';
import { $, clean, renderWidget, useExamService, until, viewHeading } from './exam-service.ts';

const service = useExamService();

const press = (key: string) => sendKeys({ press: key });
const type = (text: string) => sendKeys({ type: text });

function focused(el: LcExamRequest): HTMLElement {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  if (!active) throw new Error('nothing in the widget has focus');
  return active;
}

/** Presses Tab until the focused element matches `selector` (at most 30 times). */
async function tabTo(el: LcExamRequest, selector: string): Promise<HTMLElement> {
  for (let i = 0; i < 30; i++) {
    await press('Tab');
    await el.updateComplete;
    const active = el.shadowRoot!.activeElement as HTMLElement | null;
    if (active?.matches(selector)) return active;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Types a date into the focused `<input type="date">` the way its segments
 * are ordered in the browser's language (month/day/year in en-US).
 */
async function typeDate(date: string): Promise<void> {
  const [year, month, day] = date.split('-');
  const parts = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2026, 0, 2));
  for (const part of parts) {
    if (part.type === 'year') await type(year!);
    else if (part.type === 'month') await type(month!);
    else if (part.type === 'day') await type(day!);
  }
}

/** Types a time into the focused `<input type="time">`, with AM/PM where the language has it. */
async function typeTime(time: string): Promise<void> {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const { hourCycle } = new Intl.DateTimeFormat(navigator.language, {
    hour: 'numeric',
  }).resolvedOptions();
  if (hourCycle === 'h11' || hourCycle === 'h12') {
    await type(String(((hours + 11) % 12) + 1).padStart(2, '0'));
    await type(String(minutes).padStart(2, '0'));
    await type(hours < 12 ? 'A' : 'P');
  } else {
    await type(`${String(hours).padStart(2, '0')}${String(minutes).padStart(2, '0')}`);
  }
}

describe('<lc-exam-request> by keyboard (real service)', function () {
  this.timeout(60_000);

  it('asks, corrects, sends, opens the status link and cancels with the keyboard only', async () => {
    const el = await renderWidget(
      html`<lc-exam-request lang="sv" feed=${service().feed} centre="kalix"></lc-exam-request>`,
    );
    const start = document.createElement('button');
    start.textContent = 'before';
    el.before(start);
    start.focus();

    // Past the rules' link into the form; sending it empty moves to the summary.
    await tabTo(el, '[part~="rules-link"]');
    await tabTo(el, '[part~="send-button"]');
    await press('Enter');
    await until(el, () => focused(el).matches('.summary'), 'the summary has focus');
    await press('Tab');
    expect(clean(focused(el).textContent)).to.equal('Lärosäte: Välj ett lärosäte.');
    await press('Enter');
    expect(focused(el).id).to.equal('provider');

    // The university by typing its first letter, then each field in turn.
    await type('U');
    await el.updateComplete;
    expect(($(el, '#provider') as HTMLSelectElement).value).to.equal('umu');
    await press('Tab');
    expect(focused(el).id).to.equal('courseCode');
    await type('MA1234');
    await press('Tab');
    await type('Linjär algebra');
    await press('Tab');
    expect(focused(el).id).to.equal('date');
    const earliest = ($(el, '#date') as HTMLInputElement).min;
    await typeDate(earliest);
    expect(($(el, '#date') as HTMLInputElement).value).to.equal(earliest);
    // The native date and time fields may hold more than one tab stop (their segments, a picker).
    await tabTo(el, '#start');
    await typeTime('07:30');
    await tabTo(el, '#minutes');
    await type('300');
    await el.updateComplete;
    expect(clean($(el, '#start-error').textContent)).to.equal('Tentor kan börja tidigast 08:00.');

    // Support by Space; the student's details; consent.
    await tabTo(el, '#support-extended-time');
    await press('Space');
    await tabTo(el, '#name');
    await type('Åsa Öberg');
    await press('Tab');
    await type('asa@example.se');
    await press('Tab');
    expect(focused(el).id).to.equal('phone');
    await press('Tab');
    await type('Kalix');
    await el.updateComplete;
    expect(clean($(el, '[part~="fee"]').textContent)).to.equal('Ingen avgift för dig.');
    await tabTo(el, '#consent');
    await press('Space');
    await tabTo(el, '[part~="send-button"]');
    await press('Enter');

    // Only the start time is left to correct: from the summary to the field.
    await until(el, () => focused(el).matches('.summary'), 'the summary has focus');
    await press('Tab');
    expect(clean(focused(el).textContent)).to.equal('Starttid: Tentor kan börja tidigast 08:00.');
    await press('Enter');
    expect(focused(el).id).to.equal('start');
    await typeTime('09:00');
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('start-error') === null, 'no start error').to.equal(true);
    await tabTo(el, '[part~="send-button"]');
    await press('Enter');

    // The receipt has the focus; on to the status link.
    await until(el, () => el.shadowRoot!.querySelector('[part~="record"]'), 'the receipt');
    expect(viewHeading(el)).to.deep.equal({
      text: 'Tack! Vi har tagit emot din förfrågan',
      focused: true,
    });
    expect(clean($(el, '[part~="record"]').innerText)).to.include('Stöd förlängd skrivtid');
    await tabTo(el, '[part~="status-link"]');
    await press('Enter');
    await until(el, () => viewHeading(el).text === 'Din förfrågan om tentamen', 'the status page');
    await until(el, () => el.shadowRoot!.querySelector('.state-pending'), 'pending');
    expect(viewHeading(el).focused).to.equal(true);

    // Cancel, answer the question, and it is cancelled.
    await tabTo(el, '[part~="cancel-button"]');
    await press('Enter');
    await el.updateComplete;
    expect(focused(el).matches('.cancel-question')).to.equal(true);
    await press('Tab');
    expect(focused(el).matches('[part~="confirm-cancel-button"]')).to.equal(true);
    await press('Enter');
    await until(el, () => el.shadowRoot!.querySelector('.state-cancelled'), 'cancelled');
    expect(viewHeading(el).focused).to.equal(true);

    // And a new request.
    await tabTo(el, '[part~="new-button"]');
    await press('Enter');
    await el.updateComplete;
    expect(viewHeading(el)).to.deep.equal({ text: 'Skicka en förfrågan', focused: true });
  });
});
