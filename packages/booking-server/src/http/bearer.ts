/**
 * The `Authorization: Bearer …` token a student's request carries.
 */
import type { Context } from 'hono';
import { UUID } from '../bookings/request.ts';
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

/**
 * The record the path's `param` (a UUID) names, found with the request's
 * bearer token; 401 without a token, and one 404 for an unknown id and a
 * wrong token alike, so nothing leaks about a booking or request.
 */
export async function findWithToken<T>(
  c: Context,
  param: string,
  find: (id: string, token: string) => Promise<T | undefined>,
  notFound: string,
  tokenDetail?: string,
): Promise<T> {
  const token = bearerToken(c, tokenDetail);
  const id = c.req.param(param)!.toLowerCase();
  const found = UUID.test(id) ? await find(id, token) : undefined;
  if (!found) throw new ProblemError('not-found', notFound);
  return found;
}
