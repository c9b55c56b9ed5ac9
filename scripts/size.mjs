// `pnpm size`: how many bytes each entry point costs a page, with everything it
// imports (Lit included), minified and gzipped — checked against
// scripts/budgets.json. Prints a table, writes bench/size.json, exits 1 when an
// entry is over budget or cannot be bundled for the browser.
//
// The entries are the fixed ones in budgets.json plus every widget package's
// "./define" export (found by define-entries.mjs), so a new widget is checked
// without editing this script.

import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import { REPO_ROOT, findDefineEntries } from './define-entries.mjs';
import { minifyCssLiteralsPlugin } from './minify-css-literals.mjs';
import { textTable } from './text-table.mjs';
import { cdnSizeResults } from '../packages/widgets/scripts/measure.mjs';

/**
 * @typedef {{ name: string, entry: string, budget: number | null }} SizeEntry entry relative to the repo root; budget in gzip bytes
 * @typedef {{ file: string, bytes: number }} SizeInput one source file and the minified bytes it adds
 * @typedef {{ name: string, entry: string, rawBytes: number | null, gzipBytes: number | null, lazyGzipBytes?: number, budgetBytes: number | null, ok: boolean, note?: string, largest?: SizeInput[] }} SizeResult
 */

const BUILTINS = new Set(builtinModules);

/**
 * Refuses Node built-ins with a message naming the importer: browser entries
 * (the feed package above all) must run without Node.
 * @type {import('esbuild').Plugin}
 */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
      if (!args.path.startsWith('node:') && !BUILTINS.has(args.path.split('/')[0]))
        return undefined;
      return {
        errors: [
          {
            text: `Node-only module "${args.path}" imported by ${relative(REPO_ROOT, args.importer)}: browser entries must not use Node APIs`,
          },
        ],
      };
    });
  },
};

/**
 * The entries to measure: the fixed ones, then one per "./define" export.
 * @param {{ defaultDefineGzip: number, entries: { name: string, entry: string, gzip: number | null }[], define?: Record<string, number> }} budgets
 * @returns {Promise<SizeEntry[]>}
 */
export async function collectEntries(budgets) {
  const fixed = budgets.entries.map(({ name, entry, gzip }) => ({ name, entry, budget: gzip }));
  const widgets = (await findDefineEntries()).map(({ name, entry }) => ({
    name: `${name}/define`,
    entry: relative(REPO_ROOT, entry),
    budget: budgets.define?.[name] ?? budgets.defaultDefineGzip,
  }));
  return [...fixed, ...widgets];
}

/** How many of an entry's largest source files to list. */
const LARGEST = 8;

/**
 * Bundles one entry the way a page would get it and measures it. The budget
 * counts what a page downloads before the element is defined: the entry file
 * and every chunk it imports statically. Code behind a dynamic `import()`
 * (say, ICS export on "Add to calendar") loads only when used, so it is
 * reported apart as `lazyGzipBytes`. `largest` names the source files that add
 * the most to the initial download (minified, before gzip).
 * @param {string} entry path relative to the repo root
 * @returns {Promise<{ rawBytes: number, gzipBytes: number, lazyGzipBytes: number, largest: SizeInput[] }>}
 */
