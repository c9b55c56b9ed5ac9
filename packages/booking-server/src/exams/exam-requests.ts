/**
 * Making, reading and cancelling exam requests: the student's side.
 */
import { hashToken, requestHash, tokenMatches } from '../bookings/tokens.ts';
import type { BookingConfig } from '../config/model.ts';
import type { Db, Queryable, Transaction } from '../db/db.ts';
import { examToken } from '../secrets.ts';
import {
  EXAM_COLUMNS,
  type ExamRequest,
  type StoredExamRequest,
  publicExamRequest,
  rowToExamRequest,
} from './model.ts';
import { type ExamFieldError, type ExamRequestInput, canonicalExamRequest } from './request.ts';
import { checkExamRules } from './rules.ts';

export type CreateExamResult =
  /** Asked for now: pending until staff decide. */
  | { kind: 'created'; request: ExamRequest; token: string }
  /** The same request was made before: the request as it is now, and the same token. */
  | { kind: 'replayed'; request: ExamRequest; token: string }
  /** This id was used for a different request. */
  | { kind: 'conflict' }
  /** It breaks the centre's rules (or the centre takes no exams). */
  | { kind: 'invalid'; errors: ExamFieldError[] }
  /** Every seat that day (or sitting) is already confirmed. */
  | { kind: 'full' };

/**
 * Records a request under its client-chosen id, idempotently: the first
 * request with an id is checked against the centre's rules and stored as
 * `pending`; the same request again gets the same answer (the request as it
 * now is, and the same token), even after the rules would refuse it; a
 * different request with that id gets `conflict`.
 */
export async function createExamRequest(
  db: Db,
  config: BookingConfig,
  secret: string,
  input: ExamRequestInput,
  nowMs: number,
): Promise<CreateExamResult> {
  const hash = requestHash(canonicalExamRequest(input));
  const token = examToken(secret, input.id);
  const replay = (stored: StoredExamRequest): CreateExamResult =>
    stored.requestHash === hash && tokenMatches(token, stored.tokenHash)
      ? { kind: 'replayed', request: publicExamRequest(stored), token }
      : { kind: 'conflict' };
  const existing = await findStoredExam(db, input.id);
  if (existing) return replay(existing);
  const checked = checkExamRules(config, input, nowMs);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  const { exam } = checked;
  return db.transaction(async (tx): Promise<CreateExamResult> => {
    if (await isFull(tx, input.centre, input.date, exam.seatPool, exam.seats))
      return { kind: 'full' };
    const { rows } = await tx.query(
      `INSERT INTO exam_requests (id, status, centre_id, exam_date, seat_pool, starts_at, ends_at,
         university, provider_id, course_code, course_name, support, exam_email, fee_amount,
         fee_currency, snapshot, support_note, name, email, phone, municipality, request_hash,
         token_hash, created_at)
       VALUES ($1, 'pending', $2, $3::date, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13, $14,
         $15::jsonb, $16, $17, $18, $19, $20, $21, $22, $23)
       ON CONFLICT (id) DO NOTHING
       RETURNING ${EXAM_COLUMNS}`,
      [
        input.id,
        input.centre,
        input.date,
        exam.seatPool,
        new Date(exam.startMs),
        new Date(exam.endMs),
        input.university,
        input.provider ?? null,
        input.courseCode ?? null,
        input.courseName,
        JSON.stringify(input.support),
        exam.rules.email,
        exam.fee?.amount ?? null,
        exam.fee?.currency ?? null,
        JSON.stringify({
          id: exam.centre.id,
          name: exam.centre.name,
          ...(exam.centre.address && { address: exam.centre.address }),
        }),
        input.supportNote ?? null,
        input.name,
        input.email,
        input.phone ?? null,
        input.municipality,
        hash,
        hashToken(token),
        new Date(nowMs),
      ],
    );
    if (rows.length === 0) {
      // An identical (or not) request with this id committed while we checked.
      const again = await findStoredExam(tx, input.id);
      return again ? replay(again) : { kind: 'conflict' };
    }
    return { kind: 'created', request: publicExamRequest(rowToExamRequest(rows[0])), token };
  });
}

/** True when the day's (or sitting's) confirmed requests already fill its seats. A courtesy: confirming is what the database guards. */
async function isFull(
  tx: Transaction,
  centre: string,
  date: string,
  pool: string,
  seats: number,
): Promise<boolean> {
  const { rows } = await tx.query<{ confirmed: number }>(
    `SELECT confirmed FROM exam_seats WHERE centre_id = $1 AND exam_date = $2::date AND seat_pool = $3`,
    [centre, date, pool],
  );
  return (rows[0]?.confirmed ?? 0) >= seats;
}

/**
 * The request with this id, if `token` is its status token; undefined both
 * when there is none and when the token is wrong, after the same work.
 */
export async function findAuthorizedExam(
  db: Queryable,
  id: string,
  token: string,
): Promise<ExamRequest | undefined> {
  const stored = await findStoredExam(db, id);
  return tokenMatches(token, stored?.tokenHash) ? publicExamRequest(stored!) : undefined;
}

export type ExamCancelResult = 'cancelled' | 'unchanged' | 'not-found' | 'too-late';

/**
 * The student cancels with the status token: a pending or confirmed request
 * becomes `cancelled`, its seat is free again and its personal data erased at
 * once. A request already cancelled or declined stays as it is (`unchanged`);
 * one whose exam has started cannot be cancelled (`too-late`).
 */
export async function cancelExamRequest(
  db: Db,
  id: string,
  token: string,
  nowMs: number,
): Promise<ExamCancelResult> {
  return db.transaction(async (tx) => {
    const stored = await findStoredExam(tx, id, true);
    if (!tokenMatches(token, stored?.tokenHash)) return 'not-found';
    if (stored!.status === 'cancelled' || stored!.status === 'declined') return 'unchanged';
    if (stored!.startMs <= nowMs) return 'too-late';
    if (stored!.status === 'confirmed') await releaseSeat(tx, stored!);
    await tx.query(
      `UPDATE exam_requests SET status = 'cancelled', cancelled_at = $2, support_note = NULL,
         name = NULL, email = NULL, phone = NULL, municipality = NULL
       WHERE id = $1`,
      [id, new Date(nowMs)],
    );
    return 'cancelled';
  });
}

/** Gives a confirmed request's seat back. */
export async function releaseSeat(tx: Transaction, request: ExamRequest): Promise<void> {
  await tx.query(
    `UPDATE exam_seats SET confirmed = confirmed - 1
     WHERE centre_id = $1 AND exam_date = $2::date AND seat_pool = $3`,
    [request.centre, request.date, request.seatPool],
  );
}

/** A request by id with its secrets, for the service's own use. */
export async function findStoredExam(
  q: Queryable,
  id: string,
  forUpdate = false,
): Promise<StoredExamRequest | undefined> {
  const { rows } = await q.query(
    `SELECT ${EXAM_COLUMNS} FROM exam_requests WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] && rowToExamRequest(rows[0]);
}
