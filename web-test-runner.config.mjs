// web-test-runner: browser tests in Chromium (headless, via Playwright).
//   pnpm test:browser                    all browser tests
//   pnpm test:browser --files 'packages/core/test/foo.test.ts'
//   pnpm test:browser --watch
// Node-only tests (*.node.test.ts) run under node:test instead (pnpm test:node).

import { fileURLToPath } from 'node:url';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';
import { bookingMiddleware, bookingTestPlugin } from './scripts/booking-test-server.mjs';
import {
  examBookingMiddleware,
  examBookingTestPlugin,
} from './scripts/exam-booking-test-server.mjs';
import { faultMiddleware } from './scripts/test-server-middleware.mjs';
import { cdnMiddleware } from './packages/widgets/test/cdn-middleware.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(
    'No Chromium found. Install one (e.g. `sudo apt-get install chromium`) or set CHROME_PATH=/path/to/chrome.',
  );
  process.exit(1);
}

const concurrency = Number(process.env.LC_WTR_CONCURRENCY) || 2;

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: [
    'packages/*/test/**/*.test.ts',
    '!packages/*/test/**/*.node.test.ts',
    '!**/node_modules/**',
  ],
  nodeResolve: true,
  // No redrawn progress bar in CI logs or when piped.
  staticLogging: Boolean(process.env.CI) || !process.stdout.isTTY,
  concurrency,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 5 * 60_000,
  testFramework: {
    config: { ui: 'bdd', timeout: 5000 },
  },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  plugins: [
    esbuildPlugin({
      ts: true,
      // The plugin reads this file raw and ignores `extends`: it repeats the decorator settings.
      tsconfig: fileURLToPath(new URL('./tsconfig.test.json', import.meta.url)),
    }),
    // The real booking service for booking tests, under /__booking/ (started on demand).
    bookingTestPlugin,
    // The same service with exam rules and a staff account, under /__exam-booking/.
    examBookingTestPlugin,
  ],
  // cdnMiddleware: the CDN folder, built on demand, on pages with a strict CSP (/__lc-widgets/).
  middleware: [faultMiddleware, bookingMiddleware, examBookingMiddleware, cdnMiddleware],
  // Lit's one-line dev-mode notice in every test file is noise; keep every other log.
  filterBrowserLogs: ({ args }) =>
    !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  reporters: [
    // Failures and browser logs per file, and progress.
    defaultReporter({ reportTestResults: true, reportTestProgress: true }),
    // Every test by name, and the failures again at the end.
    summaryReporter({ flatten: false, reportTestLogs: false }),
    // {passed, failed, skipped} for scripts/test.mjs (when LC_WTR_COUNTS is set).
    countReporter(),
  ],
};
