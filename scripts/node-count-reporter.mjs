// A node:test reporter that counts individual tests and emits one JSON line,
// {"passed":N,"failed":N,"skipped":N}, when the run ends:
//   node --test --test-reporter=spec --test-reporter-destination=stdout \
//        --test-reporter=./scripts/node-count-reporter.mjs --test-reporter-destination=counts.json …
//
// What counts as a test: a leaf `it`/`test` (skip and todo count as skipped).
// Suites (`describe`) and tests with subtests are containers; they count as one
// failed test only when they failed themselves (a hook, or code outside the
// subtests) without any failing test inside. A file that fails to load (or
// exits non-zero) counts as one failed test; a file without any test counts as nothing.
//
// With LC_NODE_COUNTS=/path/counts.json it also writes the counts to that file,
// synchronously, after every test (scripts/test.mjs uses this): when a run is
// stopped for taking too long, the counts so far are still there.

import { writeFileSync } from 'node:fs';

export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const countsFile = process.env.LC_NODE_COUNTS;
  const save = () => {
    if (countsFile) writeFileSync(countsFile, JSON.stringify(counts) + '\n');
  };
  save();
  /** Per file, per nesting level: how many children / failed children since the parent was reported. */
  const frames = new Map();
  const frame = (file, level) => {
    let levels = frames.get(file);
    if (!levels) frames.set(file, (levels = []));
    return (levels[level] ??= { children: 0, failed: 0 });
  };

  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const data = event.data;
    const file = data.file ?? '';
    const level = data.nesting ?? 0;
    const failed = event.type === 'test:fail';
    const inner = frame(file, level + 1);
    const hadChildren = inner.children > 0;
    const hadFailedChild = inner.failed > 0;
    inner.children = 0;
    inner.failed = 0;
    const own = frame(file, level);
    own.children += 1;

    const isSuite = data.details?.type === 'suite';
    let countedFailure = false;
    if (isSuite || hadChildren) {
      if (failed && !hadFailedChild) {
        counts.failed += 1;
        countedFailure = true;
      }
    } else if (level === 0 && data.name === file && !failed) {
      // The file itself, reported because it declared no tests: not a test.
    } else if (data.skip || data.todo) {
      counts.skipped += 1;
    } else if (failed) {
      counts.failed += 1;
      countedFailure = true;
    } else {
      counts.passed += 1;
    }
    if (countedFailure || hadFailedChild) own.failed += 1;
    save();
  }
  save();
  yield JSON.stringify(counts) + '\n';
}
