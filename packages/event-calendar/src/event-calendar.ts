import {
  calendarSection,
  centresSection,
  checkReferences,
  createFeedValidator,
  eventsSection,
  providersSection,
} from '@learning-centre/feed/widget';
import {
  LcElement,
  dispatchLcEvent,
  parseHeadingLevel,
  safeUrl,
  type HeadingLevel,
} from '@learning-centre/core';
import {
  isKnownTimeZone,
  type EventCategory,
  type Feed,
  type FeedEvent,
  type LoadedFeed,
} from '@learning-centre/feed/widget';
import {
  calendarOccurrences,
  eventFacets,
  monthGrid,
  zonedDateKey,
  type CalendarOccurrences,
  type EventFacets,
  type IsoWeekday,
  type Occurrence,
} from '@learning-centre/feed/queries';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { renderAgenda } from './agenda-view.ts';
import type { CalendarContext } from './context.ts';
import { viewerTimeZone, weekStartFor } from './date-labels.ts';
import { eventCalendarStyles } from './event-calendar.styles.ts';
import { renderDayPanel } from './day-panel.ts';
import { renderFilters } from './filters.ts';
import { dateForKey } from './grid-keys.ts';
import { downloadEventIcs } from './ics-download.ts';
import { eventCalendarText, type EventCalendarMessageKey } from './messages.ts';
import { renderMonth } from './month-view.ts';
import {
  checkCentre,
  parseCategories,
  parseDays,
  parseMaxEvents,
  parseStartDate,
  parseTimeZone,
  parseView,
  type CalendarView,
} from './options.ts';
import { periodOf, stepAnchor, type Period, type PeriodOptions } from './period.ts';
import { renderToolbar } from './toolbar.ts';
import { renderWeek } from './week-view.ts';
import { NarrowController } from './width-controller.ts';

/**
 * A text function that says each text once per render: a month asks for
 * "1 evenemang" dozens of times, and each lookup resolves the locale anew.
 */
function memoize(msg: CalendarContext['msg']): CalendarContext['msg'] {
  const said = new Map<string, string>();
  return (key, params) => {
    const id = params ? `${key}\u0000${JSON.stringify(params)}` : key;
    let text = said.get(id);
    if (text === undefined) said.set(id, (text = msg(key, params)));
    return text;
  };
}

const knownZones = new Map<string, boolean>();

/** `isKnownTimeZone`, asked once a page per zone: asking Intl is slow, and every calendar on the page asks. */
function knownZone(timeZone: string): boolean {
  let known = knownZones.get(timeZone);
  if (known === undefined) knownZones.set(timeZone, (known = isKnownTimeZone(timeZone)));
  return known;
}

/** At this container width and below, the month grid is shown as a list. */
export const NARROW_MAX_PX = 480;

/** Subscription links may also use `webcal:`, which calendar apps open directly. */
const SUBSCRIBE_SCHEMES = ['https:', 'http:', 'webcal:'];

/** Detail of `lc-event-select`. */
export interface LcEventSelectDetail {
  /** The event as the feed has it. */
  event: FeedEvent;
  /** When the chosen occurrence begins (for a recurring event, that one instance). */
  occurrenceStart: Date;
}
export type LcEventSelectEvent = CustomEvent<LcEventSelectDetail>;

