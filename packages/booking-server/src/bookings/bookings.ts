/**
 * Confirming, reading and cancelling bookings.
 */
import type { Db, Queryable } from '../db/db.ts';
import { constraintOf, sqlState } from '../db/db.ts';
import { parseSlotId } from '../slots/slot-id.ts';
import {
  BOOKING_COLUMNS,
  type Booking,
  type StoredBooking,
  rowToBooking,
  rowToHold,
} from './model.ts';
import { type BookingRequest, type FieldError, canonicalRequest, modeErrors } from './request.ts';
import {
  hashToken,
  newCancelToken,
  requestHash,
  sealToken,
  tokenMatches,
  unsealToken,
} from './tokens.ts';

export type ConfirmResult =
  /** Booked now. */
  | { kind: 'created'; booking: Booking; cancelToken: string }
  /** The same request was made before: the booking as it is now, and the same token. */
  | { kind: 'replayed'; booking: Booking; cancelToken: string }
  /** This booking id was used for a different request. */
  | { kind: 'conflict' }
  /** The hold has expired, was released or used, or never existed. */
  | { kind: 'hold-gone' }
  /** The request cannot be carried out in the held slot's mode. */
  | { kind: 'invalid'; errors: FieldError[] }
  /** The database refused a second booking of the counsellor's time (only after a configuration change). */
  | { kind: 'taken' };

/**
 * Turns a hold into a booking under a client-chosen id, idempotently: the
 * first request with an id books; the same request again gets the same result
 * (the booking as it now is, and the same cancel token); a different request
 * with that id gets `conflict`. Concurrent identical requests are safe: the
 * hold row is locked, so the second waits, finds the hold used and the booking
 * made, and replays.
 */
export async function confirmBooking(
  db: Db,
  bookingId: string,
  request: BookingRequest,
  nowMs: number,
): Promise<ConfirmResult> {
  const canonical = canonicalRequest(request);
  const hash = requestHash(canonical);
  const replay = (stored: StoredBooking): ConfirmResult => {
    if (stored.requestHash !== hash) return { kind: 'conflict' };
    const cancelToken = unsealToken(stored.sealedToken, canonical, bookingId);
    if (cancelToken === undefined) return { kind: 'conflict' };
    return { kind: 'replayed', booking: publicPart(stored), cancelToken };
  };
  try {
    return await db.transaction(async (tx): Promise<ConfirmResult> => {
      const existing = await findStored(tx, bookingId);
      if (existing) return replay(existing);
      const { rows } = await tx.query(
        'SELECT id, slot_id, counsellor_id, starts_at, ends_at, expires_at, snapshot FROM holds WHERE id = $1 FOR UPDATE',
        [request.holdId],
      );
      const hold = rows[0] && rowToHold(rows[0]);
      if (!hold || hold.expiresMs <= nowMs) {
        // An identical request may have used this hold a moment ago: look again.
        const again = await findStored(tx, bookingId);
        return again ? replay(again) : { kind: 'hold-gone' };
      }
      const { mode, language } = parseSlotId(hold.slotId)!;
      const errors = modeErrors(request, mode);
      if (errors.length > 0) return { kind: 'invalid', errors };

      const cancelToken = newCancelToken();
      await tx.query('DELETE FROM holds WHERE id = $1', [hold.id]);
      const inserted = await tx.query(
        `INSERT INTO bookings (id, status, slot_id, counsellor_id, service_id, centre_id, mode, language,
           starts_at, ends_at, snapshot, name, email, phone, message, request_hash, cancel_token_hash,
           sealed_token, created_at)
         VALUES ($1, 'confirmed', $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, $14, $15, $16, $17, $18)
         RETURNING ${BOOKING_COLUMNS}`,
        [
          bookingId,
          hold.slotId,
          hold.counsellor,
          hold.snapshot.service.id,
          hold.snapshot.centre.id,
          mode,
          language,
          new Date(hold.startMs),
          new Date(hold.endMs),
          JSON.stringify(hold.snapshot),
          request.name,
          request.email ?? null,
          request.phone ?? null,
          request.message ?? null,
          hash,
          hashToken(cancelToken),
          sealToken(cancelToken, canonical, bookingId),
          new Date(nowMs),
        ],
      );
      return { kind: 'created', booking: publicPart(rowToBooking(inserted.rows[0])), cancelToken };
    });
  } catch (error) {
    const state = sqlState(error);
    if (state === '23505' && constraintOf(error) === 'bookings_pkey') {
      // Another request took this id while ours ran: same request, or not?
      const stored = await findStored(db, bookingId);
      if (stored) return replay(stored);
    }
    if (state === '23P01') return { kind: 'taken' };
    throw error;
  }
}

/**
 * The booking with this id, if `token` is its cancel token; undefined both
 * when there is no such booking and when the token is wrong, after the same
 * work, so a caller cannot tell the two apart.
 */
export async function findAuthorized(
  db: Queryable,
  bookingId: string,
  token: string,
): Promise<Booking | undefined> {
  const stored = await findStored(db, bookingId);
  return tokenMatches(token, stored?.cancelTokenHash) ? publicPart(stored!) : undefined;
}

export type CancelResult = 'cancelled' | 'not-found' | 'too-late';

/**
 * Cancels a booking whose cancel token is `token` (undefined: staff, no token
 * needed). Its personal data is erased at once; the time is free again. A
 * booking already cancelled stays so (`cancelled`); one that has started
 * cannot be (`too-late`).
 */
export async function cancelBooking(
  db: Db,
  bookingId: string,
  token: string | undefined,
  nowMs: number,
): Promise<CancelResult> {
  return db.transaction(async (tx) => {
    const stored = await findStored(tx, bookingId, true);
    if (token !== undefined ? !tokenMatches(token, stored?.cancelTokenHash) : !stored)
      return 'not-found';
    if (stored!.status === 'cancelled') return 'cancelled';
    if (stored!.startMs <= nowMs) return 'too-late';
    await tx.query(
      `UPDATE bookings SET status = 'cancelled', cancelled_at = $2,
         name = NULL, email = NULL, phone = NULL, message = NULL
       WHERE id = $1`,
      [bookingId, new Date(nowMs)],
    );
    return 'cancelled';
  });
}

/** A booking by id with its secrets, for the service's own use. */
export async function findStored(
  q: Queryable,
  bookingId: string,
  forUpdate = false,
): Promise<StoredBooking | undefined> {
  const { rows } = await q.query(
    `SELECT ${BOOKING_COLUMNS} FROM bookings WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [bookingId],
  );
  return rows[0] && rowToBooking(rows[0]);
}

/** The booking without the service's secrets. */
export function publicPart(stored: StoredBooking): Booking {
  const { requestHash: _r, cancelTokenHash: _c, sealedToken: _s, ...booking } = stored;
  return booking;
}
