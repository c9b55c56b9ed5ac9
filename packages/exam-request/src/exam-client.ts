/**
 * The widget's side of the exam-request protocol (docs/booking-protocol.md,
 * "Exam invigilation requests"; packages/booking-server/openapi.yaml): ask,
 * read, download and cancel with the status token, every failure turned into
 * an `ExamError` whose `kind` says what the student should be told. No DOM,
 * no storage: the token travels in a header, never in a URL the service sees.
 */
import type { ExamSupport, LocalizedText } from '@learning-centre/feed/widget';

/** What a student asks for (`POST /v1/exam-requests`): the protocol's shape, shared with the service. */
import type { ExamRequestBody } from '@learning-centre/feed/queries';
export type { ExamRequestBody };

export type ExamStatus = 'pending' | 'confirmed' | 'declined' | 'cancelled';

/** A request as the service shows it; personal data is gone once cancelled. */
export interface ExamRequestRecord {
  id: string;
  status: ExamStatus;
  centre: string;
  centreName: LocalizedText;
  address?: string;
  date: string;
  /** RFC 3339 with the centre's offset. */
  start: string;
  end: string;
  minutes: number;
  university: string;
  provider?: string;
  courseCode?: string;
  courseName: string;
  support: ExamSupport[];
  supportNote?: string;
  name?: string;
  email?: string;
  phone?: string;
  municipality?: string;
  /** The fee as it applied when asked; `null`: free. */
  fee: { amount: number; currency: string } | null;
  /** The address to give the university, which sends the exam there. */
  examEmail: string;
  declineReason?: string;
  createdAt: string;
  decidedAt?: string;
  cancelledAt?: string;
}

/** One field the service refused, with the details a message needs (`earliestDate`, `maxMinutes` …). */
export interface ExamFieldError {
  path: string;
  code: string;
  [detail: string]: unknown;
}

/** What went wrong, by what the widget does about it. */
export type ExamErrorKind =
  /** No answer (offline, DNS, CORS): keep everything, offer a retry with the same id. */
  | 'network'
  /** 422: `fields` go next to their fields. */
  | 'validation'
  /** 409 `exam-full`: every seat that day is taken. */
  | 'full'
  /** 409 `idempotency-conflict`: ask again under a new id. */
  | 'conflict'
  /** 404 (or 401): no request with this id and token. */
  | 'not-found'
  /** 409 `exam-started`: too late to cancel. */
  | 'started'
  /** 5xx, 429 or anything unexpected. */
  | 'unavailable';

/** A failed protocol request. */
export class ExamError extends Error {
  override readonly name = 'ExamError';
  constructor(
    readonly kind: ExamErrorKind,
    readonly status?: number,
    readonly fields: readonly ExamFieldError[] = [],
  ) {
    super(status ? `exam requests: ${kind} (${status})` : `exam requests: ${kind}`);
  }
}

const PROBLEM_KINDS: Record<string, ExamErrorKind> = {
  '/problems/validation-failed': 'validation',
  '/problems/exam-full': 'full',
  '/problems/idempotency-conflict': 'conflict',
  '/problems/not-found': 'not-found',
  '/problems/unauthorized': 'not-found',
  '/problems/exam-started': 'started',
};

/** A client of one booking service's exam requests. */
export interface ExamClient {
  /** Asks; repeat freely with the same body (same `id`): the answer and token are the same. */
  create(body: ExamRequestBody): Promise<{ examRequest: ExamRequestRecord; token: string }>;
  get(id: string, token: string): Promise<ExamRequestRecord>;
  /** The exam as an iCalendar file. */
  ics(id: string, token: string): Promise<string>;
  /** Cancels (and erases the personal data); cancelling again is fine. */
  cancel(id: string, token: string): Promise<void>;
}

/**
 * A client for the service at `api` (the feed's `guidance.booking.api`, the
 * same base as bookings); paths resolve against it with a trailing slash.
 */
export function createExamClient(api: string, fetchImpl: typeof fetch = fetch): ExamClient {
  const base = api.endsWith('/') ? api : `${api}/`;
  const request = async (path: string, init: RequestInit = {}): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetchImpl(new URL(path, base), init);
    } catch {
      throw new ExamError('network');
    }
    if (response.status === 204) return undefined;
    const calendar =
      response.ok && response.headers.get('Content-Type')?.startsWith('text/calendar');
    const body: unknown = await (calendar ? response.text() : response.json()).catch(
      () => undefined,
    );
    if (response.ok) return body;
    const problem = (body ?? {}) as { type?: string; errors?: ExamFieldError[] };
    const kind = PROBLEM_KINDS[problem.type ?? ''] ?? 'unavailable';
    const fields = (problem.errors ?? []).map(({ message: _message, ...field }) => field);
    throw new ExamError(kind, response.status, fields);
  };
  const path = (id: string, rest = '') => `v1/exam-requests/${encodeURIComponent(id)}${rest}`;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  return {
    async create(body) {
      const init = {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      };
      return (await request('v1/exam-requests', init)) as {
        examRequest: ExamRequestRecord;
        token: string;
      };
    },
    async get(id, token) {
      const body = (await request(path(id), { headers: bearer(token) })) as {
        examRequest: ExamRequestRecord;
      };
      return body.examRequest;
    },
    async ics(id, token) {
      return (await request(path(id, '/ics'), { headers: bearer(token) })) as string;
    },
    async cancel(id, token) {
      await request(path(id), { method: 'DELETE', headers: bearer(token) });
    },
  };
}
