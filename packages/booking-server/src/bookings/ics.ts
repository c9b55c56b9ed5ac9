/**
 * A booking as an RFC 5545 calendar file, with local times (TZID and a
 * VTIMEZONE) so calendars show 09:00 as 09:00; written with the feed's ICS
 * helpers (escaping, 75-octet folding, CRLF).
 */
import {
  escapeIcsText,
  icsUtc,
  icsWall,
  instantMsToWallMs,
  joinIcsLines,
  pickText,
  vtimezoneLines,
} from '../feed.ts';
import { MESSAGES } from '../messages.ts';
import type { Booking } from './model.ts';

export const ICS_PRODID = '-//Learning Centre Widgets//lc-booking//EN';

/** The place line of a booking: the centre and its address on site, else how the meeting happens. */
export function placeText(booking: Booking): string {
  const centre = pickText(booking.snapshot.centre.name, booking.language, 'sv');
  if (booking.mode !== 'on-site') {
    return `${MESSAGES.sv.mode[booking.mode]} / ${MESSAGES.en.mode[booking.mode]} (${centre})`;
  }
  return [centre, booking.snapshot.centre.address].filter(Boolean).join(', ');
}

/** The service's name in the meeting's language, else Swedish, else any. */
export function serviceText(booking: Booking): string {
  return pickText(booking.snapshot.service.name, booking.language, 'sv');
}

/** An iCalendar file (METHOD:PUBLISH) with the booking as one VEVENT; STATUS:CANCELLED once cancelled. */
export function bookingIcs(booking: Booking, timeZone: string): string {
  const year = new Date(booking.startMs).getUTCFullYear();
  const local = (ms: number) => `;TZID=${timeZone}:${icsWall(instantMsToWallMs(ms, timeZone))}`;
  const utc = timeZone === 'UTC' || timeZone === 'Etc/UTC';
  const time = (ms: number) => (utc ? `:${icsUtc(ms)}` : local(ms));
  const cancelled = booking.status === 'cancelled';
  const description = [
    `${MESSAGES.sv.how[booking.mode]} ${MESSAGES.sv.reference}: ${booking.id}`,
    `${MESSAGES.en.how[booking.mode]} ${MESSAGES.en.reference}: ${booking.id}`,
  ].join('\n\n');
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${ICS_PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(utc ? [] : vtimezoneLines(timeZone, year, year)),
    'BEGIN:VEVENT',
    `UID:${booking.id}@lc-booking`,
    `DTSTAMP:${icsUtc(booking.cancelledMs ?? booking.createdMs)}`,
    `SEQUENCE:${cancelled ? 1 : 0}`,
    `DTSTART${time(booking.startMs)}`,
    `DTEND${time(booking.endMs)}`,
    `SUMMARY:${escapeIcsText(`${cancelled ? `${MESSAGES.sv.cancelled}: ` : ''}${serviceText(booking)}`)}`,
    `LOCATION:${escapeIcsText(placeText(booking))}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return joinIcsLines(lines);
}
