/**
 * The small pieces of the exam rules said the reader's way, through `Intl`:
 * a feed time ('08:00'), a fee, and the weekdays exams are written on as
 * ranges ("måndag–fredag") rather than five names. No DOM.
 */
import { formatList, formatNumber, formatTime, formatWeekday } from '@learning-centre/core';
import type { ExamFee, Weekday } from '@learning-centre/feed/widget';

const WEEK: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** A feed time ('HH:MM') as the language writes it: "08:00" / "8:00 AM"; '24:00' stays as it is. */
export function clockTime(time: string, lang: string): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  if (!(hours < 24)) return time;
  return formatTime(Date.UTC(2024, 0, 1, hours, minutes), { lang, timeZone: 'UTC' }) || time;
}

/** An amount of money: "500 kr" / "SEK 500"; decimals only when the amount has them. */
export function formatAmount(fee: Pick<ExamFee, 'amount' | 'currency'>, lang: string): string {
  const digits = Number.isInteger(fee.amount) ? 0 : 2;
  try {
    return formatNumber(fee.amount, lang, {
      style: 'currency',
      currency: fee.currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  } catch {
    // An unknown currency code: the number and the code.
    return `${formatNumber(fee.amount, lang)} ${fee.currency}`;
  }
}

/**
 * The weekdays in week order as runs of consecutive days: `['mo'…'fr', 'su']`
 * gives `[['mo', 'fr'], ['su', 'su']]`.
 */
export function weekdayRuns(days: readonly Weekday[]): [Weekday, Weekday][] {
  const runs: [Weekday, Weekday][] = [];
  let previous = -2;
  for (const [index, day] of WEEK.entries()) {
    if (!days.includes(day)) continue;
    const last = runs.at(-1);
    if (last && index === previous + 1) last[1] = day;
    else runs.push([day, day]);
    previous = index;
  }
  return runs;
}

/**
 * The weekdays said briefly: three or more in a row as a range
 * ("måndag–fredag" / "Monday to Friday"), the rest by name, as a list.
 * @param range fills `{from}` and `{to}` of a range
 */
export function formatWeekdays(
  days: readonly Weekday[],
  lang: string,
  range: (from: string, to: string) => string,
): string {
  const names: string[] = [];
  for (const [from, to] of weekdayRuns(days)) {
    const length = WEEK.indexOf(to) - WEEK.indexOf(from) + 1;
    if (length >= 3) names.push(range(formatWeekday(from, lang), formatWeekday(to, lang)));
    else
      for (const day of WEEK.slice(WEEK.indexOf(from), WEEK.indexOf(to) + 1))
        names.push(formatWeekday(day, lang));
  }
  return formatList(names, lang);
}
