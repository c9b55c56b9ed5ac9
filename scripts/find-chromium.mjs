// Finds a Chromium (or Chrome) to run the browser tests in, and installs
// Debian's `chromium` package when none is there and we are allowed to.
//
//   import { findChromium, ensureChromium, CHROMIUM_ARGS } from './find-chromium.mjs';

import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Flags every launch needs here: we run as root in containers with a small
 * /dev/shm, no GPU and no network beyond the package registries.
 * Callers that start Chromium themselves (not through Playwright, which adds its
 * own headless flag) should add `--headless=new` (see CHROMIUM_HEADLESS_ARG).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Add this when launching Chromium directly (Playwright's launcher handles headless itself). */
export const CHROMIUM_HEADLESS_ARG = '--headless=new';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

const NOT_FOUND_MESSAGE =
  'No Chromium found. Install one (e.g. `sudo apt-get install chromium`) or set CHROME_PATH=/path/to/chrome.';

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    if (isExecutable(file)) return file;
  }
  return undefined;
}

/**
 * The Chromium to use: `CHROME_PATH` if set, else the first of chromium,
 * chromium-browser, google-chrome on PATH. `undefined` when there is none.
 * @returns {string | undefined}
 */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return fromEnv;
  for (const name of CANDIDATES) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

function isDebianLike() {
  if (existsSync('/etc/debian_version')) return true;
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
  } catch {
    return false;
  }
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/**
 * Like findChromium(), but when there is none and we are root on Debian or
 * Ubuntu, installs the `chromium` package with apt-get first. Otherwise prints
 * one line saying what to do and exits 1.
 * @returns {string}
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) {
    if (process.env.CHROME_PATH && !isExecutable(found)) {
      console.error(`CHROME_PATH=${found} is not an executable file.`);
      process.exit(1);
    }
    return found;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && isDebianLike()) {
    console.log("No Chromium found: installing Debian's chromium package with apt-get…");
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium'])) {
      const installed = findChromium();
      if (installed) return installed;
    }
  }
  console.error(NOT_FOUND_MESSAGE);
  process.exit(1);
}

// `node scripts/find-chromium.mjs` prints the path (installing when needed).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  console.log(ensureChromium());
}
