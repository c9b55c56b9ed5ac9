/**
 * Staff sessions, kept in the database so every service instance knows them
 * and signing out ends them everywhere. The cookie holds 256 random bits; the
 * database holds their SHA-256, the user, a CSRF token and the expiry.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { hashToken } from '../bookings/tokens.ts';
import type { Db, Queryable } from '../db/db.ts';
import type { StaffUser } from './users.ts';

export interface StaffSession {
  user: StaffUser;
  /** The synchronizer token every form of this session must send back. */
  csrf: string;
  expiresMs: number;
}

export const DEFAULT_SESSION_HOURS = 8;

/** Starts a session; returns the cookie value (shown once, never stored). */
export async function createStaffSession(
  db: Db,
  user: StaffUser,
  nowMs: number,
  hours = DEFAULT_SESSION_HOURS,
): Promise<{ cookie: string; session: StaffSession }> {
  const cookie = randomBytes(32).toString('base64url');
  const csrf = randomBytes(32).toString('base64url');
  const expiresMs = nowMs + hours * 3_600_000;
  await db.query(
    `INSERT INTO staff_sessions (id_hash, user_id, csrf_token, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [hashToken(cookie), user.id, csrf, new Date(nowMs), new Date(expiresMs)],
  );
  return { cookie, session: { user, csrf, expiresMs } };
}

/** The live session a cookie value names, if any. */
export async function findStaffSession(
  q: Queryable,
  cookie: string | undefined,
  nowMs: number,
): Promise<StaffSession | undefined> {
  if (!cookie || cookie.length > 100) return undefined;
  const { rows } = await q.query<{
    user_id: string;
    username: string;
    centre_id: string;
    password_hash: string | null;
    csrf_token: string;
    expires_at: Date;
  }>(
    `SELECT s.user_id, u.username, u.centre_id, u.password_hash, s.csrf_token, s.expires_at
       FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id
      WHERE s.id_hash = $1 AND s.expires_at > $2`,
    [hashToken(cookie), new Date(nowMs)],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    user: {
      id: row.user_id,
      username: row.username,
      centre: row.centre_id,
      local: row.password_hash !== null,
    },
    csrf: row.csrf_token,
    expiresMs: new Date(row.expires_at).getTime(),
  };
}

/** Ends the session a cookie value names (nothing when there is none). */
export async function endStaffSession(db: Db, cookie: string): Promise<void> {
  await db.query('DELETE FROM staff_sessions WHERE id_hash = $1', [hashToken(cookie)]);
}

/** Deletes expired sessions; returns how many. */
export async function purgeStaffSessions(db: Db, nowMs: number): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM staff_sessions WHERE expires_at <= $1', [
    new Date(nowMs),
  ]);
  return rowCount;
}

/** Whether a form's CSRF token is the session's, compared in constant time. */
export function csrfMatches(session: StaffSession, presented: unknown): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(session.csrf);
  return a.length === b.length && timingSafeEqual(a, b);
}
