/**
 * The calendar's attribute values read the way an editor types them. Anything
 * else gets a console warning naming the attribute and what it accepts, and a
 * sensible default: never a broken widget.
 */
import { warnInvalidAttribute } from '@learning-centre/core';
import {
  EVENT_CATEGORIES,
  isKnownTimeZone,
  type EventCategory,
} from '@learning-centre/feed/widget';
import { isCalendarDate } from '@learning-centre/feed/queries';

/** How the calendar shows its events. */
export const VIEWS = ['list', 'month', 'week'] as const;
export type CalendarView = (typeof VIEWS)[number];

/** The list view's default length in days. */
export const DEFAULT_DAYS = 60;
/** The longest list a `days` value may ask for: two years. */
export const MAX_DAYS = 731;

/** `view`: `list` (default), `month` or `week`, in any case. */
export function parseView(host: Element, value: string | null | undefined): CalendarView {
  const view = value?.trim().toLowerCase();
  if (!view) return 'list';
  if ((VIEWS as readonly string[]).includes(view)) return view as CalendarView;
  warnInvalidAttribute(host, 'view', value!, '"list", "month" or "week"', '"list"');
  return 'list';
}

/** `days`: a whole number from 1 to 731, else 60. */
export function parseDays(host: Element, value: unknown): number {
  if (value === null || value === undefined || value === '') return DEFAULT_DAYS;
  const days = Number(value);
  if (Number.isInteger(days) && days >= 1 && days <= MAX_DAYS) return days;
  const allowed = `a whole number of days from 1 to ${MAX_DAYS}`;
  warnInvalidAttribute(host, 'days', String(value), allowed, String(DEFAULT_DAYS));
  return DEFAULT_DAYS;
}

/** `max-events`: a whole number from 1 up, else no limit (`undefined`). */
export function parseMaxEvents(host: Element, value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const max = Number(value);
  if (Number.isInteger(max) && max >= 1) return max;
  warnInvalidAttribute(host, 'max-events', String(value), 'a whole number from 1 up', 'no limit');
  return undefined;
}

/** `start-date`: a calendar date `YYYY-MM-DD`, else `undefined` (today). */
export function parseStartDate(
  host: Element,
  value: string | null | undefined,
): string | undefined {
  const date = value?.trim();
  if (!date) return undefined;
  if (isCalendarDate(date)) return date;
  warnInvalidAttribute(host, 'start-date', value!, 'a date written YYYY-MM-DD', 'today');
  return undefined;
}

/**
 * `time-zone`: an IANA time zone the browser knows (`Europe/Stockholm`), else
 * `undefined` (the feed's zone).
 */
export function parseTimeZone(host: Element, value: string | null | undefined): string | undefined {
  const zone = value?.trim();
  if (!zone) return undefined;
  if (isKnownTimeZone(zone)) return zone;
  const allowed = 'an IANA time zone such as Europe/Stockholm';
  warnInvalidAttribute(host, 'time-zone', value!, allowed, "the feed's time zone");
  return undefined;
}

/**
 * `category`: a comma-separated list of event categories (`lecture, exam`).
 * Unknown ones are left out with a warning; none left means every category.
 */
export function parseCategories(host: Element, value: string | null | undefined): EventCategory[] {
  const categories: EventCategory[] = [];
  for (const part of value?.split(',') ?? []) {
    const category = part.trim().toLowerCase();
    if (!category) continue;
    if ((EVENT_CATEGORIES as readonly string[]).includes(category)) {
      if (!categories.includes(category as EventCategory))
        categories.push(category as EventCategory);
    } else {
      const allowed = `a comma-separated list of ${EVENT_CATEGORIES.join(', ')}`;
      warnInvalidAttribute(host, 'category', part.trim(), allowed, 'the others');
    }
  }
  return categories;
}

/**
 * `centre`: the id of one of the feed's centres, else `undefined` (every
 * centre). Checked once the feed is known.
 */
export function checkCentre(
  host: Element,
  value: string | null | undefined,
  ids: readonly string[],
): string | undefined {
  const centre = value?.trim();
  if (!centre) return undefined;
  if (ids.includes(centre)) return centre;
  const allowed = ids.length ? `one of the feed's centre ids: ${ids.join(', ')}` : 'a centre id';
  warnInvalidAttribute(host, 'centre', value!, allowed, 'every centre');
  return undefined;
}
