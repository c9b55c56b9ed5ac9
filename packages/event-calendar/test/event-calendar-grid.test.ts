import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import type { LcEventSelectEvent } from '../src/event-calendar.ts';
import {
  BUSY_DAY,
  CALENDAR,
  NOW,
  agenda,
  cell,
  clean,
  focused,
  nameOf,
  query,
  queryAll,
  renderCalendar,
  shadow,
  shown,
  spoken,
} from './helpers.ts';

const month = (lang = 'sv', start = '2026-03-10', feed = CALENDAR) =>
  renderCalendar(
    html`<lc-event-calendar
      lang=${lang}
      feed=${feed}
      view="month"
      start-date=${start}
      .now=${NOW}
    ></lc-event-calendar>`,
  );

const caption = (el: Element) => clean(query(el, '[part~="caption"]').textContent);

describe('<lc-event-calendar> month grid', () => {
  before(() => setViewport({ width: 1024, height: 900 }));

  it('is a grid of weeks starting on Monday, captioned by the month', async () => {
    const el = await month();
    const grid = query(el, 'table[role="grid"]');
    const captionEl = query(el, '[part~="caption"]');
    expect(grid.getAttribute('aria-labelledby')).to.equal(captionEl.id);
    expect(captionEl.getAttribute('aria-live')).to.equal('polite');
    expect(caption(el)).to.equal('mars 2026');
    expect(queryAll(el, 'thead th').map((th) => th.getAttribute('abbr'))).to.deep.equal([
      'måndag',
      'tisdag',
      'onsdag',
      'torsdag',
      'fredag',
      'lördag',
      'söndag',
    ]);
    // 1 March 2026 is a Sunday: six rows, the first with six empty squares.
    expect(queryAll(el, 'tbody tr').length).to.equal(6);
    expect(queryAll(el, 'tbody tr:first-child td.outside').length).to.equal(6);
    expect(queryAll(el, 'td[data-date]').length).to.equal(31);
  });

  it('names each day by its date and number of events, and marks today', async () => {
    const el = await month();
    expect(nameOf(cell(el, '2026-03-11'))).to.equal('onsdag 11 mars 2026, 2 evenemang');
    expect(nameOf(cell(el, '2026-03-19'))).to.equal('torsdag 19 mars 2026, Inga evenemang');
    expect(nameOf(cell(el, '2026-03-05'))).to.equal('torsdag 5 mars 2026, 1 evenemang');
    expect(cell(el, '2026-03-10').getAttribute('aria-current')).to.equal('date');
    expect(cell(el, '2026-03-11').hasAttribute('aria-current')).to.equal(false);
  });

  it('is one tab stop: Tab enters on the active day and leaves after it', async () => {
    const el = await month();
    expect(queryAll(el, 'td[tabindex="0"]').map((td) => td.dataset.date)).to.deep.equal([
      '2026-03-10',
    ]);
    query(el, '[part~="centre-filter"] select').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(cell(el, '2026-03-10'));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(query(el, '[part~="subscribe-link"]'));
  });

  it('moves by day, week, week ends, month and year with the keys of the APG date grid', async () => {
    const el = await month();
    cell(el, '2026-03-10').focus();
    const press = async (key: string) => {
      await sendKeys({ press: key });
      await el.updateComplete;
      const active = focused(el) as HTMLElement;
      expect(active.getAttribute('tabindex')).to.equal('0');
      expect(queryAll(el, 'td[tabindex="0"]').length).to.equal(1);
      return active.dataset.date;
    };
    expect(await press('ArrowRight')).to.equal('2026-03-11');
    expect(await press('ArrowDown')).to.equal('2026-03-18');
    expect(await press('ArrowLeft')).to.equal('2026-03-17');
    expect(await press('ArrowUp')).to.equal('2026-03-10');
    expect(await press('Home')).to.equal('2026-03-09');
    expect(await press('End')).to.equal('2026-03-15');
    expect(await press('PageDown')).to.equal('2026-04-15');
    expect(caption(el)).to.equal('april 2026');
    expect(await press('PageUp')).to.equal('2026-03-15');
    expect(await press('Shift+PageDown')).to.equal('2027-03-15');
    expect(caption(el)).to.equal('mars 2027');
    expect(await press('Shift+PageUp')).to.equal('2026-03-15');
  });

  it('follows a move across the month’s edge into the next month', async () => {
    const el = await month('sv', '2026-03-31');
    cell(el, '2026-03-31').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(caption(el)).to.equal('april 2026');
    expect((focused(el) as HTMLElement).dataset.date).to.equal('2026-04-01');
  });

  it('goes to the previous and next month and back to today with the buttons', async () => {
    const el = await month();
    query(el, '[part~="next-button"]').click();
    await el.updateComplete;
    expect(caption(el)).to.equal('april 2026');
    expect(queryAll(el, 'td[tabindex="0"]').map((td) => td.dataset.date)).to.deep.equal([
      '2026-04-10',
    ]);
    expect(spoken(query(el, '[part~="previous-button"]'))).to.equal('Föregående månad');
    query(el, '[part~="previous-button"]').click();
    query(el, '[part~="previous-button"]').click();
    await el.updateComplete;
    expect(caption(el)).to.equal('februari 2026');
    query(el, '[part~="today-button"]').click();
    await el.updateComplete;
    expect(caption(el)).to.equal('mars 2026');
  });

  it('shows "+N till" on a busy day, which opens the day’s list', async () => {
    const el = await month('sv', '2026-03-23', BUSY_DAY);
    const day = cell(el, '2026-03-23');
    expect(nameOf(day)).to.equal('måndag 23 mars 2026, 5 evenemang');
    // What the day shows repeats its list: hidden from screen readers, which hear its name.
    expect(day.querySelector('.cell-body')!.getAttribute('aria-hidden')).to.equal('true');
    expect(shown(day)).to.equal('23 08:00 Morgonfika 10:00 Förmiddagsföreläsning +3 till');
    expect(day.querySelectorAll('[part~="chip"]').length).to.equal(2);
    const more = day.querySelector<HTMLElement>('[part~="more"]')!;
    expect(clean(more.textContent)).to.equal('+3 till');
    more.click();
    await el.updateComplete;
    const panel = query(el, '[part~="day-panel"]');
    expect(clean(panel.querySelector('.panel-heading')!.textContent)).to.equal('måndag 23 mars');
    expect(panel.querySelectorAll('[part~="event"]').length).to.equal(5);
    expect(focused(el)).to.equal(panel);
    await expect(el).to.be.accessible();
  });

  it('opens the day’s list with Enter and closes it with Escape, focus returning to the day', async () => {
    const el = await month();
    cell(el, '2026-03-18').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const panel = query(el, '[part~="day-panel"]');
    expect(focused(el)).to.equal(panel);
    const titles = [...panel.querySelectorAll('[part~="event-title"]')].map((t) =>
      clean(t.textContent),
    );
    expect(titles).to.deep.equal(['Lunchsnack', 'Strömmad föreläsning från KTH']);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="day-panel"]')).to.equal(null);
    expect(focused(el)).to.equal(cell(el, '2026-03-18'));
  });

  it('fires lc-event-select when an event chip is picked, then shows it in the day’s list', async () => {
    const el = await month();
    const chip = cell(el, '2026-03-17').querySelector<HTMLElement>('[part~="chip"]')!;
    expect(clean(chip.textContent)).to.equal('18:00 Kvällsföreläsning varje tisdag');
    const selected = oneEvent(el, 'lc-event-select') as Promise<LcEventSelectEvent>;
    chip.click();
    const { detail, bubbles, composed } = await selected;
    expect([bubbles, composed]).to.deep.equal([true, true]);
    expect(detail.event.id).to.equal('dst-weekly');
    expect(detail.occurrenceStart.toISOString()).to.equal('2026-03-17T17:00:00.000Z');
    await el.updateComplete;
    const active = focused(el) as HTMLElement;
    expect(active.dataset.key).to.equal('dst-weekly@2026-03-17T17:00:00.000Z');
    expect(active.closest('[part~="day-panel"]')).not.to.equal(null);
  });

  it('lets a listener take over: preventDefault keeps the day’s list closed', async () => {
    const el = await month();
    el.addEventListener('lc-event-select', (event) => event.preventDefault(), { once: true });
    cell(el, '2026-03-17').querySelector<HTMLElement>('[part~="chip"]')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="day-panel"]')).to.equal(null);
  });

  it('marks cancelled events in the grid in words as well as strike-through', async () => {
    const el = await month();
    const chip = cell(el, '2026-03-12').querySelectorAll<HTMLElement>('[part~="chip"]')[1];
    expect(clean(chip.textContent)).to.equal('18:00 Föreläsning om AI Inställt');
    expect(getComputedStyle(chip.querySelector('.chip-title')!).textDecorationLine).to.equal(
      'line-through',
    );
  });
});

