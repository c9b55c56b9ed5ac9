/**
 * Slots and bookings as the protocol shows them (docs/booking-protocol.md).
 * Counsellors never appear: who takes a meeting is the centre's business.
 */
import type { Booking } from '../bookings/model.ts';
import type { ExamRequest } from '../exams/model.ts';
import type { Slot } from '../slots/schedule.ts';
import { isoInZone } from '../time.ts';

export function slotJson(slot: Slot, timeZone: string) {
  return {
    id: slot.id,
    start: isoInZone(slot.startMs, timeZone),
    end: isoInZone(slot.endMs, timeZone),
    service: slot.service,
    centre: slot.centre,
    mode: slot.mode,
    language: slot.language,
  };
}

export function bookingJson(booking: Booking, timeZone: string) {
  return {
    id: booking.id,
    status: booking.status,
    slotId: booking.slotId,
    start: isoInZone(booking.startMs, timeZone),
    end: isoInZone(booking.endMs, timeZone),
    service: booking.service,
    centre: booking.centre,
    mode: booking.mode,
    language: booking.language,
    serviceName: booking.snapshot.service.name,
    centreName: booking.snapshot.centre.name,
    ...(booking.snapshot.centre.address && { address: booking.snapshot.centre.address }),
    ...(booking.snapshot.room && { roomName: booking.snapshot.room.name }),
    ...(booking.name !== undefined && { name: booking.name }),
    ...(booking.email !== undefined && { email: booking.email }),
    ...(booking.phone !== undefined && { phone: booking.phone }),
    ...(booking.message !== undefined && { message: booking.message }),
    createdAt: new Date(booking.createdMs).toISOString(),
    ...(booking.cancelledMs !== undefined && {
      cancelledAt: new Date(booking.cancelledMs).toISOString(),
    }),
  };
}

/** An exam request as the protocol shows it to the student who made it. */
export function examRequestJson(request: ExamRequest, timeZone: string) {
  return {
    id: request.id,
    status: request.status,
    centre: request.centre,
    centreName: request.snapshot.name,
    ...(request.snapshot.address && { address: request.snapshot.address }),
    date: request.date,
    start: isoInZone(request.startMs, timeZone),
    end: isoInZone(request.endMs, timeZone),
    minutes: Math.round((request.endMs - request.startMs) / 60_000),
    university: request.university,
    ...(request.provider !== undefined && { provider: request.provider }),
    ...(request.courseCode !== undefined && { courseCode: request.courseCode }),
    courseName: request.courseName,
    support: request.support,
    ...(request.supportNote !== undefined && { supportNote: request.supportNote }),
    ...(request.name !== undefined && { name: request.name }),
    ...(request.email !== undefined && { email: request.email }),
    ...(request.phone !== undefined && { phone: request.phone }),
    ...(request.municipality !== undefined && { municipality: request.municipality }),
    fee: request.fee ?? null,
    examEmail: request.examEmail,
    ...(request.declineReason !== undefined && { declineReason: request.declineReason }),
    createdAt: new Date(request.createdMs).toISOString(),
    ...(request.decidedMs !== undefined && {
      decidedAt: new Date(request.decidedMs).toISOString(),
    }),
    ...(request.cancelledMs !== undefined && {
      cancelledAt: new Date(request.cancelledMs).toISOString(),
    }),
  };
}
