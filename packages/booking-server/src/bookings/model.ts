/**
 * Holds and bookings as the service sees them, and how database rows become them.
 */
import type { LocalizedText } from '../feed.ts';
import type { BookingConfig, GuidanceMode } from '../config/model.ts';
import type { Slot } from '../slots/schedule.ts';
import { jsonOf, msOf, textOf } from '../db/rows.ts';

/** What a slot meant when it was held: copied into the booking, which keeps it whatever the configuration later says. */
export interface SlotSnapshot {
  service: { id: string; name: LocalizedText; duration: number };
  centre: { id: string; name: LocalizedText; address?: string };
  /** For a room booking: which room. */
  room?: { id: string; name: LocalizedText };
}

/** A lease on one counsellor's time for one slot. */
export interface Hold {
  id: string;
  slotId: string;
  counsellor: string;
  startMs: number;
  endMs: number;
  expiresMs: number;
  snapshot: SlotSnapshot;
}

export type BookingStatus = 'confirmed' | 'cancelled';

export interface Booking {
  id: string;
  status: BookingStatus;
  slotId: string;
  /** Staff-facing; never in an API response. */
  counsellor: string;
  service: string;
  centre: string;
  mode: GuidanceMode;
  language: string;
  startMs: number;
  endMs: number;
  snapshot: SlotSnapshot;
  /** Personal data: absent once the booking is cancelled. */
  name?: string;
  email?: string;
  phone?: string;
  message?: string;
  createdMs: number;
  cancelledMs?: number;
}

/** A booking row with what only the service may see. */
export interface StoredBooking extends Booking {
  requestHash: string;
  cancelTokenHash: string;
  sealedToken: string;
}

/** The snapshot of a slot under the current configuration, taken by `resource` (a counsellor or a room). */
export function snapshotOf(config: BookingConfig, slot: Slot, resource?: string): SlotSnapshot {
  const service = config.services.get(slot.service)!;
  const centre = config.centres.get(slot.centre)!;
  const room =
    resource === undefined ? undefined : config.counsellors.find((c) => c.id === resource)?.room;
  return {
    ...(room && { room: { id: resource!, name: room.name } }),
    service: { id: service.id, name: service.name, duration: service.duration },
    centre: {
      id: centre.id,
      name: centre.name,
      ...(centre.address && { address: centre.address }),
    },
  };
}

const ms = msOf;
const text = textOf;

/** Columns `rowToBooking` reads. */
export const BOOKING_COLUMNS = `id, status, slot_id, counsellor_id, service_id, centre_id, mode, language,
  starts_at, ends_at, snapshot, name, email, phone, message, request_hash, cancel_token_hash,
  sealed_token, created_at, cancelled_at`;

export function rowToBooking(row: Record<string, unknown>): StoredBooking {
  return {
    id: String(row.id),
    status: row.status as BookingStatus,
    slotId: String(row.slot_id),
    counsellor: String(row.counsellor_id),
    service: String(row.service_id),
    centre: String(row.centre_id),
    mode: row.mode as GuidanceMode,
    language: String(row.language),
    startMs: ms(row.starts_at),
    endMs: ms(row.ends_at),
    snapshot: jsonOf(row.snapshot) as SlotSnapshot,
    name: text(row.name),
    email: text(row.email),
    phone: text(row.phone),
    message: text(row.message),
    createdMs: ms(row.created_at),
    cancelledMs: row.cancelled_at == null ? undefined : ms(row.cancelled_at),
    requestHash: String(row.request_hash),
    cancelTokenHash: String(row.cancel_token_hash),
    sealedToken: String(row.sealed_token),
  };
}

/** Columns `rowToHold` reads. */
export const HOLD_COLUMNS = 'id, slot_id, counsellor_id, starts_at, ends_at, expires_at, snapshot';

export function rowToHold(row: Record<string, unknown>): Hold {
  return {
    id: String(row.id),
    slotId: String(row.slot_id),
    counsellor: String(row.counsellor_id),
    startMs: ms(row.starts_at),
    endMs: ms(row.ends_at),
    expiresMs: ms(row.expires_at),
    snapshot: jsonOf(row.snapshot) as SlotSnapshot,
  };
}
