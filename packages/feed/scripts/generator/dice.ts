/**
 * Seeded randomness for the synthetic feed: the same seed gives the same
 * feed on every machine (Math.random could not).
 */

/** mulberry32: a tiny, fast 32-bit PRNG, plenty for varied test data. Returns [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Choices made with one seeded PRNG. */
export class Dice {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = prng(seed);
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A key of `weights`, each as likely as its weight: `weighted({ open: 9, full: 1 })`. */
  weighted<K extends string>(weights: { readonly [key in K]?: number }): K {
    const entries = Object.entries(weights) as [K, number][];
    let r = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, weight] of entries) if ((r -= weight) < 0) return key;
    return entries[entries.length - 1][0];
  }

  /** Up to `count` distinct items, in their original order. */
  some<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, items.length))
      chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].sort((a, b) => a - b).map((i) => items[i]);
  }
}
