import {
  checkReferences,
  createFeedValidator,
  centresSection,
  coursesSection,
  providersSection,
  subjectsSection,
} from '@learning-centre/feed/widget';
import {
  LcElement,
  dispatchLcEvent,
  parseHeadingLevel,
  warnInvalidAttribute,
  type HeadingLevel,
  type MessageKey,
  type MessageParams,
} from '@learning-centre/core';
import { type Course, type LoadedFeed } from '@learning-centre/feed/widget';
import { type CourseFilter, describeFilter } from '@learning-centre/feed/queries';
import { courseJsonLd, toJsonLdScriptText } from '@learning-centre/feed/jsonld';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type CardContext, TITLE_LINK_ATTRIBUTE, renderCourseCard } from './course-card.ts';
import { styles } from './course-finder.styles.ts';
import { CourseResults } from './course-results.ts';
import { SEARCH_INPUT_ID, renderFilterForm } from './filter-form.ts';
import { FilterHistory, type HistoryMode } from './filter-history.ts';
import { type FacetKey, type LabelContext, describeActiveFilters } from './filter-labels.ts';
import { type CourseFinderMessageKey, courseFinderText } from './messages.ts';
import {
  type CourseFinderLayout,
  type CourseFinderSettings,
  DEFAULT_PAGE_SIZE,
  readSettings,
} from './settings.ts';
import { StructuredData } from './structured-data.ts';

/** Detail of `lc-course-select`. */
export interface CourseSelectDetail {
  /** The course whose title was activated, as the feed gives it. */
  course: Course;
}

/** Detail of `lc-filter-change`. */
export interface FilterChangeDetail {
  /** The resident's filter now (the page's `centre`/`provider` scope is not part of it). */
  filter: CourseFilter;
  /** How many courses match it. */
  total: number;
}

export type CourseSelectEvent = CustomEvent<CourseSelectDetail>;
export type FilterChangeEvent = CustomEvent<FilterChangeDetail>;

/** How long the search waits after a keystroke before it runs (Enter runs it at once). */
export const SEARCH_DELAY_MS = 150;
/** At most this many courses go into the JSON-LD: it is page weight, and search engines read the first ones. */
export const STRUCTURED_DATA_LIMIT = 100;

/** Properties that change the settings, and those that restart the resident's filter. */
const SETTINGS = [
  'centre',
  'provider',
  'subject',
  'level',
  'mode',
  'q',
  'openOnly',
  'pageSize',
  'layout',
  'near',
];
const START = ['subject', 'level', 'mode', 'q', 'openOnly'];

/**
 * `<lc-course-finder>`: the courses that can be studied at a learning centre,
 * with a search box, filters (subject, level, mode, pace, start term,
 * provider, centre, open for application now), a count announced to screen
 * readers, and pages of course cards with "Visa fler kurser". Each card says
 * what the course is, when and how it is studied, when to apply ("Ansökan
 * stänger om 5 dagar"), and where nearby it can be studied.
 *
 * ```html
 * <lc-course-finder feed="https://example.se/larcentrum.json" centre="vaggeryd" sync-url>
 * </lc-course-finder>
 * ```
 *
 * `centre` and `provider` are the page's scope: always applied, not offered as
 * filters. `subject`, `level`, `mode`, `q` and `open-only` only set where the
 * resident starts; "Rensa filter" clears them. List attributes take
 * comma-separated ids (`subject="math, physics"`).
 *
 * @fires lc-course-select - a course's title link was activated; detail `{ course }`. Cancelable: `preventDefault()` keeps a plain click from following the link (to open the course in the page's own view).
 * @fires lc-filter-change - the resident changed the search or a filter (also on back/forward with `sync-url`); detail `{ filter, total }`
 * @fires lc-load - the feed is loaded and shown; detail `{ feed, issues, url }`
 * @fires lc-error - the feed cannot be shown; detail `{ kind, message, url, issues, status? }`
 *
 * @slot no-results - shown under "Inga kurser matchar …", e.g. a link to study guidance
 *
 * @csspart base - the wrapper of everything the widget shows
 * @csspart form - the search form (a search landmark)
 * @csspart search-input - the search box
 * @csspart filters - the row of filters
 * @csspart filter - one filter's disclosure (`<details>`)
 * @csspart filter-summary - a filter's name, which opens it
 * @csspart clear-button - "Rensa filter"
 * @csspart count - the number of courses found (a polite live region)
 * @csspart no-results - what is shown when no course matches
 * @csspart results - the list of course cards
 * @csspart card - one course
 * @csspart title-link - a course's title link
 * @csspart status-badge - full, waiting list or cancelled, in words
 * @csspart application - the application period phrase
 * @csspart apply-link - "Ansök"
 * @csspart centres - where nearby the course can be studied, and its sessions
 * @csspart show-more-button - "Visa fler kurser"
 * @csspart status - the loading and empty states
 * @csspart alert - the error state
 * @csspart retry-button - "Försök igen"
 * @csspart debug - feed issues, with `debug`
 *
 * @cssprop --lc-course-finder-gap - space between the parts and the cards
 * @cssprop --lc-course-finder-column-width - narrowest card column in the grid layout (20em)
 * @cssprop --lc-card-background - card background (`--lc-color-surface`)
 * @cssprop --lc-card-border-color - card border (`--lc-color-border`)
 * @cssprop --lc-card-radius - card corners (`--lc-radius`)
 * @cssprop --lc-card-padding - space inside a card (`--lc-space-4`)
 * @cssprop --lc-card-shadow - card shadow (none)
 * @cssprop --lc-card-title-size - course title size (1.15em)
 * @cssprop --lc-link-color - links (`--lc-color-accent`)
 * @cssprop --lc-input-background - search box background
 * @cssprop --lc-input-border-color - search box border
 * @cssprop --lc-input-radius - search box corners
 * @cssprop --lc-filter-background - filter background
 * @cssprop --lc-filter-border-color - filter border
 * @cssprop --lc-filter-radius - filter corners
 * @cssprop --lc-clear-button-background - "Rensa filter" background
 * @cssprop --lc-clear-button-color - "Rensa filter" text and border
 */
