/**
 * The Content-Security-Policy a page with the widgets needs: the policy the
 * widgets are built to work under, with the script's, the feed's and the
 * booking service's origins where they are not the page's own, and a hash
 * for the snippet's style block.
 *
 *   default-src 'none'; script-src 'self'; style-src 'self';
 *   img-src 'self' https: data:; connect-src 'self' https:;
 *   require-trusted-types-for 'script'; trusted-types lit-html lc-widgets
 *
 * `connect-src` names the origins instead of all of `https:`: a page allows
 * only the servers the widgets really talk to.
 */

export interface CspInput {
  /** The widgets script's address (absolute, or relative: the page's own server). */
  scriptUrl: string;
  /** The feed's address. */
  feedUrl?: string;
  /** The booking service (the feed's `guidance.booking.api`), when the page books guidance. */
  bookingApi?: string;
  /** `'sha256-…'` sources for inline style blocks (see styleHash). */
  styleHashes?: readonly string[];
}

/** A directive and its sources, in the order a policy lists them. */
export type CspDirective = readonly [name: string, sources: readonly string[]];

/** `https://cdn.example` for an absolute http(s) address; undefined for a relative or other one. */
export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

const withSelf = (...origins: (string | undefined)[]): string[] => [
  "'self'",
  ...new Set(origins.filter((origin): origin is string => Boolean(origin))),
];

/** The directives the widgets need, beyond `default-src 'none'`. */
export function cspDirectives(input: CspInput): CspDirective[] {
  return [
    ['script-src', withSelf(originOf(input.scriptUrl))],
    ['style-src', ["'self'", ...(input.styleHashes ?? [])]],
    ['img-src', ["'self'", 'https:', 'data:']],
    ['connect-src', withSelf(originOf(input.feedUrl), originOf(input.bookingApi))],
    ['require-trusted-types-for', ["'script'"]],
    ['trusted-types', ['lit-html', 'lc-widgets']],
  ];
}

/** One line per directive: `script-src 'self' https://cdn.jsdelivr.net;`. */
export function cspLines(input: CspInput): string[] {
  return cspDirectives(input).map(([name, sources]) => `${name} ${sources.join(' ')};`);
}

/** A whole policy for a page that has none yet: `default-src 'none'; …`. */
export function cspPolicy(input: CspInput): string {
  return ["default-src 'none';", ...cspLines(input)].join(' ').replace(/;$/, '');
}

/**
 * The CSP source that allows an inline style block with exactly this content:
 * `'sha256-<base64>'` of its UTF-8 bytes.
 */
export async function styleHash(content: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(content));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}
