// `pnpm run demo` (what `npm start` runs): builds the demo municipal page in
// packages/demo/ with every widget that exists, serves it and keeps running
// until Ctrl-C.
//
//   PORT=8080 pnpm run demo        another port (default 4173)
//   HOST=0.0.0.0 pnpm run demo     listen beyond this machine (default 127.0.0.1)
//
// The page script imports the virtual module `lc:widgets`, which this build
// fills with one import per widget package "./define" export (define-entries.mjs),
// so a new widget is on the page as soon as its package exports "./define".

import { spawn } from 'node:child_process';
import { bundlePage } from './page-bundle.mjs';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildBuilder } from '../packages/snippet-builder/scripts/build.mjs';
import { REPO_ROOT, findDefineEntries } from './define-entries.mjs';
import { startStaticServer } from './static-server.mjs';

const DEMO_DIR = join(REPO_ROOT, 'packages/demo');
/** Where `pnpm run demo` builds to (gitignored). */
export const DEFAULT_OUT_DIR = join(DEMO_DIR, 'dist');
const FEED_EXAMPLES = join(REPO_ROOT, 'packages/feed/examples');
const BOOKING_SERVER_DIR = join(REPO_ROOT, 'packages/booking-server');
const WIDGETS_MODULE = 'lc:widgets';
/** Copied as they are from packages/demo/ into the build. */
const PAGE_FILES = ['index.html', 'demo.css', 'favicon.svg'];

/**
 * Serves `lc:widgets`: a side-effect import of each widget's define file and
 * the list of their package names.
 * @param {import('./define-entries.mjs').DefineEntry[]} entries
 * @returns {import('esbuild').Plugin}
 */
function widgetsPlugin(entries) {
  return {
    name: 'lc-widgets',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^lc:widgets$/ }, () => ({
        path: WIDGETS_MODULE,
        namespace: 'lc-widgets',
      }));
      pluginBuild.onLoad({ filter: /.*/, namespace: 'lc-widgets' }, () => ({
        contents: [
          ...entries.map(({ entry }) => `import ${JSON.stringify(entry)};`),
          `export const widgets = ${JSON.stringify(entries.map(({ name }) => name))};`,
        ].join('\n'),
        resolveDir: REPO_ROOT,
        loader: 'js',
      }));
    },
  };
}

/**
 * Builds the demo page into `outDir` (emptied first): main.js with every
 * widget, the page's files (index.html, demo.css, favicon.svg), the
 * sample feed with its logos under feed/, and the snippet builder under builder/.
 * @param {string} [outDir]
 * @returns {Promise<{ outDir: string, widgets: string[] }>}
 */
export async function buildDemo(outDir = DEFAULT_OUT_DIR) {
  const sampleFeed = join(FEED_EXAMPLES, 'sample-feed.json');
  if (!existsSync(sampleFeed)) {
    throw new Error(`The demo needs the sample feed, and ${sampleFeed} does not exist.`);
  }
  const target = resolve(outDir);
  const entries = [];
  for (const entry of await findDefineEntries()) {
    // A widget being written may export a file that is not there yet: show the
    // page without it (its fallback text stays) rather than no page at all.
    if (existsSync(entry.entry)) entries.push(entry);
    else
      console.warn(
        `Leaving out ${entry.name}: ${relative(REPO_ROOT, entry.entry)} does not exist.`,
      );
  }
  await rm(target, { recursive: true, force: true });
  await mkdir(join(target, 'feed'), { recursive: true });
  await bundlePage({
    entry: join(DEMO_DIR, 'src/main.ts'),
    outfile: join(target, 'main.js'),
    plugins: [widgetsPlugin(entries)],
  });
  await Promise.all([
    ...PAGE_FILES.map((file) => cp(join(DEMO_DIR, file), join(target, file))),
    cp(sampleFeed, join(target, 'feed/sample-feed.json')),
  ]);
  const logos = join(FEED_EXAMPLES, 'logos');
  if (existsSync(logos)) await cp(logos, join(target, 'feed/logos'), { recursive: true });
  // The snippet builder for editors, at /builder/ (its own page and bundle).
  await buildBuilder(join(target, 'builder'), entries);
  return { outDir: target, widgets: entries.map(({ name }) => name) };
}

