import { centresSection, coursesSection, createFeedValidator } from '@learning-centre/feed/widget';
import {
  LcElement,
  dispatchLcEvent,
  formatList,
  parseHeadingLevel,
  type HeadingLevel,
  type MessageParams,
} from '@learning-centre/core';
import {
  type Centre,
  type CentreService,
  type Feed,
  type Geo,
  type LoadedFeed,
} from '@learning-centre/feed/widget';
import {
  filterCentres,
  sortCentresByDistance,
  sortCentresByName,
} from '@learning-centre/feed/queries';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CardContext, CardLabels } from './card-context.ts';
import { renderCentreCard } from './centre-card.ts';
import { centreFinderStyles } from './centre-finder.styles.ts';
import { centreFinderText, type CentreFinderMessageKey } from './messages.ts';
import { parseLimit, parseMapTemplate, parseNear, parseService } from './options.ts';
import { PositionError, currentPosition, type PositionFailure } from './position.ts';

/** Where a "Använd min position" request is. */
export type LocateState = 'idle' | 'asking' | 'located' | PositionFailure;

/** Detail of `lc-centre-select`. */
export interface CentreSelectDetail {
  centre: Centre;
  /** How far the centre is from the known position, in kilometres. */
  distanceKm?: number;
}

export type CentreSelectEvent = CustomEvent<CentreSelectDetail>;

/** A centre on the list, with its distance when a position is known. */
interface CentreEntry {
  centre: Centre;
  distanceKm?: number;
}

/** "Open now" is worked out again every minute while nobody set `now`. */
const CLOCK_TICK_MS = 60_000;

/**
 * The learning centres of a feed, nearest first when a position is known
 * (`near`, or the reader's own with `locate`), else by name in the page's
 * language. Each shows whether it is open now, today's hours, services,
 * address, contact and how far away it is.
 *
 * ```html
 * <lc-centre-finder feed="https://larcentrum.example/feed.json" service="exam-invigilation" locate
 *   map-url-template="https://www.openstreetmap.org/?mlat={lat}&mlon={lon}"></lc-centre-finder>
 * ```
 *
 * @fires lc-centre-select - a centre's name link or "Välj" button was activated; detail `{ centre, distanceKm? }`. Cancelable: `preventDefault()` keeps the name link from navigating.
 * @fires lc-load - the feed is loaded and shown; detail `{ feed, issues, url }`
 * @fires lc-error - the feed cannot be shown; detail `{ kind, message, url, issues, status? }`
 *
 * @csspart base - the wrapper of everything the widget shows
 * @csspart locate - the "Använd min position" area
 * @csspart locate-button - the "Använd min position" button
 * @csspart privacy - the sentence saying the position stays in the browser
 * @csspart locate-status - what became of the position request
 * @csspart summary - "Visar 3 av 7 lärcentrum."
 * @csspart list - the list of centres
 * @csspart centre - one centre
 * @csspart name - a centre's name (a heading)
 * @csspart open-state - "Öppet nu" / "Stängt nu"
 * @csspart details - the facts about a centre
 * @csspart distance - the row "Avstånd", when a position is known
 * @csspart municipality - the row "Kommun", when the address does not already name it
 * @csspart address - the row "Adress", with the map link
 * @csspart hours - the row "I dag": today's hours and notes
 * @csspart services - the row of services
 * @csspart contact - the row of contact details
 * @csspart map-link - the link to the page's map service
 * @csspart phone - the phone link
 * @csspart email - the e-mail link
 * @csspart website - the contact's website link (when not the name's)
 * @csspart select-button - "Välj", with `selectable`
 * @csspart status - the loading and empty states
 * @csspart alert - the error state
 * @csspart debug - the feed's issues, with `debug`
 *
 * @cssprop --lc-centre-finder-card-background - a centre's background (default the surface token)
 * @cssprop --lc-centre-finder-card-border-color - a centre's border (default the border token)
 * @cssprop --lc-centre-finder-card-padding - space inside a centre (default the `--lc-space-4` token)
 * @cssprop --lc-centre-finder-gap - space between centres (default the `--lc-space-4` token)
 * @cssprop --lc-centre-finder-open-color - "Öppet nu" (default the success token)
 * @cssprop --lc-centre-finder-closed-color - "Stängt nu" (default the danger token)
 */
export class LcCentreFinder extends LcElement {
  static override styles = [LcElement.baseStyles, centreFinderStyles];
  /** Checks only what this widget reads: the centres, and the courses that name them. */
  static override feedValidator = createFeedValidator({
    centres: centresSection,
    courses: coursesSection,
  });

