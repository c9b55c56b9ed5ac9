import { writeFileAtomic } from '../authoring/atomic-write.ts';
import { decodeText } from '../authoring/decode.ts';
import { formatJson } from '../authoring/format-json.ts';
import { ImportError } from '../authoring/import-error.ts';
import { courseItems, eventItems } from '../authoring/imported-items.ts';
import { type ImportedItems, feedErrors, mergeIntoFeed } from '../authoring/into-feed.ts';
import { MappingError, parseMapping, type CourseMapping } from '../authoring/mapping.ts';
import { DEFAULT_MAX_BYTES, formatBytes } from '../load.ts';
import type { FeedIssue } from '../schema/dsl.ts';
import type { Feed } from '../types.ts';
import { FeedSchemaError, formatIssue, validateFeed } from '../validate.ts';
import type { Command } from './args.ts';
import type { CliIO } from './io.ts';
import { SourceError, readBytes } from './read-feed.ts';

type ImportArgs = Extract<Command, { name: 'import' }>;

/** Exit codes, as `lc-feed validate` has them. */
const EXIT = { ok: 0, invalid: 1, unreadable: 2 } as const;

/** The --into feed: its JSON as written (what is merged and written back), and as widgets read it. */
interface Target {
  path: string;
  data: Record<string, unknown>;
  feed: Feed;
  indent: string;
}

/**
 * `lc-feed import`: courses from a CSV file or events from an ICS file (told
 * apart by content), printed as JSON or put into a feed with `--into`.
 * Exit 0 when imported (rows or events left out are listed on stderr, and
 * fail the run only with `--strict`); 1 when the file or the mapping cannot be
 * used, nothing could be imported, or the feed would be invalid (then nothing
 * is written); 2 when a file cannot be read.
 */
export async function importCommand(args: ImportArgs, io: CliIO): Promise<number> {
  const fail = (code: number, message: string) => {
    io.err(`lc-feed: ${message}\n`);
    return code;
  };
  let bytes: Buffer;
  let mapping: CourseMapping | undefined;
  let target: Target | undefined;
  try {
    bytes = await readBytes(args.file);
    if (args.map !== undefined) mapping = await readMapping(args.map);
    if (args.into !== undefined) target = await readTarget(args.into);
  } catch (error) {
    if (error instanceof SourceError) return fail(EXIT.unreadable, error.message);
    if (error instanceof ImportError) return fail(EXIT.invalid, error.message);
    throw error;
  }

  const isCalendar = /^\s*BEGIN:VCALENDAR/i.test(decodeText(bytes.subarray(0, 64)).text);
  const feedName = args.into ?? 'the feed';
  let imported: ImportedItems;
  let providers: Record<string, unknown>[] = [];
  let count: string;
  let skipped: number;
  try {
    if (isCalendar) {
      if (args.map !== undefined)
        return fail(EXIT.unreadable, '--map is for spreadsheets, not calendars.');
      if ((args.centres?.length ?? 0) > 1)
        return fail(EXIT.unreadable, 'an event has one centre: give --centre once.');
      // ical.js is loaded only for calendars.
      const { importEvents } = await import('../authoring/import-events.ts');
      const result = importEvents(bytes, {
        feed: target?.feed,
        feedName,
        centre: args.centres?.[0],
      });
      report(io, args.file, result.errors, result.notes);
      skipped = result.skipped;
      count = `${plural(result.events.length, 'event')} read${left(skipped)}`;
      imported = eventItems(result, target?.feed.language ?? 'sv');
    } else {
      const { importCourses } = await import('../authoring/import-courses.ts');
      const result = importCourses(bytes, {
        mapping,
        feed: target?.feed,
        feedName,
        language: args.language,
        centres: args.centres,
      });
      report(io, args.file, result.errors, result.notes);
      skipped = result.skipped;
      count = `${plural(result.courses.length, 'course')} read from ${plural(result.rows, 'row')}${left(skipped)}`;
      imported = courseItems(result);
      providers = result.providers as unknown as Record<string, unknown>[];
    }
  } catch (error) {
    if (error instanceof ImportError)
      return fail(EXIT.invalid, `cannot import ${args.file}: ${error.message}`);
    throw error;
  }
  io.err(`${args.file}: ${count}\n`);
  if (!imported.items.length)
    return fail(EXIT.invalid, `nothing could be imported from ${args.file}.`);
  if (skipped && args.strict)
    return fail(
      EXIT.invalid,
      `--strict: not ${target ? 'written' : 'printed'}, as some were left out.`,
    );

  if (!target) {
    const fragment = {
      ...(providers.length && { providers }),
      [imported.collection]: imported.items,
    };
    const problems = fragmentErrors(fragment, args.language ?? 'sv');
    if (problems.length) return invalid(io, 'the imported items are not valid', problems);
    io.out(formatJson(fragment));
    return EXIT.ok;
  }

  const { feed, summary } = mergeIntoFeed(target.data, imported, {
    replace: args.replace,
    providers,
  });
  const changes = [
    summary.added.length && `${summary.added.length} added`,
    summary.updated.length && `${summary.updated.length} updated`,
    summary.unchanged.length && `${summary.unchanged.length} unchanged`,
    summary.removed.length && `${summary.removed.length} removed`,
    summary.providersAdded.length && plural(summary.providersAdded.length, 'provider') + ' added',
  ].filter(Boolean);
  const changed =
    summary.added.length +
    summary.updated.length +
    summary.removed.length +
    summary.providersAdded.length;
  if (!changed) {
    io.err(`${target.path}: unchanged (${imported.collection}: ${changes.join(', ')})\n`);
    return EXIT.ok;
  }
  const errors = feedErrors(feed);
  if (errors.length) return invalid(io, `${target.path} not written: it would be invalid`, errors);
  const text = formatJson(feed, target.indent);
  const size = Buffer.byteLength(text);
  if (size > DEFAULT_MAX_BYTES)
    return fail(
      EXIT.invalid,
      `${target.path} not written: it would be ${formatBytes(size)}, and widgets refuse feeds over ${formatBytes(DEFAULT_MAX_BYTES)}.`,
    );
  await writeFileAtomic(target.path, text);
  io.err(`${target.path}: written (${imported.collection}: ${changes.join(', ')})\n`);
  return EXIT.ok;
}

