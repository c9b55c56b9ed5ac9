/**
 * The benchmark harness that runs inside the bench page. A benchmark is one
 * file under bench/src/benchmarks/ that calls `defineBenchmark`, listed once in
 * registry.ts. scripts/bench.mjs opens the page in headless Chromium, calls
 * `window.lcBench.run(name, context)` for each and turns the samples into
 * medians and budgets.
 */

/** What the Node side serves and passes to every benchmark. */
export interface BenchContext {
  /** The large synthetic feed (`generateFeed`), served from memory. */
  bigFeedUrl: string;
  /** How many courses and events the large feed has. */
  bigFeedCourses: number;
  bigFeedEvents: number;
  /** packages/feed/examples/sample-feed.json, served as a static file. */
  sampleFeedUrl: string;
}

export interface BenchmarkSpec<State, Input> {
  /** Unique, shown in the results table. */
  name: string;
  /** Budget for the median in milliseconds; `null` for an informational figure. */
  budgetMs: number | null;
  /**
   * Timed runs (default 21) after `warmup` untimed ones (default 5). After 6 s
   * a benchmark stops at the first point where it has 5 timed runs.
   */
  runs?: number;
  warmup?: number;
  /** Once, untimed: fetch and build what every run needs. */
  setup(context: BenchContext): State | Promise<State>;
  /** Before each run, untimed: a fresh input, so no run benefits from the previous one. */
  prepare?(state: State): Input | Promise<Input>;
  /** The work that is timed. */
  run(input: Input): unknown;
  /** Checks the first result, so a benchmark never times work that silently went wrong. Throw to fail. */
  verify?(output: unknown, state: State): void;
}

/** A benchmark with its types erased, as the registry holds it. */
export interface Benchmark {
  name: string;
  budgetMs: number | null;
  runs: number;
  warmup: number;
  /** Returns one duration in milliseconds per timed run (maybe fewer than `runs`: see BenchmarkSpec.runs). */
  sample(context: BenchContext, options?: { runs?: number; warmup?: number }): Promise<number[]>;
}

const DEFAULT_RUNS = 21;
const DEFAULT_WARMUP = 5;
/** A benchmark that has taken this long (warm-up included) stops once it has MIN_RUNS samples. */
const MAX_SAMPLING_MS = 6_000;
const MIN_RUNS = 5;

/** Declares a benchmark; add the result to the list in registry.ts. */
export function defineBenchmark<State, Input = State>(
  spec: BenchmarkSpec<State, Input>,
): Benchmark {
  const runs = spec.runs ?? DEFAULT_RUNS;
  const warmup = spec.warmup ?? DEFAULT_WARMUP;
  const prepare = spec.prepare ?? ((state: State) => state as unknown as Input);
  return {
    name: spec.name,
    budgetMs: spec.budgetMs,
    runs,
    warmup,
    async sample(context, options = {}) {
      const state = await spec.setup(context);
      const timedRuns = options.runs ?? runs;
      const untimedRuns = Math.max(1, options.warmup ?? warmup);
      const samples: number[] = [];
      const started = performance.now();
      for (let i = 0; i < untimedRuns + timedRuns; i++) {
        // A slow benchmark on a busy machine stops early, so `pnpm bench` stays
        // within minutes: the median of MIN_RUNS is still a median.
        if (samples.length >= MIN_RUNS && performance.now() - started > MAX_SAMPLING_MS) break;
        const input = await prepare(state);
        // Collect the previous run's garbage now, not inside the next timed run
        // (bench.mjs starts Chromium with --expose-gc; elsewhere this is a no-op).
        (globalThis as { gc?: () => void }).gc?.();
        const start = performance.now();
        // Awaiting a synchronous result costs one microtask, far below the timer's resolution.
        const output = await spec.run(input);
        const elapsed = performance.now() - start;
        if (i === 0) spec.verify?.(output, state);
        if (i >= untimedRuns) samples.push(elapsed);
      }
      return samples;
    },
  };
}
