/**
 * Reading many exam requests at once (the staff desk, its day list and CSV),
 * seats per day, and the purge.
 */
import type { Db, Queryable } from '../db/db.ts';
import { DAY_MS } from '../feed.ts';
import {
  EXAM_COLUMNS,
  type ExamRequest,
  type ExamStatus,
  publicExamRequest,
  rowToExamRequest,
} from './model.ts';

export interface ExamListOptions {
  centre: string;
  /** First and last exam date, inclusive ('YYYY-MM-DD'). */
  fromDate: string;
  toDate: string;
  /** Only these; default all. */
  statuses?: readonly ExamStatus[];
}

/** A centre's requests by exam date and start, with personal data: for staff only. */
export async function listExamRequests(
  q: Queryable,
  options: ExamListOptions,
): Promise<ExamRequest[]> {
  const { rows } = await q.query(
    `SELECT ${EXAM_COLUMNS} FROM exam_requests
       WHERE centre_id = $1 AND exam_date BETWEEN $2::date AND $3::date
         AND ($4::text[] IS NULL OR status = ANY($4::text[]))
       ORDER BY exam_date, starts_at, created_at, id`,
    [
      options.centre,
      options.fromDate,
      options.toDate,
      options.statuses ? [...options.statuses] : null,
    ],
  );
  return rows.map((row) => publicExamRequest(rowToExamRequest(row)));
}

/** Confirmed seats per day and sitting of a centre, between two dates inclusive. */
export async function seatCounts(
  q: Queryable,
  centre: string,
  fromDate: string,
  toDate: string,
): Promise<{ date: string; seatPool: string; seats: number; confirmed: number }[]> {
  const { rows } = await q.query<{
    d: string;
    seat_pool: string;
    seats: number;
    confirmed: number;
  }>(
    `SELECT to_char(exam_date, 'YYYY-MM-DD') AS d, seat_pool, seats, confirmed FROM exam_seats
       WHERE centre_id = $1 AND exam_date BETWEEN $2::date AND $3::date
       ORDER BY exam_date, seat_pool`,
    [centre, fromDate, toDate],
  );
  return rows.map((r) => ({
    date: r.d,
    seatPool: r.seat_pool,
    seats: Number(r.seats),
    confirmed: Number(r.confirmed),
  }));
}

/**
 * Deletes exam requests whose exam ended more than `afterDays` days before
 * `nowMs` (whatever their status: the whole row, personal data and all), and
 * the seat counters of days that long gone.
 */
export async function purgeExamRequests(
  db: Db,
  nowMs: number,
  afterDays: number,
): Promise<{ examRequests: number }> {
  return db.transaction(async (tx) => {
    const cutoff = new Date(nowMs - afterDays * DAY_MS);
    const deleted = await tx.query('DELETE FROM exam_requests WHERE ends_at < $1', [cutoff]);
    // A day's counters outlive its requests by a day: no exam ends after the next midnight.
    await tx.query(
      `DELETE FROM exam_seats WHERE exam_date < ($1::timestamptz - interval '2 days')::date`,
      [cutoff],
    );
    return { examRequests: deleted.rowCount };
  });
}
