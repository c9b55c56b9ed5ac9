import { parseArgs } from 'node:util';

/** How `validate --check-links` checks. */
export interface LinkCheckSettings {
  /** Per request, in milliseconds. */
  timeoutMs: number;
  /** Requests at a time. */
  concurrency: number;
}

/** What `lc-feed` was asked to do. */
export type Command =
  | { name: 'help' }
  | { name: 'validate'; source: string; json: boolean; checkLinks?: LinkCheckSettings }
  | { name: 'ics'; source: string; event?: string }
  | {
      name: 'import';
      file: string;
      into?: string;
      map?: string;
      centres?: string[];
      replace?: boolean;
      strict?: boolean;
      language?: string;
    }
  | {
      name: 'export';
      what: 'courses' | 'events';
      source: string;
      headers?: 'sv' | 'en';
      delimiter?: ';' | ',' | '\t';
    }
  | { name: 'merge'; sources: string[]; out?: string; publisherId?: string; publisherName?: string }
  | { name: 'serve'; source: string; port: number; host: string; widgets?: string };

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
    --check-links                Also check that web addresses (applyUrl, url, logos…) answer 2xx.
    --timeout MS                 Per link (default 10000).   --concurrency N   At a time (default 8).
  ics <file|url> [--event ID]    Write the feed's events (or one event) as iCalendar to stdout.
  import <courses.csv|events.ics> [--into feed.json] [--map mapping.json] [--centre ID]
                                 Read courses from a spreadsheet (CSV) or events from a calendar
                                 (ICS). With --into, put them into the feed (same id: updated) and
                                 write it, only when the result is valid; else print them as JSON.
                                 Exit 0: imported (rows left out are listed on stderr); 1: the file
                                 cannot be imported, nothing could be, or the result is invalid.
    --map FILE                   Column names and defaults for a spreadsheet (docs/authoring.md).
    --centre ID                  Courses: the centre of rows that name none (repeat for several).
                                 Events: the centre of every event.
    --replace                    Remove the feed's courses/events the file does not have.
    --strict                     Exit 1, and write nothing, when any row or event is left out.
    --language TAG               Language of text columns without a "(en)" suffix (default: the
                                 feed's, else sv).
  export courses <file|url> [--headers sv|en] [--delimiter ";"|","|tab]
                                 Write the feed's courses as CSV for a spreadsheet (import reads it back).
  export events <file|url>       Write the feed's events as iCalendar (as ics).
  merge <a.json> <b.json>… [-o region.json] [--publisher-id ID] [--publisher-name NAME]
                                 Merge several centres' feeds into one; clashing ids are prefixed
                                 with the source's publisher id, references follow, conflicts listed.
  serve <feed.json> [--port 8080] [--host 127.0.0.1] [--widgets URL]
                                 Serve the feed with CORS and a preview page of every widget that
                                 reloads when the file changes.

Options:
  -h, --help                     Show this help.
`;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  event: { type: 'string' },
  'check-links': { type: 'boolean' },
  timeout: { type: 'string' },
  concurrency: { type: 'string' },
  into: { type: 'string' },
  map: { type: 'string' },
  centre: { type: 'string', multiple: true },
  replace: { type: 'boolean' },
  strict: { type: 'boolean' },
  language: { type: 'string' },
  headers: { type: 'string' },
  delimiter: { type: 'string' },
  out: { type: 'string', short: 'o' },
  'publisher-id': { type: 'string' },
  'publisher-name': { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  widgets: { type: 'string' },
} as const;

type OptionName = keyof typeof OPTIONS;
type CommandName = Exclude<Command['name'], 'help'>;

/** The options each command takes. */
const ALLOWED: Record<CommandName, readonly OptionName[]> = {
  validate: ['json', 'check-links', 'timeout', 'concurrency'],
  ics: ['event'],
  import: ['into', 'map', 'centre', 'replace', 'strict', 'language'],
  export: ['headers', 'delimiter'],
  merge: ['out', 'publisher-id', 'publisher-name'],
  serve: ['port', 'host', 'widgets'],
};

/**
 * Reads `lc-feed`'s arguments (without `node` and the script).
 * @throws UsageError when they name no known command or miss or add arguments.
 */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return { name: 'help' };
  const [name, ...args] = positionals;
  if (name === undefined) throw new UsageError('No command given.');
  if (!(name in ALLOWED)) throw new UsageError(`Unknown command "${name}".`);
  const command = name as CommandName;
  for (const option of Object.keys(values) as OptionName[]) {
    if (option === 'help' || ALLOWED[command].includes(option)) continue;
    const owners = (Object.keys(ALLOWED) as CommandName[]).filter((c) =>
      ALLOWED[c].includes(option),
    );
    throw new UsageError(
      `--${option} belongs to ${owners.map((c) => `lc-feed ${c}`).join(' and ')}.`,
    );
  }

  switch (command) {
    case 'validate': {
      const source = one(command, args, 'a feed file or URL');
      if (
        !values['check-links'] &&
        (values.timeout !== undefined || values.concurrency !== undefined)
      )
        throw new UsageError('--timeout and --concurrency go with --check-links.');
      const checkLinks = values['check-links'] && {
        timeoutMs: positive(values.timeout, '--timeout', 10_000),
        concurrency: positive(values.concurrency, '--concurrency', 8),
      };
      return {
        name: command,
        source,
        json: values.json ?? false,
        ...(checkLinks && { checkLinks }),
      };
    }
    case 'ics': {
      const source = one(command, args, 'a feed file or URL');
      return { name: command, source, ...(values.event !== undefined && { event: values.event }) };
    }
    case 'import': {
      const file = one(command, args, 'a .csv or .ics file');
      return {
        name: command,
        file,
        ...(values.into !== undefined && { into: values.into }),
        ...(values.map !== undefined && { map: values.map }),
        ...(values.centre !== undefined && { centres: values.centre }),
        ...(values.replace && { replace: true }),
        ...(values.strict && { strict: true }),
        ...(values.language !== undefined && { language: values.language }),
      };
    }
    case 'export': {
      const [what, ...rest] = args;
      if (what !== 'courses' && what !== 'events')
        throw new UsageError('lc-feed export needs what to export: courses or events.');
      const source = one(`export ${what}`, rest, 'a feed file or URL');
      if (what === 'events' && (values.headers !== undefined || values.delimiter !== undefined))
        throw new UsageError('--headers and --delimiter go with lc-feed export courses.');
      const headers = values.headers;
      if (headers !== undefined && headers !== 'sv' && headers !== 'en')
        throw new UsageError(`--headers: use sv or en, not "${headers}".`);
      const delimiter = values.delimiter === 'tab' ? '\t' : values.delimiter;
      if (delimiter !== undefined && delimiter !== ';' && delimiter !== ',' && delimiter !== '\t')
        throw new UsageError(`--delimiter: use ";", "," or tab, not "${values.delimiter}".`);
      return {
        name: command,
        what,
        source,
        ...(headers !== undefined && { headers }),
        ...(delimiter !== undefined && { delimiter }),
      };
    }
    case 'merge': {
      if (args.length < 2) throw new UsageError('lc-feed merge needs at least two feeds.');
      return {
        name: command,
        sources: args,
        ...(values.out !== undefined && { out: values.out }),
        ...(values['publisher-id'] !== undefined && { publisherId: values['publisher-id'] }),
        ...(values['publisher-name'] !== undefined && { publisherName: values['publisher-name'] }),
      };
    }
    case 'serve': {
      const source = one(command, args, 'a feed file');
      const port = values.port === undefined ? 8080 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65_535)
        throw new UsageError(`--port: expected a port number (0–65535), got "${values.port}".`);
      return {
        name: command,
        source,
        port,
        host: values.host ?? '127.0.0.1',
        ...(values.widgets !== undefined && { widgets: values.widgets }),
      };
    }
  }
}

/** The one positional argument a command takes. */
function one(command: string, args: string[], what: string): string {
  const [first, extra] = args;
  if (first === undefined) throw new UsageError(`lc-feed ${command} needs ${what}.`);
  if (extra !== undefined) throw new UsageError(`Unexpected argument "${extra}".`);
  return first;
}

function positive(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new UsageError(`${option}: expected a whole number above 0, got "${value}".`);
  return number;
}
