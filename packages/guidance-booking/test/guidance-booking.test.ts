import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import type { LcErrorEvent } from '@learning-centre/core';
import { warnings } from '../../core/test/test-widget.ts';
import '../src/define.ts';
import type { LcGuidanceBooking } from '../src/guidance-booking.ts';

const FIXTURES = '/packages/guidance-booking/test/fixtures';
const GUIDANCE = `${FIXTURES}/guidance.json`;
const HOSTILE = `${FIXTURES}/hostile.json`;
const NO_GUIDANCE = `${FIXTURES}/no-guidance.json`;

/** Renders one widget and waits until its feed has loaded or failed, and the render after. */
async function render(template: TemplateResult): Promise<LcGuidanceBooking> {
  const parentNode = document.createElement('div');
  const outcome = new Promise((resolve) => {
    parentNode.addEventListener('lc-load', resolve, { once: true });
    parentNode.addEventListener('lc-error', resolve, { once: true });
  });
  const el = await fixture<LcGuidanceBooking>(template, { parentNode });
  await outcome;
  await el.updateComplete;
  return el;
}

function query<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function queryAll(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

describe('<lc-guidance-booking> states', () => {
  it('loading: an accessible status', async () => {
    const el = await fixture<LcGuidanceBooking>(
      html`<lc-guidance-booking
        lang="sv"
        feed=${`/__faults/slow?ms=3000&k=${Math.random()}`}
      ></lc-guidance-booking>`,
    );
    await expect(el).to.be.accessible();
    expect(clean(query(el, '[role="status"]').textContent)).to.equal('Laddar…');
  });

  it('error: an accessible alert, and lc-error', async () => {
    const parentNode = document.createElement('div');
    const failed = oneEvent(parentNode, 'lc-error') as Promise<LcErrorEvent>;
    const el = await fixture<LcGuidanceBooking>(
      html`<lc-guidance-booking lang="sv" feed="/__faults/404"></lc-guidance-booking>`,
      { parentNode },
    );
    expect((await failed).detail.kind).to.equal('http');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(query(el, '[role="alert"]')).to.exist;
  });

  it('empty: a feed without guidance says so', async () => {
    const el = await render(
      html`<lc-guidance-booking lang="sv" feed=${NO_GUIDANCE}></lc-guidance-booking>`,
    );
    await expect(el).to.be.accessible();
    expect(clean(query(el, '[part~="empty"]').textContent)).to.equal(
      'Det går inte att boka vägledning här just nu.',
    );
  });

  it('empty: a filter that matches no service says so', async () => {
    const el = await render(
      html`<lc-guidance-booking lang="sv" feed=${GUIDANCE} service="nope"></lc-guidance-booking>`,
    );
    expect(queryAll(el, '[part~="service"]')).to.have.length(0);
    expect(clean(query(el, '[part~="empty"]').textContent)).to.include('Det går inte');
  });
});

describe('<lc-guidance-booking> ways to book (no booking service)', () => {
  it('ready: accessible, with the services and a tel:, a mailto: and a booking link', async () => {
    const el = await render(
      html`<lc-guidance-booking lang="sv" feed=${GUIDANCE}></lc-guidance-booking>`,
    );
    await expect(el).to.be.accessible();
    expect(clean(query(el, 'h2').textContent)).to.equal('Boka vägledning');
    const names = queryAll(el, '[part~="service"] strong').map((s) => s.textContent);
    expect(names).to.deep.equal(['Studievägledning', 'Karriärvägledning']);
    expect(clean(query(el, '[part~="service"] .meta').textContent)).to.equal(
      '45 minuter · På plats, Telefon och Video',
    );
    const phone = query<HTMLAnchorElement>(el, '[part~="phone-link"]');
    expect(phone.getAttribute('href')).to.equal('tel:092365000');
    expect(clean(phone.textContent)).to.equal('Ring 0923-650 00');
    const mail = query<HTMLAnchorElement>(el, '[part~="email-link"]');
    expect(mail.getAttribute('href')).to.equal(
      'mailto:vagledning@kalix.se?subject=Bokning%20av%20v%C3%A4gledning',
    );
    expect(query<HTMLAnchorElement>(el, '[part~="booking-link"]').href).to.equal(
      'https://www.kalix.se/boka',
    );
    expect(query<HTMLAnchorElement>(el, '[part~="privacy-link"]').href).to.equal(
      'https://www.kalix.se/gdpr',
    );
  });

  it('one service: the e-mail subject names it', async () => {
    const el = await render(
      html`<lc-guidance-booking
        lang="en"
        feed=${GUIDANCE}
        service="karriarvagledning"
      ></lc-guidance-booking>`,
    );
    expect(query(el, '[part~="email-link"]').getAttribute('href')).to.equal(
      'mailto:vagledning@kalix.se?subject=Booking%3A%20Career%20guidance',
    );
    expect(clean(query(el, 'h2').textContent)).to.equal('Book guidance');
  });

  it('centre and mode narrow the services', async () => {
    const atKalix = await render(
      html`<lc-guidance-booking lang="sv" feed=${GUIDANCE} centre="kalix"></lc-guidance-booking>`,
    );
    expect(queryAll(atKalix, '[part~="service"]')).to.have.length(1);
    const byPhone = await render(
      html`<lc-guidance-booking lang="sv" feed=${GUIDANCE} mode="phone"></lc-guidance-booking>`,
    );
    expect(queryAll(byPhone, '[part~="service"] strong').map((s) => s.textContent)).to.deep.equal([
      'Studievägledning',
    ]);
  });

  it('an unknown mode is ignored with a warning naming the values allowed', async () => {
    let el!: LcGuidanceBooking;
    const seen = await warnings(async () => {
      el = await render(
        html`<lc-guidance-booking lang="sv" feed=${GUIDANCE} mode="bogus"></lc-guidance-booking>`,
      );
    });
    expect(queryAll(el, '[part~="service"]')).to.have.length(2);
    expect(seen.join('\n')).to.match(/mode="bogus".*"on-site", "phone" or "video"/);
  });

  it('heading-level sets the heading and the section headings one below', async () => {
    const el = await render(
      html`<lc-guidance-booking
        lang="sv"
        feed=${GUIDANCE}
        heading-level="3"
      ></lc-guidance-booking>`,
    );
    expect(queryAll(el, 'h3')).to.have.length(1);
    expect(queryAll(el, 'h4')).to.have.length(2);
  });

  it('RTL (lang="ar"): accessible and right to left', async () => {
    const el = await render(
      html`<lc-guidance-booking lang="ar" feed=${GUIDANCE}></lc-guidance-booking>`,
    );
    await expect(el).to.be.accessible();
    expect(query(el, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
  });

  it('hostile strings render as text and javascript: URLs are not linked', async () => {
    const el = await render(
      html`<lc-guidance-booking lang="sv" feed=${HOSTILE}></lc-guidance-booking>`,
    );
    await expect(el).to.be.accessible();
    expect(query(el, '[part~="service"] strong').textContent).to.equal(
      '<img src=x onerror=alert(1)>',
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="booking-link"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="privacy-link"]')).to.equal(null);
    for (const a of queryAll(el, 'a')) expect(a.getAttribute('href')).not.to.match(/^javascript:/i);
  });

  it('keyboard: Tab reaches each way to book in order', async () => {
    const el = await render(
      html`<lc-guidance-booking lang="sv" feed=${GUIDANCE}></lc-guidance-booking>`,
    );
    const reached: string[] = [];
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(el.shadowRoot!.activeElement?.getAttribute('part') ?? '');
    }
    expect(reached).to.deep.equal(['phone-link', 'email-link', 'booking-link', 'privacy-link']);
  });

  it('stores nothing: localStorage and cookies are untouched', async () => {
    localStorage.clear();
    const cookies = document.cookie;
    await render(html`<lc-guidance-booking lang="sv" feed=${GUIDANCE}></lc-guidance-booking>`);
    expect(localStorage.length).to.equal(0);
    expect(document.cookie).to.equal(cookies);
  });
});
