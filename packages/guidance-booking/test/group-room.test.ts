/**
 * <lc-guidance-booking service="group-room"> books a study room at the centre
 * through the same steps and the same reference service (a room is a service
 * of kind "room" there), and two people never get the same room at one time.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../src/define.ts';
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
let roomFeed: string;

before(async function () {
  this.timeout(60_000);
  service = await startBookingService();
  // The test feed, with the centre's group room among its guidance services.
  const feed = await (await fetch(service.feed)).json();
  feed.guidance.services.push({
    id: 'group-room',
    name: { sv: 'Boka grupprum', en: 'Book a group room' },
    duration: 60,
    modes: ['on-site'],
    centres: ['kalix'],
  });
  roomFeed = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
});
after(async () => {
  URL.revokeObjectURL(roomFeed);
  await service?.close();
});

describe('<lc-guidance-booking service="group-room">', function () {
  this.timeout(30_000);

  it('books a group room step by step; the same time is then gone for the next person', async () => {
    const el = await renderWidget(
      html`<lc-guidance-booking
        lang="sv"
        feed=${roomFeed}
        service="group-room"
      ></lc-guidance-booking>`,
    );
    // One service, one way, one centre: straight to the day and time.
    await until(el, () => freeDays(el).length > 0, 'the free days are shown');
    expect(stepHeading(el).text).to.equal('Välj dag och tid');
    expect(clean($(el, '[part~="summary"]').textContent)).to.include('Boka grupprum');
    await expect(el).to.be.accessible();

    const day = freeDays(el)[0]!;
    const params = new URLSearchParams({
      service: 'group-room',
      centre: 'kalix',
      mode: 'on-site',
      from: day.dataset.date!,
      to: day.dataset.date!,
    });
    const slotsOfDay = async () =>
      (
        (await (await fetch(`${service.api}v1/availability?${params}`)).json()).slots as {
          start: string;
        }[]
      ).map((slot) => slot.start);
    const before = await slotsOfDay();
    day.click();
    await until(el, () => $$(el, '[part~="time-button"]').length > 0, 'the times are shown');
    $(el, '[part~="time-button"]').click();
    await until(el, () => el.shadowRoot!.querySelector('form'), 'the form is shown');
    for (const [id, value] of Object.entries({
      name: 'Studiecirkel Kalix',
      email: 'cirkel@example.se',
    })) {
      const input = $<HTMLInputElement>(el, `#${id}`);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    const consent = $<HTMLInputElement>(el, '#consent');
    consent.checked = true;
    consent.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    $(el, '[part~="book-button"]').click();
    await until(el, () => el.shadowRoot!.querySelector('[part~="booking"]'), 'booked');
    expect(stepHeading(el).text).to.equal('Du är bokad');
    await expect(el).to.be.accessible();
    const reference = clean($(el, '[part~="reference"]').textContent);

    // The service has the booking in the room; the first time of the day (the one
    // booked: the room is the only one) is no longer offered to anyone.
    expect(await service.log()).to.include(`PUT /v1/bookings/${reference} 201`);
    const after = await slotsOfDay();
    expect(before.length).to.be.greaterThan(1);
    expect(after).to.not.include(before[0]);
    expect(after).to.deep.equal(before.slice(1));
  });
});
