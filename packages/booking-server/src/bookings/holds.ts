/**
 * Placing and releasing holds: short leases that reserve a counsellor's time
 * while a person fills in the booking form.
 */
import { randomUUID } from 'node:crypto';
import type { BookingConfig } from '../config/model.ts';
import type { Db } from '../db/db.ts';
import { findSlot } from '../slots/availability.ts';
import type { Slot } from '../slots/schedule.ts';
import { type Hold, snapshotOf } from './model.ts';

export type HoldResult =
  | { ok: true; hold: Hold; slot: Slot }
  /** `no-such-slot`: the configuration does not offer it now (unknown, past, too soon, too far ahead). */
  | { ok: false; reason: 'no-such-slot' | 'taken' };

/**
 * Holds a slot for `config.holdMs`: tries each of the slot's counsellors in
 * turn and leases the first one free. Race-free without any check in
 * JavaScript: the insert succeeds only if the holds table's exclusion
 * constraint allows it (concurrent inserts wait for each other and all but one
 * do nothing), expired leases on the same time are deleted first in the same
 * transaction, and a confirmed booking found afterwards (its transaction would
 * have had to commit before ours could insert) gives the lease back.
 */
export async function placeHold(
  db: Db,
  config: BookingConfig,
  slotId: string,
  nowMs: number,
): Promise<HoldResult> {
  const slot = findSlot(config, slotId, nowMs);
  if (!slot) return { ok: false, reason: 'no-such-slot' };
  const id = randomUUID();
  const now = new Date(nowMs);
  const start = new Date(slot.startMs);
  const end = new Date(slot.endMs);
  const expires = new Date(nowMs + config.holdMs);
  const counsellor = await db.transaction(async (tx) => {
    // Skip counsellors already taken (a shortcut only: the constraint decides).
    const { rows } = await tx.query<{ counsellor_id: string }>(
      `SELECT counsellor_id FROM bookings WHERE status = 'confirmed' AND counsellor_id = ANY($1::text[])
         AND tstzrange(starts_at, ends_at) && tstzrange($2::timestamptz, $3::timestamptz)
       UNION
       SELECT counsellor_id FROM holds WHERE expires_at > $4 AND counsellor_id = ANY($1::text[])
         AND tstzrange(starts_at, ends_at) && tstzrange($2::timestamptz, $3::timestamptz)`,
      [slot.counsellors, start, end, now],
    );
    const taken = new Set(rows.map((row) => row.counsellor_id));
    for (const counsellor of slot.counsellors.filter((c) => !taken.has(c))) {
      await tx.query(
        `DELETE FROM holds WHERE counsellor_id = $1 AND expires_at <= $2
           AND tstzrange(starts_at, ends_at) && tstzrange($3::timestamptz, $4::timestamptz)`,
        [counsellor, now, start, end],
      );
      const inserted = await tx.query(
        `INSERT INTO holds (id, slot_id, counsellor_id, starts_at, ends_at, expires_at, snapshot, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)
         ON CONFLICT DO NOTHING RETURNING id`,
        [
          id,
          slot.id,
          counsellor,
          start,
          end,
          expires,
          JSON.stringify(snapshotOf(config, slot, counsellor)),
          now,
        ],
      );
      if (inserted.rows.length === 0) continue;
      const booked = await tx.query(
        `SELECT 1 FROM bookings WHERE counsellor_id = $1 AND status = 'confirmed'
           AND tstzrange(starts_at, ends_at) && tstzrange($2::timestamptz, $3::timestamptz) LIMIT 1`,
        [counsellor, start, end],
      );
      if (booked.rows.length === 0) return counsellor;
      await tx.query('DELETE FROM holds WHERE id = $1', [id]);
    }
    return undefined;
  });
  if (counsellor === undefined) return { ok: false, reason: 'taken' };
  const hold: Hold = {
    id,
    slotId: slot.id,
    counsellor,
    startMs: slot.startMs,
    endMs: slot.endMs,
    expiresMs: expires.getTime(),
    snapshot: snapshotOf(config, slot, counsellor),
  };
  return { ok: true, hold, slot };
}

/** Gives a hold back before it expires (nothing happens when there is none). */
export async function releaseHold(db: Db, holdId: string): Promise<void> {
  await db.query('DELETE FROM holds WHERE id = $1', [holdId]);
}
