// `npm test` and `npm start` land here (node scripts/bootstrap.mjs test|start):
// make sure pnpm 12 is there, install the locked dependencies, then run
//   test  → pnpm run test:all   (scripts/test.mjs)
//   start → pnpm run demo
// forwarding the exit code and signals (Ctrl-C) of that run.

import { spawn, spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '12.21.0';
const COMMANDS = { test: 'test:all', start: 'demo' };

const root = fileURLToPath(new URL('..', import.meta.url));
const isWindows = process.platform === 'win32';
const pnpmBin = isWindows ? 'pnpm.cmd' : 'pnpm';
const npmBin = isWindows ? 'npm.cmd' : 'npm';

const command = process.argv[2];
const script = COMMANDS[command];
if (!script) {
  console.error(`Usage: node scripts/bootstrap.mjs ${Object.keys(COMMANDS).join('|')}`);
  process.exit(2);
}

ensurePnpm();
install();
// --silent: no `$ command` echo and no ELIFECYCLE line after a failure, so the
// run's own last line (`N passed, N failed` for test) stays the last line.
process.exitCode = await runForwarding(pnpmBin, [
  '--silent',
  'run',
  script,
  ...process.argv.slice(3),
]);

function pnpmVersion() {
  const result = spawnSync(pnpmBin, ['--version'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    shell: isWindows,
  });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function ensurePnpm() {
  const version = pnpmVersion();
  if (version?.startsWith('12.')) return;
  console.log(
    version
      ? `pnpm ${version} found, this project needs pnpm 12: installing pnpm@${PNPM_VERSION} with npm…`
      : `pnpm not found: installing pnpm@${PNPM_VERSION} with npm…`,
  );
  const result = spawnSync(npmBin, ['install', '--global', `pnpm@${PNPM_VERSION}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
    shell: isWindows,
  });
  const after = result.status === 0 ? pnpmVersion() : undefined;
  if (!after?.startsWith('12.')) {
    console.error(
      `Could not install pnpm ${PNPM_VERSION}. Install it yourself (npm install --global pnpm@${PNPM_VERSION}) and run this again.`,
    );
    process.exit(1);
  }
}

function install() {
  console.log('Installing dependencies (pnpm install --frozen-lockfile)…');
  const result = spawnSync(pnpmBin, ['install', '--frozen-lockfile', '--loglevel=warn'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    shell: isWindows,
  });
  if (result.status !== 0) {
    console.error(`pnpm install failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

/**
 * Runs a command with the terminal and resolves to its exit code. Signals:
 * Ctrl-C reaches the child directly (same process group), so SIGINT is not
 * passed on again (pnpm treats a second SIGINT as "kill now"); SIGTERM and
 * SIGHUP, which a supervisor sends to this process only, are passed on. When
 * the run ends because of a signal, this process ends with that signal too.
 */
function runForwarding(file, args) {
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd: root, stdio: 'inherit', shell: isWindows });
    /** @type {NodeJS.Signals | undefined} */
    let received;
    const onSignal = (signal) => {
      received ??= signal;
      if (signal !== 'SIGINT' && child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
      }
    };
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const signal of signals) process.on(signal, onSignal);
    child.on('error', (error) => {
      console.error(`Could not run ${file}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      for (const s of signals) process.off(s, onSignal);
      const endedBy = signal ?? (received && code !== 0 ? received : undefined);
      if (endedBy) {
        // Die the same way, so callers (shells, CI) see the signal.
        process.kill(process.pid, endedBy);
        resolve(128 + (constants.signals[endedBy] ?? 1));
      } else {
        resolve(code ?? 1);
      }
    });
  });
}
