import { dirname, resolve } from 'node:path';
import { writeFileAtomic } from '../authoring/atomic-write.ts';
import { formatJson } from '../authoring/format-json.ts';
import { feedErrors } from '../authoring/into-feed.ts';
import { type MergeInput, MergeError, mergeFeeds } from '../authoring/merge-feeds.ts';
import { FeedLoadError } from '../load.ts';
import { formatIssue } from '../validate.ts';
import type { Command } from './args.ts';
import type { CliIO } from './io.ts';
import { SourceError, isUrl, readFeed } from './read-feed.ts';

type MergeArgs = Extract<Command, { name: 'merge' }>;

/**
 * `lc-feed merge a.json b.json … [-o region.json]`: one feed from several.
 * Renamed ids, conflicts and notes go to stderr. Exit 0 when written; 1 when a
 * feed is not usable, the feeds cannot be merged (different time zones) or the
 * result is invalid (nothing is written); 2 when a feed cannot be read.
 */
export async function mergeCommand(args: MergeArgs, io: CliIO): Promise<number> {
  const inputs: MergeInput[] = [];
  for (const source of args.sources) {
    try {
      const { feed, issues } = await readFeed(source);
      const errors = issues.filter((issue) => issue.severity === 'error').length;
      if (errors)
        io.err(
          `${source}: ${errors} error${errors === 1 ? '' : 's'}; items with errors are left out (see lc-feed validate ${source})\n`,
        );
      inputs.push({
        name: source,
        feed,
        base: isUrl(source) ? { url: source } : { dir: dirname(resolve(source)) },
      });
    } catch (error) {
      if (error instanceof SourceError) {
        io.err(`lc-feed: cannot read ${source}: ${error.message}\n`);
        return 2;
      }
      if (error instanceof FeedLoadError) {
        io.err(`lc-feed: ${source} is not a usable feed: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
  }

  let report;
  try {
    report = mergeFeeds(inputs, {
      publisherId: args.publisherId,
      publisherName: args.publisherName,
      outDir: args.out === undefined ? process.cwd() : dirname(resolve(args.out)),
    });
  } catch (error) {
    if (error instanceof MergeError) {
      io.err(`lc-feed: cannot merge: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  for (const line of report.renamed) io.err(`renamed: ${line}\n`);
  for (const line of report.conflicts) io.err(`conflict: ${line}\n`);
  for (const line of report.notes) io.err(`note: ${line}\n`);

  const errors = feedErrors(report.feed);
  if (errors.length) {
    io.err(
      `lc-feed: the merged feed would be invalid, so it is not written:\n${errors.map((i) => `  ${formatIssue(i)}\n`).join('')}`,
    );
    return 1;
  }
  const text = formatJson(report.feed);
  const counts = ['centres', 'courses', 'events', 'partners']
    .map((key) => `${(report.feed[key] as unknown[]).length} ${key}`)
    .join(', ');
  if (args.out === undefined) io.out(text);
  else await writeFileAtomic(args.out, text);
  io.err(
    `${args.out ?? 'merged feed'}: ${counts} from ${inputs.length} feeds` +
      ` (${report.renamed.length} ids renamed, ${report.conflicts.length} conflicts)\n`,
  );
  return 0;
}
