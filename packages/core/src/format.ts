/**
 * Dates, times, numbers and lists for people, with `Intl` only. Every function
 * takes the language (the widget's locale) and, where a time is shown, the
 * time zone explicitly (the feed's `timeZone`): a visitor abroad still sees
 * 18:00 for an evening lecture in Kalix. Formatters are cached (intl-cache.ts).
 *
 * A feed date without a time (`2026-03-03`) is a calendar date, not an instant:
 * it is shown as that date whatever the time zone.
 */
import type { CreditSystem, Weekday } from '@learning-centre/feed/widget';
import { translate, useVocabulary } from './i18n/i18n.ts';
import { courseVocabulary } from './i18n/vocabularies/courses.ts';
import { intl } from './intl-cache.ts';

/** A Date, epoch milliseconds, or a feed string: `2026-03-03` or `2026-03-03T18:00+01:00`. */
export type DateInput = Date | number | string;

/** Language and time zone: what every date function needs. */
export interface DateFormatOptions {
  /** BCP 47 tag, e.g. `sv` or `en-GB` (a widget's `locale`). */
  lang: string;
  /** IANA zone the time is shown in, e.g. the feed's `Europe/Stockholm`. */
  timeZone: string;
}

/** What to include besides day and month. */
export interface DatePartsOptions {
  /** Short weekday: "tis 3 mars". */
  weekday?: boolean;
  /** The year: "3 mars 2026". */
  year?: boolean;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A moment read from input; `calendar` means a date with no time, held as UTC midnight. */
interface Moment {
  date: Date;
  calendar: boolean;
}

/** "3 mars 2026" (default), "tis 3 mars" with `{ weekday: true, year: false }`. Empty for an unreadable date. */
export function formatDate(
  value: DateInput,
  options: DateFormatOptions & DatePartsOptions,
): string {
  const moment = read(value);
  if (!moment) return '';
  const { year = true, weekday = false } = options;
  return dateFormat(options.lang, zoneOf(moment, options.timeZone), { weekday, year }).format(
    moment.date,
  );
}

/** "18:00" / "6:00 PM". Empty for a date without a time or an unreadable value. */
export function formatTime(value: DateInput, options: DateFormatOptions): string {
  const moment = read(value);
  if (!moment || moment.calendar) return '';
  return intl(Intl.DateTimeFormat, options.lang, {
    timeZone: options.timeZone,
    ...timeParts(options.lang),
  }).format(moment.date);
}

/** "tis 3 mars kl. 18:00" / "Tue, March 3 at 6:00 PM". A date without a time gives the date alone. */
export function formatDateTime(
  value: DateInput,
  options: DateFormatOptions & DatePartsOptions,
): string {
  const moment = read(value);
  if (!moment) return '';
  const { weekday = true, year = false } = options;
  if (moment.calendar) return formatDate(value, { ...options, weekday, year });
  return dateTimeFormat(options.lang, options.timeZone, { weekday, year }).format(moment.date);
}

/** Options of `formatTimeRange`. */
export interface TimeRangeOptions extends DateFormatOptions, DatePartsOptions {
  /** Show dates only. Implied when `start` or `end` is a date without a time. */
  allDay?: boolean;
}

/**
 * A start and end said compactly, the way the language does it: same day
 * "tis 3 mars 18:00–19:30", several days "tis 3 mars kl. 18:00–tors 5 mars kl. 19:30",
 * all day "tis 3–tors 5 mars". An all-day `end` is the last day (inclusive).
 * Without a usable `end` (none, or before `start`) only the start is shown.
 * Weekday defaults on, year off.
 */
export function formatTimeRange(
  start: DateInput,
  end: DateInput | undefined,
  options: TimeRangeOptions,
): string {
  let from = read(start);
  let to = end === undefined ? undefined : read(end);
  if (!from) return '';
  const { lang, timeZone, weekday = true, year = false } = options;
  const allDay = options.allDay || from.calendar || to?.calendar === true;
  if (allDay) {
    from = toCalendar(from, timeZone);
    to = to && toCalendar(to, timeZone);
  }
  const formatter = allDay
    ? dateFormat(lang, 'UTC', { weekday, year })
    : dateTimeFormat(lang, timeZone, { weekday, year });
  if (!to || to.date.getTime() <= from.date.getTime()) return formatter.format(from.date);
  return formatter.formatRange(from.date, to.date);
}

/** "om 5 dagar", "i morgon", "för 2 dagar sedan" / "in 5 days", "tomorrow". */
export function formatRelativeDays(
  days: number,
  lang: string,
  options: { numeric?: 'auto' | 'always' } = {},
): string {
  return intl(Intl.RelativeTimeFormat, lang, { numeric: options.numeric ?? 'auto' }).format(
    days,
    'day',
  );
}

/** "7,5" / "7.5"; any `Intl.NumberFormat` options. */
export function formatNumber(
  value: number,
  lang: string,
  options?: Intl.NumberFormatOptions,
): string {
  return intl(Intl.NumberFormat, lang, options).format(value);
}

/** A percentage given as 0–100 (a study pace): "50 %" in Swedish, "50%" in English. */
export function formatPercent(value: number, lang: string): string {
  return intl(Intl.NumberFormat, lang, { style: 'percent', maximumFractionDigits: 1 }).format(
    value / 100,
  );
}

/** "7,5 hp", "30 YH-poäng", "100 gymnasiepoäng", "7.5 ECTS credits": units from the messages table. */
export function formatCredits(value: number, system: CreditSystem, lang: string): string {
  useVocabulary(courseVocabulary);
  return translate(lang, `credits.${system}`, { count: value });
}

/**
 * A distance for people: "300 m" under a kilometre (to 100 m, at least 100 m),
 * "4,2 km" under ten, "37 km" beyond.
 */
export function formatDistanceKm(km: number, lang: string): string {
  if (km < 1) {
    const metres = Math.max(100, Math.round(km * 10) * 100);
    if (metres < 1000) return formatNumber(metres, lang, { style: 'unit', unit: 'meter' });
  }
  return formatNumber(km, lang, {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: km < 10 ? 1 : 0,
  });
}

/** A length in minutes: "45 min". */
export function formatMinutes(minutes: number, lang: string): string {
  return formatNumber(minutes, lang, { style: 'unit', unit: 'minute', unitDisplay: 'short' });
}

/** "Kalix, Motala och Varberg" / "Kalix, Motala, and Varberg"; `type: 'disjunction'` for "eller"/"or". */
export function formatList(
  items: readonly string[],
  lang: string,
  options: {
    type?: 'conjunction' | 'disjunction' | 'unit';
    style?: 'long' | 'short' | 'narrow';
  } = {},
): string {
  return intl(Intl.ListFormat, lang, {
    type: options.type ?? 'conjunction',
    style: options.style ?? 'long',
  }).format(items);
}

/** A feed weekday (`mo` … `su`) by name: "måndag" / "Monday", or `width: 'short'` "mån" / "Mon". */
export function formatWeekday(
  day: Weekday,
  lang: string,
  width: 'long' | 'short' | 'narrow' = 'long',
): string {
  // 2024-01-01 was a Monday: the feed's weekdays as dates of that week, in UTC.
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAY_INDEX[day]));
  return intl(Intl.DateTimeFormat, lang, { timeZone: 'UTC', weekday: width }).format(date);
}

