import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import type { LcErrorEvent } from '@learning-centre/core';
import type { LcEventCalendar, LcEventSelectEvent } from '../src/event-calendar.ts';
import {
  CALENDAR,
  HOSTILE,
  NOW,
  NO_EVENTS,
  agenda,
  clean,
  eventItem,
  query,
  queryAll,
  renderCalendar,
  shadow,
  slowFeed,
  spoken,
  timeOf,
  warnings,
} from './helpers.ts';

describe('<lc-event-calendar> states', () => {
  it('loading: an accessible status', async () => {
    const el = await fixture<LcEventCalendar>(
      html`<lc-event-calendar lang="sv" feed=${slowFeed(3000)}></lc-event-calendar>`,
    );
    await expect(el).to.be.accessible();
    expect(clean(query(el, '[role="status"]').textContent)).to.equal('Laddar…');
  });

  it('error: an accessible alert, and lc-error', async () => {
    const parentNode = document.createElement('div');
    const failed = oneEvent(parentNode, 'lc-error') as Promise<LcErrorEvent>;
    const el = await fixture<LcEventCalendar>(
      html`<lc-event-calendar lang="sv" feed="/__faults/404"></lc-event-calendar>`,
      { parentNode },
    );
    expect((await failed).detail.kind).to.equal('http');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(clean(query(el, '[role="alert"]').textContent)).to.include('(404)');
  });

  it('empty: a feed without events says so', async () => {
    const el = await renderCalendar(
      html`<lc-event-calendar lang="sv" feed=${NO_EVENTS}></lc-event-calendar>`,
    );
    await expect(el).to.be.accessible();
    expect(clean(query(el, '[part~="empty"]').textContent)).to.equal(
      'Det finns inga evenemang att visa just nu.',
    );
  });

  for (const view of ['list', 'month', 'week']) {
    it(`ready: the ${view} view is accessible`, async () => {
      const el = await renderCalendar(
        html`<lc-event-calendar
          lang="sv"
          feed=${CALENDAR}
          view=${view}
          start-date="2026-03-09"
          .now=${NOW}
        ></lc-event-calendar>`,
      );
      await expect(el).to.be.accessible();
    });
  }

  it('ready in English, right to left and filtered: accessible', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await renderCalendar(
        html`<lc-event-calendar
          lang=${lang}
          feed=${CALENDAR}
          view="month"
          category="lecture,workshop"
          start-date="2026-03-09"
          .now=${NOW}
        ></lc-event-calendar>`,
      );
      await expect(el).to.be.accessible();
    }
  });
});

