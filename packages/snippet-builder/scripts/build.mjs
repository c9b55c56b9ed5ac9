// Builds the snippet builder page (`npm start` serves it at /builder/ next to
// the demo; scripts/demo.mjs calls this). main.js imports the virtual module
// `lc:builder-widgets`, filled here with one import per widget's "./define"
// (for the live preview) and each widget's custom elements manifest (for its
// options), so a new widget or attribute reaches the builder without edits.

import { bundlePage } from '../../../scripts/page-bundle.mjs';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../../../scripts/define-entries.mjs';

const BUILDER_DIR = join(REPO_ROOT, 'packages/snippet-builder');
/** Copied as they are into the build. */
const PAGE_FILES = ['index.html', 'builder.css'];
const BOOTSTRAP_CSS = join(REPO_ROOT, 'node_modules/bootstrap/dist/css/bootstrap.min.css');

/**
 * `lc:builder-widgets`: the widgets' define imports and their manifests.
 * @param {import('../../../scripts/define-entries.mjs').DefineEntry[]} entries
 * @param {unknown[]} manifests
 * @returns {import('esbuild').Plugin}
 */
function builderWidgetsPlugin(entries, manifests) {
  return {
    name: 'lc-builder-widgets',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^lc:builder-widgets$/ }, (args) => ({
        path: args.path,
        namespace: 'lc-builder-widgets',
      }));
      pluginBuild.onLoad({ filter: /.*/, namespace: 'lc-builder-widgets' }, () => ({
        contents: [
          ...entries.map(({ entry }) => `import ${JSON.stringify(entry)};`),
          `export const manifests = ${JSON.stringify(manifests)};`,
        ].join('\n'),
        resolveDir: REPO_ROOT,
        loader: 'js',
      }));
    },
  };
}

/**
 * Builds the builder into `outDir` (emptied first): main.js with every
 * widget, index.html, builder.css and Bootstrap's stylesheet.
 * @param {string} outDir
 * @param {import('../../../scripts/define-entries.mjs').DefineEntry[]} entries widgets whose define file exists
 * @returns {Promise<{ outDir: string, widgets: string[] }>} `widgets`: the tags the builder offers
 */
export async function buildBuilder(outDir, entries) {
  const target = resolve(outDir);
  const manifests = [];
  for (const { dir } of entries) {
    const file = join(dir, 'custom-elements.json');
    if (existsSync(file)) manifests.push(JSON.parse(await readFile(file, 'utf8')));
  }
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  await bundlePage({
    entry: join(BUILDER_DIR, 'src/main.ts'),
    outfile: join(target, 'main.js'),
    plugins: [builderWidgetsPlugin(entries, manifests)],
  });
  await Promise.all([
    ...PAGE_FILES.map((file) => cp(join(BUILDER_DIR, file), join(target, file))),
    cp(BOOTSTRAP_CSS, join(target, 'bootstrap.min.css')),
    cp(`${BOOTSTRAP_CSS}.map`, join(target, 'bootstrap.min.css.map')),
  ]);
  const widgets = manifests.flatMap((manifest) =>
    manifest.modules.flatMap((module) =>
      (module.declarations ?? [])
        .filter((declaration) => declaration.customElement && declaration.tagName)
        .map((declaration) => declaration.tagName),
    ),
  );
  return { outDir: target, widgets };
}
