// Finds every widget in the workspace: a package whose package.json `exports`
// has a "./define" entry (the file that registers its tag). `pnpm size` checks
// each one against a budget and the demo page imports each one, so a new widget
// is measured and shown without editing either script.

import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in scripts/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Export conditions we bundle for, in order of preference (never `types`). */
const CONDITIONS = ['browser', 'import', 'default'];

/**
 * @typedef {{ name: string, dir: string, entry: string }} DefineEntry
 *   `name` the package name, `dir` its folder, `entry` the absolute path of its `./define` file.
 */

/**
 * Every packages/* package that exports "./define", sorted by package name.
 * @param {string} [root] repository root
 * @returns {Promise<DefineEntry[]>}
 */
export async function findDefineEntries(root = REPO_ROOT) {
  const packagesDir = join(root, 'packages');
  const folders = await readdir(packagesDir, { withFileTypes: true });
  /** @type {DefineEntry[]} */
  const entries = [];
  for (const folder of folders) {
    if (!folder.isDirectory()) continue;
    const dir = join(packagesDir, folder.name);
    const manifest = await readJsonIfPresent(join(dir, 'package.json'));
    const target = exportTarget(manifest?.exports?.['./define']);
    if (manifest && target)
      entries.push({ name: manifest.name ?? folder.name, dir, entry: resolve(dir, target) });
  }
  return entries.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The file an `exports` value points to for a browser bundle: a string, or the
 * first matching condition of a (possibly nested) conditions object.
 * @param {unknown} value
 * @returns {string | undefined}
 */
export function exportTarget(value) {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  for (const condition of CONDITIONS) {
    const found = exportTarget(/** @type {Record<string, unknown>} */ (value)[condition]);
    if (found) return found;
  }
  return undefined;
}

/** @param {string} file */
async function readJsonIfPresent(file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  return JSON.parse(text);
}