describe('<lc-event-calendar> list view', () => {
  const render = (attrs = html``) =>
    renderCalendar(
      html`<lc-event-calendar
        lang="sv"
        feed=${CALENDAR}
        start-date="2026-03-09"
        days="14"
        .now=${NOW}
        >${attrs}</lc-event-calendar
      >`,
    );

  it('groups the events under a heading per local day, days without events left out', async () => {
    const el = await render();
    const days = agenda(el);
    expect(days.map((d) => d.day)).to.deep.equal([
      'måndag 9 mars',
      'tisdag 10 mars',
      'onsdag 11 mars',
      'torsdag 12 mars',
      'fredag 13 mars',
      'lördag 14 mars',
      'måndag 16 mars',
      'tisdag 17 mars',
      'onsdag 18 mars',
      'fredag 20 mars',
    ]);
    expect(queryAll(el, '.agenda h3[part~="day-heading"]').length).to.equal(days.length);
    expect(queryAll(el, '.agenda h4[part~="event-title"]').length).to.be.greaterThan(0);
    expect(days.find((d) => d.day === 'onsdag 11 mars')!.titles).to.deep.equal([
      'Utbildningsmässa',
      'Lunchsnack',
    ]);
  });

  it('shows time, place, category and the time zone when it is not the reader’s', async () => {
    const el = await render();
    const stream = eventItem(el, 'Strömmad föreläsning från KTH');
    expect(timeOf(stream)).to.equal('15:00–16:00');
    expect(clean(stream.querySelector('.meta')!.textContent)).to.equal(
      'Lärcentrum Kalix Online Streamad föreläsning',
    );
    expect(timeOf(eventItem(el, 'Utbildningsmässa'))).to.equal('Heldag, 9–11 mars');
    const viewer = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const note = shadow(el).querySelector('[part~="time-zone"]');
    if (viewer === 'Europe/Stockholm') expect(note).to.equal(null);
    else expect(clean(note!.textContent)).to.equal('Tider visas i Europe/Stockholm');
  });

  it('keeps cancelled events, struck through and saying so in words', async () => {
    const el = await render();
    const cancelled = eventItem(el, 'Föreläsning om AI');
    expect(clean(cancelled.querySelector('[part~="event-status"]')!.textContent)).to.equal(
      'Inställt Föreläsaren är sjuk.',
    );
    const title = cancelled.querySelector('[part~="event-title"]')!;
    expect(getComputedStyle(title).textDecorationLine).to.equal('line-through');
    expect(cancelled.querySelector('[part~="register-link"]')).to.equal(null);
    expect(cancelled.querySelector('[part~="add-to-calendar"]')).to.equal(null);
    expect(clean(eventItem(el, 'Stjärnskådning').querySelector('.status')!.textContent)).to.equal(
      'Uppskjutet',
    );
    const moved = eventItem(el, 'Informationsmöte');
    expect(clean(moved.querySelector('.status')!.textContent)).to.equal('Flyttat till online');
    expect(clean(moved.querySelector('.meta')!.textContent)).to.equal('Online Övrigt');
    expect(moved.querySelector<HTMLAnchorElement>('[part~="online-link"]')!.href).to.equal(
      'https://meet.example.se/info',
    );
  });

  it('links registration only while it is open, and says when it opens', async () => {
    const el = await render();
    const workshop = eventItem(el, 'Skrivverkstad');
    const register = workshop.querySelector<HTMLAnchorElement>('[part~="register-link"]')!;
    expect(register.href).to.equal('https://larcentrum.kalix.example.se/anmal/skrivverkstad');
    expect(spoken(register)).to.equal('Anmäl dig: Skrivverkstad');
    const stream = eventItem(el, 'Strömmad föreläsning från KTH');
    expect(stream.querySelector('[part~="register-link"]')).to.equal(null);
    expect(clean(stream.querySelector('.opens')!.textContent)).to.equal('Anmälan öppnar 11 mars');
    expect(clean(stream.querySelector('[part~="online-link"]')!.textContent)).to.equal(
      'Se sändningen: Strömmad föreläsning från KTH',
    );

    el.now = new Date('2026-03-12T09:00:00+01:00');
    await el.updateComplete;
    const open = eventItem(el, 'Strömmad föreläsning från KTH');
    expect(open.querySelector('[part~="register-link"]')).not.to.equal(null);
    el.startDate = '2026-03-23';
    await el.updateComplete;
    // Fully booked: no sign-up link, even with one in the feed.
    const full = eventItem(el, 'Arbetsgivarträff');
    expect(clean(full.querySelector('.status')!.textContent)).to.equal('Fullbokat');
    expect(full.querySelector('[part~="register-link"]')).to.equal(null);
  });

  it('announces the number of events politely, and limits them with max-events', async () => {
    const el = await render();
    const count = query(el, '[part~="count"]');
    expect(count.getAttribute('role')).to.equal('status');
    const items = queryAll(el, '.agenda [part~="event"]');
    const distinct = new Set(items.map((i) => i.dataset.key)).size;
    expect(clean(count.textContent)).to.equal(`${distinct} evenemang`);

    el.maxEvents = 3;
    await el.updateComplete;
    expect(
      new Set(queryAll(el, '.agenda [part~="event"]').map((i) => i.dataset.key)).size,
    ).to.equal(3);
    expect(clean(count.textContent)).to.equal(`Visar 3 av ${distinct} evenemang`);
  });

  it('moves by `days` with previous and next, and back with today', async () => {
    const el = await render();
    expect(clean(query(el, '[part~="caption"]').textContent)).to.equal('9–22 mars 2026');
    query(el, '[part~="next-button"]').click();
    await el.updateComplete;
    expect(clean(query(el, '[part~="caption"]').textContent)).to.equal('23 mars–5 april 2026');
    expect(agenda(el)[0].day).to.equal('tisdag 24 mars');
    query(el, '[part~="today-button"]').click();
    await el.updateComplete;
    expect(clean(query(el, '[part~="caption"]').textContent)).to.equal('10–23 mars 2026');
  });

  it('defaults to today in the calendar’s zone and 60 days', async () => {
    const el = await renderCalendar(
      html`<lc-event-calendar lang="sv" feed=${CALENDAR} .now=${NOW}></lc-event-calendar>`,
    );
    expect(clean(query(el, '[part~="caption"]').textContent)).to.equal('10 mars–8 maj 2026');
    expect(agenda(el)[0].day).to.equal('tisdag 10 mars');
  });

  it('offers the subscription link when the feed has one', async () => {
    const el = await render();
    const link = query<HTMLAnchorElement>(el, '[part~="subscribe-link"]');
    expect(link.href).to.equal('https://larcentrum.kalix.example.se/kalender.ics');
    expect(clean(link.textContent)).to.equal('Prenumerera på kalendern');
  });
});

