/**
 * The status link: the page's own address with the request's id and status
 * token after `#` — `https://kommun.se/tentamen#request=<id>&token=<token>`,
 * the form the booking service's `examStatusUrl` puts into its e-mails
 * (docs/booking-protocol.md). A fragment is never sent to any server, so
 * neither the page's host nor a proxy log ever sees the token; the widget
 * keeps nothing in cookies or `localStorage`. No DOM.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/** The request a status link names. */
export interface StatusKey {
  id: string;
  token: string;
}

/** `page` (any fragment replaced) with the request's id and token after `#`. */
export function statusLink(page: string, { id, token }: StatusKey): string {
  const base = page.split('#')[0];
  return `${base}#${new URLSearchParams({ request: id, token })}`;
}

/** The request a fragment (`location.hash`) names, or `undefined` when it names none. */
export function readStatusLink(hash: string): StatusKey | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get('request') ?? '';
  const token = params.get('token') ?? '';
  return UUID.test(id) && TOKEN.test(token) ? { id: id.toLowerCase(), token } : undefined;
}
