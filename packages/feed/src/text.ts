/**
 * Choosing one text from a feed's LocalizedText (`"…"` or `{"sv": "…", "en": "…"}`)
 * for the page's language.
 */
import type { LocalizedText } from './types.ts';

/** The reader's language, or several in order of preference (page, then UI locale…); empty ones are skipped. */
export type PreferredLanguages = string | readonly (string | undefined)[];

/**
 * The text to show for `language` (the page's), in the order a reader would
 * want it: the exact tag (case-insensitive, `sv-FI`), then ever shorter
 * prefixes of it (`zh-Hant-TW` → `zh-Hant` → `zh`), then any text in the same
 * primary language (`en` finds `en-GB`, `sv-FI` finds `sv-SE`); then the same
 * for `fallbackLanguage` (pass the feed's `language`); then the first text
 * given. A plain string is returned as it is, and `undefined` gives `''`.
 * `language` may be a list, best first: each is tried in turn before the fallback.
 *
 * @example pickText({ sv: 'Matematik', en: 'Mathematics' }, 'en-GB', 'sv') // 'Mathematics'
 */
export function pickText(
  text: LocalizedText | undefined,
  language: PreferredLanguages,
  fallbackLanguage: string,
): string {
  if (typeof text === 'string') return text;
  const key = text && pickKey(text, language, fallbackLanguage);
  return key === undefined ? '' : text![key];
}

/**
 * The language of the text `pickText` returns, so a widget can put `lang` on
 * the element that shows it (screen readers then pronounce it right): the
 * language tag as the feed wrote it (`en-GB`). A plain string is taken to be
 * in `fallbackLanguage`, the feed's default language. `undefined` when there is
 * no text at all.
 */
export function pickLanguage(
  text: LocalizedText | undefined,
  language: PreferredLanguages,
  fallbackLanguage: string,
): string | undefined {
  if (typeof text === 'string') return fallbackLanguage || undefined;
  return text && pickKey(text, language, fallbackLanguage);
}

/** Every text of a LocalizedText, in every language given (for search). */
export function allTexts(text: LocalizedText | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string'
    ? [text]
    : Object.values(text).filter((t) => typeof t === 'string');
}

/** The key of `texts` that `pickText` uses, or `undefined` when there is none. */
function pickKey(
  texts: Record<string, string>,
  language: PreferredLanguages,
  fallbackLanguage: string,
): string | undefined {
  const keys = Object.keys(texts).filter((key) => typeof texts[key] === 'string');
  for (const wanted of [
    ...(typeof language === 'string' ? [language] : language),
    fallbackLanguage,
  ]) {
    const key = wanted ? lookup(keys, wanted) : undefined;
    if (key !== undefined) return key;
  }
  return keys[0];
}

/** RFC 4647 lookup (truncating the wanted tag), then any key with the same primary subtag. */
function lookup(keys: string[], wanted: string): string | undefined {
  let tag = wanted.toLowerCase();
  const lower = keys.map((key) => key.toLowerCase());
  for (;;) {
    const i = lower.indexOf(tag);
    if (i >= 0) return keys[i];
    const cut = tag.lastIndexOf('-');
    if (cut < 0) break;
    tag = tag.slice(0, cut);
  }
  // `tag` is now the primary subtag: 'en' finds 'en-GB'.
  const i = lower.findIndex((key) => key.startsWith(`${tag}-`));
  return i >= 0 ? keys[i] : undefined;
}
