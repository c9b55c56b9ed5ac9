/**
 * Issue #5 budget: a month of 500 events, from "put the calendar on the page"
 * to a laid-out month grid, for `<lc-event-calendar view="month">` and for
 * FullCalendar (its latest release, month grid with the classic theme) given
 * the same events. Both draw into the same 1000 px wide box, with "+N more"
 * after a few events a day, and the time stops after a forced layout: what
 * the first paint has to wait for. Ours must be at least 3× faster.
 *
 * Our feed is loaded untimed before each run (a fresh copy behind a new blob:
 * URL, so nothing computed from the previous run's objects is reused); the
 * widget then gets it from the page's feed cache, as a second widget on a
 * page would. FullCalendar gets its event list as plain objects.
 */
import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import classicTheme from 'fullcalendar/themes/classic';
import paletteCss from 'fullcalendar/themes/classic/palette.css' with { type: 'text' };
import themeCss from 'fullcalendar/themes/classic/theme.css' with { type: 'text' };
import skeletonCss from 'fullcalendar/skeleton.css' with { type: 'text' };
import '../../../packages/event-calendar/src/define.ts';
import type { LcEventCalendar } from '../../../packages/event-calendar/src/event-calendar.ts';
import { clearFeedCache } from '../../../packages/feed/src/index.ts';
import { defineBenchmark } from '../harness.ts';
import { preloadFor } from '../widget-stage.ts';
import {
  MONTH_EVENTS,
  MONTH_NOW,
  MONTH_START,
  TIME_ZONE,
  monthEvents,
  monthFeedJson,
} from './event-calendar-feed.ts';

/** Events a day shows before "+N more" (ours: CHIPS_PER_DAY). */
const EVENTS_PER_DAY = 3;
/**
 * The issue asks for ours ≤ a third of FullCalendar's median on the same run;
 * the harness has fixed budgets, so this is a third of FullCalendar's lowest
 * median seen on the bench machine (≈ 105 ms under load). Compare the two
 * rows of the results table for the ratio itself.
 */
const OUR_BUDGET_MS = 35;

/** Both calendars get the same runs, after enough untimed ones for the JIT to settle. */
const RUNS = 21;
const WARMUP = 10;

let box: HTMLElement | undefined;

/** A fresh, empty, 1000 px wide box in the page for one run. */
function freshBox(): HTMLElement {
  box?.remove();
  box = document.createElement('div');
  box.style.inlineSize = '1000px';
  document.body.append(box);
  return box;
}

/** Makes the browser compute style and layout now, inside the timing. */
function layout(element: Element): void {
  element.getBoundingClientRect();
  void document.body.offsetHeight;
}

let blobUrl: string | undefined;

export const eventCalendarMonth = defineBenchmark({
  name: `event calendar month, ${MONTH_EVENTS} events: to laid-out grid (ours)`,
  budgetMs: OUR_BUDGET_MS,
  runs: RUNS,
  warmup: WARMUP,
  setup: () => monthFeedJson(),
  prepare: async (json) => {
    if (blobUrl) URL.revokeObjectURL(blobUrl);
    clearFeedCache();
    blobUrl = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    await preloadFor('lc-event-calendar', blobUrl);
    return { url: blobUrl, box: freshBox() };
  },
  run: async ({ url, box: target }) => {
    const calendar = document.createElement('lc-event-calendar') as LcEventCalendar;
    calendar.setAttribute('lang', 'sv');
    calendar.setAttribute('view', 'month');
    calendar.setAttribute('start-date', MONTH_START);
    calendar.now = MONTH_NOW;
    calendar.feed = url;
    const loaded = new Promise((resolve) => calendar.addEventListener('lc-load', resolve));
    target.append(calendar);
    await loaded;
    layout(calendar);
    return calendar;
  },
  verify: (output) => {
    const root = (output as LcEventCalendar).shadowRoot!;
    const days = root.querySelectorAll('td[data-date]').length;
    const chips = root.querySelectorAll('[part~="chip"]').length;
    if (days !== 31 || chips < 31 * (EVENTS_PER_DAY - 1)) {
      throw new Error(`expected March with events, got ${days} days and ${chips} chips`);
    }
  },
});

const themeStyle = document.createElement('style');
themeStyle.textContent = `${skeletonCss}\n${themeCss}\n${paletteCss}`;

export const fullCalendarMonth = defineBenchmark({
  name: `event calendar month, ${MONTH_EVENTS} events: to laid-out grid (FullCalendar)`,
  budgetMs: null,
  runs: RUNS,
  warmup: WARMUP,
  setup: () => {
    if (!themeStyle.isConnected) document.head.append(themeStyle);
    return monthEvents().map((event) => ({
      id: event.id,
      title: event.title as string,
      start: event.start,
      end: event.end,
      classNames: event.status === 'cancelled' ? ['cancelled'] : [],
    }));
  },
  prepare: (events) => ({ events: events.map((e) => ({ ...e })), box: freshBox() }),
  run: ({ events, box: target }) => {
    const calendar = new Calendar(target, {
      plugins: [dayGridPlugin, classicTheme],
      initialView: 'dayGridMonth',
      initialDate: MONTH_START,
      now: MONTH_NOW,
      timeZone: TIME_ZONE,
      firstDay: 1,
      dayMaxEvents: EVENTS_PER_DAY,
      events,
    });
    calendar.render();
    layout(target);
    return target;
  },
  verify: (output) => {
    const text = (output as HTMLElement).textContent ?? '';
    if (!/(Studieteknik|Yrkeshögskolan|Vård och omsorg|Elektrifiering|Validering) \d+/.test(text)) {
      throw new Error('FullCalendar showed none of the events');
    }
  },
});
