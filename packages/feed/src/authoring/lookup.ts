/**
 * Finding the feed's items by what a person writes for them: the id, or a
 * name in any language (ignoring case and accents), or for a centre also its
 * municipality when only one centre is there.
 */
import { allTexts } from '../text.ts';
import type { LocalizedText } from '../types.ts';
import { looseKey } from './slug.ts';

/** Items findable by id or name; a name two items share finds neither. */
export class Lookup {
  private readonly ids = new Set<string>();
  private readonly keys = new Map<string, string | null>();

  constructor(items: readonly { id: string; name: LocalizedText; municipality?: string }[] = []) {
    for (const item of items) this.add(item.id, item.name, item.municipality);
  }

  /** Makes an item findable by its id, its names and the other words given. */
  add(id: string, name?: LocalizedText, ...words: (string | undefined)[]): void {
    this.ids.add(id);
    for (const word of [id, ...allTexts(name), ...words]) {
      if (!word) continue;
      const key = looseKey(word);
      const found = this.keys.get(key);
      // An id always wins over a name; a name shared by two items names neither.
      if (found === undefined || word === id) this.keys.set(key, id);
      else if (found !== id && !this.ids.has(key)) this.keys.set(key, null);
    }
  }

  /** The id `text` names, if exactly one item answers to it. */
  find(text: string): string | undefined {
    const trimmed = text.trim();
    if (this.ids.has(trimmed)) return trimmed;
    return this.keys.get(looseKey(trimmed)) ?? undefined;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  get size(): number {
    return this.ids.size;
  }

  /** Up to `max` ids, for "known: a, b, c…" in messages. */
  sample(max = 8): string {
    const ids = [...this.ids];
    return ids.slice(0, max).join(', ') + (ids.length > max ? ', …' : '');
  }
}
