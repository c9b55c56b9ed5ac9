/**
 * Dates and times on staff pages: the service's zone, the page's language.
 */
import { isoInZone } from '../time.ts';
import type { ExamSupport } from '../feed.ts';
import type { StaffText } from './messages.ts';

/** 'HH:MM' of an instant in `timeZone`. */
export function clock(ms: number, timeZone: string): string {
  return isoInZone(ms, timeZone).slice(11, 16);
}

/** '09:00–14:00'. */
export function timeRange(startMs: number, endMs: number, timeZone: string): string {
  return `${clock(startMs, timeZone)}–${clock(endMs, timeZone)}`;
}

/** 'YYYY-MM-DD' of an instant in `timeZone`. */
export function localDate(ms: number, timeZone: string): string {
  return isoInZone(ms, timeZone).slice(0, 10);
}

/** 'onsdag 18 mars 2026' for a 'YYYY-MM-DD' date. */
export function longDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(Date.parse(`${date}T12:00:00Z`));
}

/** 'dator, förlängd tid' (or '–'). */
export function supportText(support: readonly ExamSupport[], t: StaffText): string {
  return support.length ? support.map((s) => t.supportKind[s]).join(', ') : '–';
}

/** '500 kr' in the page's language. */
export function money(amount: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
}
