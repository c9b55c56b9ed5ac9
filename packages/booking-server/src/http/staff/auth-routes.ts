/**
 * Signing in and out with a local account: `GET` and `POST /staff/login`,
 * `POST /staff/logout`.
 *
 * The sign-in form is CSRF-safe by double submit (a random token in a
 * `SameSite=Strict` cookie and in the form must match), attempts are rate
 * limited per client address and per user name, a wrong user name and a wrong
 * password get the same answer after the same argon2 work, and a successful
 * sign-in always starts a new session (no fixation).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import {
  LOGIN_COOKIE,
  SESSION_COOKIE,
  clearCookie,
  readCookie,
  writeCookie,
} from '../../staff/cookies.ts';
import { messagePage } from '../../staff/layout.ts';
import { loginPage } from '../../staff/pages/login.ts';
import { createStaffSession, endStaffSession } from '../../staff/sessions.ts';
import { verifyStaffLogin } from '../../staff/users.ts';
import { clientAddress } from '../client-address.ts';
import { TokenBuckets, clientKeyOf } from '../rate-limit.ts';
import {
  type StaffDeps,
  currentSession,
  forbiddenPage,
  formIsGenuine,
  htmlResponse,
  isSameSite,
  readForm,
  unauthorized,
  viewOf,
} from './context.ts';

/** Sign-in attempts: 10 at once then 10 a minute per address; 5 then 5 a minute per user name. */
export const LOGIN_LIMITS = {
  address: { perMinute: 10, burst: 10 },
  username: { perMinute: 5, burst: 5 },
};

export function staffAuthRoutes(app: Hono, deps: StaffDeps): void {
  const { secureCookies } = deps.staff;
  const byAddress = new TokenBuckets(LOGIN_LIMITS.address);
  const byUsername = new TokenBuckets(LOGIN_LIMITS.username);

  const showForm = (c: Context, status: number, error?: string, username?: string) => {
    const csrf = randomBytes(24).toString('base64url');
    writeCookie(c, LOGIN_COOKIE, csrf, secureCookies, 3600);
    const view = viewOf(c, deps);
    return htmlResponse(
      c,
      loginPage(view, { csrf, error, username, oidc: !!deps.staff.oidc }),
      status,
    );
  };

  app.get('/staff/login', async (c) => {
    if (await currentSession(c, deps)) return c.redirect('./', 303);
    return showForm(c, 200);
  });

  app.post('/staff/login', async (c) => {
    const form = await readForm(c);
    const expected = readCookie(c, LOGIN_COOKIE, secureCookies);
    if (!isSameSite(c) || !expected || !sameText(expected, form._csrf))
      return forbiddenPage(c, deps);
    const username = (form.username ?? '').trim().toLowerCase().slice(0, 64);
    const nowMs = deps.now();
    const wait = Math.max(
      byAddress.take(clientKeyOf(clientAddress(c, deps.staff.trustProxy ?? false)), nowMs),
      byUsername.take(username, nowMs),
    );
    if (wait > 0) {
      const view = viewOf(c, deps);
      c.header('Retry-After', String(wait));
      return htmlResponse(c, messagePage(view, view.t.signIn, view.t.tooMany(wait)), 429);
    }
    const user = await verifyStaffLogin(deps.db, username, form.password ?? '');
    if (!user) return showForm(c, 401, viewOf(c, deps).t.badLogin, username);
    const { cookie } = await createStaffSession(deps.db, user, nowMs, deps.staff.sessionHours);
    clearCookie(c, LOGIN_COOKIE, secureCookies);
    writeCookie(c, SESSION_COOKIE, cookie, secureCookies, deps.staff.sessionHours * 3600);
    return c.redirect('./', 303);
  });

  app.post('/staff/logout', async (c) => {
    const session = await currentSession(c, deps);
    if (!session) return unauthorized(c, deps);
    if (!formIsGenuine(c, session, await readForm(c))) return forbiddenPage(c, deps, session);
    await endStaffSession(deps.db, readCookie(c, SESSION_COOKIE, secureCookies)!);
    clearCookie(c, SESSION_COOKIE, secureCookies);
    return c.redirect('login', 303);
  });
}

function sameText(expected: string, presented: unknown): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}
