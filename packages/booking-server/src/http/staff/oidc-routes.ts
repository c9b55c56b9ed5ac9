/**
 * `GET /staff/oidc/login` and `GET /staff/oidc/callback`: signing staff in
 * with OpenID Connect. The login route keeps state, nonce and PKCE verifier in
 * a short-lived HttpOnly cookie and sends the browser to the provider; the
 * callback checks them (openid-client), maps a claim to the person's centre
 * and starts a session like a password sign-in does.
 */
import type { Context, Hono } from 'hono';
import {
  OIDC_COOKIE,
  SESSION_COOKIE,
  clearCookie,
  readCookie,
  writeCookie,
} from '../../staff/cookies.ts';
import { html } from '../../staff/html.ts';
import { messagePage } from '../../staff/layout.ts';
import { type OidcOptions, type OidcPending, OidcClient, centreOf } from '../../staff/oidc.ts';
import { createStaffSession } from '../../staff/sessions.ts';
import { oidcStaffUser } from '../../staff/users.ts';
import { type StaffDeps, htmlResponse, notFoundPage, viewOf } from './context.ts';

/** How long a sign-in at the provider may take. */
const PENDING_SECONDS = 600;

/** The routes; without `options` (OpenID Connect not configured) both answer 404. */
export function staffOidcRoutes(app: Hono, deps: StaffDeps, options?: OidcOptions): void {
  if (!options) {
    app.get('/staff/oidc/login', (c) => notFoundPage(c, deps));
    app.get('/staff/oidc/callback', (c) => notFoundPage(c, deps));
    return;
  }
  const { secureCookies } = deps.staff;
  const oidc = new OidcClient(options);

  app.get('/staff/oidc/login', async (c) => {
    const { url, pending } = await oidc.start();
    const value = Buffer.from(JSON.stringify(pending)).toString('base64url');
    writeCookie(c, OIDC_COOKIE, value, secureCookies, PENDING_SECONDS);
    return c.redirect(url, 302);
  });

  app.get('/staff/oidc/callback', async (c) => {
    const t = viewOf(c, deps).t;
    const pending = readPending(readCookie(c, OIDC_COOKIE, secureCookies));
    if (!pending) return fail(c, deps, t.oidcFailed, 400);
    let identity;
    try {
      identity = await oidc.finish(new URL(c.req.url).search, pending);
    } catch (error) {
      // The kind only: a message may quote tokens or claims.
      const code = (error as { code?: unknown } | null)?.code;
      deps.log({
        msg: 'oidc sign-in refused',
        name: (error as Error | null)?.name ?? 'unknown',
        code: typeof code === 'string' ? code : 'unknown',
      });
      return fail(c, deps, t.oidcFailed, 400);
    }
    const centre = centreOf(identity, options, (id) => deps.config.centres.has(id));
    if (!centre) return fail(c, deps, t.oidcNoCentre, 403);
    const nowMs = deps.now();
    const user = await oidcStaffUser(deps.db, { ...identity, centre }, nowMs);
    const { cookie } = await createStaffSession(deps.db, user, nowMs, deps.staff.sessionHours);
    clearCookie(c, OIDC_COOKIE, secureCookies);
    writeCookie(c, SESSION_COOKIE, cookie, secureCookies, deps.staff.sessionHours * 3600);
    return c.redirect('../', 303);
  });
}

/** A refused sign-in: the reason, and the way back to the sign-in page. */
function fail(c: Context, deps: StaffDeps, message: string, status: number): Response {
  const view = viewOf(c, deps);
  clearCookie(c, OIDC_COOKIE, deps.staff.secureCookies);
  const again = html`<p><a href="${view.root}login">${view.t.signIn}</a></p>`;
  return htmlResponse(c, messagePage(view, view.t.signIn, message, again), status);
}

function readPending(value: string | undefined): OidcPending | undefined {
  if (!value || value.length > 1000) return undefined;
  try {
    const parsed = JSON.parse(
      Buffer.from(value, 'base64url').toString('utf8'),
    ) as Partial<OidcPending>;
    const ok = ['state', 'nonce', 'verifier'].every(
      (key) => typeof parsed[key as keyof OidcPending] === 'string',
    );
    return ok ? (parsed as OidcPending) : undefined;
  } catch {
    return undefined;
  }
}
