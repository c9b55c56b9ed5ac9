// The custom elements manifest of every widget, from the JSDoc and types in
// the widgets' sources (their attributes, properties, events, slots, CSS parts
// and custom properties). Write them with:
//
//   pnpm manifest            packages/<widget>/custom-elements.json, and the
//                            generated block of docs/embedding.md
//   pnpm manifest --check    only say what is out of date (the tests do this too)
//
// scripts/manifest.mjs runs the analyzer with this configuration and splits the
// result by package. `cem analyze` on its own also reads it and writes the
// combined manifest under node_modules/.cache (handy to look at, never published).
//
// Core's sources are analyzed with the widgets so what every widget inherits
// from `LcElement` (`feed`, `debug`, `lc-load`, `lc-error`, the shared parts and
// the global `--lc-*` tokens) appears in each widget's manifest.

import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { REPO_ROOT, findDefineEntries } from './scripts/define-entries.mjs';
import { expandTypesPlugin, typeCheckedModules } from './scripts/manifest-plugins.mjs';

/** The packages whose sources are analyzed: core, then every widget (a package exporting "./define"). */
export const ANALYZED_PACKAGES = [
  join(REPO_ROOT, 'packages/core'),
  ...(await findDefineEntries()).map((entry) => entry.dir),
];

/** Every .ts file under `dir` (not declarations or tests), relative to the repository, sorted. */
function sourceFiles(dir) {
  const files = [];
  // A widget being written may not have its sources yet.
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const name = entry.name;
    if (!entry.isFile() || !name.endsWith('.ts') || name.endsWith('.d.ts')) continue;
    if (name.endsWith('.test.ts')) continue;
    files.push(relative(REPO_ROOT, join(entry.parentPath, name)).split(sep).join('/'));
  }
  return files.sort();
}

let checker;

/** @type {import('@custom-elements-manifest/analyzer').Config} */
export default {
  globs: ANALYZED_PACKAGES.flatMap((dir) => sourceFiles(join(dir, 'src'))),
  exclude: ['**/*.d.ts', '**/*.test.ts'],
  litelement: true,
  // The widgets' package.json files name their manifest themselves.
  packagejson: false,
  outdir: 'node_modules/.cache/custom-elements-manifest',
  overrideModuleCreation({ ts, globs }) {
    const program = typeCheckedModules(ts, globs, REPO_ROOT);
    checker = program.checker;
    return program.modules;
  },
  plugins: [expandTypesPlugin(() => checker)],
};
