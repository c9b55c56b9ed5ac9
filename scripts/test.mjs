// The full test command (`pnpm test:all`, and `npm test` through bootstrap.mjs).
//
// Runs, in order, streaming each tool's own output:
//   typecheck  tsc -p tsconfig.json --noEmit
//   lint       eslint . ; prettier --check .
//   node       node:test on packages/*/test/**/*.node.test.ts
//   postgres   the booking service's node tests again on PostgreSQL (when LC_TEST_DATABASE_URL is set)
//   browser    web-test-runner on packages/*/test/**/*.test.ts (not *.node.test.ts)
//   size       node scripts/size.mjs            (when that file exists)
//   publish    node scripts/check-publish.mjs   (build, pack every public package, check the tarballs)
//   storybook  pnpm storybook:build             (when .storybook/main.ts exists)
// It goes on after a failing step, then prints a summary and, as its very last
// line, `N passed, N failed` (individual tests; a step that is not a test suite
// counts as one test). Exits 1 when anything failed.
//
// Run a subset: LC_TEST_ONLY=node,browser node scripts/test.mjs
//           or: node scripts/test.mjs node browser
// Each step has a time limit (5 to 15 minutes); LC_STEP_TIMEOUT_MINUTES=N sets all of them.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

const bin = (name) => join(root, 'node_modules', '.bin', name);
/** A step's time limit; LC_STEP_TIMEOUT_MINUTES overrides every step's. */
const minutes = (n) => (Number(process.env.LC_STEP_TIMEOUT_MINUTES) || n) * 60_000;

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */
/**
 * @typedef {object} StepResult
 * @property {'passed' | 'failed' | 'skipped'} status
 * @property {Counts} counts
 * @property {string} [note]
 * @property {number} [ms]
 */

const STEPS = [
  { name: 'typecheck', run: typecheck },
  { name: 'lint', run: lint },
  { name: 'node', run: nodeTests },
  { name: 'postgres', run: postgresTests },
  { name: 'browser', run: browserTests },
  { name: 'size', run: sizeCheck },
  { name: 'publish', run: publishCheck },
  { name: 'storybook', run: storybookBuild },
];

// ---------------------------------------------------------------------------

const selected = selectSteps();
const tmp = mkdtempSync(join(tmpdir(), 'lc-test-'));
/** The step's process group, so Ctrl-C and timeouts can stop it with its children. */
let current;
let interrupted = false;

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    interrupted = true;
    if (current) killGroup(current, signal);
    else finish(130);
  });
}

if (selected.some((step) => step.name === 'browser') && findTestFiles(isBrowserTest).length > 0) {
  const { ensureChromium } = await import('./find-chromium.mjs');
  ensureChromium();
}

/** @type {{ name: string, result: StepResult }[]} */
const results = [];
for (const step of selected) {
  if (interrupted) break;
  banner(step.name);
  const started = Date.now();
  /** @type {StepResult} */
  let result;
  try {
    result = await step.run();
  } catch (error) {
    console.error(error);
    result = failedStep(`crashed: ${error instanceof Error ? error.message : error}`);
  }
  result.ms = Date.now() - started;
  if (interrupted) result.note = 'interrupted';
  results.push({ name: step.name, result });
}
finish(interrupted ? 130 : undefined);

// --- steps -------------------------------------------------------------------

async function typecheck() {
  const { code, timedOut } = await run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], {
    timeout: minutes(5),
  });
  return code === 0 ? passedStep() : failedStep(timedOut ? 'timed out' : `tsc exited with ${code}`);
}

async function lint() {
  const failures = [];
  const eslint = await run(bin('eslint'), ['.'], { timeout: minutes(5) });
  if (eslint.code !== 0) failures.push(eslint.timedOut ? 'eslint timed out' : 'eslint');
  const prettier = await run(bin('prettier'), ['--check', '.'], { timeout: minutes(5) });
  if (prettier.code !== 0)
    failures.push(prettier.timedOut ? 'prettier timed out' : 'prettier --check');
  return failures.length === 0 ? passedStep() : failedStep(`${failures.join(', ')} failed`);
}

async function nodeTests() {
  const files = findTestFiles(isNodeTest);
  if (files.length === 0) return noTestFiles('packages/*/test/**/*.node.test.ts');
  return runNodeTests('node', files, {});
}

/**
 * The booking service's suites once more, against a real PostgreSQL server,
 * when LC_TEST_DATABASE_URL names one (.ci/run sets it up); the node step runs
 * them on embedded PGlite.
 */
async function postgresTests() {
  const url = process.env.LC_TEST_DATABASE_URL;
  if (!url) {
    console.log(
      'LC_TEST_DATABASE_URL is not set: skipping the PostgreSQL run of the booking service.',
    );
    return skippedStep('no LC_TEST_DATABASE_URL');
  }
  const files = findTestFiles(isNodeTest).filter((file) =>
    file.startsWith('packages/booking-server/'),
  );
  if (files.length === 0) return noTestFiles('packages/booking-server/test/*.node.test.ts');
  return runNodeTests('postgres', files, { DATABASE_URL: url });
}