  /** Only centres in this municipality (compared without regard to case). */
  @property() municipality?: string;

  /** Only centres offering this service, e.g. `exam-invigilation`. */
  @property() service?: CentreService | string;

  /** A course id: only the centres where that course can be studied. */
  @property() course?: string;

  /** A position as `lat,lon` (`59.33,18.07`): centres nearest first, with distances. */
  @property() near?: string;

  /** Shows a "Använd min position" button; the position is used in the page only, never sent. */
  @property({ type: Boolean, reflect: true }) locate = false;

  /** Show at most this many centres. */
  @property() limit?: number | string;

  /** A map link for each centre: an https: address with `{lat}`, `{lon}` and `{name}`, e.g. `https://www.openstreetmap.org/?mlat={lat}&mlon={lon}`. No map links without it. */
  @property({ attribute: 'map-url-template' }) mapUrlTemplate?: string;

  /** The level of the centres' name headings, 2–6 (default 3). */
  @property({ attribute: 'heading-level' }) headingLevel?: HeadingLevel | string;

  /** Shows a "Välj" button on each centre that fires `lc-centre-select` and marks the centre chosen. */
  @property({ type: Boolean, reflect: true }) selectable = false;

  /** The id of the chosen centre (set by "Välj", or by the page). */
  @property({ reflect: true }) selected?: string;

  /** The time "open now" is computed for (for tests and stories); the real clock when unset. */
  @property({ attribute: false }) now?: Date;

  @state() private locateState: LocateState = 'idle';
  /** The reader's position, kept in this element only. */
  @state() private position?: Geo;

  private resolvedService?: CentreService;
  private resolvedNear?: Geo;
  private resolvedLimit?: number;
  private resolvedMapTemplate?: string;
  private resolvedHeadingLevel: HeadingLevel = 3;
  private clock?: ReturnType<typeof setInterval>;
  private shown?: { key: unknown[]; entries: CentreEntry[] };
  /** The centres on screen by id, for the select handler. */
  private byId = new Map<string, CentreEntry>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.clock = setInterval(() => {
      if (!this.now) this.requestUpdate();
    }, CLOCK_TICK_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const first = !this.hasUpdated;
    if (first || changed.has('service')) this.resolvedService = parseService(this, this.service);
    if (first || changed.has('near')) this.resolvedNear = parseNear(this, this.near);
    if (first || changed.has('limit')) this.resolvedLimit = parseLimit(this, this.limit);
    if (first || changed.has('mapUrlTemplate')) {
      this.resolvedMapTemplate = parseMapTemplate(this, this.mapUrlTemplate);
    }
    if (first || changed.has('headingLevel')) {
      this.resolvedHeadingLevel = parseHeadingLevel(this, this.headingLevel, 3);
    }
  }

  private readonly handleLocateClick = async (): Promise<void> => {
    if (this.locateState === 'asking') return;
    this.locateState = 'asking';
    try {
      this.position = await currentPosition();
      this.locateState = 'located';
    } catch (error) {
      // The message says the list is by name: forget an earlier position.
      this.position = undefined;
      this.locateState = error instanceof PositionError ? error.kind : 'unavailable';
    }
  };

  private readonly handleSelect = (event: Event): void => {
    const target = event.currentTarget as HTMLElement;
    const entry = this.byId.get(target.dataset.centre ?? '');
    if (!entry) return;
    const detail: CentreSelectDetail = { centre: entry.centre };
    if (entry.distanceKm !== undefined) detail.distanceKm = entry.distanceKm;
    const selectEvent = dispatchLcEvent(this, 'lc-centre-select', detail, { cancelable: true });
    if (target instanceof HTMLButtonElement) this.selected = entry.centre.id;
    else if (selectEvent.defaultPrevented) event.preventDefault();
  };

  private msg(key: CentreFinderMessageKey, params?: MessageParams): string {
    return centreFinderText(this.locale, key, params);
  }

  /** The reader's position wins over the page's `near`: it is where they are. */
  private get origin(): Geo | undefined {
    return this.position ?? this.resolvedNear;
  }

  /** The matching centres in order, kept while the feed, filter, position and language stay the same. */
  private centresOf(feed: Feed): CentreEntry[] {
    const origin = this.origin;
    const language = this.localeController.language;
    const key = [feed, this.municipality, this.resolvedService, this.course, origin, language];
    if (!this.shown || key.some((value, i) => value !== this.shown!.key[i])) {
      const centres = filterCentres(feed, {
        municipality: this.municipality?.trim() || undefined,
        service: this.resolvedService,
        course: this.course?.trim() || undefined,
      });
      const entries: CentreEntry[] = origin
        ? sortCentresByDistance(centres, origin)
        : sortCentresByName(centres, language, feed.language).map((centre) => ({ centre }));
      this.shown = { key, entries };
    }
    return this.shown.entries;
  }

