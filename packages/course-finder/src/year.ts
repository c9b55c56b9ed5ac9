/** The year it is in the feed's time zone, so dates in another year can say theirs. */

const formats = new Map<string, Intl.DateTimeFormat>();

/** The year at `now` in `timeZone`, as four digits ("2026"). */
export function yearIn(now: Date, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' });
    formats.set(timeZone, format);
  }
  return format.format(now);
}

/** True when a feed date or date-time (`2027-01-15…`) is in another year than `now`. */
export function inOtherYear(value: string, now: Date, timeZone: string): boolean {
  return value.slice(0, 4) !== yearIn(now, timeZone);
}