async function runNodeTests(name, files, env) {
  console.log(`${files.length} test file(s)`);
  const countsFile = join(tmp, `${name}-counts.json`);
  const { code, timedOut } = await run(
    process.execPath,
    [
      '--import',
      'tsx',
      // Ends a test file that stays alive after its tests (see the file).
      '--import',
      './scripts/node-test-preload.mjs',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      // It writes the counts to LC_NODE_COUNTS itself, after every test.
      '--test-reporter=./scripts/node-count-reporter.mjs',
      `--test-reporter-destination=${devNull}`,
      ...files,
    ],
    { timeout: minutes(10), env: { ...env, LC_NODE_COUNTS: countsFile } },
  );
  return suiteResult(name, code, timedOut, readCounts(countsFile));
}

async function browserTests() {
  const files = findTestFiles(isBrowserTest);
  if (files.length === 0) return noTestFiles('packages/*/test/**/*.test.ts (not *.node.test.ts)');
  console.log(`${files.length} test file(s)`);
  const countsFile = join(tmp, 'wtr-counts.json');
  const { code, timedOut } = await run(
    bin('web-test-runner'),
    ['--config', 'web-test-runner.config.mjs'],
    {
      timeout: minutes(15),
      env: { LC_WTR_COUNTS: countsFile },
    },
  );
  const counts = readCounts(countsFile);
  return suiteResult(
    'web-test-runner',
    code,
    timedOut,
    counts?.finished === false ? undefined : counts,
  );
}

async function sizeCheck() {
  if (!existsSync(join(root, 'scripts', 'size.mjs'))) {
    console.log('No scripts/size.mjs yet: skipping the size budget check.');
    return skippedStep('no scripts/size.mjs');
  }
  const { code, timedOut } = await run(process.execPath, ['scripts/size.mjs'], {
    timeout: minutes(5),
  });
  return code === 0
    ? passedStep()
    : failedStep(timedOut ? 'timed out' : `size.mjs exited with ${code}`);
}

/** What `pnpm -r publish` would upload, packed offline and checked (see the script for why not --dry-run). */
async function publishCheck() {
  const { code, timedOut } = await run(process.execPath, ['scripts/check-publish.mjs'], {
    timeout: minutes(5),
  });
  return code === 0
    ? passedStep()
    : failedStep(timedOut ? 'timed out' : `check-publish.mjs exited with ${code}`);
}

async function storybookBuild() {
  if (!existsSync(join(root, '.storybook', 'main.ts'))) {
    console.log('No .storybook/main.ts: skipping the Storybook build.');
    return skippedStep('no .storybook/main.ts');
  }
  const pnpm = process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm';
  const { code, timedOut } = await run(pnpm, ['run', 'storybook:build'], {
    timeout: minutes(10),
    env: { STORYBOOK_DISABLE_TELEMETRY: '1', CI: process.env.CI ?? 'true' },
  });
  return code === 0
    ? passedStep()
    : failedStep(timedOut ? 'timed out' : `storybook build exited with ${code}`);
}

// --- results ----------------------------------------------------------------

/** @returns {StepResult} */
function passedStep(note) {
  return { status: 'passed', counts: { passed: 1, failed: 0, skipped: 0 }, note };
}

/** @returns {StepResult} */
function failedStep(note) {
  return { status: 'failed', counts: { passed: 0, failed: 1, skipped: 0 }, note };
}

/** @returns {StepResult} */
function skippedStep(note) {
  return { status: 'skipped', counts: { passed: 0, failed: 0, skipped: 0 }, note };
}

/** @returns {StepResult} */
function noTestFiles(pattern) {
  console.log(`No test files found (${pattern}): nothing to run.`);
  return skippedStep('no test files');
}

/**
 * A test suite's result: its own counts, plus one failure when the runner
 * failed without reporting a failing test (crash, timeout, lost counts).
 * @param {Counts | undefined} counts
 * @returns {StepResult}
 */
function suiteResult(tool, code, timedOut, counts) {
  const total = {
    passed: counts?.passed ?? 0,
    failed: counts?.failed ?? 0,
    skipped: counts?.skipped ?? 0,
  };
  let note;
  if (timedOut) {
    total.failed += 1;
    note = `${tool} timed out`;
  } else if (!counts) {
    if (code !== 0) total.failed += 1;
    note = `${tool} exited with ${code} without reporting counts`;
  } else if (code !== 0 && total.failed === 0) {
    total.failed += 1;
    note = `${tool} exited with ${code}`;
  }
  return { status: total.failed > 0 ? 'failed' : 'passed', counts: total, note };
}

