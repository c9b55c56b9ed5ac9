// What the CDN folder costs, for `pnpm size` (scripts/size.mjs): the loader a
// page always downloads, and every chunk together (a page with all the
// widgets), each file gzipped on its own as a server sends it.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { LOADER_FILE, buildWidgets } from './build.mjs';

/**
 * @typedef {{ loaderGzip: number, chunksGzip: number }} CdnBudgets gzip bytes
 * @typedef {{ file: string, rawBytes: number, gzipBytes: number }} CdnFile
 */

/**
 * The five widgets the CDN budget was set for (issue 8: "all chunks together
 * for all five widgets"). Widgets added later are measured too, in the
 * informational "every chunk" row.
 */
export const BUDGETED_TAGS = [
  'lc-course-finder',
  'lc-event-calendar',
  'lc-guidance-booking',
  'lc-partner-logos',
  'lc-centre-finder',
];

/**
 * Builds the CDN folder into a temporary directory and measures its scripts.
 * `budgeted` are the chunks (lazy ones included) the budgeted widgets need.
 * @returns {Promise<{ loader: CdnFile, chunks: CdnFile[], budgeted: CdnFile[] }>}
 */
export async function measureCdn() {
  const outDir = await mkdtemp(join(tmpdir(), 'lc-widgets-size-'));
  try {
    const { files, manifest } = await buildWidgets({ outDir });
    /** @type {CdnFile[]} */
    const measured = [];
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      const contents = await readFile(join(outDir, file));
      const gzipBytes = gzipSync(contents, { level: constants.Z_BEST_COMPRESSION }).byteLength;
      measured.push({ file, rawBytes: contents.byteLength, gzipBytes });
    }
    const loader = measured.find((f) => f.file === LOADER_FILE);
    if (!loader) throw new Error(`the build wrote no ${LOADER_FILE}`);
    const needed = new Set(
      manifest.widgets
        .filter(({ tags }) => tags.some((tag) => BUDGETED_TAGS.includes(tag)))
        .flatMap(({ chunk, imports, lazy }) => [chunk, ...imports, ...lazy]),
    );
    const chunks = measured.filter((f) => f !== loader);
    return { loader, chunks, budgeted: chunks.filter(({ file }) => needed.has(file)) };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/**
 * The CDN folder as two rows of `pnpm size`: the loader, and all chunks.
 * @param {CdnBudgets} budgets
 * @returns {Promise<import('../../../scripts/size.mjs').SizeResult[]>}
 */
export async function cdnSizeResults(budgets) {
  const { loader, chunks, budgeted } = await measureCdn();
  const sum = (/** @type {CdnFile[]} */ files, /** @type {'rawBytes' | 'gzipBytes'} */ key) =>
    files.reduce((total, chunk) => total + chunk[key], 0);
  const chunksGzip = sum(budgeted, 'gzipBytes');
  return [
    {
      name: '@learning-centre/widgets loader',
      entry: `packages/widgets/dist/${LOADER_FILE}`,
      rawBytes: loader.rawBytes,
      gzipBytes: loader.gzipBytes,
      budgetBytes: budgets.loaderGzip,
      ok: loader.gzipBytes <= budgets.loaderGzip,
    },
    {
      name: '@learning-centre/widgets chunks of the 5 widgets',
      entry: 'packages/widgets/dist/chunks/*.js',
      rawBytes: sum(budgeted, 'rawBytes'),
      gzipBytes: chunksGzip,
      budgetBytes: budgets.chunksGzip,
      ok: chunksGzip <= budgets.chunksGzip,
      largest: [...budgeted]
        .sort((a, b) => b.rawBytes - a.rawBytes)
        .map(({ file, rawBytes }) => ({ file, bytes: rawBytes })),
    },
    {
      name: '@learning-centre/widgets every chunk',
      entry: 'packages/widgets/dist/chunks/*.js',
      rawBytes: sum(chunks, 'rawBytes'),
      gzipBytes: sum(chunks, 'gzipBytes'),
      budgetBytes: null,
      ok: true,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { loader, chunks } = await measureCdn();
  for (const { file, rawBytes, gzipBytes } of [loader, ...chunks])
    console.log(
      `${file.padEnd(40)} ${String(rawBytes).padStart(7)} B  ${String(gzipBytes).padStart(6)} B gzip`,
    );
  console.log(
    `${'all chunks'.padEnd(40)} ${' '.repeat(9)}  ${String(chunks.reduce((t, c) => t + c.gzipBytes, 0)).padStart(6)} B gzip`,
  );
}
