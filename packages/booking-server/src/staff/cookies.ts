/**
 * The staff desk's cookies: HttpOnly, `Secure` with the `__Host-` prefix (so
 * no other site or subdomain can set or scope them), `SameSite` set. Only for
 * local testing over plain http may `secure` be turned off (`INSECURE_COOKIES`).
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/** The session (Lax: the OpenID Connect callback is a navigation from the identity provider's site). */
export const SESSION_COOKIE = 'lc-staff';
/** The sign-in form's double-submit CSRF token (Strict: only this site's own form sends it). */
export const LOGIN_COOKIE = 'lc-staff-login';
/** state, nonce and PKCE verifier of a sign-in with OpenID Connect in progress (Lax: it returns from the provider). */
export const OIDC_COOKIE = 'lc-staff-oidc';

const SAME_SITE: Record<string, 'Lax' | 'Strict'> = {
  [SESSION_COOKIE]: 'Lax',
  [LOGIN_COOKIE]: 'Strict',
  [OIDC_COOKIE]: 'Lax',
};

export function readCookie(c: Context, name: string, secure: boolean): string | undefined {
  return secure ? getCookie(c, name, 'host') : getCookie(c, name);
}

export function writeCookie(
  c: Context,
  name: string,
  value: string,
  secure: boolean,
  maxAgeSeconds?: number,
): void {
  const options = {
    path: '/',
    httpOnly: true,
    sameSite: SAME_SITE[name] ?? 'Strict',
    ...(maxAgeSeconds !== undefined && { maxAge: maxAgeSeconds }),
  } as const;
  if (secure) setCookie(c, name, value, { ...options, secure: true, prefix: 'host' });
  else setCookie(c, name, value, options);
}

export function clearCookie(c: Context, name: string, secure: boolean): void {
  if (secure) deleteCookie(c, name, { path: '/', secure: true, prefix: 'host' });
  else deleteCookie(c, name, { path: '/' });
}
