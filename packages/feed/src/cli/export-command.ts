import { exportCourses } from '../authoring/export-courses.ts';
import { FeedLoadError } from '../load.ts';
import type { Command } from './args.ts';
import { icsCommand } from './ics-command.ts';
import type { CliIO } from './io.ts';
import { SourceError, readFeed } from './read-feed.ts';

type ExportArgs = Extract<Command, { name: 'export' }>;

/**
 * `lc-feed export courses|events`: the feed's courses as CSV for a
 * spreadsheet (what `lc-feed import` reads back), or its events as iCalendar.
 * Exit 0 when written (items with errors left out, said on stderr), 1 when the
 * feed is not usable, 2 when it cannot be read.
 */
export async function exportCommand(args: ExportArgs, io: CliIO): Promise<number> {
  if (args.what === 'events') return icsCommand(args.source, undefined, io);
  let loaded;
  try {
    loaded = await readFeed(args.source);
  } catch (error) {
    if (error instanceof SourceError) {
      io.err(`lc-feed: cannot read ${args.source}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof FeedLoadError) {
      io.err(`lc-feed: ${args.source} is not a usable feed: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const { feed, issues } = loaded;
  io.out(exportCourses(feed, { headers: args.headers, delimiter: args.delimiter }));
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  if (errors)
    io.err(
      `lc-feed: items with errors were left out (the feed has ${errors} error${errors === 1 ? '' : 's'}: see lc-feed validate ${args.source})\n`,
    );
  return 0;
}
