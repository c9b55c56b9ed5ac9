/**
 * ical.js times as instants and feed values. A TZID with a VTIMEZONE in the
 * file is ical.js's to resolve (Outlook's "W. Europe Standard Time" included);
 * a TZID without one is read as an IANA zone through Intl; a floating time is
 * read on the feed's own wall clock.
 */
import ICAL from 'ical.js';
import { dayKey, dayNumber, wallMs } from '../time/civil.ts';
import { isKnownTimeZone, wallMsToInstantMs, zonedDayStartMs } from '../time/zone.ts';
import { feedDateTime } from './feed-time.ts';

/** One date or date-time value of a property, with the zone it was written in. */
export interface IcalValue {
  time: ICAL.Time;
  /** The property's TZID parameter, if any. */
  tzid?: string;
}

/** Every value of every `name` property of a component (EXDATE and RDATE may repeat and list several). */
export function valuesOf(component: ICAL.Component, name: string): IcalValue[] {
  return component.getAllProperties(name).flatMap((property) => {
    const tzid = (property.getParameter('tzid') as string | undefined) ?? undefined;
    return property.getValues().map((value) => {
      // RDATE may be a PERIOD: its start is the occurrence.
      const time = (value as { start?: ICAL.Time }).start ?? (value as ICAL.Time);
      return { time, tzid };
    });
  });
}

/**
 * The instant of a date-time value.
 * @throws Error when it names a zone that neither the file nor Intl knows
 */
export function instantOf({ time, tzid }: IcalValue, feedZone: string): number {
  const zone = time.zone?.tzid;
  if (zone === 'UTC' || zone === 'Z' || zone === 'GMT') return wallOf(time);
  if (zone && zone !== 'floating' && zone !== 'localtime') {
    const ms = time.toUnixTime() * 1000;
    if (!Number.isFinite(ms))
      throw new Error(`${time.toString()} cannot be placed in time zone "${zone}"`);
    return ms;
  }
  if (tzid) {
    if (!isKnownTimeZone(tzid))
      throw new Error(`time zone "${tzid}" has no VTIMEZONE in the file and is not an IANA zone`);
    return wallMsToInstantMs(wallOf(time), tzid);
  }
  return wallMsToInstantMs(wallOf(time), feedZone);
}

/** A DATE value as `YYYY-MM-DD`. */
export function dateOf(time: ICAL.Time): string {
  return dayKey(dayNumber(time.year, time.month, time.day));
}

/**
 * A value as the feed writes an occurrence of an event: a date-time in the
 * feed's zone. A DATE becomes the start of that day for an all-day series, and
 * that day at the series' time of day (`start`) for a timed one.
 */
export function feedInstant(value: IcalValue, feedZone: string, start?: IcalValue): string {
  const { time } = value;
  if (!time.isDate) return feedDateTime(instantOf(value, feedZone), feedZone);
  if (!start || start.time.isDate)
    return feedDateTime(
      zonedDayStartMs(dayNumber(time.year, time.month, time.day), feedZone),
      feedZone,
    );
  const { hour, minute, second } = start.time;
  const at = ICAL.Time.fromData(
    { year: time.year, month: time.month, day: time.day, hour, minute, second, isDate: false },
    start.time.zone,
  );
  return feedDateTime(instantOf({ time: at, tzid: start.tzid }, feedZone), feedZone);
}

/** The wall-clock reading of a time as milliseconds (see `wallMs`). */
function wallOf(time: ICAL.Time): number {
  return wallMs({
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
  });
}
