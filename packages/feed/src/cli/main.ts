/**
 * The `lc-feed` command (bin/lc-feed.mjs, or `pnpm lc-feed …` in the workspace).
 * Everything testable lives in run.ts; this file only connects it to the process.
 */
import { processIO } from './io.ts';
import { run } from './run.ts';

// `lc-feed ics feed.json | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), processIO);
