/**
 * Reading many bookings at once: busy time for availability, day lists and
 * exports for staff, and the purge.
 */
import { DAY_MS } from '../feed.ts';
import type { Db, Queryable } from '../db/db.ts';
import type { Busy } from '../slots/availability.ts';
import { BOOKING_COLUMNS, type Booking, rowToBooking } from './model.ts';
import { publicPart } from './bookings.ts';

/** Counsellor time taken between two instants by confirmed bookings and unexpired holds. */
export async function busyBetween(
  q: Queryable,
  fromMs: number,
  toMs: number,
  nowMs: number,
): Promise<Busy[]> {
  const { rows } = await q.query<{ counsellor_id: string; starts_at: Date; ends_at: Date }>(
    `SELECT counsellor_id, starts_at, ends_at FROM bookings
       WHERE status = 'confirmed' AND starts_at < $2 AND ends_at > $1
     UNION ALL
     SELECT counsellor_id, starts_at, ends_at FROM holds
       WHERE expires_at > $3 AND starts_at < $2 AND ends_at > $1`,
    [new Date(fromMs), new Date(toMs), new Date(nowMs)],
  );
  return rows.map((row) => ({
    counsellor: row.counsellor_id,
    startMs: new Date(row.starts_at).getTime(),
    endMs: new Date(row.ends_at).getTime(),
  }));
}

export interface ListOptions {
  /** Bookings starting at or after this instant … */
  fromMs: number;
  /** … and before this one. */
  toMs: number;
  centre?: string;
  /** Include cancelled bookings (their personal data is already erased). */
  includeCancelled?: boolean;
}

/** Bookings by start time, with personal data: for staff tools only. */
export async function listBookings(q: Queryable, options: ListOptions): Promise<Booking[]> {
  const { rows } = await q.query(
    `SELECT ${BOOKING_COLUMNS} FROM bookings
       WHERE starts_at >= $1 AND starts_at < $2
         AND ($3::text IS NULL OR centre_id = $3)
         AND ($4::boolean OR status = 'confirmed')
       ORDER BY starts_at, centre_id, id`,
    [
      new Date(options.fromMs),
      new Date(options.toMs),
      options.centre ?? null,
      options.includeCancelled ?? false,
    ],
  );
  return rows.map((row) => publicPart(rowToBooking(row)));
}

/** How many rows a purge deleted. */
export interface PurgeResult {
  bookings: number;
  holds: number;
}

/**
 * Deletes bookings whose meeting ended more than `afterDays` days before
 * `nowMs` (confirmed or cancelled: the whole row, personal data and all), and
 * expired holds.
 */
export async function purge(db: Db, nowMs: number, afterDays: number): Promise<PurgeResult> {
  return db.transaction(async (tx) => {
    const bookings = await tx.query('DELETE FROM bookings WHERE ends_at < $1', [
      new Date(nowMs - afterDays * DAY_MS),
    ]);
    const holds = await tx.query('DELETE FROM holds WHERE expires_at <= $1', [new Date(nowMs)]);
    return { bookings: bookings.rowCount, holds: holds.rowCount };
  });
}
