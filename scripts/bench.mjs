// `pnpm bench`: runs the benchmarks of bench/src/registry.ts in headless
// Chromium and checks their budgets. Prints a table, writes bench/results.json,
// exits 1 when a budget is missed or a benchmark fails.
//
//   pnpm bench                     every benchmark
//   pnpm bench --only validate     those whose name contains "validate"
//   pnpm bench --runs 5            fewer timed runs (a quick look; budgets still apply)
//
// Steps: bundle bench/src/main.ts (esbuild, minified like production) into
// bench/.build/, generate the large feed in memory with generateFeed(), serve
// both from 127.0.0.1, open the page and ask it to run each benchmark.

import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';
import { REPO_ROOT } from './define-entries.mjs';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { startStaticServer } from './static-server.mjs';
import { textTable } from './text-table.mjs';

const BUILD_DIR = join(REPO_ROOT, 'bench/.build');
const SAMPLE_FEED = join(REPO_ROOT, 'packages/feed/examples/sample-feed.json');
const GENERATOR = join(REPO_ROOT, 'packages/feed/scripts/generate-feed.ts');
const RESULTS_FILE = join(REPO_ROOT, 'bench/results.json');
const BIG_FEED = { courses: 10_000, events: 2_000 };
const BIG_FEED_PATH = '/feeds/big-feed.json';
const SAMPLE_FEED_PATH = '/feeds/sample-feed.json';

/**
 * @typedef {{ name: string, medianMs: number | null, p95Ms: number | null, minMs: number | null, runs: number, budgetMs: number | null, ok: boolean, error?: string }} BenchResult
 */

/** Bundles the bench page and copies its static files (bench/pages/) into bench/.build/. */
async function buildBenchPage() {
  await rm(BUILD_DIR, { recursive: true, force: true });
  await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: ['bench/src/main.ts'],
    outfile: join(BUILD_DIR, 'bench.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
  await cp(join(REPO_ROOT, 'bench/pages'), BUILD_DIR, { recursive: true });
}

/** The large synthetic feed as JSON bytes, from the one generator the feed package owns. */
async function generateBigFeed() {
  const { generateFeed } = await tsImport(GENERATOR, import.meta.url);
  const feed = await generateFeed({ ...BIG_FEED });
  return Buffer.from(typeof feed === 'string' ? feed : JSON.stringify(feed), 'utf8');
}

/**
 * Median, 95th percentile (nearest rank) and minimum of the samples.
 * @param {number[]} samples
 */
function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const p95 = sorted[Math.min(n - 1, Math.ceil(0.95 * n) - 1)];
  return { medianMs: round(median), p95Ms: round(p95), minMs: round(sorted[0]) };
}

/** @param {number} ms */
function round(ms) {
  return Math.round(ms * 100) / 100;
}

/**
 * @param {BenchResult[]} results
 * @returns {string}
 */
function formatTable(results) {
  const ms = (/** @type {number | null} */ value) => (value === null ? '—' : value.toFixed(2));
  const header = ['benchmark', 'median ms', 'p95 ms', 'min ms', 'runs', 'budget ms', 'status'];
  const rows = results.map((r) => [
    r.name,
    ms(r.medianMs),
    ms(r.p95Ms),
    ms(r.minMs),
    String(r.runs),
    r.budgetMs === null ? '—' : String(r.budgetMs),
    r.error ? 'FAILED' : r.budgetMs === null ? 'info' : r.ok ? 'OK' : 'OVER',
  ]);
  const errors = results.filter((r) => r.error).map((r) => `  ${r.name}: ${r.error}`);
  return [...textTable(header, rows), ...errors].join('\n');
}

/**
 * Serves bench/.build/ and, from memory, both feeds: the figures then measure
 * the browser and our code rather than this server's disk reads.
 * @param {Buffer} bigFeed
 */
async function serveBench(bigFeed) {
  const inMemory = new Map([
    [BIG_FEED_PATH, bigFeed],
    [SAMPLE_FEED_PATH, await readFile(SAMPLE_FEED)],
  ]);
  return startStaticServer({
    root: BUILD_DIR,
    // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
    headers: {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    },
    handler(req, res) {
      const body = inMemory.get(new URL(req.url ?? '/', 'http://x').pathname);
      if (!body) return false;
      res.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': String(body.length),
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    },
  });
}

