// Builds the CDN folder packages/widgets/dist/ (what `pnpm build` runs):
//
//   widgets.js                 the loader, the one file a page includes (stable name)
//   widgets.d.ts               its type declaration (a side-effect module)
//   chunks/<widget>-<hash>.js  one chunk per widget, defining its tags
//   chunks/chunk-<hash>.js     code the widgets share (one copy of Lit)
//   widgets.manifest.json      which chunks each tag needs, for preload hints and tests
//   THIRD-PARTY-LICENSES.txt   the licences of the bundled npm packages (Lit)
//
// The widgets are the packages that export "./define" (scripts/define-entries.mjs);
// their tags are read from the `customElements.define('lc-…'` calls in those
// files. The loader's tag → chunk map is generated here, so a new widget package
// is in the CDN folder without editing any list.
//
//   node packages/widgets/scripts/build.mjs [out-dir]

import { build } from 'esbuild';
import { readFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { REPO_ROOT, findDefineEntries } from '../../../scripts/define-entries.mjs';
import { minifyCssLiteralsPlugin } from '../../../scripts/minify-css-literals.mjs';

const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where `pnpm build` writes the CDN folder. */
export const DEFAULT_OUT_DIR = join(PACKAGE_DIR, 'dist');
/** The loader's file name in the CDN folder: stable, so pages can link to it. */
export const LOADER_FILE = 'widgets.js';
const CHUNKS_MODULE = 'lc:widget-chunks';
const WIDGET_NAMESPACE = 'lc-widget';

/**
 * @typedef {object} Widget
 * @property {string} name package name, e.g. `@learning-centre/course-finder`
 * @property {string} id its chunk's name, e.g. `course-finder`
 * @property {string} entry absolute path of its "./define" file
 * @property {string[]} tags the tags that file defines, e.g. `['lc-course-finder']`
 */

/**
 * @typedef {object} ManifestWidget
 * @property {string} package
 * @property {string[]} tags
 * @property {string} chunk the widget's own chunk, relative to the CDN folder
 * @property {string[]} imports chunks it imports statically, transitively (fetched with it)
 * @property {string[]} lazy chunks it may import later with `import()` (fetched on use)
 */

/**
 * @typedef {object} WidgetsManifest
 * @property {string} loader
 * @property {ManifestWidget[]} widgets
 */

/** `customElements.define('lc-x', …)`: the tags a define file registers. */
const DEFINE_CALL = /customElements\.define\(\s*(['"])([a-z][a-z0-9]*-[a-z0-9-]*)\1/g;

/**
 * Every widget package with the tags its define file registers. A package
 * whose define file is not written yet is left out with a warning (as the
 * demo does): its tags keep their fallback content.
 * @param {string} [root] repository root
 * @param {(message: string) => void} [warn]
 * @returns {Promise<Widget[]>}
 */
export async function findWidgets(root = REPO_ROOT, warn = console.warn) {
  /** @type {Widget[]} */
  const widgets = [];
  for (const { name, dir, entry } of await findDefineEntries(root)) {
    if (!existsSync(entry)) {
      warn(`Leaving out ${name}: ${relative(root, entry)} does not exist.`);
      continue;
    }
    const source = await readFile(entry, 'utf8');
    const tags = [...new Set([...source.matchAll(DEFINE_CALL)].map((match) => match[2]))];
    if (tags.length === 0)
      throw new Error(
        `${relative(root, entry)} has no customElements.define('…') call to read a tag from.`,
      );
    widgets.push({ name, id: basename(dir), entry, tags });
  }
  const seen = new Map();
  for (const widget of widgets) {
    for (const tag of widget.tags) {
      if (seen.has(tag))
        throw new Error(`${tag} is defined by both ${seen.get(tag)} and ${widget.name}.`);
      seen.set(tag, widget.name);
    }
  }
  return widgets;
}

/**
 * The source of `lc:widget-chunks`: each tag → a function importing its
 * widget's chunk together with every chunk that one imports, all at once, so
 * the browser fetches them in parallel rather than finding the shared ones
 * only after the widget's chunk has arrived. Paths are relative to the loader.
 * @param {{ tags: string[], chunk: string, imports?: string[] }[]} widgets paths relative to the CDN folder
 * @returns {string}
 */
export function widgetChunksModule(widgets) {
  const files = [...new Set(widgets.flatMap(({ chunk, imports = [] }) => [chunk, ...imports]))];
  const entries = widgets.flatMap(({ tags, chunk, imports = [] }) => {
    const indexes = [chunk, ...imports].map((file) => files.indexOf(file)).join(', ');
    return tags.map((tag) => `  ${JSON.stringify(tag)}: () => load(${indexes}),`);
  });
  return [
    `const files = ${JSON.stringify(files.map((file) => `./${file}`))};`,
    // A plain identifier: esbuild leaves the import to the browser.
    'const load = (...indexes) => Promise.all(indexes.map((index) => import(files[index])));',
    `export const widgetChunks = {\n${entries.join('\n')}\n};`,
    '',
  ].join('\n');
}

/**
 * Resolves `lc-widget:<id>` to a module importing that widget's define file;
 * esbuild names its chunk after the id (chunks/course-finder-<hash>.js).
 * @param {Widget[]} widgets
 * @returns {import('esbuild').Plugin}
 */
function widgetEntriesPlugin(widgets) {
  const byId = new Map(widgets.map((widget) => [widget.id, widget]));
  return {
    name: 'lc-widget-entries',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: new RegExp(`^${WIDGET_NAMESPACE}:`) }, (args) => ({
        path: args.path.slice(WIDGET_NAMESPACE.length + 1),
        namespace: WIDGET_NAMESPACE,
      }));
      pluginBuild.onLoad({ filter: /.*/, namespace: WIDGET_NAMESPACE }, (args) => {
        const widget = byId.get(args.path);
        if (!widget) return { errors: [{ text: `No widget package "${args.path}".` }] };
        return {
          contents: `import ${JSON.stringify(widget.entry)};\n`,
          resolveDir: REPO_ROOT,
          loader: 'js',
        };
      });
    },
  };
}

/**
 * Resolves `lc:widget-chunks` to the generated map.
 * @param {string} contents
 * @returns {import('esbuild').Plugin}
 */
function loaderPlugin(contents) {
  return {
    name: 'lc-widget-chunks',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^lc:widget-chunks$/ }, () => ({
        path: CHUNKS_MODULE,
        namespace: WIDGET_NAMESPACE,
      }));
      pluginBuild.onLoad({ filter: /.*/, namespace: WIDGET_NAMESPACE }, () => ({
        contents,
        resolveDir: REPO_ROOT,
        loader: 'js',
      }));
    },
  };
}

