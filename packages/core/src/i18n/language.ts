/**
 * Which language and writing direction an element is in. The pure helpers
 * (`canonicalLanguage`, `primaryLanguage`, `isRtlLanguage`) run anywhere; the
 * resolvers read the DOM only when called.
 */

/** The language a page gets when nothing on it says which: the feed's usual language. */
export const DEFAULT_LANGUAGE = 'sv';

/** Primary subtags of languages written right to left. */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

/**
 * `lang` as a canonical BCP 47 tag (`sv-se` → `sv-SE`, `sv_SE` → `sv-SE`), or
 * `undefined` when it is empty or not a language tag — real pages have both.
 */
export function canonicalLanguage(lang: string | null | undefined): string | undefined {
  const tag = lang?.trim().replaceAll('_', '-');
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The language subtag alone, lower case: `sv-FI` → `sv`. */
export function primaryLanguage(lang: string): string {
  return lang.split('-')[0].toLowerCase();
}

/** True for languages written right to left (Arabic, Hebrew, Persian, Urdu …). */
export function isRtlLanguage(lang: string): boolean {
  return RTL_LANGUAGES.has(primaryLanguage(lang));
}

/**
 * The language `element` is in: its own `lang`, else the closest ancestor's
 * (crossing shadow roots), else the document's, else `DEFAULT_LANGUAGE`.
 * Empty or malformed `lang` values are skipped. Returns a canonical tag.
 */
export function resolveLanguage(element: Element): string {
  for (const node of selfAndAncestors(element)) {
    const lang = canonicalLanguage(node.getAttribute('lang'));
    if (lang) return lang;
  }
  return canonicalLanguage(document.documentElement?.lang) ?? DEFAULT_LANGUAGE;
}

/**
 * The writing direction of `element`: the nearest of itself and its ancestors
 * (crossing shadow roots) that says anything decides — a `dir` of `ltr`/`rtl`,
 * or a `lang` whose script runs right to left. So `<lc-x lang="ar">` is RTL
 * even on a page with `<html dir="ltr">`, and `dir="rtl"` on a wrapper wins.
 */
export function resolveDirection(element: Element): 'ltr' | 'rtl' {
  const nodes = [...selfAndAncestors(element)];
  const root = document.documentElement;
  if (root && !nodes.includes(root)) nodes.push(root);
  for (const node of nodes) {
    const dir = node.getAttribute('dir')?.trim().toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
    const lang = canonicalLanguage(node.getAttribute('lang'));
    if (lang) return isRtlLanguage(lang) ? 'rtl' : 'ltr';
  }
  return isRtlLanguage(DEFAULT_LANGUAGE) ? 'rtl' : 'ltr';
}

/** `element`, its parent, …, stepping from a shadow root to its host. */
function* selfAndAncestors(element: Element): Generator<Element> {
  let node: Element | null = element;
  while (node) {
    yield node;
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : node.parentElement;
  }
}
