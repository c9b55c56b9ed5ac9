/**
 * A calendar's RRULE in the feed's subset (FREQ DAILY, WEEKLY or MONTHLY;
 * INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, WKST), where an equivalent one
 * exists: a yearly rule on one month is every twelfth month, Outlook's
 * "last Friday" (`BYDAY=FR;BYSETPOS=-1`) is `BYDAY=-1FR`, a BYHOUR that only
 * repeats DTSTART's hour says nothing. Anything else is reported unsupported
 * (the importer then lists the occurrences instead).
 */
import type ICAL from 'ical.js';
import { type IcalValue, instantOf } from './ical-time.ts';
import { RRULE_PATTERN } from '../schema/feed-definition.ts';
import { pad } from '../time/civil.ts';

export type RuleConversion = { rrule: string } | { unsupported: string };

const KEPT = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'WKST'];

/** The feed's RRULE for `recur`, whose series starts at `start`. */
export function feedRule(recur: ICAL.Recur, start: IcalValue, feedZone: string): RuleConversion {
  const parts = new Map(
    recur
      .toString()
      .split(';')
      .map((part) => part.split('=') as [string, string]),
  );
  const unsupported = (why: string): RuleConversion => ({
    unsupported: `${recur.toString()}: ${why}`,
  });
  const time = start.time;

  for (const [name, value] of [
    ['BYHOUR', time.hour],
    ['BYMINUTE', time.minute],
    ['BYSECOND', time.second],
  ] as const) {
    const given = parts.get(name);
    if (given === undefined) continue;
    if (given !== String(value)) return unsupported(`${name} (several times a day)`);
    parts.delete(name);
  }
  for (const name of ['BYYEARDAY', 'BYWEEKNO']) if (parts.has(name)) return unsupported(name);

  const freq = parts.get('FREQ');
  if (freq === 'YEARLY') {
    const month = parts.get('BYMONTH');
    if (month !== undefined && month !== String(time.month))
      return unsupported("BYMONTH other than the first occurrence's month");
    // Without BYMONTH, a yearly BYDAY or BYMONTHDAY means days in every month of the year.
    if (month === undefined && (parts.has('BYDAY') || parts.has('BYMONTHDAY')))
      return unsupported('BYDAY or BYMONTHDAY in a yearly rule without BYMONTH');
    parts.delete('BYMONTH');
    parts.set('FREQ', 'MONTHLY');
    parts.set('INTERVAL', String(12 * Number(parts.get('INTERVAL') ?? 1)));
  } else if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY') {
    return unsupported(`FREQ=${freq}`);
  }
  if (parts.has('BYMONTH')) return unsupported('BYMONTH');

  const setpos = parts.get('BYSETPOS');
  if (setpos !== undefined) {
    const byday = parts.get('BYDAY');
    if (
      parts.get('FREQ') !== 'MONTHLY' ||
      !/^-?[1-5]$/.test(setpos) ||
      !byday ||
      !/^(MO|TU|WE|TH|FR|SA|SU)$/.test(byday)
    )
      return unsupported('BYSETPOS');
    parts.set('BYDAY', `${setpos}${byday}`);
    parts.delete('BYSETPOS');
  }
  if (parts.get('INTERVAL') === '1') parts.delete('INTERVAL');

  const until = parts.get('UNTIL');
  if (until !== undefined && recur.until) {
    if (recur.until.isDate) parts.set('UNTIL', until.slice(0, 8));
    else if (!until.endsWith('Z')) {
      // A floating UNTIL is in DTSTART's zone (RFC 5545 §3.3.10): write it as UTC.
      const ms = instantOf({ time: recur.until, tzid: start.tzid }, feedZone);
      parts.set('UNTIL', utcStamp(ms));
    }
  }
  for (const name of parts.keys()) if (!KEPT.includes(name)) return unsupported(name);
  const rrule = [...parts].map(([name, value]) => `${name}=${value}`).join(';');
  return RRULE_PATTERN.test(rrule) ? { rrule } : unsupported('outside the rules a feed can hold');
}

function utcStamp(ms: number): string {
  const d = new Date(ms);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}` +
    `T${pad(d.getUTCHours(), 2)}${pad(d.getUTCMinutes(), 2)}${pad(d.getUTCSeconds(), 2)}Z`
  );
}
