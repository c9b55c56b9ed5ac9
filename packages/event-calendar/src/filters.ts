/**
 * The filters: a checkbox per category (none ticked means all) and a select
 * of centres, each with a visible label. Only what the feed's events use is
 * offered (see `eventFacets`), and a filter with one choice is left out.
 */
import { type EventCategory } from '@learning-centre/feed/widget';
import { sortCentresByName, type EventFacets } from '@learning-centre/feed/queries';
import { html, nothing, type TemplateResult } from 'lit';
import type { CalendarContext } from './context.ts';

export interface FiltersOptions {
  facets: EventFacets;
  categories: readonly EventCategory[];
  centre: string | undefined;
  onCategory: (category: EventCategory, checked: boolean) => void;
  onCentre: (centre: string | undefined) => void;
}

export function renderFilters(
  ctx: CalendarContext,
  o: FiltersOptions,
): TemplateResult | typeof nothing {
  const { categories, centres } = o.facets;
  // A centre chosen by the `centre` attribute stays choosable even without events.
  const chosen = o.centre === undefined ? undefined : ctx.centres.get(o.centre);
  const offered = chosen && !centres.includes(chosen) ? [...centres, chosen] : centres;
  const byName = sortCentresByName(offered, ctx.lang, ctx.feed.language);
  const showCategories = categories.length > 1;
  const showCentres = offered.length > 1;
  if (!showCategories && !showCentres) return nothing;
  return html`<div
    part="filters"
    class="filters"
    role="group"
    aria-label=${ctx.msg('eventCalendar.filters')}
  >
    ${
      showCategories
        ? html`<fieldset part="category-filter" class="categories">
            <legend>${ctx.msg('eventCalendar.category')}</legend>
            ${categories.map(
              (category) =>
                html`<label class="check">
                  <input
                    type="checkbox"
                    value=${category}
                    .checked=${o.categories.includes(category)}
                    @change=${(event: Event) =>
                      o.onCategory(category, (event.target as HTMLInputElement).checked)}
                  />
                  ${ctx.t(`category.${category}`)}
                </label>`,
            )}
          </fieldset>`
        : nothing
    }
    ${
      showCentres
        ? html`<label part="centre-filter" class="centre">
            <span class="label">${ctx.msg('eventCalendar.centre')}</span>
            <select
              @change=${(event: Event) =>
                o.onCentre((event.target as HTMLSelectElement).value || undefined)}
            >
              <option value="" ?selected=${o.centre === undefined}>
                ${ctx.msg('eventCalendar.allCentres')}
              </option>
              ${byName.map(
                (centre) =>
                  html`<option value=${centre.id} ?selected=${centre.id === o.centre}>
                    ${ctx.text(centre.name)}
                  </option>`,
              )}
            </select>
          </label>`
        : nothing
    }
  </div>`;
}
