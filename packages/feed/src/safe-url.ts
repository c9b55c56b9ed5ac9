/** Schemes a widget may put in an `href` or `src`. */
export const WEB_SCHEMES = ['https:', 'http:'] as const;
/** Web schemes plus the ones for contact links. */
export const CONTACT_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;

/**
 * Returns an absolute URL when `raw` uses one of the allowed schemes, else
 * `undefined`. Relative addresses are resolved against `base` (the feed's URL),
 * so a feed can name its logos `logos/kth.svg`. This is the one gate every URL
 * from a feed passes before it reaches an `href` or `src`: `javascript:`,
 * `data:` and friends never do.
 */
export function safeUrl(
  raw: unknown,
  base?: string,
  schemes: readonly string[] = WEB_SCHEMES,
): string | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  let parsed: URL;
  try {
    parsed = base ? new URL(raw.trim(), base) : new URL(raw.trim());
  } catch {
    return undefined;
  }
  return schemes.includes(parsed.protocol) ? parsed.href : undefined;
}
