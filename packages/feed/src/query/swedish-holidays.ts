/**
 * Swedish public holidays (_helgdagar_, Lag 1989:253) and the eves that
 * workplaces treat as holidays (midsummer, Christmas and New Year's Eve), as
 * plain 'YYYY-MM-DD' dates: what "working days" means when a centre asks for
 * a request seven working days ahead. Pure arithmetic, no time zone.
 */
import { dayKey, dayNumber, isoWeekday, parseDayKey } from '../time/civil.ts';

/** One day off. */
export interface SwedishHoliday {
  /** 'YYYY-MM-DD' */
  date: string;
  /** In Swedish and English (a LocalizedText). */
  name: { sv: string; en: string };
  /** `public`: a holiday by law; `eve`: a weekday eve that is a day off in practice. */
  kind: 'public' | 'eve';
}

const byYear = new Map<number, readonly SwedishHoliday[]>();

/** Easter Sunday's day number (the Anonymous Gregorian algorithm). */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

/** The first day from `first` on (within a week) that falls on ISO `weekday`. */
function weekdayFrom(first: number, weekday: number): number {
  return first + ((weekday - isoWeekday(first) + 7) % 7);
}

/** Every holiday and holiday eve of `year`, in date order. */
export function swedishHolidays(year: number): readonly SwedishHoliday[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const on = (month: number, day: number) => dayNumber(year, month, day);
  const midsummerEve = weekdayFrom(on(6, 19), 5);
  const list: [number, string, string, SwedishHoliday['kind']][] = [
    [on(1, 1), 'Nyårsdagen', "New Year's Day", 'public'],
    [on(1, 6), 'Trettondedag jul', 'Epiphany', 'public'],
    [easter - 2, 'Långfredagen', 'Good Friday', 'public'],
    [easter, 'Påskdagen', 'Easter Sunday', 'public'],
    [easter + 1, 'Annandag påsk', 'Easter Monday', 'public'],
    [on(5, 1), 'Första maj', 'May Day', 'public'],
    [easter + 39, 'Kristi himmelsfärds dag', 'Ascension Day', 'public'],
    [easter + 49, 'Pingstdagen', 'Whit Sunday', 'public'],
    [on(6, 6), 'Sveriges nationaldag', 'National Day of Sweden', 'public'],
    [midsummerEve, 'Midsommarafton', 'Midsummer Eve', 'eve'],
    [midsummerEve + 1, 'Midsommardagen', 'Midsummer Day', 'public'],
    [weekdayFrom(on(10, 31), 6), 'Alla helgons dag', "All Saints' Day", 'public'],
    [on(12, 24), 'Julafton', 'Christmas Eve', 'eve'],
    [on(12, 25), 'Juldagen', 'Christmas Day', 'public'],
    [on(12, 26), 'Annandag jul', 'Boxing Day', 'public'],
    [on(12, 31), 'Nyårsafton', "New Year's Eve", 'eve'],
  ];
  const holidays = Object.freeze(
    list
      .sort((x, y) => x[0] - y[0])
      .map(([day, sv, en, kind]) => Object.freeze({ date: dayKey(day), name: { sv, en }, kind })),
  );
  if (byYear.size > 200) byYear.clear();
  byYear.set(year, holidays);
  return holidays;
}

/** The holiday or holiday eve on `date` ('YYYY-MM-DD'), if it is one. */
export function swedishHoliday(date: string): SwedishHoliday | undefined {
  parseDayKey(date); // throws for a date that does not exist
  return swedishHolidays(Number(date.slice(0, 4))).find((holiday) => holiday.date === date);
}

/** True for Monday to Friday when it is neither a public holiday nor a holiday eve. */
export function isSwedishWorkingDay(date: string): boolean {
  return isoWeekday(parseDayKey(date)) <= 5 && swedishHoliday(date) === undefined;
}

/**
 * The `count`-th working day after `date` (`count` 0: `date` itself). Seven
 * working days after Monday 2 March 2026 is Wednesday 11 March.
 */
export function addSwedishWorkingDays(date: string, count: number): string {
  let day = parseDayKey(date);
  for (let left = count; left > 0;) {
    day++;
    if (isSwedishWorkingDay(dayKey(day))) left--;
  }
  return dayKey(day);
}
