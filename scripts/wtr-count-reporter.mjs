// A web-test-runner reporter that writes the counts of individual tests,
// {"passed":N,"failed":N,"skipped":N}, to the JSON file named by LC_WTR_COUNTS.
// Use it next to the default reporter; without LC_WTR_COUNTS it does nothing.
//
// A test file whose session errored (failed to load, threw outside a test,
// timed out, browser crashed) counts as one more failed test.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * @param {import('@web/test-runner-core').TestSuiteResult | undefined} suite
 * @param {{ passed: number, failed: number, skipped: number }} counts
 */
function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

/**
 * @param {readonly import('@web/test-runner-core').TestSession[]} sessions
 */
export function countSessions(sessions) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    countSuite(session.testResults, counts);
    const fileLevelError = (session.errors?.length ?? 0) > 0;
    const unfinished = session.status !== 'FINISHED';
    const failedWithoutFailingTest = session.passed === false && counts.failed === 0;
    if (fileLevelError || unfinished || failedWithoutFailingTest) counts.failed += 1;
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  return total;
}

/**
 * @param {{ file?: string }} [options]
 * @returns {import('@web/test-runner-core').Reporter}
 */
export function countReporter({ file = process.env.LC_WTR_COUNTS } = {}) {
  /** @type {import('@web/test-runner-core').TestSessionManager | undefined} */
  let sessionManager;
  const write = (sessions) => {
    if (!file) return;
    const all = sessions ?? (sessionManager ? [...sessionManager.all()] : []);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(countSessions(all)) + '\n');
  };
  return {
    start({ sessions }) {
      sessionManager = sessions;
      // Until the run finishes, a crash must not look like success.
      if (file) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(
          file,
          JSON.stringify({ passed: 0, failed: 0, skipped: 0, finished: false }) + '\n',
        );
      }
    },
    onTestRunFinished({ sessions }) {
      write(sessions);
    },
    stop({ sessions }) {
      write(sessions);
    },
  };
}

export default countReporter;
