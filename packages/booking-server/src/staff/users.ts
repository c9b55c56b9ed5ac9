/**
 * Staff accounts: a user name, the one centre whose data the person sees, and
 * either a password (hashed with argon2id) or an OpenID Connect identity.
 */
import { randomUUID } from 'node:crypto';
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import type { Db, Queryable } from '../db/db.ts';
import { sqlState } from '../db/db.ts';

export interface StaffUser {
  id: string;
  username: string;
  centre: string;
  /** Whether the account signs in with a password (else with OpenID Connect). */
  local: boolean;
}

/** OWASP's argon2id recommendation (19 MiB, 2 passes, 1 lane) rounded up a little. */
const ARGON2 = {
  // Algorithm.Argon2id: the library's enum is a `const enum`, which type-only imports cannot read.
  algorithm: 2 as Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export const MIN_PASSWORD_LENGTH = 12;
export const USERNAME = /^[a-z0-9][a-z0-9._@-]{1,63}$/;

/** A password hash made once, verified against when there is no such user, so that case costs the same. */
let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export class StaffUserError extends Error {
  override name = 'StaffUserError';
}

/**
 * Adds a local account.
 * @throws StaffUserError for a bad user name, a short password or a name in use.
 */
export async function addStaffUser(
  db: Db,
  input: { username: string; centre: string; password: string },
  nowMs: number,
): Promise<StaffUser> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME.test(username))
    throw new StaffUserError(
      'a user name is 2–64 lower-case letters, digits, ".", "_", "@" or "-"',
    );
  if (input.password.length < MIN_PASSWORD_LENGTH)
    throw new StaffUserError(`a password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  const id = randomUUID();
  try {
    await db.query(
      `INSERT INTO staff_users (id, username, centre_id, password_hash, created_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [id, username, input.centre, await hashPassword(input.password), new Date(nowMs)],
    );
  } catch (error) {
    if (sqlState(error) === '23505') throw new StaffUserError(`user "${username}" exists already`);
    throw error;
  }
  return { id, username, centre: input.centre, local: true };
}

/**
 * The local account `username` / `password` names; undefined for an unknown
 * user and for a wrong password alike, after an argon2 verification either way.
 */
export async function verifyStaffLogin(
  q: Queryable,
  username: string,
  password: string,
): Promise<StaffUser | undefined> {
  const { rows } = await q.query<{
    id: string;
    username: string;
    centre_id: string;
    password_hash: string | null;
  }>('SELECT id, username, centre_id, password_hash FROM staff_users WHERE username = $1', [
    username.trim().toLowerCase(),
  ]);
  const row = rows[0];
  const stored = row?.password_hash ?? (await (dummyHash ??= hashPassword('no such user here')));
  const ok = await verify(stored, password).catch(() => false);
  if (!ok || !row?.password_hash) return undefined;
  return { id: row.id, username: row.username, centre: row.centre_id, local: true };
}

/** Every account, by user name (for `lc-booking user list`). */
export async function listStaffUsers(q: Queryable): Promise<StaffUser[]> {
  const { rows } = await q.query<{
    id: string;
    username: string;
    centre_id: string;
    password_hash: string | null;
  }>('SELECT id, username, centre_id, password_hash FROM staff_users ORDER BY username');
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    centre: r.centre_id,
    local: r.password_hash !== null,
  }));
}

/** Removes an account and its sessions; false when there was none. */
export async function removeStaffUser(db: Db, username: string): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM staff_users WHERE username = $1', [
    username.trim().toLowerCase(),
  ]);
  return rowCount > 0;
}

/** Sets a new password; its sessions end. False when there is no such account. */
export async function setStaffPassword(
  db: Db,
  username: string,
  password: string,
): Promise<boolean> {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new StaffUserError(`a password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      'UPDATE staff_users SET password_hash = $2 WHERE username = $1 RETURNING id',
      [username.trim().toLowerCase(), passwordHash],
    );
    if (!rows[0]) return false;
    await tx.query('DELETE FROM staff_sessions WHERE user_id = $1', [rows[0].id]);
    return true;
  });
}

/**
 * The account of an OpenID Connect identity (`issuer` + `subject`), made on
 * first sign-in and moved to `centre` when the identity provider says so.
 */
export async function oidcStaffUser(
  db: Db,
  identity: { issuer: string; subject: string; name: string; centre: string },
  nowMs: number,
): Promise<StaffUser> {
  const key = `${identity.issuer}#${identity.subject}`;
  const id = randomUUID();
  // Suffixed with the account id: two people with one display name stay two accounts.
  const username = `oidc:${identity.name.toLowerCase().slice(0, 180)}:${id.slice(0, 8)}`;
  const { rows } = await db.query<{ id: string; username: string }>(
    `INSERT INTO staff_users (id, username, centre_id, oidc_subject, created_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (oidc_subject) DO UPDATE SET centre_id = EXCLUDED.centre_id
     RETURNING id, username`,
    [id, username, identity.centre, key, new Date(nowMs)],
  );
  return { id: rows[0].id, username: rows[0].username, centre: identity.centre, local: false };
}
