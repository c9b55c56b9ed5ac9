/**
 * <lc-guidance-booking> against the real reference service, started for this
 * file: every step and every error state accessible, and bookings made end
 * to end — including a time taken by someone else meanwhile (409), a booking
 * whose answer is lost on the network and retried, an expired hold, and a
 * failing service. No fetch is mocked: faults are real dropped connections
 * and real status codes from the test server.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../src/define.ts';
import type { LcGuidanceBooking } from '../src/guidance-booking.ts';
import {
  $,
  $$,
  type BookingService,
  clean,
  freeDays,
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
afterEach(async () => {
  await service.clearFault();
});

/** Kalix by phone in Swedish: what the tests book. */
const PHONE_KALIX = {
  service: 'studievagledning',
  centre: 'kalix',
  mode: 'phone',
  language: 'sv',
};

async function widget(): Promise<LcGuidanceBooking> {
  return renderWidget(
    html`<lc-guidance-booking lang="sv" feed=${service.feed} centre="kalix"></lc-guidance-booking>`,
  );
}

function click(el: LcGuidanceBooking, selector: string): void {
  $(el, selector).click();
}

async function chooseRadio(el: LcGuidanceBooking, id: string): Promise<void> {
  click(el, `#${id}`);
  await el.updateComplete;
}

/** From the start to the times for Studievägledning by phone, the first free day chosen. */
async function toTimes(el: LcGuidanceBooking): Promise<string> {
  click(el, '[part~="next-button"]');
  await el.updateComplete;
  await chooseRadio(el, 'mode-phone');
  click(el, '[part~="next-button"]');
  await until(el, () => freeDays(el).length > 0, 'the free days are shown');
  const day = freeDays(el)[0]!;
  day.click();
  await until(el, () => $$(el, '[part~="time-button"]').length > 0, 'the times are shown');
  return day.dataset.date!;
}

/** On to the form with the first time of the first free day. */
async function toForm(el: LcGuidanceBooking): Promise<string> {
  const day = await toTimes(el);
  click(el, '[part~="time-button"]');
  await until(el, () => el.shadowRoot!.querySelector('form'), 'the form is shown');
  return day;
}

