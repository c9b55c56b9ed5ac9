// Preloaded into every node:test file process by scripts/test.mjs
// (`node --import ./scripts/node-test-preload.mjs --test …`).
//
// A test file that leaves a server, socket or timer open never exits, and
// `node --test` waits for it forever. (`--test-force-exit` would end it, but on
// Node 20 it can lose the last test results on the way out.) So: once every
// test in the file has finished, give the process a few seconds to exit on its
// own; if it is still running, say so and end it as a failure.

import { after } from 'node:test';

const GRACE_MS = 3000;

// Only in the per-file child processes node --test starts, not in the parent.
if (process.env.NODE_TEST_CONTEXT) {
  after(() => {
    setTimeout(() => {
      const file = process.argv[1] ?? 'a test file';
      process.stderr.write(
        `\n${file}: still running ${GRACE_MS / 1000} s after its last test; something was left open ` +
          '(a server, socket or timer?). Stopping it: this counts as a failure.\n',
      );
      process.exit(1);
    }, GRACE_MS).unref();
  });
}
