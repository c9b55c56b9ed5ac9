/**
 * Turning people's words into the feed's ids, and comparing people's words
 * the forgiving way a spreadsheet needs ("Poang" finds "Poäng", "KURSNAMN "
 * finds "Kursnamn").
 */
import { ID_PATTERN } from '../schema/feed-definition.ts';

/** Longest id `slugify` makes: ids appear in links and calendar UIDs. */
const MAX_SLUG = 80;

/**
 * Lower-case, accents and the Nordic letters reduced to ASCII (`å`, `ä` → `a`,
 * `ö`, `ø` → `o`, `æ` → `ae`), whitespace collapsed, trimmed, and a trailing
 * `:` or `*` dropped (spreadsheets mark required columns so).
 */
export function looseKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = asciiFold(text)
      .replace(/[\s_]+/g, ' ')
      .replace(/\s*[:*]+$/, '')
      .trim();
    // A sheet repeats its words (providers, modes, centres) on every row: remember them, boundedly.
    if (keys.size >= 10_000) keys.clear();
    keys.set(text, key);
  }
  return key;
}

const keys = new Map<string, string>();

/** `Tekniskt basår – KTH 2026` → `tekniskt-basar-kth-2026`: a valid feed id, or '' when nothing is left. */
export function slugify(text: string): string {
  const slug = asciiFold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_SLUG).replace(/-+$/, '');
}

/** True for a valid feed id. */
export const isId = (value: string): boolean => ID_PATTERN.test(value);

/** `base`, or `base-2`, `base-3`… : the first that `taken` does not hold. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

function asciiFold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}