/**
 * OPTIONAL: starts the booking service when packages/booking-server exists
 * and has a `start` script; otherwise does nothing and returns undefined.
 * It accepts requests from the demo page at `localhost` and `127.0.0.1` on
 * `pagePort` (unless ALLOWED_ORIGINS says otherwise), so a page on another
 * PORT can still book.
 * @param {number} pagePort
 * @returns {Promise<import('node:child_process').ChildProcess | undefined>}
 */
async function startBookingServer(pagePort) {
  let manifest;
  try {
    manifest = JSON.parse(await readFile(join(BOOKING_SERVER_DIR, 'package.json'), 'utf8'));
  } catch {
    return undefined;
  }
  if (!manifest.scripts?.start) return undefined;
  // Run through the same pnpm that runs us when we know it (npm_execpath), else the one on PATH.
  // npm_execpath is pnpm's JavaScript entry, or the pnpm executable itself (pnpm installed as
  // a native binary), which Node cannot run.
  const pnpm = process.env.npm_execpath;
  const [file, args] = pnpm
    ? /\.[cm]?js$/.test(pnpm)
      ? [process.execPath, [pnpm, 'run', 'start']]
      : [pnpm, ['run', 'start']]
    : ['pnpm', ['run', 'start']];
  console.log(`Starting the booking service (${manifest.name ?? 'packages/booking-server'})…`);
  // Without our PORT: the booking service must not try to take the page's port.
  const { PORT: _pagePort, ...env } = process.env;
  env.ALLOWED_ORIGINS ??= [`http://localhost:${pagePort}`, `http://127.0.0.1:${pagePort}`].join(
    ',',
  );
  const posix = process.platform !== 'win32';
  // Its own process group (POSIX), so stopping it stops pnpm's children too.
  const child = spawn(file, args, {
    env,
    cwd: BOOKING_SERVER_DIR,
    stdio: 'inherit',
    shell: !posix,
    detached: posix,
  });
  process.once('exit', () => stopChild(child));
  child.on('exit', (code, signal) => {
    if (!stopping)
      console.error(
        `The booking service stopped (${signal ?? `exit ${code}`}); the page still works without it.`,
      );
  });
  return child;
}

let stopping = false;

/**
 * Stops a child started by startBookingServer, with everything it started.
 * @param {import('node:child_process').ChildProcess} child
 */
function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    if (process.platform === 'win32') child.kill();
    else process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

async function main() {
  const port = process.env.PORT ? Number(process.env.PORT) : 4173;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number (0–65535), got "${process.env.PORT}".`);
    process.exit(1);
  }
  const host = process.env.HOST || '127.0.0.1';
  const { outDir, widgets } = await buildDemo();
  console.log(
    `Built the demo page with ${widgets.length === 0 ? 'no widgets yet' : widgets.join(', ')}.`,
  );

  let server;
  try {
    server = await startStaticServer({ root: outDir, port, host });
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    console.error(
      code === 'EADDRINUSE' ? `Port ${port} is in use: try PORT=${port + 1} npm start` : error,
    );
    process.exit(1);
  }
  // After the page's server: with PORT=0 only now is its port known.
  const booking = await startBookingServer(server.port);
  const shownHost =
    host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  console.log(`\nDemo: http://${shownHost}:${server.port}/`);
  console.log(`Snippet builder: http://${shownHost}:${server.port}/builder/\n(Ctrl-C to stop)`);

  const stop = async (/** @type {NodeJS.Signals} */ signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the demo.`);
    if (booking) stopChild(booking);
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    await main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
