import { USAGE, UsageError, parseCommand } from './args.ts';
import { icsCommand } from './ics-command.ts';
import type { CliIO } from './io.ts';
import { validateCommand } from './validate-command.ts';

/** Exit code for a bug in lc-feed itself (sysexits' EX_SOFTWARE), distinct from the feed's verdicts. */
const EXIT_INTERNAL = 70;

/**
 * Runs `lc-feed` with `argv` (arguments after the program name) and returns
 * the exit code: 0 done / valid, 1 invalid feed, 2 bad usage or unreadable feed.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.name) {
      case 'help':
        io.out(USAGE);
        return 0;
      case 'validate':
        return await validateCommand(command.source, command.json, io, command.checkLinks);
      case 'ics':
        return await icsCommand(command.source, command.event, io);
      // The authoring commands load on demand: `lc-feed validate` in CI need not compile them.
      case 'import':
        return await (await import('./import-command.ts')).importCommand(command, io);
      case 'export':
        return await (await import('./export-command.ts')).exportCommand(command, io);
      case 'merge':
        return await (await import('./merge-command.ts')).mergeCommand(command, io);
      case 'serve':
        return await (await import('./serve-command.ts')).serveCommand(command, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`lc-feed: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(`lc-feed: unexpected error (please report it): ${(error as Error).stack ?? error}\n`);
    return EXIT_INTERNAL;
  }
}