/**
 * The learning centre's lectures, streams, employer meetings, open houses and
 * drop-ins from the feed's `events`, as an agenda (the default), a month grid
 * or a week. Recurring events are expanded in the feed's time zone, so an
 * 18:00 lecture stays at 18:00 across daylight-saving changes; times are shown
 * in `time-zone` (default the feed's), and the calendar says so when that is
 * not the reader's own zone.
 *
 * ```html
 * <lc-event-calendar feed="https://larcentrum.example/feed.json" view="month" centre="kalix"></lc-event-calendar>
 * ```
 *
 * The month grid follows the WAI-ARIA APG date grid: one tab stop, arrow keys
 * move by day and week, Home/End to the week's ends, Page Up/Down by month
 * (with Shift by year), Enter opens the day's events. In a container 480 px
 * wide or narrower the month is shown as a list.
 *
 * @fires lc-event-select - a person opened an event (its title link, or its chip in the month or week); detail `{ event, occurrenceStart }`. Cancelable: `preventDefault()` keeps the link from being followed or the day's list from opening.
 * @fires lc-load - the feed is loaded and shown; detail `{ feed, issues, url }`
 * @fires lc-error - the feed cannot be shown; detail `{ kind, message, url, issues, status? }`
 *
 * @csspart base - the wrapper of everything the widget shows
 * @csspart toolbar - views, previous / today / next and the caption
 * @csspart views - the view buttons
 * @csspart view-button - one view button ("Lista", "Månad", "Vecka")
 * @csspart navigation - previous / today / next
 * @csspart previous-button - to the previous period
 * @csspart today-button - back to today
 * @csspart next-button - to the next period
 * @csspart caption - the period shown ("november 2026")
 * @csspart filters - the category checkboxes and the centre select
 * @csspart category-filter - the category checkboxes
 * @csspart centre-filter - the centre select
 * @csspart count - how many events are shown (a polite live region)
 * @csspart time-zone - "Tider visas i Europe/Stockholm"
 * @csspart agenda - the list view
 * @csspart day - one day of the list view
 * @csspart day-heading - a day's heading in the list view
 * @csspart events - a day's events
 * @csspart event - one event in full
 * @csspart event-title - an event's title
 * @csspart event-link - the link of an event's title
 * @csspart event-status - "Inställt", "Uppskjutet", "Flyttat till online", "Fullbokat"
 * @csspart register-link - "Anmäl dig"
 * @csspart online-link - "Se sändningen" / "Delta online"
 * @csspart add-to-calendar - "Lägg till i kalendern"
 * @csspart grid - the month grid
 * @csspart day-cell - one day of the month grid
 * @csspart today - today's day cell (with `day-cell`)
 * @csspart chip - an event in the month or week
 * @csspart more - "+N till" on a busy day
 * @csspart week - the week view
 * @csspart day-panel - one day's events, opened from the month or week
 * @csspart no-events - "Inga evenemang under den här perioden."
 * @csspart subscribe-link - "Prenumerera på kalendern"
 * @csspart status - the loading and empty states
 * @csspart alert - the error state
 * @csspart debug - the feed's issues, with `debug`
 *
 * @cssprop --lc-event-calendar-cell-height - least height of a day in the month grid (default 6.5em)
 * @cssprop --lc-event-calendar-chip-background - an event chip's background (default the muted surface token)
 * @cssprop --lc-event-calendar-today-background - today's square and heading (default a tint of the accent token)
 * @cssprop --lc-event-calendar-cancelled-color - a cancelled event's text (default the muted token)
 * @cssprop --lc-event-calendar-gap - space between parts (default the `--lc-space-4` token)
 */
export class LcEventCalendar extends LcElement {
  static override styles = [LcElement.baseStyles, eventCalendarStyles];
  /** Checks only what this widget reads: events with the centres and providers they name, and the calendar subscription. */
  static override feedValidator = createFeedValidator(
    {
      events: eventsSection,
      centres: centresSection,
      providers: providersSection,
      calendar: calendarSection,
    },
    { crossCheck: checkReferences },
  );

  /** `list` (default: an agenda grouped by day), `month` or `week`. */
  @property() view: CalendarView | string = 'list';

  /** Only events at this centre (its id in the feed); a person can change it. */
  @property() centre?: string;

  /** Only these categories, comma-separated: `lecture, open-house`; a person can change them. */
  @property() category?: string;

  /** The first day shown, `YYYY-MM-DD` (default today in the calendar's time zone). */
  @property({ attribute: 'start-date' }) startDate?: string;

  /** How many days the list view covers (default 60). */
  @property() days?: number | string;

  /** At most this many events in the list view (default no limit). */
  @property({ attribute: 'max-events' }) maxEvents?: number | string;

