/**
 * A whole booking with the keyboard only (real key presses, no clicks),
 * against the real reference service: Tab, Shift+Tab, Enter, Space, the arrow
 * keys in the radio groups and the date grid, Home/End and Page Up/Down.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { addDays, addMonths, startOfWeek } from '@learning-centre/feed/queries';
import '../src/define.ts';
import type { LcGuidanceBooking } from '../src/guidance-booking.ts';
import {
  $,
  type BookingService,
  clean,
  renderWidget,
  startBookingService,
  stepHeading,
  until,
} from './booking-service.ts';

let service: BookingService;

before(async function () {
  this.timeout(60_000);
  service = await startBookingService();
});
after(async () => {
  await service?.close();
});

const press = (key: string) => sendKeys({ press: key });
const type = (text: string) => sendKeys({ type: text });

function focused(el: LcGuidanceBooking): HTMLElement {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  if (!active) throw new Error('nothing in the widget has focus');
  return active;
}

/** Presses Tab until `found` holds for the focused element (at most 12 times). */
async function tabTo(el: LcGuidanceBooking, found: (e: HTMLElement) => boolean, what: string) {
  for (let i = 0; i < 12; i++) {
    await press('Tab');
    await el.updateComplete;
    const active = el.shadowRoot!.activeElement as HTMLElement | null;
    if (active && found(active)) return active;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** The date of the focused day in the grid. */
function focusedDate(el: LcGuidanceBooking): string {
  const date = focused(el).dataset.date;
  if (!date) throw new Error(`the focus is not on a day but on ${focused(el).outerHTML}`);
  return date;
}

async function key(el: LcGuidanceBooking, name: string): Promise<string> {
  await press(name);
  await el.updateComplete;
  await el.updateComplete;
  return focusedDate(el);
}

describe('<lc-guidance-booking> by keyboard (real service)', function () {
  this.timeout(60_000);

  it('books end to end with the keyboard only', async () => {
    const el = await renderWidget(
      html`<lc-guidance-booking
        lang="sv"
        feed=${service.feed}
        centre="kalix"
      ></lc-guidance-booking>`,
    );
    const start = document.createElement('button');
    start.textContent = 'before';
    el.before(start);
    start.focus();

    // Service: the radio group is one tab stop; arrows choose.
    await press('Tab');
    expect(focused(el).id).to.equal('service-studievagledning');
    await press('ArrowDown');
    expect(focused(el).id).to.equal('service-karriarvagledning');
    expect($<HTMLInputElement>(el, '#service-karriarvagledning').checked).to.equal(true);
    await press('ArrowUp');
    expect($<HTMLInputElement>(el, '#service-studievagledning').checked).to.equal(true);
    await press('Tab');
    expect(focused(el).getAttribute('part')).to.equal('next-button');
    await press('Enter');
    await el.updateComplete;

    // Options: the heading has focus; the way to meet by arrows.
    expect(stepHeading(el)).to.deep.equal({ text: 'Hur vill du träffas?', focused: true });
    await press('Tab');
    expect(focused(el).id).to.equal('mode-on-site');
    await press('ArrowDown');
    expect($<HTMLInputElement>(el, '#mode-phone').checked).to.equal(true);
    await tabTo(el, (e) => e.getAttribute('part') === 'next-button', 'Fortsätt');
    await press('Space');
    await el.updateComplete;

    // Day and time: into the grid, around it, a free day, a time.
    expect(stepHeading(el)).to.deep.equal({ text: 'Välj dag och tid', focused: true });
    await until(
      el,
      () => el.shadowRoot!.querySelector('td[data-date]:not([aria-disabled])'),
      'days',
    );
    await tabTo(el, (e) => e.tagName === 'TD', 'the date grid');
    const first = focusedDate(el);
    expect($(el, `td[data-date="${first}"]`).hasAttribute('aria-disabled')).to.equal(
      false,
      'the tab stop starts on a free day',
    );
    expect(await key(el, 'ArrowRight')).to.equal(addDays(first, 1));
    expect(await key(el, 'ArrowLeft')).to.equal(first);
    expect(await key(el, 'ArrowDown')).to.equal(addDays(first, 7));
    expect(await key(el, 'ArrowUp')).to.equal(first);
    // Home/End: Monday and Sunday of the week, never before this month.
    const thisMonth = `${new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date()).slice(0, 7)}-01`;
    const monday = startOfWeek(first, 1);
    expect(await key(el, 'Home')).to.equal(monday < thisMonth ? thisMonth : monday);
    expect(await key(el, 'End')).to.equal(addDays(monday, 6));
    const from = focusedDate(el);
    const next = addMonths(from, 1);
    expect(await key(el, 'PageDown')).to.equal(next);
    expect(clean($(el, '#month-caption').textContent)).to.include(
      new Intl.DateTimeFormat('sv', { month: 'long', timeZone: 'UTC' }).format(
        new Date(`${next}T00:00:00Z`),
      ),
    );
    expect(await key(el, 'PageUp')).to.equal(addMonths(next, -1));
    // To a free day with the arrows (weekends are disabled: Enter does nothing there).
    for (let i = 0; i < 8 && focused(el).getAttribute('aria-disabled') === 'true'; i++)
      await key(el, 'ArrowRight');
    await until(el, () => focused(el).getAttribute('aria-disabled') !== 'true', 'a free day');
    const day = focusedDate(el);
    await press('Enter');
    await el.updateComplete;
    expect($(el, `td[data-date="${day}"]`).getAttribute('aria-selected')).to.equal('true');
    const time = await tabTo(el, (e) => e.getAttribute('part') === 'time-button', 'a time');
    await press('Enter');
    await until(el, () => el.shadowRoot!.querySelector('form'), 'the form');
    await el.updateComplete;

    // Details: typed field by field; consent with Space; "Boka" with Enter.
    expect(stepHeading(el)).to.deep.equal({ text: 'Dina uppgifter', focused: true });
    expect(clean($(el, '[part~="summary"] strong').textContent)).to.include(
      clean(time.textContent),
    );
    await press('Tab');
    expect(focused(el).id).to.equal('name');
    await type('Åsa Öberg');
    await press('Tab');
    expect(focused(el).id).to.equal('email');
    await type('asa@example.se');
    await press('Tab');
    expect(focused(el).id).to.equal('phone');
    await type('070-123 45 67');
    await press('Tab');
    expect(focused(el).id).to.equal('message');
    await type('Hej!');
    await press('Tab');
    expect(focused(el).id).to.equal('consent');
    await press('Space');
    expect($<HTMLInputElement>(el, '#consent').checked).to.equal(true);
    await press('Tab');
    expect(focused(el).getAttribute('part')).to.equal('privacy-link');
    await press('Tab');
    expect(focused(el).getAttribute('part')).to.equal('back-button');
    await press('Tab');
    expect(focused(el).getAttribute('part')).to.equal('book-button');
    await press('Enter');
    await until(el, () => el.shadowRoot!.querySelector('[part~="booking"]'), 'booked');
    await el.updateComplete;

    // Confirmation: the heading has focus; the calendar file is the next stop.
    expect(stepHeading(el)).to.deep.equal({ text: 'Du är bokad', focused: true });
    expect(clean($(el, '[part~="booking"]').textContent)).to.include('070-123 45 67');
    await until(el, () => el.shadowRoot!.querySelector('[part~="calendar-link"]'), 'the .ics');
    await press('Tab');
    expect(focused(el).getAttribute('part')).to.equal('calendar-link');
  });

  it('Shift+Tab goes back through the form, and Back (Enter) keeps what was typed', async () => {
    const el = await renderWidget(
      html`<lc-guidance-booking
        lang="en"
        feed=${service.feed}
        service="karriarvagledning"
        mode="video"
      ></lc-guidance-booking>`,
    );
    await until(
      el,
      () => el.shadowRoot!.querySelector('td[data-date]:not([aria-disabled])'),
      'days',
    );
    el.shadowRoot!.querySelector<HTMLElement>('td[tabindex="0"]')!.focus();
    await press('Enter');
    await el.updateComplete;
    await tabTo(el, (e) => e.getAttribute('part') === 'time-button', 'a time');
    await press('Enter');
    await until(el, () => el.shadowRoot!.querySelector('form'), 'the form');
    await press('Tab');
    await type('Ada');
    await tabTo(el, (e) => e.getAttribute('part') === 'back-button', 'Back');
    await press('Shift+Tab');
    expect(focused(el).getAttribute('part')).to.equal('privacy-link');
    await press('Tab');
    await press('Enter');
    await el.updateComplete;
    expect(stepHeading(el)).to.deep.equal({ text: 'Choose a day and time', focused: true });
    await tabTo(el, (e) => e.getAttribute('part') === 'time-button', 'a time');
    await press('Enter');
    await until(el, () => el.shadowRoot!.querySelector('form'), 'the form');
    expect($<HTMLInputElement>(el, '#name').value).to.equal('Ada');
    expect($<HTMLInputElement>(el, '#email').required, 'a video meeting needs an e-mail').to.equal(
      true,
    );
  });
});
