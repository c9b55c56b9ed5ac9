/**
 * What a widget does with an attribute value it cannot use: it goes on with a
 * sensible default and tells the page's developer once, in the console,
 * naming the attribute and the values it accepts. Never a broken widget.
 */

const warned = new WeakMap<Element, Set<string>>();

/**
 * Warns, once per element, attribute and value, that `value` is not allowed:
 *
 *     <lc-course-finder>: page-size="abc" is not allowed; use a whole number from 1 to 100. Using 20.
 *
 * @param allowed what the attribute accepts, e.g. `"list" or "grid"`
 * @param fallback what the widget uses instead, when it uses something
 * @returns whether a warning was written (false when this one was given before)
 */
export function warnInvalidAttribute(
  host: Element,
  attribute: string,
  value: string,
  allowed: string,
  fallback?: string,
): boolean {
  const key = `${attribute}\u0000${value}`;
  let seen = warned.get(host);
  if (!seen) warned.set(host, (seen = new Set()));
  if (seen.has(key)) return false;
  seen.add(key);
  const instead = fallback === undefined ? '' : ` Using ${fallback}.`;
  console.warn(
    `<${host.localName}>: ${attribute}="${value}" is not allowed; use ${allowed}.${instead}`,
  );
  return true;
}