  /** The IANA time zone times are shown in (default the feed's `timeZone`). */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Level of the day headings, 2–6 (default 3: under the page's h2); event titles are one deeper. */
  @property({ attribute: 'heading-level' }) headingLevel?: HeadingLevel | string;

  /** "Now" for today and open registrations; for tests and stories (default the real clock). */
  @property({ attribute: false }) now?: Date;

  /** The day the person has moved to (the tab stop in the month grid); else `start-date`. */
  @state() private anchor?: string;
  /** Categories the person ticked; `undefined` until they touch the filter. */
  @state() private chosenCategories?: EventCategory[];
  /** The centre the person chose (`null`: all of them); `undefined` until they touch it. */
  @state() private chosenCentre?: string | null;
  /** The day whose list is open below the month or week. */
  @state() private openDay?: string;

  private resolvedView: CalendarView = 'list';
  private resolvedDays = 60;
  private resolvedMax?: number;
  private resolvedStart?: string;
  private resolvedZone?: string;
  private resolvedCategories: EventCategory[] = [];
  private resolvedHeadingLevel: HeadingLevel = 3;
  /** Runs after the next render: moves focus to what the last action showed. */
  private pendingFocus?: () => void;
  /** Where focus was when the day's list opened, to return it there on close. */
  private returnFocus?: HTMLElement;
  private facets?: { feed: Feed; facets: EventFacets };
  private shown?: { key: string; feed: Feed; value: CalendarOccurrences };

  /** The container is too narrow for a month grid. */
  private readonly width = new NarrowController(this, NARROW_MAX_PX);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const first = !this.hasUpdated;
    if (first || changed.has('view')) this.resolvedView = parseView(this, this.view);
    if (first || changed.has('days')) this.resolvedDays = parseDays(this, this.days);
    if (first || changed.has('maxEvents')) this.resolvedMax = parseMaxEvents(this, this.maxEvents);
    if (first || changed.has('timeZone')) this.resolvedZone = parseTimeZone(this, this.timeZone);
    if (first || changed.has('headingLevel')) {
      this.resolvedHeadingLevel = parseHeadingLevel(this, this.headingLevel, 3);
    }
    if (first || changed.has('startDate')) {
      this.resolvedStart = parseStartDate(this, this.startDate);
      this.anchor = undefined;
    }
    if (first || changed.has('category')) {
      this.resolvedCategories = parseCategories(this, this.category);
      this.chosenCategories = undefined;
    }
    if (changed.has('centre')) this.chosenCentre = undefined;
    if (changed.has('view') || changed.has('startDate') || changed.has('timeZone')) {
      this.openDay = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const focus = this.pendingFocus;
    this.pendingFocus = undefined;
    focus?.();
  }

  private readonly handleView = (view: CalendarView): void => {
    this.view = view;
  };

  private readonly handleCategory = (category: EventCategory, checked: boolean): void => {
    const current = this.chosenCategories ?? this.resolvedCategories;
    this.chosenCategories = checked
      ? [...current.filter((c) => c !== category), category]
      : current.filter((c) => c !== category);
  };

  private readonly handleCentre = (centre: string | undefined): void => {
    this.chosenCentre = centre ?? null;
  };

  private readonly handleGridKeyDown = (event: KeyboardEvent): void => {
    const cell = (event.target as Element).closest<HTMLElement>('td[data-date]');
    const date = cell?.dataset.date;
    // Alt+Left is the browser's Back; leave every modified key to the browser.
    if (!cell || !date || event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.key === 'Enter' || event.key === ' ') && event.target === cell) {
      event.preventDefault();
      this.showDay(date);
      return;
    }
    const next = dateForKey(date, event, this.direction, this.weekStart());
    if (!next) return;
    event.preventDefault();
    if (this.openDay && next.slice(0, 7) !== this.openDay.slice(0, 7)) this.openDay = undefined;
    this.anchor = next;
    this.pendingFocus = () => this.focusInside(`td[data-date="${next}"]`);
  };

