import { canonicalLanguage } from './i18n/language.ts';

/** The language used when a tag cannot be used by `Intl` at all. */
const SAFE_LANGUAGE = 'en';

type IntlConstructor<T, O> = new (locales: string, options?: O) => T;

const cache = new Map<string, unknown>();

/**
 * One `Intl` formatter per (kind, language, options): creating them is slow
 * (tens of microseconds each) and a calendar renders hundreds of dates.
 * An unusable language tag falls back to English instead of throwing.
 * The cache is unbounded on purpose — a page uses a handful of combinations.
 */
export function intl<T, O extends object>(
  Ctor: IntlConstructor<T, O>,
  lang: string,
  options?: O,
): T {
  const key = `${Ctor.name}|${lang}|${options ? JSON.stringify(options) : ''}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = new Ctor(canonicalLanguage(lang) ?? SAFE_LANGUAGE, options);
    cache.set(key, formatter);
  }
  return formatter;
}