export class LcCourseFinder extends LcElement {
  static override styles = [LcElement.baseStyles, styles];
  /** Checks only what this widget reads: courses with the centres, providers and subjects they name. */
  static override feedValidator = createFeedValidator(
    {
      courses: coursesSection,
      centres: centresSection,
      providers: providersSection,
      subjects: subjectsSection,
    },
    { crossCheck: checkReferences },
  );

  /** Only courses that can be studied at this centre (an id in the feed; several: comma-separated). */
  @property() centre?: string;

  /** Only courses from this provider (an id in the feed; several: comma-separated). */
  @property() provider?: string;

  /** Start with these subjects chosen (ids, comma-separated). */
  @property() subject?: string;

  /** Start with these levels chosen: `preparatory`, `upper-secondary`, `vocational`, `bachelor`, `master`, … */
  @property() level?: string;

  /** Start with these modes chosen: `distance`, `hybrid`, `on-site`. */
  @property() mode?: string;

  /** Start with this search. */
  @property() q?: string;

  /** Start with only the courses one can apply for now. */
  @property({ type: Boolean, attribute: 'open-only' }) openOnly = false;

  /** Courses per page, 1–100. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULT_PAGE_SIZE;

  /** `list` (one card per row) or `grid` (as many columns as fit). */
  @property() layout: CourseFinderLayout = 'list';

  /** Keep the search in the page's address (`?lc-q=…&lc-subject=…`), for back/forward and shared links. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** The reader's place, `lat,lon` (e.g. `57.78,14.16`): courses and centres go nearest first, with distances. */
  @property() near?: string;

  /** Add schema.org JSON-LD for the courses to the document's head, for search engines. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** The level of the course titles' headings, 2–6: one below the heading the finder sits under. */
  @property({ attribute: 'heading-level' }) headingLevel?: HeadingLevel | string;

  /** The current time, for application phrases and "open now" (tests and stories); default: the clock. */
  @property({ attribute: false }) now?: Date;

  /** The resident's filter, as applied. */
  @state() private filter: CourseFilter = {};

  /** How many results are shown (pages of `page-size`). */
  @state() private shown = DEFAULT_PAGE_SIZE;

  /** Filters whose disclosure is open. */
  @state() private openGroups: ReadonlySet<FacetKey> = new Set();

  private readonly filterHistory = new FilterHistory(this, (filter) => this.restore(filter));
  private readonly jsonLd = new StructuredData(this);

  private settings!: CourseFinderSettings;
  private titleLevel: HeadingLevel = 3;
  /** Whether the resident's starting filter has been set. */
  private started = false;
  /** The search box's text, ahead of `filter.q` while the search waits. */
  private searchText = '';
  private searchTimer?: ReturnType<typeof setTimeout>;
  /** A search session: the first search pushes a history entry, the following keystrokes replace it. */
  private typing = false;
  /** `lc-filter-change` waits for the render, so its `total` is the one shown. */
  private filterChanged = false;
  /** After "Visa fler": the result whose title gets focus. */
  private focusResult?: number;
  private focusSearch = false;

