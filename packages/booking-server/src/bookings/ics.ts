/**
 * A booking as an RFC 5545 calendar file, with local times (TZID and a
 * VTIMEZONE) so calendars show 09:00 as 09:00; written with the feed's ICS
 * helpers (escaping, 75-octet folding, CRLF).
 */
import { pickText } from '../feed.ts';
import { MESSAGES } from '../messages.ts';
import { icsCalendar } from './ics-calendar.ts';
import type { Booking } from './model.ts';

export { ICS_PRODID } from './ics-calendar.ts';

/** The place line of a booking: the centre and its address on site, else how the meeting happens. */
export function placeText(booking: Booking): string {
  const centre = pickText(booking.snapshot.centre.name, booking.language, 'sv');
  if (booking.mode !== 'on-site') {
    return `${MESSAGES.sv.mode[booking.mode]} / ${MESSAGES.en.mode[booking.mode]} (${centre})`;
  }
  const room = booking.snapshot.room && pickText(booking.snapshot.room.name, 'sv', 'sv');
  return [centre, room, booking.snapshot.centre.address].filter(Boolean).join(', ');
}

/** The service's name in the meeting's language, else Swedish, else any. */
export function serviceText(booking: Booking): string {
  return pickText(booking.snapshot.service.name, booking.language, 'sv');
}

/** An iCalendar file (METHOD:PUBLISH) with the booking as one VEVENT; STATUS:CANCELLED once cancelled. */
export function bookingIcs(booking: Booking, timeZone: string): string {
  const cancelled = booking.status === 'cancelled';
  return icsCalendar(
    {
      uid: `${booking.id}@lc-booking`,
      stampMs: booking.cancelledMs ?? booking.createdMs,
      sequence: cancelled ? 1 : 0,
      startMs: booking.startMs,
      endMs: booking.endMs,
      summary: `${cancelled ? `${MESSAGES.sv.cancelled}: ` : ''}${serviceText(booking)}`,
      location: placeText(booking),
      description: [
        `${MESSAGES.sv.how[booking.mode]} ${MESSAGES.sv.reference}: ${booking.id}`,
        `${MESSAGES.en.how[booking.mode]} ${MESSAGES.en.reference}: ${booking.id}`,
      ].join('\n\n'),
      status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    },
    timeZone,
  );
}
