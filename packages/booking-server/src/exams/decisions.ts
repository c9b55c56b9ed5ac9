/**
 * Staff deciding on exam requests: confirming takes a seat, declining gives a
 * reason. Staff act only on their own centre's requests: a request of another
 * centre is `not-found`, exactly like one that does not exist.
 */
import type { BookingConfig } from '../config/model.ts';
import { type Db, constraintOf, sqlState } from '../db/db.ts';
import { findStoredExam, releaseSeat } from './exam-requests.ts';
import { type ExamRequest, publicExamRequest } from './model.ts';

export type ConfirmResult =
  | { kind: 'confirmed'; request: ExamRequest }
  | { kind: 'not-found' }
  /** Already confirmed, declined or cancelled: nothing changed. */
  | { kind: 'not-pending'; request: ExamRequest }
  /** Its exam has started (or passed). */
  | { kind: 'past' }
  /** Every seat that day or sitting is taken: the database refused one more. */
  | { kind: 'full' };

/**
 * Confirms a pending request of `centre`, taking one of its day's (or
 * sitting's) seats. The seat counter row is upserted in the same transaction
 * and its CHECK (confirmed <= seats) refuses the one too many, so two staff
 * members confirming the last seat at once get one `confirmed` and one `full`.
 */
export async function confirmExamRequest(
  db: Db,
  config: BookingConfig,
  id: string,
  centre: string,
  nowMs: number,
): Promise<ConfirmResult> {
  try {
    return await db.transaction(async (tx): Promise<ConfirmResult> => {
      const stored = await findStoredExam(tx, id, true);
      if (!stored || stored.centre !== centre) return { kind: 'not-found' };
      const request = publicExamRequest(stored);
      if (stored.status !== 'pending') return { kind: 'not-pending', request };
      if (stored.startMs <= nowMs) return { kind: 'past' };
      const seats = config.centres.get(centre)?.examInvigilation?.seats ?? 0;
      await tx.query(
        `INSERT INTO exam_seats (centre_id, exam_date, seat_pool, seats, confirmed)
         VALUES ($1, $2::date, $3, $4, 1)
         ON CONFLICT (centre_id, exam_date, seat_pool)
         DO UPDATE SET confirmed = exam_seats.confirmed + 1, seats = EXCLUDED.seats`,
        [centre, stored.date, stored.seatPool, seats],
      );
      await tx.query(
        `UPDATE exam_requests SET status = 'confirmed', decided_at = $2 WHERE id = $1`,
        [id, new Date(nowMs)],
      );
      return {
        kind: 'confirmed',
        request: { ...request, status: 'confirmed', decidedMs: nowMs },
      };
    });
  } catch (error) {
    if (sqlState(error) === '23514' && constraintOf(error)?.startsWith('exam_seats'))
      return { kind: 'full' };
    throw error;
  }
}

export type DeclineResult =
  | { kind: 'declined'; request: ExamRequest }
  | { kind: 'not-found' }
  /** Already declined or cancelled: nothing changed. */
  | { kind: 'not-open'; request: ExamRequest };

/**
 * Declines a pending or confirmed request of `centre` with a reason the
 * student sees; a confirmed one gives its seat back.
 */
export async function declineExamRequest(
  db: Db,
  id: string,
  centre: string,
  reason: string,
  nowMs: number,
): Promise<DeclineResult> {
  return db.transaction(async (tx): Promise<DeclineResult> => {
    const stored = await findStoredExam(tx, id, true);
    if (!stored || stored.centre !== centre) return { kind: 'not-found' };
    const request = publicExamRequest(stored);
    if (stored.status === 'declined' || stored.status === 'cancelled')
      return { kind: 'not-open', request };
    if (stored.status === 'confirmed') await releaseSeat(tx, stored);
    await tx.query(
      `UPDATE exam_requests SET status = 'declined', decline_reason = $2, decided_at = $3
       WHERE id = $1`,
      [id, reason, new Date(nowMs)],
    );
    return {
      kind: 'declined',
      request: { ...request, status: 'declined', declineReason: reason, decidedMs: nowMs },
    };
  });
}
