/**
 * The staff desk's CSV export of exam requests (bookings use the CLI's
 * format): UTF-8 with BOM, RFC 4180, formula-looking text defused.
 */
import { toCsv } from '../cli/csv.ts';
import type { ExamRequest } from '../exams/model.ts';
import { isoInZone } from '../time.ts';

export const EXAM_CSV_HEADER = [
  'id',
  'status',
  'date',
  'start',
  'end',
  'university',
  'provider',
  'course_code',
  'course_name',
  'support',
  'support_note',
  'name',
  'email',
  'phone',
  'municipality',
  'fee_amount',
  'fee_currency',
  'decline_reason',
  'created_at',
  'decided_at',
  'cancelled_at',
] as const;

export function examRequestsCsv(requests: readonly ExamRequest[], timeZone: string): string {
  const at = (ms: number | undefined) => (ms === undefined ? undefined : isoInZone(ms, timeZone));
  return toCsv(
    EXAM_CSV_HEADER,
    requests.map((r) => [
      r.id,
      r.status,
      r.date,
      at(r.startMs),
      at(r.endMs),
      r.university,
      r.provider,
      r.courseCode,
      r.courseName,
      r.support.join(' '),
      r.supportNote,
      r.name,
      r.email,
      r.phone,
      r.municipality,
      r.fee?.amount,
      r.fee?.currency,
      r.declineReason,
      at(r.createdMs),
      at(r.decidedMs),
      at(r.cancelledMs),
    ]),
  );
}
