// The `publish` step of the test command: are the packages ready for npm?
//
//   node scripts/check-publish.mjs          build, pack every public package, check the tarballs
//   node scripts/check-publish.mjs --fix    rewrite each package.json's publishConfig from its exports
//
// Then it runs `pnpm -r publish --dry-run`, as the release would (it asks the
// registry which versions are out: with no registry it retries for about a
// minute, so it has a time limit). The dry run does not look inside the
// tarballs, so first `pnpm pack` makes the very tarball `publish` would upload,
// offline, with publishConfig applied, and this script checks what is in it:
//
// - the manifest: version, licence, no `workspace:` ranges left, `publishConfig`
//   in step with `exports` (the workspace exports src/*.ts, the tarball dist/*.js)
// - every `exports` target, `types`, `bin`, `sideEffects` file and `customElements`
//   manifest is in the tarball; a bin starts with `#!`
// - no JavaScript or TypeScript file imports a relative path that leaves the package
// - a README and a LICENSE

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, posix, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { REPO_ROOT } from './define-entries.mjs';
import { buildPackages, findCompiledPackages } from './build-packages.mjs';
import { buildWidgets } from '../packages/widgets/scripts/build.mjs';

/**
 * The published form of an `exports` value: `./src/x.ts` becomes
 * `./dist/x.d.ts` under `types` and `./dist/x.js` elsewhere; anything
 * outside src/ (a JSON schema) stays.
 * @param {unknown} value
 * @param {string} [condition]
 * @returns {unknown}
 */
export function publishedExports(value, condition) {
  if (typeof value === 'string') {
    const match = /^\.\/src\/(.+)\.ts$/.exec(value);
    if (!match) return value;
    return `./dist/${match[1]}${condition === 'types' ? '.d.ts' : '.js'}`;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      publishedExports(inner, key.startsWith('.') ? undefined : key),
    ]),
  );
}

/**
 * What `publishConfig` should be: public access, and for a compiled package
 * the dist/ form of `exports` and a JavaScript launcher for each `bin`.
 * @param {Record<string, any>} manifest
 * @param {boolean} compiled
 */
export function expectedPublishConfig(manifest, compiled) {
  /** @type {Record<string, unknown>} */
  const config = { access: 'public' };
  if (!compiled) return config;
  config.exports = publishedExports(manifest.exports);
  if (manifest.bin) {
    const bins =
      typeof manifest.bin === 'string'
        ? { [manifest.name.split('/').pop()]: manifest.bin }
        : manifest.bin;
    config.bin = Object.fromEntries(
      Object.keys(bins).map((name) => [name, `./dist/bin/${name}.js`]),
    );
  }
  return config;
}

/** @returns {Promise<{ dir: string, file: string, manifest: Record<string, any> }[]>} */
async function publicPackages() {
  const packages = [];
  for (const entry of await readdir(join(REPO_ROOT, 'packages'), { withFileTypes: true })) {
    const file = join(REPO_ROOT, 'packages', entry.name, 'package.json');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const manifest = JSON.parse(await readFile(file, 'utf8'));
    if (!manifest.private)
      packages.push({ dir: join(REPO_ROOT, 'packages', entry.name), file, manifest });
  }
  return packages;
}

/**
 * The files of a .tgz: path (without the leading `package/`) → contents.
 * Reads ustar and pax headers, which is what npm and pnpm write.
 * @param {Uint8Array} tgz
 * @returns {Map<string, Buffer>}
 */
export function readTarball(tgz) {
  const tar = gunzipSync(tgz);
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  let offset = 0;
  let paxPath;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start, length) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const body = tar.subarray(offset + 512, offset + 512 + size);
    if (type === 'x') {
      paxPath = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
    } else {
      const prefix = field(345, 155);
      const name = paxPath ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
      paxPath = undefined;
      if (type === '0' || type === '') files.set(name.replace(/^package\//, ''), Buffer.from(body));
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Every string in an exports/bin value. */
function targets(value) {
  if (typeof value === 'string') return [value];
  if (!value || typeof value !== 'object') return [];
  return Object.values(value).flatMap(targets);
}

const RELATIVE_IMPORT = /(?:from\s*|import\s*\(?\s*)['"](\.\.?\/[^'"]+)['"]/g;

/**
 * What is wrong with one packed tarball (empty when nothing is), and what
 * is only worth a warning.
 * @param {Map<string, Buffer>} files
 * @param {{ version: string, compiled: boolean }} expected `compiled`: its exports must lead into dist/
 * @returns {{ problems: string[], warnings: string[] }}
 */
export function tarballProblems(files, { version, compiled }) {
  const problems = [];
  const warnings = [];
  const manifestFile = files.get('package.json');
  if (!manifestFile) return { problems: ['no package.json'], warnings };
  const manifest = JSON.parse(manifestFile.toString('utf8'));
  const has = (/** @type {string} */ path) => files.has(posix.normalize(path));
  if (manifest.version !== version) problems.push(`version ${manifest.version}, not ${version}`);
  if (!['MIT', 'EUPL-1.2'].includes(manifest.license))
    problems.push(`licence "${manifest.license}"`);
  if (![...files.keys()].some((f) => /^licen[cs]e/i.test(f))) problems.push('no LICENSE file');
  if (!has('README.md')) warnings.push('no README.md: the npm page will be empty');
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [name, range] of Object.entries(manifest[field] ?? {}))
      if (String(range).startsWith('workspace:')) problems.push(`${field}.${name} is "${range}"`);
  }
  for (const target of targets(manifest.exports)) {
    if (!target.includes('*') && !has(target)) problems.push(`exports target ${target} is missing`);
  }
  if (compiled && JSON.stringify(manifest.exports ?? {}).includes('./src/'))
    problems.push('exports still point into src/ (publishConfig.exports not applied)');
  for (const target of targets(manifest.bin)) {
    const bin = files.get(posix.normalize(target));
    if (!bin) problems.push(`bin ${target} is missing`);
    else if (!bin.toString('utf8').startsWith('#!')) problems.push(`bin ${target} has no #! line`);
  }
  if (Array.isArray(manifest.sideEffects)) {
    const published = manifest.sideEffects.filter((file) => has(file) || file.includes('*'));
    if (published.length === 0) problems.push('no file named in sideEffects is in the tarball');
  }
  if (manifest.customElements && !has(manifest.customElements))
    problems.push(`customElements ${manifest.customElements} is missing`);
  for (const [file, contents] of files) {
    if (!/\.(m?js|d\.ts|ts)$/.test(file) || file.endsWith('.map')) continue;
    const outside = [...contents.toString('utf8').matchAll(RELATIVE_IMPORT)]
      .map(([, specifier]) => specifier)
      .filter((specifier) =>
        posix.normalize(posix.join(posix.dirname(file), specifier)).startsWith('..'),
      );
    if (outside.length) problems.push(`${file} imports ${outside.join(', ')}, outside the package`);
  }
  return { problems, warnings };
}

/** How long the registry may take to answer the dry run. */
const DRY_RUN_LIMIT_MS = 180_000;

/**
 * The pnpm that runs us (`npm_execpath`, a script or a binary), else the one on PATH.
 * @returns {[string, string[]]}
 */
function pnpmCommand() {
  const exec = process.env.npm_execpath;
  if (exec && /pnpm/i.test(basename(exec)))
    return /\.[cm]?js$/.test(exec) ? [process.execPath, [exec]] : [exec, []];
  return [process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm', []];
}

function run(command, args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    let stdout = '';
    const child = spawn(command, args, {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      shell: process.platform === 'win32',
      ...options,
    });
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? 1, stdout }));
  });
}

