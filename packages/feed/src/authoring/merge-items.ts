/**
 * Telling whether two feeds' items with one id are the same thing, and
 * making one item of them: lists joined, translations joined, the first
 * feed's value kept (and reported) where they disagree.
 */
import { LANGUAGE_TAG_PATTERN } from '../schema/feed-definition.ts';
import { allTexts } from '../text.ts';
import { looseKey } from './slug.ts';

type Json = Record<string, unknown>;

/** One feed's version of an item, by the feed's index. */
export interface Variant {
  source: number;
  item: Json;
}

export /** Same thing: equal, or sharing a name or title in some language. */
function sameThing(a: Json, b: Json): boolean {
  if (JSON.stringify(a) === JSON.stringify(b)) return true;
  const label = (item: Json) =>
    new Set(allTexts((item.name ?? item.title) as Parameters<typeof allTexts>[0]).map(looseKey));
  const names = label(a);
  return [...label(b)].some((name) => names.has(name));
}

/**
 * One item from several feeds' versions (`names[source]` names each feed in
 * messages): lists joined, texts joined by language, the first version's value
 * kept on a conflict, which `conflicts` gets.
 */
export function combine(
  variants: readonly Variant[],
  path: string,
  names: readonly string[],
  language: string,
  conflicts: string[],
): Json {
  const out = structuredClone(variants[0].item);
  const from = names[variants[0].source];
  for (const { source, item } of variants.slice(1)) {
    for (const [key, value] of Object.entries(item)) {
      const mine = out[key];
      if (mine === undefined) out[key] = value;
      else if (JSON.stringify(mine) === JSON.stringify(value)) continue;
      else if (key === 'modified' && typeof mine === 'string' && typeof value === 'string')
        out[key] = Date.parse(value) > Date.parse(mine) ? value : mine;
      else if (
        isTexts(mine) &&
        isTexts(value) &&
        (typeof mine === 'object' || typeof value === 'object')
      ) {
        // One text in two feeds' languages: the translations join (the first feed's wins per language).
        const texts = { ...asTexts(value, language), ...asTexts(mine, language) };
        const clash = Object.keys(texts).some(
          (lang) =>
            asTexts(value, language)[lang] !== undefined &&
            asTexts(value, language)[lang] !== texts[lang],
        );
        out[key] = texts;
        if (clash)
          conflicts.push(`${path}.${key}: ${from} and ${names[source]} differ; kept ${from}'s`);
      } else if (Array.isArray(mine) && Array.isArray(value)) {
        const seen = new Set(mine.map((v) => JSON.stringify(v)));
        out[key] = [...mine, ...value.filter((v) => !seen.has(JSON.stringify(v)))];
      } else
        conflicts.push(
          `${path}.${key}: ${from} and ${names[source]} differ; kept ${from}'s (${short(mine)}, not ${short(value)})`,
        );
    }
  }
  return out;
}

/** A LocalizedText: a string, or strings by language tag. */
function isTexts(value: unknown): value is string | Record<string, string> {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(
    ([key, text]) => LANGUAGE_TAG_PATTERN.test(key) && typeof text === 'string',
  );
}

function asTexts(value: string | Record<string, string>, language: string): Record<string, string> {
  return typeof value === 'string' ? { [language]: value } : value;
}

function short(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
