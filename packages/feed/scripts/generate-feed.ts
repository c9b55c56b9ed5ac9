/**
 * Writes a large, valid, synthetic feed for benchmarks and load tests:
 *
 *   pnpm feed:generate --courses 10000 --events 2000 [--centres N] [--partners N] [--seed N] [--out path]
 *
 * Compact JSON, by default to packages/feed/examples/generated-feed.json (git
 * ignores it, and the sample's logos/ sit next to it). The same seed always
 * gives the same file. `generateFeed()` builds the feed in memory instead.
 */
import { realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type GenerateFeedOptions, generateFeed } from './generator/build.ts';

export { generateFeed, SAMPLE_FEED_FILE, type GenerateFeedOptions } from './generator/build.ts';

export const DEFAULT_OUT = fileURLToPath(
  new URL('../examples/generated-feed.json', import.meta.url),
);

export const USAGE =
  'Usage: pnpm feed:generate [--courses N] [--events N] [--centres N] [--partners N] [--seed N] [--out path]';

/** The generator's options from its command line (without `node` and the script). */
export interface GenerateCommand extends GenerateFeedOptions {
  /** Where to write the feed. */
  out: string;
}

/**
 * Reads the generator's command line.
 * @throws Error with a readable message for an unknown option or a value that is not a whole number.
 */
export function parseGenerateArgs(argv: readonly string[]): GenerateCommand {
  const number = { type: 'string' } as const;
  const { values } = parseArgs({
    args: [...argv],
    options: {
      courses: number,
      events: number,
      centres: number,
      partners: number,
      seed: number,
      out: { type: 'string' },
    },
  });
  const command: GenerateCommand = { out: values.out ?? DEFAULT_OUT };
  for (const key of ['courses', 'events', 'centres', 'partners', 'seed'] as const) {
    const raw = values[key];
    if (raw === undefined) continue;
    if (!/^\d+$/.test(raw)) throw new Error(`--${key} must be a whole number, got "${raw}"`);
    command[key] = Number(raw);
  }
  return command;
}

/** Runs the command line; returns the exit code (2 for a bad command line). */
export function main(argv: readonly string[]): number {
  let command: GenerateCommand;
  let feed;
  const started = performance.now();
  try {
    command = parseGenerateArgs(argv);
    feed = generateFeed(command);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const json = JSON.stringify(feed);
  writeFileSync(command.out, json);
  const megabytes = (Buffer.byteLength(json) / 1_048_576).toFixed(1);
  console.log(
    `Wrote ${command.out}: ${feed.centres.length} centres, ${feed.courses.length} courses, ` +
      `${feed.events.length} events, ${feed.partners.length} partners; ${megabytes} MB ` +
      `in ${Math.round(performance.now() - started)} ms.`,
  );
  return 0;
}

function isMainModule(): boolean {
  if (!process.argv[1]) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isMainModule()) process.exitCode = main(process.argv.slice(2));