/** What both builds share: production ES modules for browsers. */
const COMMON = /** @type {const} */ ({
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  platform: 'browser',
  // Lit's production build: no dev-mode warnings, no extra checks.
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  // Licences go to THIRD-PARTY-LICENSES.txt instead of into every chunk.
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

/**
 * Builds the CDN folder into `outDir` (emptied first), in two steps: the
 * widgets' chunks (split, so they share one copy of Lit), then the loader,
 * which knows the chunks' hashed names and imports nothing up front.
 * @param {{ outDir?: string, root?: string }} [options]
 * @returns {Promise<{ outDir: string, manifest: WidgetsManifest, files: string[] }>}
 *   `files` every file written, relative to `outDir`, with `/` separators
 */
export async function buildWidgets({ outDir = DEFAULT_OUT_DIR, root = REPO_ROOT } = {}) {
  const target = resolve(outDir);
  const widgets = await findWidgets(root);
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  const chunks = await build({
    ...COMMON,
    absWorkingDir: root,
    entryPoints: widgets.map(({ id }) => ({ in: `${WIDGET_NAMESPACE}:${id}`, out: id })),
    outdir: target,
    entryNames: 'chunks/[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    tsconfig: join(root, 'tsconfig.json'),
    plugins: [widgetEntriesPlugin(widgets), minifyCssLiteralsPlugin],
  });
  const outputs = chunks.metafile.outputs;
  const toDist = (/** @type {string} */ file) =>
    relative(target, resolve(root, file)).split(sep).join('/');
  const manifest = widgetsManifest(widgets, outputs, toDist);
  await build({
    ...COMMON,
    absWorkingDir: root,
    entryPoints: [join(PACKAGE_DIR, 'src/widgets.ts')],
    outfile: join(target, LOADER_FILE),
    tsconfig: join(root, 'tsconfig.json'),
    plugins: [loaderPlugin(widgetChunksModule(manifest.widgets))],
  });
  await writeFile(join(target, 'widgets.manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(join(target, 'widgets.d.ts'), LOADER_TYPES);
  await writeFile(
    join(target, 'THIRD-PARTY-LICENSES.txt'),
    await thirdPartyLicences(chunks.metafile, root),
  );
  const files = [
    LOADER_FILE,
    ...Object.keys(outputs).map(toDist),
    'widgets.manifest.json',
    'widgets.d.ts',
    'THIRD-PARTY-LICENSES.txt',
  ].sort();
  return { outDir: target, manifest, files };
}

const LOADER_TYPES = `// The loader registers nothing you import: it defines each <lc-*> tag when the page uses it.
export {};
`;

/**
 * Which chunks each widget needs, read from esbuild's metafile.
 * @param {Widget[]} widgets
 * @param {import('esbuild').Metafile['outputs']} outputs
 * @param {(file: string) => string} toDist
 * @returns {WidgetsManifest}
 */
function widgetsManifest(widgets, outputs, toDist) {
  const files = Object.keys(outputs);
  const closure = (/** @type {string} */ start, /** @type {string[]} */ kinds) => {
    const found = new Set([start]);
    for (const file of found)
      for (const { path, kind } of outputs[file].imports)
        if (kinds.includes(kind) && path in outputs) found.add(path);
    found.delete(start);
    return found;
  };
  return {
    loader: LOADER_FILE,
    widgets: widgets.map(({ name, id, tags }) => {
      const chunk = files.find((file) => outputs[file].entryPoint === `${WIDGET_NAMESPACE}:${id}`);
      if (!chunk) throw new Error(`esbuild wrote no chunk for ${name}.`);
      const imports = closure(chunk, ['import-statement']);
      const lazy = [...closure(chunk, ['import-statement', 'dynamic-import'])].filter(
        (file) => !imports.has(file),
      );
      return {
        package: name,
        tags,
        chunk: toDist(chunk),
        imports: [...imports].map(toDist).sort(),
        lazy: lazy.map(toDist).sort(),
      };
    }),
  };
}

/**
 * The licence of every npm package bundled into the chunks (their copyright
 * notices must travel with the code; `legalComments: 'none'` keeps them out of it).
 * @param {import('esbuild').Metafile} metafile
 * @param {string} root
 * @returns {Promise<string>}
 */
async function thirdPartyLicences(metafile, root) {
  /** @type {Map<string, string>} package dir → name */
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.split(sep).join('/'));
    if (match) packages.set(resolve(root, match[1]), '');
  }
  const sections = [];
  for (const dir of [...packages.keys()].sort()) {
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    const licenceFile = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license']
      .map((f) => join(dir, f))
      .find(existsSync);
    const text = licenceFile
      ? (await readFile(licenceFile, 'utf8')).trim()
      : `(${manifest.license})`;
    sections.push(`${manifest.name}@${manifest.version} — ${manifest.license}\n\n${text}`);
  }
  return `The chunks in this folder contain these npm packages.\n\n${sections.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const { outDir, files } = await buildWidgets({ outDir: process.argv[2] ?? DEFAULT_OUT_DIR });
    console.log(`Built ${relative(process.cwd(), outDir) || '.'}: ${files.join(', ')}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