  private readonly handlePanelKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.closeDay();
  };

  private msg(key: EventCalendarMessageKey, params?: Record<string, string | number>): string {
    return eventCalendarText(this.locale, key, params);
  }

  /** The zone times are shown in: `time-zone`, else the feed's, else UTC. */
  private zoneOf(feed: Feed): string {
    return this.resolvedZone ?? (knownZone(feed.timeZone) ? feed.timeZone : 'UTC');
  }

  private facetsOf(feed: Feed): EventFacets {
    if (this.facets?.feed !== feed) this.facets = { feed, facets: eventFacets(feed) };
    return this.facets.facets;
  }

  private centreOf(feed: Feed): string | undefined {
    if (this.chosenCentre !== undefined) return this.chosenCentre ?? undefined;
    return checkCentre(
      this,
      this.centre,
      feed.centres.map((c) => c.id),
    );
  }

  private categoriesOf(): EventCategory[] {
    return this.chosenCategories ?? this.resolvedCategories;
  }

  private weekStart(): IsoWeekday {
    return weekStartFor(this.localeController.language);
  }

  /** The view drawn: a month in a narrow container is a list of its days. */
  private get effectiveView(): CalendarView | 'month-list' {
    return this.resolvedView === 'month' && this.width.narrow ? 'month-list' : this.resolvedView;
  }

  /** The period's occurrences, kept while nothing they depend on changes (moving focus in the grid re-renders). */
  private occurrencesOf(feed: Feed, period: Period, timeZone: string): CalendarOccurrences {
    const centre = this.centreOf(feed);
    const categories = this.categoriesOf();
    const limit = this.resolvedView === 'list' ? this.resolvedMax : undefined;
    const key = [period.firstDate, period.lastDate, timeZone, centre, categories, limit].join('|');
    if (this.shown?.feed !== feed || this.shown.key !== key) {
      const value = calendarOccurrences(feed, { ...period, timeZone, centre, categories, limit });
      this.shown = { key, feed, value };
    }
    return this.shown.value;
  }

  private focusInside(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Shows `date`'s events below the grid and moves focus there (to `key`'s event when given). */
  private showDay(date: string, key?: string): void {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    if (active instanceof HTMLElement && !active.closest('.day-panel')) this.returnFocus = active;
    this.openDay = date;
    if (this.resolvedView === 'month') this.anchor = date;
    this.pendingFocus = () =>
      this.focusInside(key ? `.day-panel [data-key="${CSS.escape(key)}"]` : '.day-panel');
  }

  private closeDay(): void {
    const date = this.openDay;
    this.openDay = undefined;
    const back = this.returnFocus;
    this.returnFocus = undefined;
    this.pendingFocus = () => {
      if (back?.isConnected) back.focus();
      else if (date) this.focusInside(`td[data-date="${date}"]`);
    };
  }

  /** Tells the page; false when a listener prevented the default. */
  private select(occurrence: Occurrence): boolean {
    const event = dispatchLcEvent<LcEventSelectDetail>(
      this,
      'lc-event-select',
      { event: occurrence.event, occurrenceStart: occurrence.start },
      { cancelable: true },
    );
    return !event.defaultPrevented;
  }

  private context(loaded: LoadedFeed, timeZone: string, today: string): CalendarContext {
    const { feed } = loaded;
    return {
      lang: this.locale,
      timeZone,
      now: this.now ?? new Date(),
      today,
      feed,
      feedUrl: loaded.url,
      centres: new Map(feed.centres.map((c) => [c.id, c])),
      headingLevel: this.resolvedHeadingLevel,
      t: this.t.bind(this),
      msg: memoize((key, params) => this.msg(key, params)),
      text: this.text.bind(this),
      select: (occurrence) => this.select(occurrence),
      addToCalendar: (occurrence) =>
        void downloadEventIcs(this.renderRoot, occurrence.event, feed, {
          language: this.locale,
          baseUrl: loaded.url,
        }),
    };
  }

  private periodOptions(): PeriodOptions {
    return {
      view: this.resolvedView,
      days: this.resolvedDays,
      weekStart: this.weekStart(),
      lang: this.locale,
    };
  }

  private renderOpenDay(shown: CalendarOccurrences, ctx: CalendarContext) {
    const date = this.openDay;
    const list = date === undefined ? undefined : shown.days.get(date);
    if (!date || !list) return nothing;
    return renderDayPanel(date, list, ctx, {
      onClose: () => this.closeDay(),
      onKeyDown: this.handlePanelKeyDown,
    });
  }

  private renderCalendar(loaded: LoadedFeed): TemplateResult {
    const { feed } = loaded;
    const timeZone = this.zoneOf(feed);
    const now = this.now ?? new Date();
    const today = zonedDateKey(now, timeZone);
    const anchor = this.anchor ?? this.resolvedStart ?? today;
    const period = periodOf(anchor, this.periodOptions());
    const shown = this.occurrencesOf(feed, period, timeZone);
    const ctx = this.context(loaded, timeZone, today);
    const view = this.effectiveView;
    const open = (occurrence: Occurrence, date: string) => {
      if (this.select(occurrence)) this.showDay(date, occurrence.key);
    };

    let body: TemplateResult;
    if (view === 'month') {
      body = renderMonth(ctx, {
        grid: monthGrid(anchor, this.weekStart()),
        days: shown.days,
        active: anchor,
        opened: this.openDay,
        captionId: 'caption',
        helpId: 'grid-help',
        open,
        openDay: (date) => this.showDay(date),
        onKeyDown: this.handleGridKeyDown,
      });
    } else if (view === 'week') {
      body = renderWeek(shown.days, ctx, open);
    } else {
      body = renderAgenda(shown.days, ctx);
    }

    const count = shown.occurrences.length;
    const viewer = viewerTimeZone();
    const subscribe = safeUrl(feed.calendar?.subscribeUrl, loaded.url, SUBSCRIBE_SCHEMES);
    return html`<div class="calendar view-${view}${this.width.narrow ? ' narrow' : ''}">
      ${renderToolbar(ctx, {
        view: this.resolvedView,
        caption: period.caption,
        captionId: 'caption',
        onView: this.handleView,
        onStep: (step) => {
          this.openDay = undefined;
          // From the anchor now, not the one rendered: two quick clicks make two steps.
          this.anchor = stepAnchor(this.anchor ?? anchor, step, this.periodOptions());
        },
        onToday: () => {
          this.openDay = undefined;
          this.anchor = today;
        },
      })}
      ${renderFilters(ctx, {
        facets: this.facetsOf(feed),
        categories: this.categoriesOf(),
        centre: this.centreOf(feed),
        onCategory: this.handleCategory,
        onCentre: this.handleCentre,
      })}
      <div class="summary">
        <p part="count" class="count" role="status">
          ${
            shown.total > count
              ? this.msg('eventCalendar.countOf', { shown: count, total: shown.total })
              : this.msg('eventCalendar.count', { count })
          }
        </p>
        ${
          viewer !== timeZone
            ? html`<p part="time-zone" class="time-zone">
                ${this.msg('eventCalendar.timeZone', { zone: timeZone })}
              </p>`
            : nothing
        }
      </div>
      ${body} ${view === 'month' || view === 'week' ? this.renderOpenDay(shown, ctx) : nothing}
      ${
        subscribe
          ? html`<p class="subscribe">
              <a part="subscribe-link" href=${subscribe}>${this.msg('eventCalendar.subscribe')}</a>
            </p>`
          : nothing
      }
    </div>`;
  }

  override render() {
    return this.renderStates({
      ready: (loaded) => this.renderCalendar(loaded),
      isEmpty: ({ feed }) => feed.events.length === 0,
      empty: () => this.msg('eventCalendar.empty'),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lc-event-calendar': LcEventCalendar;
  }
  interface HTMLElementEventMap {
    'lc-event-select': LcEventSelectEvent;
  }
}
