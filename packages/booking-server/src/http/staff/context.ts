/**
 * What every staff route shares: its options, the security headers of a
 * staff page, the view a page is rendered with, the signed-in session (401
 * without one), and the CSRF check of a form.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { pickText } from '../../feed.ts';
import { type Html, html } from '../../staff/html.ts';
import { type View, messagePage } from '../../staff/layout.ts';
import { STAFF_TEXT, staffLang } from '../../staff/messages.ts';
import { SESSION_COOKIE, readCookie } from '../../staff/cookies.ts';
import { type StaffSession, csrfMatches, findStaffSession } from '../../staff/sessions.ts';
import type { OidcOptions } from '../../staff/oidc.ts';
import type { RouteDeps } from '../deps.ts';

export interface StaffOptions {
  /** `Secure` + `__Host-` cookies (default). Turn off only to test over plain http. */
  secureCookies?: boolean;
  /** How long a sign-in lasts; default 8 hours. */
  sessionHours?: number;
  /** Sign-in with OpenID Connect (an organisation's identity provider). */
  oidc?: OidcOptions;
  /** Count sign-in attempts by the last `X-Forwarded-For` address. */
  trustProxy?: boolean;
}

export interface StaffDeps extends RouteDeps {
  staff: Required<Pick<StaffOptions, 'secureCookies' | 'sessionHours'>> & StaffOptions;
}

/** Only this site's own style sheet; no script, no frames, forms only to this site. */
export const STAFF_CSP =
  "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Security headers on every staff response. */
export const staffHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', STAFF_CSP);
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'same-origin');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  if (!c.res.headers.get('Cache-Control')) c.header('Cache-Control', 'no-store');
};

/**
 * The relative way from the current page back to `/staff/` (`./`, `../`):
 * links and redirects stay right when a proxy serves the service under a
 * path prefix.
 */
export function staffRoot(path: string): string {
  const rest = path.slice(path.indexOf('/staff/') + '/staff/'.length);
  const depth = rest.split('/').length - 1;
  return depth <= 0 ? './' : '../'.repeat(depth);
}

export function viewOf(c: Context, deps: StaffDeps, session?: StaffSession): View {
  const lang = staffLang(c.req.header('accept-language'));
  const centre = session && deps.config.centres.get(session.user.centre);
  return {
    lang,
    t: STAFF_TEXT[lang],
    root: staffRoot(c.req.path),
    session,
    centreName: centre ? pickText(centre.name, lang, 'sv') : session?.user.centre,
    timeZone: deps.config.timeZone,
  };
}

/** An HTML page response. */
export function htmlResponse(c: Context, body: Html, status = 200): Response {
  return c.html(body.toString(), status as 200);
}

/** The signed-in session, or undefined. */
export function currentSession(c: Context, deps: StaffDeps): Promise<StaffSession | undefined> {
  return findStaffSession(
    deps.db,
    readCookie(c, SESSION_COOKIE, deps.staff.secureCookies),
    deps.now(),
  );
}

/** 401: the page says to sign in and links to the form. */
export function unauthorized(c: Context, deps: StaffDeps): Response {
  const view = viewOf(c, deps);
  c.header('WWW-Authenticate', 'Session realm="lc-booking staff"');
  const link = { href: `${view.root}login`, text: view.t.signIn };
  return htmlResponse(
    c,
    messagePage(view, view.t.signIn, view.t.needLogin, linkParagraph(link)),
    401,
  );
}

export function notFoundPage(c: Context, deps: StaffDeps, session?: StaffSession): Response {
  const view = viewOf(c, deps, session);
  return htmlResponse(c, messagePage(view, view.t.notFound, view.t.notFound), 404);
}

export function forbiddenPage(c: Context, deps: StaffDeps, session?: StaffSession): Response {
  const view = viewOf(c, deps, session);
  return htmlResponse(c, messagePage(view, view.t.forbidden, view.t.forbidden), 403);
}

/**
 * A form post of the signed-in person: the session's CSRF token must come
 * back in `_csrf`, and a browser that says the request came from another
 * site (`Sec-Fetch-Site`) is refused outright.
 */
export function formIsGenuine(
  c: Context,
  session: StaffSession,
  form: Record<string, unknown>,
): boolean {
  return isSameSite(c) && csrfMatches(session, form._csrf);
}

/** False when the browser says the request was started by another site. */
export function isSameSite(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  return site === undefined || site === 'same-origin' || site === 'none';
}

/** The body of a form post (`application/x-www-form-urlencoded`), text fields only. */
export async function readForm(c: Context): Promise<Record<string, string>> {
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return {};
  const body = await c.req.parseBody();
  return Object.fromEntries(
    Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

function linkParagraph(link: { href: string; text: string }): Html {
  return html`<p><a href="${link.href}">${link.text}</a></p>`;
}
