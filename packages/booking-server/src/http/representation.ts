/**
 * Slots and bookings as the protocol shows them (docs/booking-protocol.md).
 * Counsellors never appear: who takes a meeting is the centre's business.
 */
import type { Booking } from '../bookings/model.ts';
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