describe('<lc-event-calendar> right to left', () => {
  before(() => setViewport({ width: 1024, height: 900 }));

  it('mirrors the grid and swaps Left and Right', async () => {
    const el = await month('ar');
    expect(query(el, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    const monday = cell(el, '2026-03-09').getBoundingClientRect();
    const tuesday = cell(el, '2026-03-10').getBoundingClientRect();
    expect(tuesday.right).to.be.lessThan(monday.right);
    cell(el, '2026-03-10').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect((focused(el) as HTMLElement).dataset.date).to.equal('2026-03-11');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect((focused(el) as HTMLElement).dataset.date).to.equal('2026-03-10');
    await expect(el).to.be.accessible();
  });
});

describe('<lc-event-calendar> narrow', () => {
  afterEach(() => setViewport({ width: 1024, height: 900 }));

  it('shows the month as a list at 320 px, and as a grid again when wide', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await month();
    await waitUntil(() => shadow(el).querySelector('.agenda'), 'no list at 320 px');
    expect(shadow(el).querySelector('table')).to.equal(null);
    expect(caption(el)).to.equal('mars 2026');
    expect(agenda(el)[0].day).to.equal('måndag 2 mars');
    expect(agenda(el).at(-1)!.day).to.equal('tisdag 31 mars');
    await expect(el).to.be.accessible();
    await setViewport({ width: 1024, height: 900 });
    await waitUntil(() => shadow(el).querySelector('table[role="grid"]'), 'no grid when wide');
  });
});

describe('<lc-event-calendar> week', () => {
  before(() => setViewport({ width: 1024, height: 900 }));

  const week = () =>
    renderCalendar(
      html`<lc-event-calendar
        lang="sv"
        feed=${CALENDAR}
        view="week"
        start-date="2026-03-12"
        .now=${NOW}
      ></lc-event-calendar>`,
    );

  it('shows the seven days of the week with their events as buttons', async () => {
    const el = await week();
    expect(caption(el)).to.equal('9–15 mars 2026');
    const days = queryAll(el, '.week-day');
    expect(days.map((d) => d.dataset.date)).to.deep.equal([
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
    ]);
    expect(clean(days[6].textContent)).to.equal('söndag 15 mars Inga evenemang');
    // 22:00–01:00 is on both days; the second shows no start time.
    expect(clean(days[4].querySelector('[part~="chip"]')!.textContent)).to.equal(
      '22:00 Stjärnskådning Uppskjutet',
    );
    expect(clean(days[5].querySelector('[part~="chip"]')!.textContent)).to.equal(
      'Stjärnskådning Uppskjutet',
    );
    const boxes = days.map((d) => d.getBoundingClientRect());
    expect(boxes[1].left).to.be.greaterThan(boxes[0].left);
    expect(boxes[1].top).to.equal(boxes[0].top);
  });

  it('opens a day’s list from a chip with the keyboard, and moves by week', async () => {
    const el = await week();
    const chip = queryAll(el, '.week-day')[4].querySelector<HTMLButtonElement>('[part~="chip"]')!;
    chip.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const panel = query(el, '[part~="day-panel"]');
    expect(clean(panel.querySelector('.panel-heading')!.textContent)).to.equal('fredag 13 mars');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(focused(el)).to.equal(chip);
    query(el, '[part~="next-button"]').click();
    await el.updateComplete;
    expect(caption(el)).to.equal('16–22 mars 2026');
  });
});

describe('<lc-event-calendar> switching views', () => {
  it('switches between list, month and week with pressed buttons', async () => {
    const el = await renderCalendar(
      html`<lc-event-calendar
        lang="sv"
        feed=${CALENDAR}
        start-date="2026-03-10"
        .now=${NOW}
      ></lc-event-calendar>`,
    );
    const buttons = queryAll(el, '[part~="view-button"]');
    expect(
      buttons.map((b) => [clean(b.textContent), b.getAttribute('aria-pressed')]),
    ).to.deep.equal([
      ['Lista', 'true'],
      ['Månad', 'false'],
      ['Vecka', 'false'],
    ]);
    buttons[1].click();
    await el.updateComplete;
    expect(shadow(el).querySelector('table[role="grid"]')).not.to.equal(null);
    expect(buttons[1].getAttribute('aria-pressed')).to.equal('true');
    buttons[2].click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="week"]')).not.to.equal(null);
  });
});
