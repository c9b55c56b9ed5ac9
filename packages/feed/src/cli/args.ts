import { parseArgs } from 'node:util';

/** What `lc-feed` was asked to do. */
export type Command =
  | { name: 'help' }
  | { name: 'validate'; source: string; json: boolean }
  | { name: 'ics'; source: string; event?: string };

/** The command line does not say a command `lc-feed` knows: show the usage, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `Usage: lc-feed <command> [options]

Commands:
  validate <file|url> [--json]   Check a learning-centre feed strictly.
                                 Exit 0: valid (warnings allowed); 1: invalid; 2: cannot be read.
                                 --json prints {source, valid, issues, counts}.
  ics <file|url> [--event ID]    Write the feed's events (or one event) as iCalendar to stdout.

Options:
  -h, --help                     Show this help.
`;

/**
 * Reads `lc-feed`'s arguments (without `node` and the script).
 * @throws UsageError when they name no known command or miss or add arguments.
 */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        json: { type: 'boolean' },
        event: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return { name: 'help' };
  const [name, source, ...extra] = positionals;
  if (name === undefined) throw new UsageError('No command given.');
  if (name !== 'validate' && name !== 'ics') throw new UsageError(`Unknown command "${name}".`);
  if (source === undefined) throw new UsageError(`lc-feed ${name} needs a feed file or URL.`);
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  if (name === 'validate') {
    if (values.event !== undefined) throw new UsageError('--event belongs to lc-feed ics.');
    return { name, source, json: values.json ?? false };
  }
  if (values.json) throw new UsageError('--json belongs to lc-feed validate.');
  return { name, source, ...(values.event !== undefined && { event: values.event }) };
}