async function readMapping(path: string): Promise<CourseMapping> {
  const text = decodeText(await readBytes(path)).text;
  try {
    return parseMapping(JSON.parse(text));
  } catch (error) {
    if (error instanceof SyntaxError)
      throw new ImportError(`${path} is not valid JSON: ${error.message}`);
    if (error instanceof MappingError) throw new ImportError(`${path}: ${error.message}`);
    throw error;
  }
}

async function readTarget(path: string): Promise<Target> {
  let text: string;
  try {
    text = decodeText(await readBytes(path)).text;
  } catch (error) {
    if (error instanceof SourceError && error.message === 'no such file')
      throw new SourceError(
        `cannot read ${path}: no such file (start from the skeleton feed in docs/authoring.md)`,
      );
    if (error instanceof SourceError)
      throw new SourceError(`cannot read ${path}: ${error.message}`);
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    const { feed } = validateFeed(data);
    const indent = /^\{\r?\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
    return { path, data: data as Record<string, unknown>, feed, indent };
  } catch (error) {
    if (error instanceof FeedSchemaError)
      throw new ImportError(`${path} cannot be used: ${error.message}`);
    throw error;
  }
}

/** Schema errors in imported items on their own (references to a feed not given are not checked). */
function fragmentErrors(fragment: Record<string, unknown>, language: string): FeedIssue[] {
  const probe = {
    version: '1.0',
    publisher: { name: 'import' },
    language,
    timeZone: 'Europe/Stockholm',
    updated: '2026-01-01T00:00Z',
    ...fragment,
  };
  return validateFeed(probe).issues.filter(
    (issue) => issue.severity === 'error' && issue.rule !== 'reference',
  );
}

function report(io: CliIO, file: string, errors: string[], notes: string[]): void {
  for (const error of errors) io.err(`${file}: ${error}\n`);
  for (const note of notes) io.err(`${file}: note: ${note}\n`);
}

function invalid(io: CliIO, what: string, issues: FeedIssue[]): number {
  io.err(`lc-feed: ${what}:\n${issues.map((issue) => `  ${formatIssue(issue)}\n`).join('')}`);
  return EXIT.invalid;
}

function left(count: number): string {
  return count ? `, ${count} left out` : '';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