/** Rewrites publishConfig where it is out of step with exports. */
async function fix() {
  const compiled = new Set((await findCompiledPackages()).map((p) => p.name));
  for (const { file, manifest } of await publicPackages()) {
    const expected = expectedPublishConfig(manifest, compiled.has(manifest.name));
    const next = { ...manifest.publishConfig, ...expected };
    if (JSON.stringify(next) === JSON.stringify(manifest.publishConfig)) continue;
    manifest.publishConfig = next;
    await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
    console.log(`Updated publishConfig in ${manifest.name}.`);
  }
}

async function main() {
  if (process.argv.includes('--fix')) return fix();
  /** @type {string[]} */
  const failures = [];
  console.log('Building the packages and the CDN folder…');
  const compiled = new Set((await buildPackages()).map((p) => p.name));
  await buildWidgets();
  const packages = await publicPackages();
  // One fixed group in .changeset/config.json: every package carries the same version.
  const versions = new Set(packages.map(({ manifest }) => manifest.version));
  if (versions.size !== 1)
    failures.push(`the packages' versions differ: ${[...versions].join(', ')}`);
  const [version] = versions;
  for (const { manifest } of packages) {
    const expected = expectedPublishConfig(manifest, compiled.has(manifest.name));
    for (const [key, value] of Object.entries(expected)) {
      if (JSON.stringify(manifest.publishConfig?.[key]) !== JSON.stringify(value))
        failures.push(
          `${manifest.name}: publishConfig.${key} is out of step with the package (node scripts/check-publish.mjs --fix)`,
        );
    }
  }
  const out = await mkdtemp(join(tmpdir(), 'lc-pack-'));
  try {
    const [command, prefix] = pnpmCommand();
    const filters = packages.flatMap(({ manifest }) => ['--filter', manifest.name]);
    const { code, stdout } = await run(command, [
      ...prefix,
      '-r',
      ...filters,
      'pack',
      '--pack-destination',
      out,
      '--json',
    ]);
    if (code !== 0) throw new Error(`pnpm pack exited with ${code}`);
    const packed = JSON.parse(stdout);
    for (const { name, filename } of Array.isArray(packed) ? packed : [packed]) {
      const files = readTarball(await readFile(resolve(out, filename)));
      const { problems, warnings } = tarballProblems(files, {
        version,
        compiled: compiled.has(name),
      });
      const size = [...files.values()].reduce((sum, f) => sum + f.length, 0);
      console.log(
        `${problems.length ? '✖' : '✔'} ${name}: ${files.size} files, ${Math.round(size / 1024)} KiB unpacked`,
      );
      for (const problem of problems) failures.push(`${name}: ${problem}`);
      for (const warning of warnings) console.log(`  warning: ${warning}`);
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
  if (!failures.length) {
    const [command, prefix] = pnpmCommand();
    console.log('\npnpm -r publish --dry-run …');
    const { code } = await run(
      command,
      [...prefix, '-r', 'publish', '--dry-run', '--no-git-checks'],
      { signal: AbortSignal.timeout(DRY_RUN_LIMIT_MS), stdio: ['ignore', 'inherit', 'inherit'] },
    ).catch((error) => ({ code: error?.name === 'AbortError' ? 'timeout' : 1 }));
    if (code !== 0)
      failures.push(
        code === 'timeout'
          ? `pnpm -r publish --dry-run did not finish in ${DRY_RUN_LIMIT_MS / 1000} s (is the npm registry reachable?)`
          : `pnpm -r publish --dry-run exited with ${code}`,
      );
  }
  if (failures.length) {
    console.error(`\nNot ready to publish:\n${failures.map((f) => `  ${f}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`\nAll ${packages.length} public packages are ready to publish.`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    await main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
