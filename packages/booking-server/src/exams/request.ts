/**
 * The body of `POST /v1/exam-requests`: checked field by field (every problem
 * reported, each with a path and a code a widget can translate), then reduced
 * to one canonical text that idempotency compares.
 */
import { textField } from '../bookings/text-field.ts';
import { EMAIL, type FieldError, LIMITS, PHONE, UUID } from '../bookings/request.ts';
import {
  DATE_PATTERN,
  EXAM_SUPPORT,
  ID_PATTERN,
  type ExamRequestBody,
  type ExamSupport,
  TIME_PATTERN,
} from '../feed.ts';

/** A field error of an exam request: the booking codes, the rule codes of `examRuleProblems`, or `not-offered`. */
export interface ExamFieldError {
  path: string;
  code: FieldError['code'] | 'not-offered' | string;
  message: string;
  [detail: string]: unknown;
}

/** A valid exam request, trimmed: the protocol's shape, shared with the widget. */
export type ExamRequestInput = ExamRequestBody;

export const EXAM_LIMITS = {
  ...LIMITS,
  university: 200,
  courseCode: 40,
  courseName: 200,
  supportNote: 1000,
  municipality: 100,
} as const;

/** Longest exam accepted, in minutes (the rules usually allow less). */
export const MAX_EXAM_MINUTES = 720;

type LimitedKey = keyof typeof EXAM_LIMITS;
type TextKey = LimitedKey | 'id' | 'centre' | 'provider' | 'date' | 'start';

/**
 * Checks a parsed JSON body. Unknown properties are ignored (forward
 * compatible) and take no part in idempotency.
 */
export function parseExamRequest(
  body: unknown,
): { ok: true; request: ExamRequestInput } | { ok: false; errors: ExamFieldError[] } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, errors: [{ path: '', message: 'expected a JSON object', code: 'type' }] };
  }
  const input = body as Record<string, unknown>;
  const errors: ExamFieldError[] = [];
  const error = (path: string, code: ExamFieldError['code'], message: string) =>
    errors.push({ path, code, message });

  const text = (key: TextKey, required: boolean, lines = false) =>
    textField(input, key, { required, lines, limit: EXAM_LIMITS[key as LimitedKey] ?? 64 }, error);
  const matching = (key: TextKey, required: boolean, pattern: RegExp, expected: string) => {
    const value = text(key, required);
    if (value !== undefined && !pattern.test(value)) return void error(key, 'format', expected);
    return value;
  };

  const id = matching('id', true, UUID, 'expected a UUID the client generates');
  const centre = matching('centre', true, ID_PATTERN, 'expected a centre id');
  const university = text('university', true);
  const provider = matching('provider', false, ID_PATTERN, 'expected a provider id');
  const courseCode = text('courseCode', false);
  const courseName = text('courseName', true);
  const date = matching('date', true, DATE_PATTERN, 'expected a date (YYYY-MM-DD)');
  const start = matching('start', true, TIME_PATTERN, 'expected a time (HH:MM)');
  const minutes = input.minutes;
  if (minutes === undefined || minutes === null) error('minutes', 'required', 'is required');
  else if (
    typeof minutes !== 'number' ||
    !Number.isInteger(minutes) ||
    minutes < 1 ||
    minutes > MAX_EXAM_MINUTES
  )
    error('minutes', 'format', `expected a whole number of minutes, 1–${MAX_EXAM_MINUTES}`);
  const support = supportList(input.support, error);
  const supportNote = text('supportNote', false, true);
  const name = text('name', true);
  const email = matching('email', true, EMAIL, 'expected an e-mail address');
  const phone = matching('phone', false, PHONE, 'expected a phone number');
  const municipality = text('municipality', true);
  if (input.consent !== true) error('consent', 'must-be-true', 'consent must be given (true)');

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: {
      id: id!.toLowerCase(),
      centre: centre!,
      university: university!,
      provider,
      courseCode,
      courseName: courseName!,
      date: date!,
      start: start!,
      minutes: minutes as number,
      support,
      supportNote,
      name: name!,
      email: email!,
      phone,
      municipality: municipality!,
      consent: true,
    },
  };
}

/** The support asked for: known values, each once, in the vocabulary's order. */
function supportList(
  value: unknown,
  error: (path: string, code: string, message: string) => void,
): ExamSupport[] {
  if (value === undefined || value === null) return [];
  const expected = `expected a list of ${EXAM_SUPPORT.join(', ')}`;
  if (!Array.isArray(value)) {
    error('support', 'type', expected);
    return [];
  }
  if (value.some((v) => !(EXAM_SUPPORT as readonly unknown[]).includes(v))) {
    error('support', 'format', expected);
    return [];
  }
  return EXAM_SUPPORT.filter((need) => value.includes(need));
}

/**
 * The one text two requests share exactly when they ask for the same thing:
 * the fields in a fixed order, trimmed, absent ones as null.
 */
export function canonicalExamRequest(r: ExamRequestInput): string {
  return JSON.stringify([
    'exam-v1',
    r.id,
    r.centre,
    r.university,
    r.provider ?? null,
    r.courseCode ?? null,
    r.courseName,
    r.date,
    r.start,
    r.minutes,
    r.support,
    r.supportNote ?? null,
    r.name,
    r.email,
    r.phone ?? null,
    r.municipality,
  ]);
}