const WEEKDAY_INDEX: Record<Weekday, number> = { mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6 };

function read(value: DateInput): Moment | undefined {
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value.trim());
    if (m) return valid({ date: new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])), calendar: true });
    return valid({ date: new Date(value), calendar: false });
  }
  return valid({ date: new Date(value), calendar: false });
}

function valid(moment: Moment): Moment | undefined {
  return Number.isNaN(moment.date.getTime()) ? undefined : moment;
}

/** The calendar date an instant falls on in `timeZone`, as UTC midnight. */
function toCalendar(moment: Moment, timeZone: string): Moment {
  if (moment.calendar) return moment;
  const parts = intl(Intl.DateTimeFormat, 'en', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(moment.date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { date: new Date(Date.UTC(part('year'), part('month') - 1, part('day'))), calendar: true };
}

function zoneOf(moment: Moment, timeZone: string): string {
  return moment.calendar ? 'UTC' : timeZone;
}

function dateFormat(lang: string, timeZone: string, parts: DatePartsOptions): Intl.DateTimeFormat {
  return intl(Intl.DateTimeFormat, lang, { timeZone, ...dateParts(parts) });
}

function dateTimeFormat(
  lang: string,
  timeZone: string,
  parts: DatePartsOptions,
): Intl.DateTimeFormat {
  return intl(Intl.DateTimeFormat, lang, { timeZone, ...dateParts(parts), ...timeParts(lang) });
}

function dateParts({ weekday, year }: DatePartsOptions): Intl.DateTimeFormatOptions {
  return {
    ...(weekday ? { weekday: 'short' } : {}),
    day: 'numeric',
    month: 'long',
    ...(year ? { year: 'numeric' } : {}),
  };
}

/**
 * Hour and minute as the language writes them. `hour: 'numeric'` alone gives
 * "9:05" in Swedish where people (and `timeStyle: 'short'`) write "09:05", so
 * 24-hour languages get two-digit hours and 12-hour ones "9:05 AM".
 */
function timeParts(lang: string): Intl.DateTimeFormatOptions {
  const { hourCycle } = intl(Intl.DateTimeFormat, lang, { hour: 'numeric' }).resolvedOptions();
  const twelveHour = hourCycle === 'h11' || hourCycle === 'h12';
  return { hour: twelveHour ? 'numeric' : '2-digit', minute: '2-digit' };
}
