/**
 * Errors as RFC 9457 problem details (`application/problem+json`).
 *
 * Each problem type is a constant URI reference, `/problems/<name>`: clients
 * compare it as a string (it is the same on every deployment and is not meant
 * to be fetched). docs/booking-protocol.md lists them.
 */
import type { Context } from 'hono';
import type { FieldError } from '../bookings/request.ts';
import type { ExamFieldError } from '../exams/request.ts';

export const PROBLEMS = {
  'invalid-json': { status: 400, title: 'The body is not valid JSON' },
  unauthorized: { status: 401, title: 'A cancel token is needed' },
  'not-found': { status: 404, title: 'Not found' },
  'slot-unavailable': { status: 409, title: 'The slot is not available' },
  'idempotency-conflict': {
    status: 409,
    title: 'This booking id was used for a different request',
  },
  'booking-started': { status: 409, title: 'The meeting has already started' },
  'exam-full': { status: 409, title: 'Every seat that day is taken' },
  'exam-started': { status: 409, title: 'The exam has already started' },
  'hold-expired': { status: 410, title: 'The hold has expired' },
  'payload-too-large': { status: 413, title: 'The body is too large' },
  'unsupported-media-type': { status: 415, title: 'The body must be application/json' },
  'validation-failed': { status: 422, title: 'Some fields are not valid' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'internal-error': { status: 500, title: 'Something went wrong on our side' },
  'service-unavailable': { status: 503, title: 'The service is unavailable' },
} as const;

export type ProblemName = keyof typeof PROBLEMS;

/** The extra members a problem may carry. */
export interface ProblemExtras {
  errors?: readonly (FieldError | ExamFieldError)[];
  [member: string]: unknown;
}

/** Thrown anywhere in a request to answer with a problem. */
export class ProblemError extends Error {
  readonly problem: ProblemName;
  readonly detail?: string;
  readonly extras: ProblemExtras;
  readonly headers: Record<string, string>;
  constructor(
    problem: ProblemName,
    detail?: string,
    extras: ProblemExtras = {},
    headers: Record<string, string> = {},
  ) {
    super(detail ?? PROBLEMS[problem].title);
    this.name = 'ProblemError';
    this.problem = problem;
    this.detail = detail;
    this.extras = extras;
    this.headers = headers;
  }
}

/** The problem document for `name`, `instance` being the request's path. */
export function problemBody(
  name: ProblemName,
  instance: string,
  detail?: string,
  extras: ProblemExtras = {},
) {
  const { status, title } = PROBLEMS[name];
  return {
    type: `/problems/${name}`,
    title,
    status,
    ...(detail && { detail }),
    instance,
    ...extras,
  };
}

/** A problem response for the current request. */
export function problem(
  c: Context,
  name: ProblemName,
  detail?: string,
  extras?: ProblemExtras,
  headers: Record<string, string> = {},
): Response {
  const body = problemBody(name, new URL(c.req.url).pathname, detail, extras);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: {
      'Content-Type': 'application/problem+json',
      'Cache-Control': 'no-store',
      ...headers,
    },
  });
}
