/**
 * URLs from a feed pass one gate before they reach an `href` or `src`:
 * `safeUrl` from @learning-centre/feed (re-exported here so widgets import
 * everything from core). Only `https:`/`http:` by default; `mailto:`/`tel:`
 * for contact links via `contactHref`.
 */
import { CONTACT_SCHEMES, WEB_SCHEMES, safeUrl } from '@learning-centre/feed/widget';

export { CONTACT_SCHEMES, WEB_SCHEMES, safeUrl };

/**
 * A `mailto:` or `tel:` link for a contact's e-mail address or phone number,
 * or `undefined` when the value cannot make a safe one. Phone numbers keep
 * only `+` and digits (`+46 (0)8-123 45` → `tel:+46812345`: the `(0)` trunk
 * prefix is dropped after a country code).
 */
export function contactHref(
  kind: 'email' | 'phone',
  value: string | undefined,
): string | undefined {
  if (!value) return undefined;
  if (kind === 'email') {
    const address = value.trim();
    // One address only: no second recipient, no ?subject= or other headers.
    if (!/^[^\s@?&,;:/]+@[^\s@?&,;:/]+\.[^\s@?&,;:/]+$/.test(address)) return undefined;
    return safeUrl(`mailto:${address}`, undefined, CONTACT_SCHEMES);
  }
  const digits = value.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (!/^\+?\d{3,}$/.test(digits)) return undefined;
  return safeUrl(`tel:${digits}`, undefined, CONTACT_SCHEMES);
}
