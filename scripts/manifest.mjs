// `pnpm manifest`: writes each widget's custom elements manifest
// (packages/<widget>/custom-elements.json) and the theming block of
// docs/embedding.md that is generated from them, then checks every widget
// README against its manifest.
//
//   pnpm manifest            write what is out of date, list README problems
//   pnpm manifest --check    write nothing; exit 1 when anything is out of date
//
// The analysis is custom-elements-manifest.config.mjs run through the
// analyzer's own `create()`, once for all packages, so what a widget inherits
// from core's `LcElement` is resolved; the result is then split by package.

import { create } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { readFile, writeFile } from 'node:fs/promises';
import { join, posix, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { REPO_ROOT, exportTarget, findDefineEntries } from './define-entries.mjs';
import {
  EMBEDDING_DOC,
  THEMING_BLOCK,
  readmeProblems,
  replaceGeneratedBlock,
  themingMarkdown,
  widgetDeclarations,
} from './manifest-docs.mjs';

/** The file name of a package's manifest (what `customElements` in package.json names). */
export const MANIFEST_FILE = 'custom-elements.json';

/**
 * Runs the analyzer over core and every widget: one manifest whose module
 * paths are relative to the repository (`packages/x/src/y.ts`).
 * @returns {Promise<import('custom-elements-manifest/schema').Package>}
 */
export async function analyzeAll() {
  const { default: config } = await import(
    pathToFileURL(join(REPO_ROOT, 'custom-elements-manifest.config.mjs')).href
  );
  const { ts } = await import('@custom-elements-manifest/analyzer');
  const modules = config.overrideModuleCreation({ ts, globs: config.globs });
  return create({ modules, plugins: [...litPlugin(), ...config.plugins], context: {} });
}

/**
 * @typedef {{ name: string, dir: string, entries?: string[] }} PackageInfo
 *   `name` the package name, `dir` its folder relative to the repository
 *   (`packages/x`), `entries` the modules its package.json exports (`src/x.ts`):
 *   only these are kept, as they are the package's public API.
 */

/**
 * One manifest per package in `packages`: its exported modules, with paths
 * relative to the package (`src/y.ts`), references into other packages as
 * `{ package, module }`, and no private members.
 * @param {import('custom-elements-manifest/schema').Package} full from analyzeAll()
 * @param {PackageInfo[]} packages
 * @param {PackageInfo[]} [known] every package a reference may point into (default `packages`)
 * @returns {Map<string, import('custom-elements-manifest/schema').Package>} by package dir
 */
export function splitManifest(full, packages, known = packages) {
  const owners = [...known].sort((a, b) => b.dir.length - a.dir.length);
  const ownerOf = (path) => owners.find((p) => path.startsWith(`${p.dir}/`));
  const result = new Map();
  for (const pkg of packages) {
    const modules = full.modules
      .filter((module) => ownerOf(module.path) === pkg)
      .filter(
        (module) => !pkg.entries || pkg.entries.includes(module.path.slice(pkg.dir.length + 1)),
      )
      .map((module) => {
        const copy = structuredClone(module);
        for (const declaration of copy.declarations ?? [])
          if (declaration.members)
            declaration.members = declaration.members.filter((m) => m.privacy !== 'private');
        return relink(copy, pkg, ownerOf, posix.dirname(module.path));
      });
    result.set(pkg.dir, { schemaVersion: full.schemaVersion, readme: 'README.md', modules });
  }
  return result;
}

/**
 * Rewrites every `path`/`module` in `node` from repository-relative (or
 * relative to `base`, the module's folder: `./options.ts`) to package-relative.
 */
function relink(node, pkg, ownerOf, base) {
  if (Array.isArray(node)) return node.map((item) => relink(item, pkg, ownerOf, base));
  if (!node || typeof node !== 'object') return node;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') {
      const path = value.startsWith('.') ? posix.join(base, value) : value.replace(/^\/+/, '');
      const owner = ownerOf(path);
      if (!owner) continue;
      node[key] = path.slice(owner.dir.length + 1);
      if (key === 'module' && owner !== pkg) node.package = owner.name;
    } else {
      node[key] = relink(value, pkg, ownerOf, base);
    }
  }
  return node;
}

