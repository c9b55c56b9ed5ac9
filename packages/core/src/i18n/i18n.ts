/**
 * UI texts: which table a language gets, filling in `{name}` placeholders and
 * plurals, and registering more languages at run time. No DOM.
 *
 * Languages we have no table for get English (`FALLBACK_LANGUAGE`), not
 * Swedish: a visitor whose page is in German is likelier to read English.
 * A page adds a language with `registerMessages('ar', {...})` — no rebuild.
 */
import { intl } from '../intl-cache.ts';
import { canonicalLanguage } from './language.ts';
import type {
  MessageKey,
  MessageParams,
  MessageValue,
  Messages,
  VocabularyPack,
} from './message-types.ts';
import { en } from './messages.en.ts';
import { sv } from './messages.sv.ts';

/** The table a language without one of its own gets. */
export const FALLBACK_LANGUAGE = 'en';

/** Our own tables: core's texts, plus each vocabulary a widget has asked for. */
const builtIn = new Map<string, Partial<Messages>>([
  ['sv', { ...sv }],
  ['en', { ...en }],
]);
const vocabularies = new Set<VocabularyPack>();
const registered = new Map<string, Partial<Messages>>();
const tables = new Map<string, Messages>();
const listeners = new Set<() => void>();

/**
 * Adds or overrides texts for a language, e.g. Arabic, or a municipality's own
 * wording in Swedish. Keys left out fall back to the language's built-in table,
 * then to English. Widgets on the page re-render.
 *
 * @throws RangeError when `lang` is not a language tag.
 */
export function registerMessages(lang: string, messages: Partial<Messages>): void {
  const tag = canonicalLanguage(lang);
  if (!tag) throw new RangeError(`registerMessages: "${lang}" is not a language tag such as "ar"`);
  const key = tag.toLowerCase();
  registered.set(key, { ...registered.get(key), ...messages });
  tables.clear();
  for (const listener of listeners) listener();
}

/**
 * Adds a vocabulary's texts (e.g. `courseVocabulary`) to the built-in tables.
 * A widget calls it for the words it shows, so its bundle carries only those;
 * calling it again with the same pack does nothing. A page's own texts
 * (`registerMessages`) still win.
 */
export function useVocabulary(pack: VocabularyPack): void {
  if (vocabularies.has(pack)) return;
  vocabularies.add(pack);
  Object.assign(builtIn.get('sv')!, pack.sv);
  Object.assign(builtIn.get('en')!, pack.en);
  tables.clear();
}

/** Calls `listener` whenever `registerMessages` changes a table; returns the unsubscribe function. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The locale UI texts and `Intl` formatting use for a page language: the
 * language itself when we have texts for it or for its primary language
 * (`sv-FI` stays `sv-FI`, so dates follow Finland-Swedish habits), else English.
 */
export function resolveLocale(lang: string | null | undefined): string {
  const tag = canonicalLanguage(lang);
  if (!tag) return FALLBACK_LANGUAGE;
  return prefixes(tag).some(hasTable) ? tag : FALLBACK_LANGUAGE;
}

/** The complete table for a language: English, overlaid by its primary language, then the full tag. */
export function getMessages(lang: string | null | undefined): Messages {
  const locale = resolveLocale(lang);
  const key = locale.toLowerCase();
  let table = tables.get(key);
  if (!table) {
    const merged = { ...builtIn.get(FALLBACK_LANGUAGE) } as Messages;
    for (const prefix of prefixes(locale).reverse()) {
      Object.assign(merged, builtIn.get(prefix), registered.get(prefix));
    }
    table = Object.freeze(merged);
    tables.set(key, table);
  }
  return table;
}

/** The text `key` in language `lang`, placeholders filled. */
export function translate(lang: string, key: MessageKey, params?: MessageParams): string {
  const locale = resolveLocale(lang);
  // A key no table has (a vocabulary nobody asked for) shows as itself, never as "undefined".
  return format(getMessages(locale)[key] ?? key, params, locale);
}

/**
 * Fills a message: `{name}` takes `params.name` (numbers formatted for `lang`);
 * a plural message picks its form by `params.count` with `Intl.PluralRules`
 * and `#` becomes the formatted count. Unknown placeholders are left as they
 * are, so a missing parameter shows instead of vanishing.
 *
 * @example format({ one: '# kurs', other: '# kurser' }, { count: 3 }, 'sv') // '3 kurser'
 */
export function format(
  template: MessageValue,
  params: MessageParams = {},
  lang = FALLBACK_LANGUAGE,
): string {
  let text: string;
  if (typeof template === 'string') {
    text = template;
  } else {
    const count = Number(params.count);
    const known = Number.isFinite(count);
    const category = known ? intl(Intl.PluralRules, lang).select(count) : 'other';
    text = template[category] ?? template.other;
    if (known) text = text.replaceAll('#', formatParam(count, lang));
  }
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? formatParam(params[name], lang) : placeholder,
  );
}

function formatParam(value: string | number, lang: string): string {
  return typeof value === 'number' ? intl(Intl.NumberFormat, lang).format(value) : value;
}

function hasTable(tagLowerCase: string): boolean {
  return builtIn.has(tagLowerCase) || registered.has(tagLowerCase);
}

/** `zh-Hant-TW` → `['zh-hant-tw', 'zh-hant', 'zh']`: the tables that may apply, most specific first. */
function prefixes(tag: string): string[] {
  const parts = tag.toLowerCase().split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}