/** @returns {(Counts & { finished?: boolean }) | undefined} */
function readCounts(file) {
  try {
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const counts = JSON.parse(lines[lines.length - 1]);
    if ([counts.passed, counts.failed, counts.skipped].every(Number.isInteger)) return counts;
  } catch {
    // missing or unreadable: the caller decides
  }
  return undefined;
}

function finish(forcedCode) {
  rmSync(tmp, { recursive: true, force: true });
  const total = { passed: 0, failed: 0, skipped: 0 };
  console.log('\n' + '─'.repeat(60));
  console.log('Summary');
  const width = Math.max(...STEPS.map((s) => s.name.length));
  for (const { name, result } of results) {
    const { counts, status } = result;
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
    const mark = status === 'passed' ? '✔' : status === 'failed' ? '✖' : '-';
    let detail;
    if (status === 'skipped') detail = `skipped${result.note ? ` (${result.note})` : ''}`;
    else {
      detail = `${counts.passed} passed, ${counts.failed} failed`;
      if (counts.skipped) detail += `, ${counts.skipped} skipped`;
      if (result.note) detail += ` (${result.note})`;
    }
    const time = result.ms === undefined ? '' : `  ${(result.ms / 1000).toFixed(1)} s`;
    console.log(`  ${mark} ${name.padEnd(width)}  ${detail}${time}`);
  }
  for (const step of selected.slice(results.length)) {
    console.log(`  - ${step.name.padEnd(width)}  not run (interrupted)`);
  }
  if (total.skipped) console.log(`  (${total.skipped} skipped test(s) not counted below)`);
  console.log(`${total.passed} passed, ${total.failed} failed`);
  const code = forcedCode ?? (total.failed > 0 ? 1 : 0);
  process.exitCode = code;
  // Let stdout drain before leaving.
  process.stdout.write('', () => process.exit(code));
}

// --- helpers ----------------------------------------------------------------

function selectSteps() {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const fromEnv = (process.env.LC_TEST_ONLY ?? '').split(',');
  const wanted = [...args, ...fromEnv].map((s) => s.trim()).filter(Boolean);
  if (wanted.length === 0) return STEPS;
  const unknown = wanted.filter((name) => !STEPS.some((step) => step.name === name));
  if (unknown.length > 0) {
    console.error(
      `Unknown step(s): ${unknown.join(', ')}. Steps: ${STEPS.map((s) => s.name).join(', ')}.`,
    );
    process.exit(2);
  }
  return STEPS.filter((step) => wanted.includes(step.name));
}

function isNodeTest(file) {
  return file.endsWith('.node.test.ts');
}

function isBrowserTest(file) {
  return file.endsWith('.test.ts') && !file.endsWith('.node.test.ts');
}

/** Files under packages/<name>/test/ (any depth, not node_modules) that match, relative and sorted. */
function findTestFiles(match) {
  const files = [];
  const packagesDir = join(root, 'packages');
  if (!existsSync(packagesDir)) return files;
  for (const pkg of readdirSync(packagesDir, { withFileTypes: true })) {
    if (!pkg.isDirectory()) continue;
    const testDir = join(packagesDir, pkg.name, 'test');
    if (existsSync(testDir)) walk(testDir, match, files);
  }
  return files.map((file) => relative(root, file).split(sep).join('/')).sort();
}

function walk(dir, match, files) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, match, files);
    else if (entry.isFile() && match(entry.name)) files.push(path);
  }
}

function banner(name) {
  console.log(`\n${'━'.repeat(3)} ${name} ${'━'.repeat(Math.max(3, 56 - name.length))}`);
}

/**
 * Runs a command with inherited stdout/stderr (no stdin), in its own process
 * group so a timeout or Ctrl-C stops its children too.
 * @returns {Promise<{ code: number, timedOut: boolean }>}
 */
function run(command, args, { timeout, env = {} } = {}) {
  const shown = [
    command === process.execPath ? 'node' : relative(root, command) || command,
    ...args.map((a) => (a.length > 80 ? a.slice(0, 77) + '…' : a)),
  ];
  console.log(`$ ${shown.join(' ')}`);
  if (interrupted) return Promise.resolve({ code: 130, timedOut: false });
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env },
      detached: process.platform !== 'win32',
    });
    current = child;
    let timedOut = false;
    const timer = timeout
      ? setTimeout(() => {
          timedOut = true;
          console.error(`\n${shown[0]} took longer than ${timeout / 60_000} min: stopping it.`);
          killGroup(child, 'SIGTERM');
          setTimeout(() => killGroup(child, 'SIGKILL'), 10_000).unref();
        }, timeout)
      : undefined;
    child.on('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      clearTimeout(timer);
      current = undefined;
      resolve({ code: 127, timedOut });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      current = undefined;
      resolve({ code: code ?? (signal ? 128 : 1), timedOut });
    });
  });
}

function killGroup(child, signal) {
  try {
    if (process.platform !== 'win32' && child.pid) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // already gone
  }
}