describe('<lc-event-calendar> lc-event-select in the list', () => {
  it('fires when a title link is followed, and a listener can keep the link from being followed', async () => {
    const el = await renderCalendar(
      html`<lc-event-calendar
        lang="sv"
        feed=${CALENDAR}
        start-date="2026-03-16"
        days="1"
        .now=${NOW}
      ></lc-event-calendar>`,
    );
    const link = query<HTMLAnchorElement>(el, '[part~="event-link"]');
    expect(link.href).to.equal('https://larcentrum.kalix.example.se/kalender/skrivverkstad');
    const seen: LcEventSelectEvent[] = [];
    el.addEventListener('lc-event-select', (event) => {
      seen.push(event);
      event.preventDefault();
    });
    let followed: boolean | undefined;
    // Runs after the link's own handler; never lets the test page navigate away.
    const guard = (event: Event) => {
      followed = !event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener('click', guard);
    try {
      link.click();
    } finally {
      window.removeEventListener('click', guard);
    }
    expect(seen.length).to.equal(1);
    expect(seen[0].detail.event.id).to.equal('workshop');
    expect(seen[0].detail.occurrenceStart.toISOString()).to.equal('2026-03-16T13:00:00.000Z');
    expect([seen[0].bubbles, seen[0].composed, seen[0].cancelable]).to.deep.equal([
      true,
      true,
      true,
    ]);
    expect(followed).to.equal(false);
  });
});

describe('<lc-event-calendar> filters', () => {
  it('filters by category checkboxes and centre select, with labels, announcing the count', async () => {
    const el = await renderCalendar(
      html`<lc-event-calendar
        lang="sv"
        feed=${CALENDAR}
        start-date="2026-03-01"
        days="31"
        .now=${NOW}
      ></lc-event-calendar>`,
    );
    const legend = clean(query(el, '[part~="category-filter"] legend').textContent);
    expect(legend).to.equal('Kategori');
    const box = queryAll<HTMLInputElement>(el, '[part~="category-filter"] input').find(
      (input) => input.value === 'exam',
    )!;
    expect(clean(box.closest('label')!.textContent)).to.equal('Tentamen');
    box.click();
    await el.updateComplete;
    expect(new Set(agenda(el).flatMap((d) => d.titles))).to.deep.equal(new Set(['Tentamensdagar']));
    expect(clean(query(el, '[part~="count"]').textContent)).to.equal('3 evenemang');

    box.click();
    await el.updateComplete;
    const select = query<HTMLSelectElement>(el, '[part~="centre-filter"] select');
    expect(clean(query(el, '[part~="centre-filter"] .label').textContent)).to.equal('Lärcentrum');
    select.value = 'varberg';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const titles = new Set(agenda(el).flatMap((d) => d.titles));
    expect(titles).to.deep.equal(
      new Set([
        'Frukost sista fredagen',
        'Lunchsnack',
        'Utbildningsmässa',
        'Skrivverkstad',
        'Informationsmöte',
      ]),
    );
  });

  it('starts from the category and centre attributes', async () => {
    const el = await renderCalendar(
      html`<lc-event-calendar
        lang="sv"
        feed=${CALENDAR}
        start-date="2026-03-01"
        days="31"
        category="lecture"
        centre="kalix"
        .now=${NOW}
      ></lc-event-calendar>`,
    );
    expect(new Set(agenda(el).flatMap((d) => d.titles))).to.deep.equal(
      new Set(['Kvällsföreläsning varje tisdag', 'Föreläsning om AI']),
    );
    const checked = queryAll<HTMLInputElement>(el, '[part~="category-filter"] input:checked');
    expect(checked.map((c) => c.value)).to.deep.equal(['lecture']);
    expect(query<HTMLSelectElement>(el, '[part~="centre-filter"] select').value).to.equal('kalix');
  });
});

describe('<lc-event-calendar> attributes', () => {
  it('warns about values it cannot use, naming the attribute, and goes on with defaults', async () => {
    let el!: LcEventCalendar;
    const seen = await warnings(async () => {
      el = await renderCalendar(
        html`<lc-event-calendar
          lang="sv"
          feed=${CALENDAR}
          view="year"
          days="lots"
          max-events="0"
          start-date="2026-02-30"
          time-zone="Mars/Olympus"
          category="lecture,party"
          centre="atlantis"
          .now=${NOW}
        ></lc-event-calendar>`,
      );
    });
    const text = seen.join('\n');
    expect(text).to.include('view="year" is not allowed; use "list", "month" or "week"');
    expect(text).to.include('days="lots"');
    expect(text).to.include('max-events="0"');
    expect(text).to.include('start-date="2026-02-30"');
    expect(text).to.include('time-zone="Mars/Olympus"');
    expect(text).to.include('category="party"');
    expect(text).to.include(
      'centre="atlantis" is not allowed; use one of the feed\'s centre ids: kalix, varberg',
    );
    // Defaults: the list, 60 days from today, lectures only.
    expect(shadow(el).querySelector('.agenda')).not.to.equal(null);
    expect(clean(query(el, '[part~="caption"]').textContent)).to.equal('10 mars–8 maj 2026');
    expect(agenda(el)[0].day).to.equal('torsdag 12 mars');
  });
});

describe('<lc-event-calendar> hostile feed', () => {
  it('shows markup as text and links nothing unsafe', async () => {
    const el = await renderCalendar(
      html`<lc-event-calendar
        lang="sv"
        feed=${HOSTILE}
        start-date="2026-03-12"
        .now=${NOW}
      ></lc-event-calendar>`,
    );
    const item = eventItem(el, '<img src=x onerror=alert(1)>');
    expect(item.querySelector('img')).to.equal(null);
    expect(shadow(el).querySelector('script')).to.equal(null);
    expect(clean(item.querySelector('.description')!.textContent)).to.equal(
      '<script>alert(2)</script>',
    );
    expect(
      queryAll(el, 'a').filter((a) => /javascript/i.test(a.getAttribute('href') ?? '')),
    ).to.deep.equal([]);
    expect(item.querySelector('[part~="event-link"]')).to.equal(null);
    expect(item.querySelector('[part~="online-link"]')).to.equal(null);
    expect(item.querySelector('[part~="register-link"]')).to.equal(null);
    expect(shadow(el).querySelector('[part~="subscribe-link"]')).to.equal(null);
  });
});
