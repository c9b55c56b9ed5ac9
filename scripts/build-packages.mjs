// Compiles the publishable packages for npm: each one's src/**/*.ts becomes
// dist/**/*.js + .d.ts (with source maps pointing back at src/, which is
// published too). In the workspace every package keeps exporting its .ts
// sources; `publishConfig` in each package.json swaps in dist/ when pnpm packs
// or publishes it. `pnpm build` runs this, then the CDN folder's build.
//
//   node scripts/build-packages.mjs     all of them, in one TypeScript program
//
// A package is built when it is not private and exports TypeScript from src/,
// unless it has tsx as a runtime dependency (the booking service): that one
// is published as TypeScript and runs through tsx. Its `bin` launchers run
// src/ through tsx (a dev dependency); for npm, a plain-JavaScript launcher is
// written to dist/bin/<name>.js for each.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './define-entries.mjs';
import { CSS_FILE, minifyCssLiterals } from './minify-css-literals.mjs';

/**
 * @typedef {{ name: string, dir: string, manifest: Record<string, any> }} PublishablePackage
 */

/**
 * The packages this script compiles: public, with exports pointing into src/,
 * and not run through tsx.
 * @param {string} [root]
 * @returns {Promise<PublishablePackage[]>}
 */
export async function findCompiledPackages(root = REPO_ROOT) {
  const packagesDir = join(root, 'packages');
  /** @type {PublishablePackage[]} */
  const found = [];
  for (const entry of await readdir(packagesDir, { withFileTypes: true })) {
    const file = join(packagesDir, entry.name, 'package.json');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const manifest = JSON.parse(await readFile(file, 'utf8'));
    if (manifest.private) continue;
    if (!JSON.stringify(manifest.exports ?? {}).includes('./src/')) continue;
    if (manifest.dependencies?.tsx) continue;
    found.push({ name: manifest.name, dir: join(packagesDir, entry.name), manifest });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A tsconfig (in `configDir`) that emits every package's src/ into `outDir`,
 * as `<outDir>/<folder>/src/…`.
 * @param {PublishablePackage[]} packages
 */
function buildConfig(packages, outDir, root = REPO_ROOT) {
  return {
    extends: join(root, 'tsconfig.json'),
    compilerOptions: {
      noEmit: false,
      rootDir: join(root, 'packages'),
      outDir,
      declaration: true,
      declarationMap: true,
      sourceMap: true,
      // `./x.ts` in the sources becomes `./x.js` in the output.
      rewriteRelativeImportExtensions: true,
      // `pnpm typecheck` checks the types; the build only writes them.
      noCheck: true,
      types: ['node'],
      typeRoots: [join(root, 'node_modules/@types')],
      // The workspace's other files stay out (tests, stories, scripts).
      composite: false,
      incremental: false,
    },
    include: packages.map(({ dir }) => join(dir, 'src')),
    exclude: ['**/*.test.ts', '**/node_modules'],
  };
}

/**
 * Runs a command; resolves with its exit code.
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => resolvePromise(code ?? 1));
  });
}

/** `tsImport('../src/cli/main.ts', …)` in a bin launcher: the module it runs. */
const LAUNCHED = /tsImport\(\s*['"]\.\.\/src\/(.+?)\.ts['"]/;

/**
 * For each `bin` of a package, a launcher in dist/bin/ that imports the
 * compiled module its workspace launcher runs through tsx.
 * @param {PublishablePackage} pkg
 * @returns {Promise<Record<string, string>>} bin name → path in the package
 */
async function writeBinLaunchers({ dir, manifest }) {
  /** @type {Record<string, string>} */
  const launchers = {};
  const bins =
    typeof manifest.bin === 'string'
      ? { [manifest.name.split('/').pop()]: manifest.bin }
      : manifest.bin;
  for (const [name, file] of Object.entries(bins ?? {})) {
    const source = await readFile(join(dir, /** @type {string} */ (file)), 'utf8');
    const match = LAUNCHED.exec(source);
    if (!match) throw new Error(`${manifest.name}: cannot tell which module bin "${name}" runs.`);
    const launcher = join(dir, 'dist/bin', `${name}.js`);
    await mkdir(join(dir, 'dist/bin'), { recursive: true });
    await writeFile(launcher, `#!/usr/bin/env node\nimport '../${match[1]}.js';\n`);
    await chmod(launcher, 0o755);
    launchers[name] = `./dist/bin/${name}.js`;
  }
  return launchers;
}

/**
 * Minifies the CSS of the compiled style files in `dir` (see
 * minify-css-literals.mjs), so the published packages ship the same small
 * styles as the CDN folder.
 * @param {string} dir
 */
async function minifyStyleFiles(dir) {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !CSS_FILE.test(file) || !file.endsWith('.js')) continue;
    await writeFile(file, minifyCssLiterals(await readFile(file, 'utf8')));
  }
}

/**
 * Compiles every publishable package into its dist/ (emptied first).
 * @returns {Promise<PublishablePackage[]>} the packages built
 */
export async function buildPackages() {
  const packages = await findCompiledPackages();
  const work = await mkdtemp(join(tmpdir(), 'lc-build-'));
  try {
    const outDir = join(work, 'out');
    const configFile = join(work, 'tsconfig.build.json');
    await writeFile(configFile, JSON.stringify(buildConfig(packages, outDir), null, 2));
    const tsc = join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
    const code = await run(process.execPath, [tsc, '-p', configFile]);
    if (code !== 0) throw new Error(`tsc exited with ${code}: nothing was written to dist/.`);
    for (const pkg of packages) {
      const dist = join(pkg.dir, 'dist');
      const emitted = join(outDir, relative(join(REPO_ROOT, 'packages'), pkg.dir), 'src');
      await rm(dist, { recursive: true, force: true });
      // A package still being written may have no sources yet: it gets no dist/ (the publish check says so).
      if (!existsSync(emitted)) continue;
      await cp(emitted, dist, { recursive: true });
      await minifyStyleFiles(dist);
      await writeBinLaunchers(pkg);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return packages;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const started = Date.now();
    const built = await buildPackages();
    console.log(
      `Compiled ${built.map((p) => p.name).join(', ')} into dist/ (${((Date.now() - started) / 1000).toFixed(1)} s).`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
