/**
 * How long `lc-feed import` takes on a 10,000-row spreadsheet (the issue's
 * bar: ≤ 2 s). The CSV is the generated feed's courses as `lc-feed export
 * courses` writes them (Swedish headers, semicolons, decimal commas):
 *
 *   pnpm exec tsx packages/feed/scripts/bench-import.ts [--rows 10000] [--runs 5]
 *
 * Prints the first (cold, as the CLI runs) and the median of the other runs,
 * wall clock and CPU time (CPU time is what to compare on a busy machine),
 * for reading the file alone, and for the whole `--into` path short of the
 * disk: read, merge into the feed, validate the result, format it.
 */
import { parseArgs } from 'node:util';
import { exportCourses } from '../src/authoring/export-courses.ts';
import { formatJson } from '../src/authoring/format-json.ts';
import { importCourses } from '../src/authoring/import-courses.ts';
import { courseItems } from '../src/authoring/imported-items.ts';
import { feedErrors, mergeIntoFeed } from '../src/authoring/into-feed.ts';
import { generateFeed } from './generator/build.ts';

const { values } = parseArgs({ options: { rows: { type: 'string' }, runs: { type: 'string' } } });
const rows = Number(values.rows ?? 10_000);
const runs = Number(values.runs ?? 5);

const generated = generateFeed({ courses: rows, events: 0 });
const csv = new TextEncoder().encode(exportCourses(generated));
const empty = { ...generated, courses: [] };
const json = JSON.parse(JSON.stringify(empty)) as Record<string, unknown>;

interface Timing {
  wall: number;
  cpu: number;
}

/** Wall-clock and CPU milliseconds of each run; the first is the cold one (as for the CLI, which runs once). */
function time(work: () => void): Timing[] {
  const out: Timing[] = [];
  for (let run = 0; run < runs; run++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    work();
    const used = process.cpuUsage(cpu);
    out.push({ wall: performance.now() - start, cpu: (used.user + used.system) / 1000 });
  }
  return out;
}

let imported = 0;
const read = time(() => {
  const result = importCourses(csv, { feed: empty });
  if (result.errors.length) throw new Error(result.errors[0]);
  imported = result.courses.length;
});
const into = time(() => {
  const result = importCourses(csv, { feed: empty });
  const { feed } = mergeIntoFeed(json, courseItems(result));
  const errors = feedErrors(feed);
  if (errors.length) throw new Error(`${errors[0].path}: ${errors[0].message}`);
  formatJson(feed);
});

const show = (timings: Timing[]) => {
  const [first, ...rest] = timings;
  const median =
    rest.map((t) => t.wall).sort((a, b) => a - b)[Math.floor(rest.length / 2)] ?? first.wall;
  return (
    `first run ${first.wall.toFixed(0)} ms (CPU ${first.cpu.toFixed(0)} ms), ` +
    `then median ${median.toFixed(0)} ms`
  );
};
console.log(
  `${rows} rows (${(csv.byteLength / 1024 / 1024).toFixed(1)} MB of CSV), ${imported} courses, ${runs} runs`,
);
console.log(`  read the CSV into courses:                   ${show(read)}`);
console.log(`  …and merge into the feed, validate, format:  ${show(into)}`);
