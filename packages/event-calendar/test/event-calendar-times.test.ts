// What the calendar shows for the hard cases of time: recurrences across
// daylight-saving changes, ordinal weekdays, COUNT, UNTIL, EXDATE, all-day
// spans, other zones — and the .ics it downloads, read back by ical.js.
import { expect, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import { html } from 'lit';
import {
  CALENDAR,
  NOW,
  agenda,
  cell,
  clean,
  eventItem,
  query,
  queryAll,
  renderCalendar,
  shadow,
  spoken,
  timeOf,
} from './helpers.ts';

const list = (start: string, days: number, extra: { zone?: string; centre?: string } = {}) =>
  renderCalendar(
    html`<lc-event-calendar
      lang="sv"
      feed=${CALENDAR}
      start-date=${start}
      days=${days}
      time-zone=${extra.zone ?? ''}
      centre=${extra.centre ?? ''}
      .now=${NOW}
    ></lc-event-calendar>`,
  );

/** Where and when an event is shown: `[day heading, time, <time datetime>]` for each appearance. */
function appearances(el: Element, title: string): [string, string, string][] {
  return queryAll(el, '.agenda [part~="day"]').flatMap((day) =>
    [...day.querySelectorAll<HTMLElement>('[part~="event"]')]
      .filter((item) => clean(item.querySelector('[part~="event-title"]')?.textContent) === title)
      .map((item): [string, string, string] => [
        clean(day.querySelector('[part~="day-heading"]')!.textContent),
        timeOf(item),
        item.querySelector('.when time')!.getAttribute('datetime')!,
      ]),
  );
}

describe('<lc-event-calendar> recurring events', () => {
  it('keeps a weekly 18:00 lecture at 18:00 across the last Sunday of March', async () => {
    const el = await list('2026-03-23', 14);
    expect(appearances(el, 'Kvällsföreläsning varje tisdag')).to.deep.equal([
      ['tisdag 24 mars', '18:00–19:30', '2026-03-24T17:00:00.000Z'],
      ['tisdag 31 mars', '18:00–19:30', '2026-03-31T16:00:00.000Z'],
    ]);
  });

  it('and across the last Sunday of October', async () => {
    const el = await list('2026-10-19', 14);
    expect(appearances(el, 'Kvällsföreläsning varje tisdag')).to.deep.equal([
      ['tisdag 20 oktober', '18:00–19:30', '2026-10-20T16:00:00.000Z'],
      ['tisdag 27 oktober', '18:00–19:30', '2026-10-27T17:00:00.000Z'],
    ]);
  });

  it('puts BYDAY=-1FR on the last Friday of each month, four times (COUNT=4)', async () => {
    const el = await list('2026-01-01', 180, { centre: 'varberg' });
    expect(appearances(el, 'Frukost sista fredagen').map(([day]) => day)).to.deep.equal([
      'fredag 30 januari',
      'fredag 27 februari',
      'fredag 27 mars',
      'fredag 24 april',
    ]);
  });

  it('stops after COUNT and at UNTIL', async () => {
    const el = await list('2026-03-01', 42);
    expect(appearances(el, 'Tentamensdagar').map(([day, time]) => `${day} ${time}`)).to.deep.equal([
      'måndag 2 mars 09:00–13:00',
      'tisdag 3 mars 09:00–13:00',
      'onsdag 4 mars 09:00–13:00',
    ]);
    expect(appearances(el, 'Lunchsnack').map(([day]) => day)).to.deep.equal([
      'onsdag 4 mars',
      'onsdag 11 mars',
      'onsdag 18 mars',
      'onsdag 25 mars',
    ]);
  });

  it('leaves out an EXDATE', async () => {
    const el = await list('2026-03-01', 42);
    expect(appearances(el, 'Drop-in: studievägledning').map(([day]) => day)).to.deep.equal([
      'torsdag 5 mars',
      'torsdag 12 mars',
      'torsdag 26 mars',
    ]);
  });
});

describe('<lc-event-calendar> days and zones', () => {
  it('shows an all-day event on each of its days, in the list and the grid', async () => {
    const el = await list('2026-03-08', 5);
    expect(appearances(el, 'Utbildningsmässa')).to.deep.equal([
      ['måndag 9 mars', 'Heldag, 9–11 mars', '2026-03-09'],
      ['tisdag 10 mars', 'Heldag, 9–11 mars', '2026-03-09'],
      ['onsdag 11 mars', 'Heldag, 9–11 mars', '2026-03-09'],
    ]);
    el.view = 'month';
    await el.updateComplete;
    const title = (date: string) =>
      [...cell(el, date).querySelectorAll('.chip-title')].map((t) => clean(t.textContent));
    expect(title('2026-03-08')).to.deep.equal([]);
    expect(title('2026-03-09')).to.deep.equal(['Utbildningsmässa']);
    expect(title('2026-03-11')).to.deep.equal(['Utbildningsmässa', 'Lunchsnack']);
    expect(title('2026-03-12')).to.not.include('Utbildningsmässa');
  });

  it('shows an event past midnight on both days with its dates', async () => {
    const el = await list('2026-03-13', 2);
    const [first, second] = appearances(el, 'Stjärnskådning');
    expect(first[0]).to.equal('fredag 13 mars');
    expect(second[0]).to.equal('lördag 14 mars');
    expect(first[1]).to.equal(second[1]);
    expect(first[1]).to.match(/13 mars.*22:00.*14 mars.*01:00/);
  });

  it('shows an event written with another offset in the calendar’s zone', async () => {
    const el = await list('2026-03-16', 1);
    // 09:00−04:00 is 14:00 in Stockholm.
    expect(appearances(el, 'Skrivverkstad')).to.deep.equal([
      ['måndag 16 mars', '14:00–16:00', '2026-03-16T13:00:00.000Z'],
    ]);
  });

  it('shows times in time-zone and says so, all-day dates unchanged', async () => {
    const el = await list('2026-03-09', 16, { zone: 'America/New_York' });
    expect(clean(query(el, '[part~="time-zone"]').textContent)).to.equal(
      'Tider visas i America/New_York',
    );
    expect(appearances(el, 'Skrivverkstad').map(([day, time]) => `${day} ${time}`)).to.deep.equal([
      'måndag 16 mars 09:00–11:00',
    ]);
    // 18:00 in Stockholm is 13:00 in New York (both on summer time from 29 March: 12:00).
    expect(timeOf(eventItem(el, 'Kvällsföreläsning varje tisdag'))).to.equal('13:00–14:30');
    expect(appearances(el, 'Utbildningsmässa').map(([day]) => day)).to.deep.equal([
      'måndag 9 mars',
      'tisdag 10 mars',
      'onsdag 11 mars',
    ]);
    // 22:00–01:00 in Stockholm is 17:00–20:00 in New York: one day only.
    expect(appearances(el, 'Stjärnskådning').map(([day, time]) => `${day} ${time}`)).to.deep.equal([
      'fredag 13 mars 17:00–20:00',
    ]);
  });

  it('says nothing about the zone when it is the reader’s own', async () => {
    const viewer = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const el = await list('2026-03-09', 7, { zone: viewer });
    expect(shadow(el).querySelector('[part~="time-zone"]')).to.equal(null);
  });
});

describe('<lc-event-calendar> add to calendar', () => {
  /** Clicks "Lägg till i kalendern" on `title` and returns the downloaded file's name and text, without downloading. */
  async function download(el: Element, title: string): Promise<{ name: string; text: string }> {
    const item = eventItem(el, title);
    const button = item.querySelector<HTMLButtonElement>('[part~="add-to-calendar"]')!;
    expect(spoken(button)).to.equal(`Lägg till i kalendern: ${title}`);
    let link: HTMLAnchorElement | undefined;
    const intercept = (event: Event) => {
      const target = event.composedPath()[0];
      if (target instanceof HTMLAnchorElement && target.download) {
        event.preventDefault();
        link = target;
      }
    };
    window.addEventListener('click', intercept, { capture: true });
    try {
      button.click();
      // The ICS writer loads on the first click, so the download follows a moment later.
      await waitUntil(() => link, 'no download link was clicked');
    } finally {
      window.removeEventListener('click', intercept, { capture: true });
    }
    expect(link!.isConnected).to.equal(false);
    expect(link!.href).to.match(/^blob:/);
    const response = await fetch(link!.href);
    expect(response.headers.get('content-type')).to.equal('text/calendar;charset=utf-8');
    return { name: link!.download, text: await response.text() };
  }

  it('downloads the series as .ics that ical.js expands to the same occurrences', async () => {
    const el = await list('2026-03-01', 31);
    const { name, text } = await download(el, 'Drop-in: studievägledning');
    expect(name).to.equal('dropin-exdate.ics');
    expect(text).to.include('RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=4');
    expect(text).to.include('EXDATE;TZID=Europe/Stockholm:20260319T130000');

    ICAL.TimezoneService.reset();
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone'))
      ICAL.TimezoneService.register(zone);
    const iterator = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!).iterator();
    const theirs: string[] = [];
    for (let next = iterator.next(); next && theirs.length < 10; next = iterator.next()) {
      theirs.push(next.toJSDate().toISOString());
    }
    const ours = queryAll(el, '.agenda [part~="event"]')
      .filter((item) => item.dataset.key!.startsWith('dropin-exdate@'))
      .map((item) => item.querySelector('.when time')!.getAttribute('datetime'));
    expect(theirs).to.deep.equal(ours);
    expect(theirs).to.deep.equal([
      '2026-03-05T12:00:00.000Z',
      '2026-03-12T12:00:00.000Z',
      '2026-03-26T12:00:00.000Z',
    ]);
  });

  it('keeps the daylight-saving series at 18:00 local in the file', async () => {
    const el = await list('2026-03-23', 14);
    const { text } = await download(el, 'Kvällsföreläsning varje tisdag');
    expect(text).to.include('DTSTART;TZID=Europe/Stockholm:20260317T180000');
    expect(text).to.include('BEGIN:VTIMEZONE');
    ICAL.TimezoneService.reset();
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone'))
      ICAL.TimezoneService.register(zone);
    const iterator = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!).iterator();
    const starts = [iterator.next(), iterator.next(), iterator.next()].map((t) =>
      t!.toJSDate().toISOString(),
    );
    expect(starts).to.deep.equal([
      '2026-03-17T17:00:00.000Z',
      '2026-03-24T17:00:00.000Z',
      '2026-03-31T16:00:00.000Z',
    ]);
  });

  it('offers no button for a cancelled event', async () => {
    const el = await list('2026-03-12', 1);
    expect(eventItem(el, 'Föreläsning om AI').querySelector('[part~="add-to-calendar"]')).to.equal(
      null,
    );
    expect(agenda(el)[0].titles).to.include('Föreläsning om AI');
  });
});
