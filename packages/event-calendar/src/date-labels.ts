/**
 * The calendar's own date words, with `Intl`: day headings ("tisdag 3 november"),
 * the month caption ("november 2026"), a period ("3–9 november 2026") and a
 * time-of-day range ("18:00–19:30"). Core's `formatTimeRange` and friends say
 * dates with times; these say a calendar square or a clock alone. A calendar
 * date ('YYYY-MM-DD') is formatted as UTC midnight in UTC, so it is that date
 * in every zone.
 */
import type { IsoWeekday } from '@learning-centre/feed/queries';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(lang, options)));
  return f;
}

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

const DAY: Intl.DateTimeFormatOptions = {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
};

/** "tisdag 3 november" / "Tuesday, November 3"; with `year`, "tisdag 3 november 2026". */
export function dayLabel(date: string, lang: string, year = false): string {
  return formatter(lang, year ? { ...DAY, year: 'numeric' } : DAY).format(utcDate(date));
}

/** "november 2026" / "November 2026". */
export function monthLabel(date: string, lang: string): string {
  return formatter(lang, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(utcDate(date));
}

/** "3–9 november 2026", "30 november – 6 december 2026" / "November 3 – 9, 2026". */
export function periodLabel(first: string, last: string, lang: string): string {
  const f = formatter(lang, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  return first === last ? f.format(utcDate(first)) : f.formatRange(utcDate(first), utcDate(last));
}

/** "3" — the day of the month as the language writes it. */
export function dayOfMonthLabel(date: string, lang: string): string {
  return formatter(lang, { timeZone: 'UTC', day: 'numeric' }).format(utcDate(date));
}

/** "18:00–19:30" / "6:00 – 7:30 PM": the clock times of a span within one day, in `timeZone`. */
export function clockRange(start: Date, end: Date, lang: string, timeZone: string): string {
  const f = formatter(lang, { timeZone, timeStyle: 'short' });
  return end.getTime() > start.getTime() ? f.formatRange(start, end) : f.format(start);
}

let viewerZone: string | null | undefined;

/** The time zone the browser shows times in, or `undefined` when it will not say. Asked once a page. */
export function viewerTimeZone(): string | undefined {
  if (viewerZone === undefined) {
    try {
      viewerZone = new Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
    } catch {
      viewerZone = null;
    }
  }
  return viewerZone ?? undefined;
}

/**
 * The first day of the week for a page language. A tag with a region
 * (`en-US`, `sv-FI`) follows that region's custom where the browser knows it
 * (`Intl.Locale#getWeekInfo`); a bare language (`sv`, `en`, `ar`) gets Monday,
 * the ISO 8601 rule and the custom where learning centres are.
 */
export function weekStartFor(language: string): IsoWeekday {
  let start = weekStarts.get(language);
  if (start === undefined) weekStarts.set(language, (start = readWeekStart(language)));
  return start;
}

const weekStarts = new Map<string, IsoWeekday>();

function readWeekStart(language: string): IsoWeekday {
  try {
    const locale = new Intl.Locale(language) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    if (!locale.region) return 1;
    const firstDay = (locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay;
    return firstDay && firstDay >= 1 && firstDay <= 7 ? (firstDay as IsoWeekday) : 1;
  } catch {
    return 1;
  }
}
