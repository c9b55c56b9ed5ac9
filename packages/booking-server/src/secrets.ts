/**
 * The key that derives exam-request status tokens: `TOKEN_SECRET` when set,
 * else one the service makes once and keeps in the database (so every
 * instance and every restart derives the same tokens).
 *
 * A token is HMAC-SHA256(key, request id): the service can give it again on
 * an idempotent replay and put it in the status link of every e-mail, while
 * the database keeps only its SHA-256. With `TOKEN_SECRET` set, a copy of the
 * database alone gives no token; without it, the key is in that copy.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from './db/db.ts';

const NAME = 'exam-token-key';

/** The key (`configured` if given, else the stored one, made on first use). */
export async function tokenSecret(db: Db, configured?: string): Promise<string> {
  if (configured) return configured;
  const fresh = randomBytes(32).toString('base64url');
  await db.query(
    'INSERT INTO service_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
    [NAME, fresh],
  );
  const { rows } = await db.query<{ value: string }>(
    'SELECT value FROM service_secrets WHERE name = $1',
    [NAME],
  );
  return rows[0].value;
}

/** The status token of exam request `id`: 32 bytes, base64url (43 characters). */
export function examToken(secret: string, id: string): string {
  return createHmac('sha256', secret)
    .update(`lc-booking exam-request token v1\0${id}`)
    .digest('base64url');
}