async function fill(el: LcGuidanceBooking, values: Record<string, string | boolean>) {
  for (const [name, value] of Object.entries(values)) {
    const input = $<HTMLInputElement>(el, `#${name}`);
    if (typeof value === 'boolean') input.checked = value;
    else input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
}

const PERSON = {
  name: 'Åsa Öberg',
  email: 'asa@example.se',
  phone: '070-123 45 67',
  consent: true,
};

describe('<lc-guidance-booking> booking steps (real service)', function () {
  this.timeout(30_000);

  it('books end to end, each step accessible with its heading focused; nothing stored', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const cookies = document.cookie;
    const asked = (await service.log()).length;
    const el = await widget();
    await expect(el).to.be.accessible();
    expect(stepHeading(el).text).to.equal('Vad vill du prata om?');
    expect($$(el, '[part~="service-option"] label').map((l) => clean(l.textContent))).to.deep.equal(
      ['Studievägledning', 'Karriärvägledning'],
    );
    expect($<HTMLInputElement>(el, '#service-studievagledning').checked).to.equal(true);

    click(el, '[part~="next-button"]');
    await el.updateComplete;
    expect(stepHeading(el)).to.deep.equal({ text: 'Hur vill du träffas?', focused: true });
    await expect(el).to.be.accessible();
    await chooseRadio(el, 'mode-phone');
    expect($<HTMLSelectElement>(el, '#language').value).to.equal('sv');
    expect($$(el, '#centre')).to.have.length(0, 'the centre is fixed by the attribute');

    click(el, '[part~="next-button"]');
    await el.updateComplete;
    expect(stepHeading(el)).to.deep.equal({ text: 'Välj dag och tid', focused: true });
    await until(el, () => freeDays(el).length > 0, 'the free days are shown');
    await expect(el).to.be.accessible();
    expect(clean($(el, '[part~="summary"]').textContent)).to.equal(
      'Studievägledning · Telefon · Lärcentrum Kalix · svenska',
    );
    // Weekends have no times: disabled, and choosing one does nothing.
    const saturday = $$(el, 'td[data-date]').find(
      (td) => new Date(`${td.dataset.date}T12:00:00Z`).getUTCDay() === 6,
    )!;
    expect(saturday.getAttribute('aria-disabled')).to.equal('true');
    expect(clean(saturday.textContent)).to.include('inga lediga tider');
    saturday.click();
    await el.updateComplete;
    expect($$(el, '[part~="time-button"]')).to.have.length(0);

    const day = freeDays(el)[0]!;
    day.click();
    await el.updateComplete;
    expect(day.getAttribute('aria-selected')).to.equal('true');
    const times = $$(el, '[part~="time-button"]').map((b) => clean(b.textContent));
    expect(times[0]).to.match(/^\d\d:\d\d–\d\d:\d\d$/);
    await expect(el).to.be.accessible();

    click(el, '[part~="time-button"]');
    await until(el, () => el.shadowRoot!.querySelector('form'), 'the form is shown');
    expect(stepHeading(el)).to.deep.equal({ text: 'Dina uppgifter', focused: true });
    expect(clean($(el, '[part~="summary"] strong').textContent)).to.include(times[0]!);
    await expect(el).to.be.accessible();
    expect($(el, '#name').getAttribute('autocomplete')).to.equal('name');
    expect($(el, '#email').getAttribute('autocomplete')).to.equal('email');
    expect($(el, '#phone').getAttribute('autocomplete')).to.equal('tel');
    expect($<HTMLInputElement>(el, '#phone').required, 'a phone meeting needs a phone').to.equal(
      true,
    );
    const privacy = $<HTMLAnchorElement>(el, '[part~="privacy-link"]');
    expect(privacy.href).to.equal('https://www.kalix.se/gdpr');
    expect(privacy.target).to.equal('_blank');

    const typing = performance.now();
    await fill(el, { ...PERSON, message: 'Jag vill läsa till sjuksköterska.' });
    click(el, '[part~="book-button"]');
    await until(el, () => el.shadowRoot!.querySelector('[part~="booking"]'), 'booked');
    // Once there was something personal to send, every request went to the booking service.
    const sentTo = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime > typing)
      .map((entry) => entry.name);
    expect(sentTo.length).to.be.greaterThan(0);
    for (const url of sentTo) expect(url.startsWith(`${service.api}v1/`), url).to.equal(true);
    expect(stepHeading(el)).to.deep.equal({ text: 'Du är bokad', focused: true });
    await expect(el).to.be.accessible();
    const booking = clean($(el, '[part~="booking"]').textContent);
    expect(booking).to.include('Vi ringer dig på 070-123 45 67.');
    const reference = clean($(el, '[part~="reference"]').textContent);
    expect(reference).to.match(/^[0-9a-f-]{36}$/);
    expect($$(el, '[part~="back-button"]')).to.have.length(0);
    // How to cancel: the feed's phone and an e-mail naming the booking.
    expect($(el, '[part~="email-link"]').getAttribute('href')).to.include(
      encodeURIComponent(`Avbokning ${reference}`),
    );

    await until(el, () => el.shadowRoot!.querySelector('[part~="calendar-link"]'), 'the .ics');
    const calendar = $<HTMLAnchorElement>(el, '[part~="calendar-link"]');
    expect(calendar.href).to.match(/^blob:/);
    expect(calendar.download).to.equal('vagledning.ics');
    const ics = await (await fetch(calendar.href)).text();
    expect(ics).to.include(`UID:${reference}@lc-booking`);
    expect(ics).to.include('STATUS:CONFIRMED');

    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal(cookies);
    const log = (await service.log()).slice(asked);
    expect(log.filter((l) => l.startsWith('PUT'))).to.deep.equal([
      `PUT /v1/bookings/${reference} 201`,
    ]);
  });

  it('Back keeps what was entered, and gives the held time back', async () => {
    const el = await widget();
    const day = await toForm(el);
    await fill(el, { name: 'Åsa' });
    click(el, '[part~="back-button"]');
    await el.updateComplete;
    expect(stepHeading(el)).to.deep.equal({ text: 'Välj dag och tid', focused: true });
    expect($(el, `td[data-date="${day}"]`).getAttribute('aria-selected')).to.equal('true');
    click(el, '[part~="back-button"]');
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#mode-phone').checked).to.equal(true);
    click(el, '[part~="back-button"]');
    await el.updateComplete;
    expect(stepHeading(el).text).to.equal('Vad vill du prata om?');
    click(el, '[part~="next-button"]');
    await el.updateComplete;
    click(el, '[part~="next-button"]');
    await until(el, () => $$(el, '[part~="time-button"]').length > 0, 'the times');
    click(el, '[part~="time-button"]');
    await until(el, () => el.shadowRoot!.querySelector('form'), 'the form');
    expect($<HTMLInputElement>(el, '#name').value).to.equal('Åsa');
    const log = await service.log();
    expect(log.some((l) => /^DELETE \/v1\/holds\/\S+ 204$/.test(l))).to.equal(true);
  });

  it('missing fields: shown next to each field, announced, the first focused', async () => {
    const el = await widget();
    await toForm(el);
    const asked = (await service.log()).length;
    click(el, '[part~="book-button"]');
    await el.updateComplete;
    await el.updateComplete;
    const alert = $(el, '[part~="problem"][role="alert"]');
    expect(clean(alert.textContent)).to.equal(
      'Kontrollera: Namn, E-post, Telefon och godkännande.',
    );
    for (const field of ['name', 'email', 'phone', 'consent']) {
      const input = $(el, `#${field}`);
      expect(input.getAttribute('aria-invalid'), field).to.equal('true');
      expect(input.getAttribute('aria-describedby'), field).to.include(`${field}-error`);
      expect(clean($(el, `#${field}-error`).textContent), field).not.to.equal('');
    }
    expect(clean($(el, '#email-error').textContent)).to.equal('Ange e-post eller telefon.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('name');
    await expect(el).to.be.accessible();
    expect((await service.log()).slice(asked)).to.deep.equal([], 'nothing was sent');
  });

  it('422 from the service: the field error next to its field; corrected, it books', async () => {
    const el = await widget();
    await toForm(el);
    await fill(el, { ...PERSON, email: 'inte-en-adress@x' });
    click(el, '[part~="book-button"]');
    await until(el, () => el.shadowRoot!.querySelector('#email-error'), 'the e-mail error');
    expect(clean($(el, '#email-error').textContent)).to.equal(
      'Kontrollera att det är rätt skrivet.',
    );
    expect($(el, '#email').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#name').hasAttribute('aria-invalid')).to.equal(false);
    expect(clean($(el, '[role="alert"]').textContent)).to.equal('Kontrollera: E-post.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('email');
    await expect(el).to.be.accessible();
    await fill(el, { email: 'asa@example.se' });
    click(el, '[part~="book-button"]');
    await until(el, () => el.shadowRoot!.querySelector('[part~="booking"]'), 'booked');
  });

  it('409: the time is taken meanwhile; say so and show fresh times, keeping the form', async () => {
    const el = await widget();
    const day = await toTimes(el);
    const first = clean($(el, '[part~="time-button"]').textContent);
    // Someone else books that very time between the list and the click.
    await service.takeFirstTime(PHONE_KALIX, day);
    click(el, '[part~="time-button"]');
    await until(el, () => el.shadowRoot!.querySelector('[part~="problem"]'), 'the problem');
    expect(clean($(el, '[part~="problem"]').textContent)).to.equal(
      'Tiden hann bokas av någon annan. Välj en ny tid – det du har fyllt i finns kvar.',
    );
    expect(stepHeading(el).text).to.equal('Välj dag och tid');
    await until(
      el,
      () => clean($$(el, '[part~="time-button"]')[0]?.textContent) !== first,
      'fresh times',
    );
    expect($$(el, '[part~="time-button"]').map((b) => clean(b.textContent))).not.to.include(first);
    await expect(el).to.be.accessible();
    expect((await service.log()).some((l) => l.startsWith('POST /v1/holds 409'))).to.equal(true);
  });

  it('no answer to "Boka": say so, keep everything; the retry books once under the same id', async () => {
    const el = await widget();
    await toForm(el);
    await fill(el, PERSON);
    // The service books, and the answer is lost on the way back.
    const asked = (await service.log()).length;
    await service.fault({ when: 'after', method: 'PUT', path: '/v1/bookings/' });
    click(el, '[part~="book-button"]');
    await until(el, () => el.shadowRoot!.querySelector('[part~="problem"]'), 'the problem');
    expect(clean($(el, '[part~="problem"] p').textContent)).to.equal(
      'Vi fick ingen kontakt med bokningen. Kontrollera anslutningen och försök igen – inget du har fyllt i är borta.',
    );
    expect($<HTMLInputElement>(el, '#name').value).to.equal(PERSON.name);
    expect($<HTMLInputElement>(el, '#consent').checked).to.equal(true);
    // Other ways to book are offered too.
    expect($(el, '[part~="problem"] [part~="phone-link"]').getAttribute('href')).to.equal(
      'tel:092365000',
    );
    await expect(el).to.be.accessible();

    await service.clearFault();
    click(el, '[part~="retry-button"]');
    await until(el, () => el.shadowRoot!.querySelector('[part~="booking"]'), 'booked');
    const reference = clean($(el, '[part~="reference"]').textContent);
    const puts = (await service.log()).slice(asked).filter((l) => l.startsWith('PUT'));
    // The first PUT booked and its answer was lost (Chromium itself may resend it
    // once on the dropped connection); the retry repeated it under the same id and
    // got the booking back as a replay (200), not a second booking.
    expect(puts[0]).to.equal(`PUT /v1/bookings/${reference} 201 dropped`);
    expect(puts.at(-1)).to.equal(`PUT /v1/bookings/${reference} 200`);
    expect(puts.every((l) => l.startsWith(`PUT /v1/bookings/${reference} `))).to.equal(true);
  });

  it('the hold expired while typing: held again silently and booked', async () => {
    const el = await widget();
    await toForm(el);
    await fill(el, PERSON);
    await service.advanceClock(6);
    click(el, '[part~="book-button"]');
    await until(el, () => el.shadowRoot!.querySelector('[part~="booking"]'), 'booked');
    expect($$(el, '[part~="problem"]')).to.have.length(0);
    const log = (await service.log()).filter((l) => !l.startsWith('GET'));
    const tail = log.slice(-3).map((l) => l.replace(/\/[0-9a-f-]{36}/, '/…'));
    expect(tail).to.deep.equal([
      'PUT /v1/bookings/… 410',
      'POST /v1/holds 201',
      'PUT /v1/bookings/… 201',
    ]);
  });

  it('the hold expired and the time went to someone else: back to the times, form kept', async () => {
    const el = await widget();
    const day = await toForm(el);
    await fill(el, PERSON);
    await service.advanceClock(6);
    await service.takeFirstTime(PHONE_KALIX, day);
    click(el, '[part~="book-button"]');
    await until(el, () => el.shadowRoot!.querySelector('[part~="problem"]'), 'the problem');
    expect(stepHeading(el).text).to.equal('Välj dag och tid');
    expect(stepHeading(el).focused).to.equal(true);
    expect(clean($(el, '[part~="problem"]').textContent)).to.include('Tiden hann bokas');
    await expect(el).to.be.accessible();
    await until(el, () => $$(el, '[part~="time-button"]').length > 0, 'fresh times');
    click(el, '[part~="time-button"]');
    await until(el, () => el.shadowRoot!.querySelector('form'), 'the form');
    expect($<HTMLInputElement>(el, '#name').value).to.equal(PERSON.name);
  });

  it('the service fails (503): say so, offer the other ways to book, retry', async () => {
    await service.fault({ when: 'status', status: 503, path: '/v1/availability' });
    const el = await widget();
    click(el, '[part~="next-button"]');
    await el.updateComplete;
    click(el, '[part~="next-button"]');
    await until(el, () => el.shadowRoot!.querySelector('[part~="problem"]'), 'the problem');
    const problem = $(el, '[part~="problem"]');
    expect(clean(problem.querySelector('p')!.textContent)).to.equal(
      'Bokningen fungerar inte just nu. Försök igen om en stund eller boka på något annat sätt.',
    );
    expect(problem.querySelector('[part~="email-link"]')).to.exist;
    expect(problem.querySelector<HTMLAnchorElement>('[part~="booking-link"]')!.href).to.equal(
      'https://www.kalix.se/boka',
    );
    await expect(el).to.be.accessible();
    await service.clearFault();
    click(el, '[part~="retry-button"]');
    await until(el, () => freeDays(el).length > 0, 'the free days');
    expect($$(el, '[part~="problem"]')).to.have.length(0);
  });

  it('no network while listing times: say so, then the retry loads them', async () => {
    await service.fault({ when: 'before', path: '/v1/availability' });
    const el = await widget();
    click(el, '[part~="next-button"]');
    await el.updateComplete;
    click(el, '[part~="next-button"]');
    await until(el, () => el.shadowRoot!.querySelector('[part~="problem"]'), 'the problem');
    expect(clean($(el, '[part~="problem"] p').textContent)).to.include(
      'Vi fick ingen kontakt med bokningen.',
    );
    await expect(el).to.be.accessible();
    await service.clearFault();
    click(el, '[part~="retry-button"]');
    await until(el, () => freeDays(el).length > 0, 'the free days');
  });

  it('English, and right to left: accessible in the time step', async () => {
    const el = await renderWidget(
      html`<lc-guidance-booking
        lang="en"
        feed=${service.feed}
        service="karriarvagledning"
      ></lc-guidance-booking>`,
    );
    expect(stepHeading(el).text).to.equal('How would you like to meet?');
    click(el, '[part~="next-button"]');
    await until(el, () => freeDays(el).length > 0, 'the free days');
    await expect(el).to.be.accessible();
    const rtl = await renderWidget(
      html`<lc-guidance-booking
        lang="ar"
        feed=${service.feed}
        service="karriarvagledning"
        mode="video"
      ></lc-guidance-booking>`,
    );
    expect(stepHeading(rtl).text).to.equal('Choose a day and time');
    await until(rtl, () => freeDays(rtl).length > 0, 'the free days');
    expect($(rtl, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    await expect(rtl).to.be.accessible();
  });
});
