/**
 * One event in one calendar file, as bookings and exam requests both write
 * it: METHOD:PUBLISH, local times with TZID and a VTIMEZONE (UTC times in a
 * UTC service), escaping, folding and CRLF by the feed's ICS helpers.
 */
import {
  escapeIcsText,
  icsUtc,
  icsWall,
  instantMsToWallMs,
  joinIcsLines,
  vtimezoneLines,
} from '../feed.ts';

export const ICS_PRODID = '-//Learning Centre Widgets//lc-booking//EN';

export interface IcsEvent {
  uid: string;
  /** When the event last changed. */
  stampMs: number;
  sequence: number;
  startMs: number;
  endMs: number;
  summary: string;
  location: string;
  description: string;
  status: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
}

export function icsCalendar(event: IcsEvent, timeZone: string): string {
  const year = new Date(event.startMs).getUTCFullYear();
  const utc = timeZone === 'UTC' || timeZone === 'Etc/UTC';
  const time = (ms: number) =>
    utc ? `:${icsUtc(ms)}` : `;TZID=${timeZone}:${icsWall(instantMsToWallMs(ms, timeZone))}`;
  return joinIcsLines([
    'BEGIN:VCALENDAR',
    `PRODID:${ICS_PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(utc ? [] : vtimezoneLines(timeZone, year, year)),
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsUtc(event.stampMs)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTART${time(event.startMs)}`,
    `DTEND${time(event.endMs)}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    `LOCATION:${escapeIcsText(event.location)}`,
    `DESCRIPTION:${escapeIcsText(event.description)}`,
    `STATUS:${event.status}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}
