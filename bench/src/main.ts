/**
 * Entry of the bench page (bench/pages/index.html). Exposes the registry to
 * scripts/bench.mjs, which drives it through Playwright.
 */
import type { BenchContext } from './harness.ts';
import { benchmarks } from './registry.ts';

/** A benchmark as the Node side sees it. */
export interface BenchInfo {
  name: string;
  budgetMs: number | null;
  runs: number;
  warmup: number;
}

export interface BenchApi {
  list(): BenchInfo[];
  /** Timed samples in milliseconds. */
  run(
    name: string,
    context: BenchContext,
    options?: { runs?: number; warmup?: number },
  ): Promise<number[]>;
}

declare global {
  interface Window {
    lcBench: BenchApi;
  }
}

window.lcBench = {
  list: () =>
    benchmarks.map(({ name, budgetMs, runs, warmup }) => ({ name, budgetMs, runs, warmup })),
  run(name, context, options) {
    const benchmark = benchmarks.find((b) => b.name === name);
    if (!benchmark) return Promise.reject(new Error(`no benchmark named "${name}"`));
    return benchmark.sample(context, options);
  },
};
