/**
 * The `Authorization: Bearer …` token a student's request carries.
 */
import type { Context } from 'hono';
import { ProblemError } from './problem.ts';

/** The bearer token, or a 401 asking for one (`detail` says which token). */
export function bearerToken(
  c: Context,
  detail = 'Send the cancel token from the booking response as "Authorization: Bearer <token>".',
): string {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
  if (!match) {
    throw new ProblemError(
      'unauthorized',
      detail,
      {},
      {
        'WWW-Authenticate': 'Bearer realm="lc-booking"',
      },
    );
  }
  return match[1];
}
