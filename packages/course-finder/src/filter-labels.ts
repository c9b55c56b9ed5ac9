/**
 * Filter values in words, for the filter controls ("Hösten 2026", "50 %",
 * "Matematik") and for the empty state ("Inga kurser matchar ”python” och Distans.").
 */
import { type Translate, formatDate, formatList, formatPercent } from '@learning-centre/core';
import { type Feed, type LocalizedText } from '@learning-centre/feed/widget';
import { type CourseFilter, START_TERMS, describeFilter } from '@learning-centre/feed/queries';
import { courseFinderText } from './messages.ts';

/** The filter properties a resident picks values for. */
export type FacetKey =
  'subjects' | 'levels' | 'modes' | 'pace' | 'providers' | 'centres' | 'startTerms';

/** What naming a value needs. */
export interface LabelContext {
  feed: Feed;
  locale: string;
  t: Translate;
  /** Feed text in the page's language (the element's `text`). */
  text: (value: LocalizedText | undefined) => string;
}

const TERM_CODES: Record<string, (typeof START_TERMS)[number]> = {
  VT: 'spring',
  ST: 'summer',
  HT: 'autumn',
};

/** A facet value as people read it; an id the feed does not know is shown as it is. */
export function facetValueLabel(
  key: FacetKey,
  value: string | number,
  { feed, locale, t, text }: LabelContext,
): string {
  const name = (items: readonly { id: string; name: LocalizedText }[]) =>
    text(items.find((item) => item.id === value)?.name) || String(value);
  switch (key) {
    case 'subjects':
      return name(feed.subjects);
    case 'providers':
      return name(feed.providers);
    case 'centres':
      return name(feed.centres);
    case 'levels':
      return t(`level.${value as 'other'}`);
    case 'modes':
      return t(`mode.${value as 'distance'}`);
    case 'pace':
      return formatPercent(Number(value), locale);
    case 'startTerms': {
      const [year, code] = String(value).split('-');
      return courseFinderText(locale, `courseFinder.term.${TERM_CODES[code] ?? 'autumn'}`, {
        year,
      });
    }
  }
}

/**
 * The filters in effect in words, joined the way the language joins them:
 * values of one filter with "eller", filters with "och": `”python”, Matematik
 * eller Fysik och Distans`. Empty when nothing filters.
 */
export function describeActiveFilters(filter: CourseFilter, context: LabelContext): string {
  const { locale } = context;
  const parts = describeFilter(filter).map(({ key, value }) => {
    switch (key) {
      case 'q':
        return courseFinderText(locale, 'courseFinder.quoted', { text: value });
      case 'openNow':
        return courseFinderText(locale, 'courseFinder.openNowFilter');
      case 'startsFrom':
      case 'startsTo': {
        const date = formatDate(value, { lang: locale, timeZone: context.feed.timeZone });
        return courseFinderText(locale, `courseFinder.${key}`, { date });
      }
      default:
        return formatList(
          (value as (string | number)[]).map((v) => facetValueLabel(key, v, context)),
          locale,
          { type: 'disjunction' },
        );
    }
  });
  return formatList(parts, locale);
}