export async function measureEntry(entry) {
  const result = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    tsconfig: 'tsconfig.json',
    legalComments: 'none',
    write: false,
    metafile: true,
    outdir: 'out',
    logLevel: 'silent',
    plugins: [noNodeBuiltins, minifyCssLiteralsPlugin],
  });
  const outputs = result.metafile.outputs;
  const entryOut = Object.keys(outputs).find((file) => outputs[file].entryPoint);
  if (!entryOut) throw new Error(`no output for ${entry}`);
  // The entry and its static imports, transitively: the initial download.
  const initial = new Set([entryOut]);
  for (const file of initial) {
    for (const { path, kind } of outputs[file].imports) {
      if (kind === 'import-statement' && path in outputs) initial.add(path);
    }
  }
  const gzipOf = (/** @type {Uint8Array} */ code) =>
    gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).byteLength;
  let rawBytes = 0;
  let gzipBytes = 0;
  let lazyGzipBytes = 0;
  for (const file of result.outputFiles) {
    const name = relative(REPO_ROOT, file.path);
    if (!(name in outputs) || name.endsWith('.map')) continue;
    if (initial.has(name)) {
      rawBytes += file.contents.byteLength;
      gzipBytes += gzipOf(file.contents);
    } else {
      lazyGzipBytes += gzipOf(file.contents);
    }
  }
  const largest = [...initial]
    .flatMap((file) => Object.entries(outputs[file].inputs))
    .map(([file, { bytesInOutput }]) => ({ file, bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, LARGEST);
  return { rawBytes, gzipBytes, lazyGzipBytes, largest };
}

/**
 * Measures every entry; never throws for one bad entry (it becomes a failed row).
 * @param {SizeEntry[]} entries
 * @returns {Promise<SizeResult[]>}
 */
export async function measureAll(entries) {
  /** @type {SizeResult[]} */
  const results = [];
  for (const { name, entry, budget } of entries) {
    const base = { name, entry, budgetBytes: budget };
    if (!existsSync(resolve(REPO_ROOT, entry))) {
      // An informational entry may not be written yet; a budgeted one must exist.
      results.push({
        ...base,
        rawBytes: null,
        gzipBytes: null,
        ok: budget === null,
        note: `missing: ${entry}`,
      });
      continue;
    }
    try {
      const { rawBytes, gzipBytes, lazyGzipBytes, largest } = await measureEntry(entry);
      const ok = budget === null || gzipBytes <= budget;
      results.push({ ...base, rawBytes, gzipBytes, lazyGzipBytes, ok, largest });
    } catch (error) {
      const messages = /** @type {{ errors?: { text: string }[] }} */ (error).errors?.map(
        (e) => e.text,
      );
      results.push({
        ...base,
        rawBytes: null,
        gzipBytes: null,
        ok: false,
        note: messages?.join('; ') ?? String(error),
      });
    }
  }
  return results;
}

/**
 * The results as a plain-text table.
 * @param {SizeResult[]} results
 * @returns {string}
 */
export function formatTable(results) {
  const header = ['entry', 'raw B', 'gzip B', 'budget B', 'used', 'status', 'lazy gzip B'];
  const rows = results.map((r) => [
    r.name,
    bytes(r.rawBytes),
    bytes(r.gzipBytes),
    bytes(r.budgetBytes),
    r.budgetBytes && r.gzipBytes !== null
      ? `${Math.round((100 * r.gzipBytes) / r.budgetBytes)}%`
      : '',
    status(r),
    r.lazyGzipBytes ? bytes(r.lazyGzipBytes) : '',
  ]);
  const notes = results.filter((r) => r.note).map((r) => `  ${r.name}: ${r.note}`);
  // For an entry over budget, what to look at first.
  const culprits = results
    .filter((r) => !r.ok && r.largest)
    .map(
      (r) =>
        `\n${r.name} is over budget; largest sources (minified bytes, before gzip):\n` +
        (r.largest ?? [])
          .map(({ file, bytes }) => `  ${bytes.toLocaleString('en-US').padStart(8)}  ${file}`)
          .join('\n'),
    );
  return [...textTable(header, rows), ...notes, ...culprits].join('\n');
}

/** @param {SizeResult} r */
function status(r) {
  if (r.gzipBytes === null) return r.ok ? 'MISSING (informational)' : 'FAILED';
  if (r.budgetBytes === null) return 'info';
  return r.ok ? 'OK' : 'OVER';
}

/** @param {number | null} n */
function bytes(n) {
  return n === null ? '—' : n.toLocaleString('en-US');
}

async function main() {
  const budgets = JSON.parse(await readFile(join(REPO_ROOT, 'scripts/budgets.json'), 'utf8'));
  const results = await measureAll(await collectEntries(budgets));
  // The CDN folder (packages/widgets): its loader, and all its chunks together.
  if (budgets.cdn) results.push(...(await cdnSizeResults(budgets.cdn)));
  console.log(formatTable(results));
  await mkdir(join(REPO_ROOT, 'bench'), { recursive: true });
  await writeFile(
    join(REPO_ROOT, 'bench/size.json'),
    `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`,
  );
  // Budgets an open issue still has to meet are measured and shown as OVER,
  // but do not fail the run until that issue lands (see budgets.json `notYetMet`).
  const notYetMet = budgets.notYetMet ?? {};
  const failed = results.filter((r) => !r.ok && !(r.name in notYetMet));
  for (const r of results.filter((r) => r.name in notYetMet)) {
    console.log(
      r.ok
        ? `\n${r.name} now meets its budget: remove it from notYetMet in scripts/budgets.json.`
        : `\n${r.name} is over budget, known and open: ${notYetMet[r.name]}.`,
    );
  }
  console.log(
    failed.length === 0
      ? `\nAll ${results.length - Object.keys(notYetMet).length} gating entries within budget (written to bench/size.json).`
      : `\n${failed.length} of ${results.length} entries over budget or broken: ${failed.map((r) => r.name).join(', ')}`,
  );
  process.exitCode = failed.length === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  await main();
