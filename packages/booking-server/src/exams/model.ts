/**
 * Exam invigilation requests as the service sees them, and how database rows
 * become them.
 */
import { jsonOf, msOf, textOf } from '../db/rows.ts';
import type { ExamSupport, LocalizedText } from '../feed.ts';

export const EXAM_STATUSES = ['pending', 'confirmed', 'declined', 'cancelled'] as const;
export type ExamStatus = (typeof EXAM_STATUSES)[number];

/** The centre as it was when the request was made: the request keeps it whatever the configuration later says. */
export interface ExamCentreSnapshot {
  id: string;
  name: LocalizedText;
  address?: string;
}

export interface ExamRequest {
  id: string;
  status: ExamStatus;
  centre: string;
  /** 'YYYY-MM-DD', local to the service's zone. */
  date: string;
  /** Where its seat is counted: '' the day, 'HH:MM-HH:MM' a sitting. */
  seatPool: string;
  startMs: number;
  endMs: number;
  university: string;
  /** The feed's provider id, when the student picked the university from the list. */
  provider?: string;
  courseCode?: string;
  courseName: string;
  support: ExamSupport[];
  /** The address the university sends the exam to (from the rules, when requested). */
  examEmail: string;
  /** The fee as it applied when requested; undefined: free. */
  fee?: { amount: number; currency: string };
  snapshot: ExamCentreSnapshot;
  /** Personal data: absent once the request is cancelled. */
  supportNote?: string;
  name?: string;
  email?: string;
  phone?: string;
  municipality?: string;
  declineReason?: string;
  createdMs: number;
  decidedMs?: number;
  cancelledMs?: number;
}

/** A request row with what only the service may see. */
export interface StoredExamRequest extends ExamRequest {
  requestHash: string;
  tokenHash: string;
}

/** Columns `rowToExamRequest` reads. */
export const EXAM_COLUMNS = `id, status, centre_id, to_char(exam_date, 'YYYY-MM-DD') AS exam_date, seat_pool,
  starts_at, ends_at, university, provider_id, course_code, course_name, support, exam_email,
  fee_amount, fee_currency, snapshot, support_note, name, email, phone, municipality,
  decline_reason, request_hash, token_hash, created_at, decided_at, cancelled_at`;

const ms = msOf;
const text = textOf;
const json = jsonOf;

export function rowToExamRequest(row: Record<string, unknown>): StoredExamRequest {
  return {
    id: String(row.id),
    status: row.status as ExamStatus,
    centre: String(row.centre_id),
    date: String(row.exam_date),
    seatPool: String(row.seat_pool),
    startMs: ms(row.starts_at),
    endMs: ms(row.ends_at),
    university: String(row.university),
    provider: text(row.provider_id),
    courseCode: text(row.course_code),
    courseName: String(row.course_name),
    support: json(row.support) as ExamSupport[],
    examEmail: String(row.exam_email),
    fee:
      row.fee_amount == null
        ? undefined
        : { amount: Number(row.fee_amount), currency: String(row.fee_currency) },
    snapshot: json(row.snapshot) as ExamCentreSnapshot,
    supportNote: text(row.support_note),
    name: text(row.name),
    email: text(row.email),
    phone: text(row.phone),
    municipality: text(row.municipality),
    declineReason: text(row.decline_reason),
    createdMs: ms(row.created_at),
    decidedMs: row.decided_at == null ? undefined : ms(row.decided_at),
    cancelledMs: row.cancelled_at == null ? undefined : ms(row.cancelled_at),
    requestHash: String(row.request_hash),
    tokenHash: String(row.token_hash),
  };
}

/** The request without the service's secrets. */
export function publicExamRequest(stored: StoredExamRequest): ExamRequest {
  const { requestHash: _r, tokenHash: _t, ...request } = stored;
  return request;
}