  /** The cards' texts, for this render (a page may register new wording at any time). */
  private cardLabels(): CardLabels {
    const msg = (key: CentreFinderMessageKey) => this.msg(key);
    const memo = <K>(make: (key: K) => string, key: (value: K) => string = String) => {
      const made = new Map<string, string>();
      return (value: K) => {
        const k = key(value);
        let text = made.get(k);
        if (text === undefined) made.set(k, (text = make(value)));
        return text;
      };
    };
    return {
      distance: msg('centreFinder.distance'),
      municipality: msg('centreFinder.municipality'),
      address: msg('centreFinder.address'),
      map: msg('centreFinder.map'),
      today: msg('centreFinder.today'),
      services: msg('centreFinder.services'),
      contact: msg('centreFinder.contact'),
      select: msg('centreFinder.select'),
      openAllDay: msg('centreFinder.openAllDay'),
      phone: this.t('common.phone'),
      email: this.t('common.email'),
      website: this.t('common.website'),
      openNow: this.t('common.openNow'),
      closedNow: this.t('common.closedNow'),
      closed: this.t('common.closed'),
      closesAt: memo((time: string) => this.msg('centreFinder.closesAt', { time })),
      opensAt: memo((time: string) => this.msg('centreFinder.opensAt', { time })),
      serviceList: memo(
        (services: readonly CentreService[]) =>
          formatList(
            services.map((service) => this.t(`service.${service}`)),
            this.locale,
          ),
        (services) => services.join(),
      ),
    };
  }

  private renderLocate(): TemplateResult {
    const status: Partial<Record<LocateState, CentreFinderMessageKey>> = {
      asking: 'centreFinder.asking',
      located: 'centreFinder.located',
      denied: 'centreFinder.denied',
      unavailable: 'centreFinder.unavailable',
    };
    const key = status[this.locateState];
    return html`<div part="locate" class="locate">
      <button
        type="button"
        part="locate-button"
        class="lc-button"
        aria-describedby="privacy"
        aria-disabled=${this.locateState === 'asking' ? 'true' : 'false'}
        @click=${this.handleLocateClick}
      >
        <svg class="locate-icon" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <circle cx="8" cy="8" r="5" fill="none" stroke="currentColor" stroke-width="1.5" />
          <circle cx="8" cy="8" r="1.5" fill="currentColor" />
          <path d="M8 0v3M8 13v3M0 8h3M13 8h3" stroke="currentColor" stroke-width="1.5" />
        </svg>
        ${this.msg('centreFinder.locate')}
      </button>
      <p id="privacy" part="privacy" class="privacy">${this.msg('centreFinder.privacy')}</p>
      <p role="status" part="locate-status" class="locate-status ${this.locateState}">
        ${key ? this.msg(key) : nothing}
      </p>
    </div>`;
  }

  private renderCentres({ feed, url }: LoadedFeed): TemplateResult {
    const all = this.centresOf(feed);
    const shown = this.resolvedLimit ? all.slice(0, this.resolvedLimit) : all;
    this.byId = new Map(shown.map((entry) => [entry.centre.id, entry]));
    const context: CardContext = {
      lang: this.locale,
      timeZone: feed.timeZone,
      now: this.now ?? new Date(),
      feedUrl: url,
      headingLevel: this.resolvedHeadingLevel,
      mapTemplate: this.resolvedMapTemplate,
      selectable: this.selectable,
      selected: this.selected,
      labels: this.cardLabels(),
      text: (value) => this.text(value),
      onSelect: this.handleSelect,
    };
    return html`${this.locate ? this.renderLocate() : nothing}${
        shown.length < all.length
          ? html`<p part="summary" class="summary">
              ${this.msg('centreFinder.showing', { shown: shown.length, total: all.length })}
            </p>`
          : nothing
      }
      <ul part="list" class="list" role="list">
        ${shown.map(({ centre, distanceKm }) => renderCentreCard(centre, distanceKm, context))}
      </ul>`;
  }

  override render() {
    return this.renderStates({
      ready: (loaded) => this.renderCentres(loaded),
      isEmpty: ({ feed }) => this.centresOf(feed).length === 0,
      empty: () => this.msg('centreFinder.empty'),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lc-centre-finder': LcCentreFinder;
  }
  interface HTMLElementEventMap {
    'lc-centre-select': CentreSelectEvent;
  }
}