/**
 * Runs the selected benchmarks one after another in the page.
 * @param {import('playwright-core').Page} page
 * @param {object} context what the page's BenchContext holds
 * @param {{ only?: string, runs?: number }} options
 * @returns {Promise<BenchResult[]>}
 */
async function runBenchmarks(page, context, { only, runs }) {
  /** @type {{ name: string, budgetMs: number | null, runs: number }[]} */
  const all = await page.evaluate(() => window.lcBench.list());
  const selected = all.filter((b) => !only || b.name.toLowerCase().includes(only.toLowerCase()));
  if (selected.length === 0) throw new Error(`no benchmark matches --only ${only}`);
  /** @type {BenchResult[]} */
  const results = [];
  for (const bench of selected) {
    process.stdout.write(`  ${bench.name} … `);
    const base = { name: bench.name, budgetMs: bench.budgetMs, runs: runs ?? bench.runs };
    try {
      /** @type {number[]} */
      const samples = await page.evaluate(
        ([name, ctx, options]) => window.lcBench.run(name, ctx, options),
        /** @type {const} */ ([bench.name, context, { runs }]),
      );
      const stats = summarize(samples);
      const ok = bench.budgetMs === null || stats.medianMs <= bench.budgetMs;
      results.push({ ...base, runs: samples.length, ...stats, ok });
      console.log(`${stats.medianMs.toFixed(2)} ms`);
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      results.push({
        ...base,
        medianMs: null,
        p95Ms: null,
        minMs: null,
        ok: false,
        error: message,
      });
      console.log('failed');
    }
  }
  return results;
}

async function main() {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, runs: { type: 'string' } },
  });
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  if (runs !== undefined && !(Number.isInteger(runs) && runs > 0)) {
    throw new Error('--runs takes a whole number above 0');
  }
  for (const [file, what] of [
    [SAMPLE_FEED, 'the sample feed'],
    [GENERATOR, 'the feed generator (generateFeed)'],
  ]) {
    if (!existsSync(file)) throw new Error(`The benchmarks need ${what}: ${file} does not exist.`);
  }
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'No Chromium found: install one (apt-get install chromium) or set CHROME_PATH.',
    );
  }

  const started = performance.now();
  // Other work on the machine inflates every figure: record it, and say so.
  const loadAverage = os.loadavg()[0];
  if (loadAverage > os.cpus().length) {
    console.warn(
      `Note: the machine is busy (load average ${loadAverage.toFixed(1)} on ${os.cpus().length} cores); figures will be high.`,
    );
  }
  const [bigFeed] = await Promise.all([generateBigFeed(), buildBenchPage()]);
  const megabytes = (bigFeed.length / 1e6).toFixed(1);
  console.log(
    `Generated a ${BIG_FEED.courses}-course / ${BIG_FEED.events}-event feed (${megabytes} MB).`,
  );

  const server = await serveBench(bigFeed);
  // --expose-gc lets the harness collect garbage between runs, outside the timing.
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
  });
  const chromiumVersion = browser.version();
  let results;
  let crossOriginIsolated;
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => 'lcBench' in window);
    crossOriginIsolated = await page.evaluate(() => window.crossOriginIsolated);
    const context = {
      bigFeedUrl: `${server.url}${BIG_FEED_PATH}`,
      bigFeedCourses: BIG_FEED.courses,
      bigFeedEvents: BIG_FEED.events,
      sampleFeedUrl: `${server.url}${SAMPLE_FEED_PATH}`,
    };
    results = await runBenchmarks(page, context, { only: values.only, runs });
  } finally {
    await browser.close();
    await server.close();
  }

  const report = {
    date: new Date().toISOString(),
    chromium: chromiumVersion,
    node: process.version,
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    loadAverage: Math.round(loadAverage * 100) / 100,
    crossOriginIsolated,
    bigFeed: { ...BIG_FEED, bytes: bigFeed.length },
    results,
  };
  await writeFile(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${formatTable(results)}`);
  const failed = results.filter((r) => !r.ok);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    failed.length === 0
      ? `\nAll ${results.length} benchmarks within budget in ${seconds} s (Chromium ${chromiumVersion}; written to bench/results.json).`
      : `\n${failed.length} of ${results.length} benchmarks over budget or failed: ${failed.map((r) => r.name).join(', ')}`,
  );
  process.exitCode = failed.length === 0 ? 0 : 1;
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