/** Text as Prettier would write `file` (the repository's settings), so `prettier --check` agrees. */
export async function formatLike(file, text) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

/**
 * Everything `pnpm manifest` writes, as it should be now: each widget's
 * manifest and docs/embedding.md with a fresh theming block. Also the README
 * problems (which are listed, not fixed: READMEs are written by people).
 * @returns {Promise<{ files: { file: string, text: string }[], readmes: { file: string, problems: string[] }[] }>}
 */
export async function expectedOutput() {
  const entries = await findDefineEntries();
  const toInfo = (name, dir) => ({ name, dir: relative(REPO_ROOT, dir).split(sep).join('/') });
  const widgets = await Promise.all(
    entries.map(async (entry) => ({
      ...toInfo(entry.name, entry.dir),
      entries: await exportedModules(entry.dir),
    })),
  );
  const core = toInfo('@learning-centre/core', join(REPO_ROOT, 'packages/core'));
  const manifests = splitManifest(await analyzeAll(), widgets, [core, ...widgets]);

  const files = [];
  const readmes = [];
  /** @type {{ pkg: PackageInfo, manifest: any }[]} */
  const documented = [];
  for (const pkg of widgets) {
    const manifest = manifests.get(pkg.dir);
    if (widgetDeclarations(manifest).length === 0) continue;
    documented.push({ pkg, manifest });
    const file = join(REPO_ROOT, pkg.dir, MANIFEST_FILE);
    files.push({ file, text: await formatLike(file, JSON.stringify(manifest, null, 2)) });
    const readmeFile = join(REPO_ROOT, pkg.dir, 'README.md');
    const readme = await readFile(readmeFile, 'utf8').catch(() => '');
    const problems = widgetDeclarations(manifest).flatMap((declaration) =>
      readmeProblems(readme, declaration),
    );
    readmes.push({ file: readmeFile, problems });
  }

  const doc = join(REPO_ROOT, EMBEDDING_DOC);
  const current = await readFile(doc, 'utf8');
  const block = themingMarkdown(documented.map(({ manifest }) => manifest));
  files.push({
    file: doc,
    text: await formatLike(doc, replaceGeneratedBlock(current, THEMING_BLOCK, block)),
  });
  return { files, readmes };
}

/** The modules a package's `exports` point to, relative to the package (`src/x.ts`). */
async function exportedModules(dir) {
  const { exports = {} } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  const targets =
    typeof exports === 'string' ? [exports] : Object.values(exports).map(exportTarget);
  return targets.filter(Boolean).map((target) => posix.normalize(target));
}

/**
 * The files whose content differs from `expected` (missing ones included).
 * @param {{ file: string, text: string }[]} expected
 */
export async function staleFiles(expected) {
  const stale = [];
  for (const { file, text } of expected) {
    const current = await readFile(file, 'utf8').catch(() => undefined);
    if (current !== text) stale.push(file);
  }
  return stale;
}

async function main() {
  const check = process.argv.includes('--check');
  const { files, readmes } = await expectedOutput();
  const stale = await staleFiles(files);
  const show = (file) => relative(REPO_ROOT, file);
  if (check) {
    for (const file of stale) console.error(`Out of date: ${show(file)} (run pnpm manifest)`);
  } else {
    for (const file of stale) {
      await writeFile(file, files.find((f) => f.file === file).text);
      console.log(`Wrote ${show(file)}`);
    }
    if (stale.length === 0) console.log('The manifests and docs/embedding.md are up to date.');
  }
  let problems = 0;
  for (const { file, problems: list } of readmes) {
    for (const problem of list) console.error(`${show(file)}: ${problem}`);
    problems += list.length;
  }
  if ((check && stale.length > 0) || problems > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
