/**
 * An exam request as an RFC 5545 calendar file, in local time like a
 * booking's: TENTATIVE while pending, CONFIRMED, or CANCELLED once declined
 * or cancelled.
 */
import { icsCalendar } from '../bookings/ics-calendar.ts';
import { pickText } from '../feed.ts';
import type { ExamRequest } from './model.ts';

const STATUS: Record<ExamRequest['status'], 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED'> = {
  pending: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  declined: 'CANCELLED',
  cancelled: 'CANCELLED',
} as const;

/** `Tentamen: MA1234 Linjär algebra`. */
export function examTitle(request: ExamRequest): string {
  return `Tentamen: ${[request.courseCode, request.courseName].filter(Boolean).join(' ')}`;
}

/** The centre and its address. */
export function examPlace(request: ExamRequest): string {
  return [pickText(request.snapshot.name, 'sv', 'sv'), request.snapshot.address]
    .filter(Boolean)
    .join(', ');
}

export function examIcs(request: ExamRequest, timeZone: string): string {
  return icsCalendar(
    {
      uid: `${request.id}@lc-booking-exam`,
      stampMs: request.cancelledMs ?? request.decidedMs ?? request.createdMs,
      sequence: request.status === 'pending' ? 0 : 1,
      startMs: request.startMs,
      endMs: request.endMs,
      summary: examTitle(request),
      location: examPlace(request),
      description: `${request.university}. Referens / Reference: ${request.id}`,
      status: STATUS[request.status],
    },
    timeZone,
  );
}
