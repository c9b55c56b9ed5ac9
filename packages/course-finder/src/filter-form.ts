/**
 * The resident's controls: a search box, one disclosure per filter with a
 * group of checkboxes (a `<fieldset>` with its `<legend>`), "open for
 * application now", and "Rensa filter". Native controls only, so keyboard,
 * screen readers, forced colours and autofill behave as people expect.
 */
import type { CourseFacets, CourseFilter, FacetValue } from '@learning-centre/feed/queries';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { type FacetKey, type LabelContext, facetValueLabel } from './filter-labels.ts';
import { type CourseFinderMessageKey, courseFinderText } from './messages.ts';

/** The filters offered, in this order, with their labels. */
export const FACET_GROUPS: readonly { key: FacetKey; label: CourseFinderMessageKey }[] = [
  { key: 'subjects', label: 'courseFinder.subject' },
  { key: 'levels', label: 'courseFinder.level' },
  { key: 'modes', label: 'courseFinder.mode' },
  { key: 'pace', label: 'courseFinder.pace' },
  { key: 'startTerms', label: 'courseFinder.term' },
  { key: 'providers', label: 'courseFinder.provider' },
  { key: 'centres', label: 'courseFinder.centre' },
];

/** The element's event handlers the form calls (stable references: no re-binding per render). */
export interface FilterFormHandlers {
  onSubmit: (event: SubmitEvent) => void;
  onSearchInput: (event: InputEvent) => void;
  onSearchKeydown: (event: KeyboardEvent) => void;
  /** A checkbox in a facet group, or "open for application now", changed. */
  onFilterChange: (event: Event) => void;
  onToggle: (event: Event) => void;
  onClear: () => void;
}

/** What the form shows. */
export interface FilterFormView extends LabelContext, FilterFormHandlers {
  filter: CourseFilter;
  /** Counts for the current filter. */
  facets: CourseFacets;
  /** The filters worth offering: those with two or more values in the page's scope. */
  groups: readonly FacetKey[];
  /** Groups whose disclosure is open (only those render their checkboxes). */
  open: ReadonlySet<FacetKey>;
  /** The text in the search box (ahead of the filter while the search waits). */
  searchText: string;
  /** Whether to offer "Rensa filter" here (not when the no-results message offers it). */
  clearable: boolean;
}

/** The id of the search box, for focusing it after "Rensa filter". */
export const SEARCH_INPUT_ID = 'search';

export function renderFilterForm(view: FilterFormView): TemplateResult {
  const { locale, filter, facets } = view;
  const ct = (key: CourseFinderMessageKey, params?: Record<string, string | number>) =>
    courseFinderText(locale, key, params);
  return html`<form
    part="form"
    class="form"
    role="search"
    aria-label=${ct('courseFinder.form')}
    @submit=${view.onSubmit}
  >
    <div class="search">
      <label class="search-label" for=${SEARCH_INPUT_ID}>${ct('courseFinder.search')}</label>
      <input
        id=${SEARCH_INPUT_ID}
        part="search-input"
        class="search-input"
        type="search"
        autocomplete="off"
        enterkeyhint="search"
        aria-describedby="search-hint"
        .value=${live(view.searchText)}
        @input=${view.onSearchInput}
        @keydown=${view.onSearchKeydown}
      />
      <p id="search-hint" class="hint">${ct('courseFinder.searchHint')}</p>
    </div>
    <div part="filters" class="filters">
      ${view.groups.map((key) => renderGroup(key, facets[key] as FacetValue<string | number>[], view))}
      ${
        facets.openNow === undefined
          ? nothing
          : html`<label class="open-now">
              <input
                type="checkbox"
                name="openNow"
                .checked=${live(Boolean(filter.openNow))}
                @change=${view.onFilterChange}
              />
              <span
                >${ct('courseFinder.facetCount', {
                  label: ct('courseFinder.openNow'),
                  count: facets.openNow,
                })}</span
              >
            </label>`
      }
    </div>
    ${
      view.clearable
        ? html`<button
            type="button"
            part="clear-button"
            class="lc-button clear"
            @click=${view.onClear}
          >
            ${view.t('common.clearFilters')}
          </button>`
        : nothing
    }
  </form>`;
}

function renderGroup(
  key: FacetKey,
  values: FacetValue<string | number>[],
  view: FilterFormView,
): TemplateResult {
  const label = courseFinderText(view.locale, FACET_GROUPS.find((g) => g.key === key)!.label);
  // What is chosen comes from the filter itself: the counts may be a frame behind it.
  const chosen = (view.filter[key] ?? []) as readonly (string | number)[];
  const isOpen = view.open.has(key);
  const summary = chosen.length
    ? html` <span class="selected"
        >(${courseFinderText(view.locale, 'courseFinder.selected', { count: chosen.length })})</span
      >`
    : nothing;
  // Only an open filter renders its checkboxes: a feed may have hundreds of subjects.
  const options = () =>
    values
      .filter((v) => v.count > 0 || chosen.includes(v.value))
      .map(
        (v) =>
          html`<label class="option">
            <input
              type="checkbox"
              name=${key}
              .value=${String(v.value)}
              .checked=${live(chosen.includes(v.value))}
            />
            <span
              >${courseFinderText(view.locale, 'courseFinder.facetCount', {
                label: facetValueLabel(key, v.value, view),
                count: v.count,
              })}</span
            >
          </label>`,
      );
  return html`<details
    part="filter"
    class="facet"
    data-facet=${key}
    ?open=${isOpen}
    @toggle=${view.onToggle}
  >
    <summary part="filter-summary">${label}${summary}</summary>
    ${
      isOpen
        ? html`<fieldset data-facet=${key} @change=${view.onFilterChange}>
            <legend class="lc-visually-hidden">${label}</legend>
            ${options()}
          </fieldset>`
        : nothing
    }
  </details>`;
}