  /** What the current render shows, worked out in willUpdate. */
  private readonly results = new CourseResults(() => this.requestUpdate());

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const keys = [...changed.keys()] as string[];
    if (!this.settings || keys.some((key) => SETTINGS.includes(key))) {
      this.settings = readSettings(this, this.getAttribute('page-size'), (...args) =>
        warnInvalidAttribute(this, ...args),
      );
    }
    if (!this.started || changed.has('headingLevel')) {
      this.titleLevel = parseHeadingLevel(this, this.headingLevel, 3);
    }
    this.filterHistory.enabled = this.syncUrl;
    if (!this.started || keys.some((key) => START.includes(key))) {
      // On first render an address with a filter wins: it is a shared link or a reload.
      const fromAddress = this.started ? undefined : this.filterHistory.read();
      this.started = true;
      this.setFilter(fromAddress ?? this.settings.start);
    } else if (changed.has('pageSize')) {
      this.shown = this.settings.pageSize;
    }
    this.compute(changed.has('structuredData'));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.filterChanged) {
      this.filterChanged = false;
      dispatchLcEvent<FilterChangeDetail>(this, 'lc-filter-change', {
        filter: structuredClone(this.filter),
        total: this.results.courses.length,
      });
    }
    if (this.focusResult !== undefined) {
      const title = this.renderRoot.querySelector<HTMLElement>(`#course-${this.focusResult}`);
      this.focusResult = undefined;
      title?.querySelector<HTMLElement>('a, [tabindex]')?.focus();
    }
    if (this.focusSearch) {
      this.focusSearch = false;
      this.renderRoot.querySelector<HTMLInputElement>(`#${SEARCH_INPUT_ID}`)?.focus();
    }
  }

  private readonly handleSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.applySearch();
  };

  private readonly handleSearchInput = (event: InputEvent): void => {
    this.searchText = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.applySearch(), SEARCH_DELAY_MS);
  };

  private readonly handleSearchKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    this.applySearch();
  };

  private readonly handleFilterChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const next: CourseFilter = { ...this.filter };
    if (input.name === 'openNow') {
      if (input.checked) next.openNow = true;
      else delete next.openNow;
    } else {
      const key = input.name as FacetKey;
      const value = key === 'pace' ? Number(input.value) : input.value;
      const values = ((this.filter[key] ?? []) as (string | number)[]).filter((v) => v !== value);
      if (input.checked) values.push(value);
      if (values.length) (next[key] as (string | number)[]) = values;
      else delete next[key];
    }
    this.typing = false;
    this.changeFilter(next, 'push');
  };

  private readonly handleToggle = (event: Event): void => {
    const details = event.target as HTMLDetailsElement;
    const key = details.dataset.facet as FacetKey;
    if (details.open === this.openGroups.has(key)) return;
    const open = new Set(this.openGroups);
    if (details.open) open.add(key);
    else open.delete(key);
    this.openGroups = open;
  };

  private readonly handleClear = (): void => {
    this.typing = false;
    this.searchText = '';
    // The button goes away with the filters: the search box takes the focus.
    this.focusSearch = true;
    this.changeFilter({}, 'push');
  };

  private readonly handleShowMore = (): void => {
    this.focusResult = this.shown;
    this.shown += this.settings.pageSize;
  };

  private readonly handleResultsClick = (event: MouseEvent): void => {
    const link = (event.target as Element).closest(`a[${TITLE_LINK_ATTRIBUTE}]`);
    const course = link && this.results.courses[Number(link.getAttribute(TITLE_LINK_ATTRIBUTE))];
    if (!course) return;
    const select = dispatchLcEvent<CourseSelectDetail>(
      this,
      'lc-course-select',
      { course },
      { cancelable: true },
    );
    // A click meant for a new tab or window still goes to the link.
    const plain =
      event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
    if (select.defaultPrevented && plain) event.preventDefault();
  };

  /** Back or forward: the address's filter, or the starting one when it has none. */
  private restore(filter: CourseFilter | undefined): void {
    this.typing = false;
    this.setFilter(filter ?? this.settings.start);
    this.filterChanged = true;
  }

  private applySearch(): void {
    clearTimeout(this.searchTimer);
    const q = this.searchText.trim();
    if (q === (this.filter.q ?? '')) return;
    const next = { ...this.filter };
    if (q) next.q = q;
    else delete next.q;
    this.changeFilter(next, this.typing ? 'replace' : 'push');
    this.typing = true;
  }

  /** A change the resident made: a new filter, page one, the address and an event. */
  private changeFilter(filter: CourseFilter, mode: HistoryMode): void {
    this.filter = filter;
    this.shown = this.settings.pageSize;
    this.filterHistory.write(filter, mode);
    this.filterChanged = true;
  }

  private setFilter(filter: CourseFilter): void {
    clearTimeout(this.searchTimer);
    this.filter = filter;
    this.searchText = filter.q ?? '';
    this.shown = this.settings.pageSize;
  }

  /** Results for the render, and once per feed, language and scope: id checks and the JSON-LD. */
  private compute(structuredDataChanged: boolean): void {
    const loaded = this.feedController.value;
    if (!loaded) return;
    const language = this.localeController.language;
    const scopeChanged = this.results.update({
      loaded,
      language,
      filter: this.filter,
      settings: this.settings,
      now: this.now,
    });
    if (scopeChanged) this.checkIds(loaded);
    if (scopeChanged || structuredDataChanged) {
      this.jsonLd.set(
        this.structuredData
          ? toJsonLdScriptText(
              this.results
                .inScope(loaded, this.settings)
                .slice(0, STRUCTURED_DATA_LIMIT)
                .map((course) =>
                  courseJsonLd(course, loaded.feed, {
                    language,
                    fallbackLanguage: loaded.feed.language,
                    baseUrl: loaded.url,
                  }),
                ),
            )
          : undefined,
      );
    }
  }

  /** Warns about `centre`, `provider` and `subject` ids the feed does not have. */
  private checkIds({ feed }: LoadedFeed): void {
    const { scope, start } = this.settings;
    for (const [attribute, ids, items] of [
      ['centre', scope.centres, feed.centres],
      ['provider', scope.providers, feed.providers],
      ['subject', start.subjects, feed.subjects],
    ] as const) {
      const known = new Set(items.map((item) => item.id));
      for (const id of ids ?? []) {
        if (known.has(id)) continue;
        const some = [...known].slice(0, 10).join(', ') + (known.size > 10 ? ', …' : '');
        warnInvalidAttribute(this, attribute, id, `an id of the feed's ${attribute}s: ${some}`);
      }
    }
  }

  private readonly uiText = (key: MessageKey, params?: MessageParams): string =>
    this.t(key, params);

  private readonly feedText = (value: Parameters<LcElement['text']>[0]): string => this.text(value);

  private ct(key: CourseFinderMessageKey, params?: MessageParams): string {
    return courseFinderText(this.locale, key, params);
  }

  private renderReady(loaded: LoadedFeed): TemplateResult {
    const context: LabelContext = {
      feed: loaded.feed,
      locale: this.locale,
      t: this.uiText,
      text: this.feedText,
    };
    const total = this.results.courses.length;
    const active = describeFilter(this.filter).length > 0;
    const described = total ? '' : describeActiveFilters(this.filter, context);
    return html`${renderFilterForm({
        ...context,
        filter: this.filter,
        facets: this.results.facets!,
        groups: this.results.groups,
        open: this.openGroups,
        searchText: this.searchText,
        clearable: active && total > 0,
        onSubmit: this.handleSubmit,
        onSearchInput: this.handleSearchInput,
        onSearchKeydown: this.handleSearchKeydown,
        onFilterChange: this.handleFilterChange,
        onToggle: this.handleToggle,
        onClear: this.handleClear,
      })}
      <p part="count" class="count" role="status">
        ${
          total
            ? this.t('common.courses', { count: total })
            : described
              ? this.ct('courseFinder.noMatch', { filters: described })
              : this.ct('courseFinder.none')
        }
      </p>
      ${total ? this.renderResults(context, loaded) : active ? this.renderNoResults() : nothing}`;
  }

  private renderNoResults(): TemplateResult {
    return html`<div part="no-results" class="no-results">
      <button type="button" class="lc-button clear" @click=${this.handleClear}>
        ${this.t('common.clearFilters')}
      </button>
      <slot name="no-results"></slot>
    </div>`;
  }

  private renderResults(context: LabelContext, loaded: LoadedFeed): TemplateResult {
    const card: CardContext = {
      ...context,
      now: this.results.now,
      near: this.settings.near,
      baseUrl: loaded.url,
      headingLevel: this.titleLevel,
    };
    const total = this.results.courses.length;
    const shown = Math.min(this.shown, total);
    return html`<ul
        part="results"
        class="results"
        data-layout=${this.settings.layout}
        aria-label=${this.ct('courseFinder.results')}
        @click=${this.handleResultsClick}
      >
        ${this.results.courses
          .slice(0, shown)
          .map((course, i) => html`<li>${renderCourseCard(course, i, card)}</li>`)}
      </ul>
      ${
        shown < total
          ? html`<div class="more">
              <p>${this.ct('courseFinder.showing', { shown, total })}</p>
              <button
                type="button"
                part="show-more-button"
                class="lc-button"
                @click=${this.handleShowMore}
              >
                ${this.ct('courseFinder.showMore')}
              </button>
            </div>`
          : nothing
      }`;
  }

  override render(): TemplateResult {
    return this.renderStates({
      ready: (loaded) => this.renderReady(loaded),
      isEmpty: () => this.results.scopeTotal === 0,
      empty: () => this.ct('courseFinder.none'),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lc-course-finder': LcCourseFinder;
  }
  interface HTMLElementEventMap {
    'lc-course-select': CourseSelectEvent;
    'lc-filter-change': FilterChangeEvent;
  }
}
