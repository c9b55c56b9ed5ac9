// `lc-feed import`, `export` and `merge` as an editor runs them: exit codes,
// what goes to stdout and stderr, and files written whole or not at all.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { parseCommand } from '../../src/cli/args.ts';
import { run } from '../../src/cli/run.ts';
import { validateFeed } from '../../src/validate.ts';

const PACKAGE = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(PACKAGE, 'test/fixtures/authoring');
const SAMPLE = join(PACKAGE, 'examples/sample-feed.json');

async function lcFeed(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

let tmp: string;
let feed: string;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'lc-authoring-'));
});
after(() => rm(tmp, { recursive: true, force: true }));

/** A fresh copy of the target feed for one test. */
async function freshFeed(name: string): Promise<string> {
  const path = join(tmp, name);
  await copyFile(join(FIXTURES, 'target-feed.json'), path);
  return path;
}

describe('lc-feed import', () => {
  it('--into: writes the feed with the rows it could read, lists the others, exit 0', async () => {
    feed = await freshFeed('into.json');
    const { code, stdout, stderr } = await lcFeed(
      'import',
      join(FIXTURES, 'courses-sv.csv'),
      '--into',
      feed,
    );
    assert.equal(code, 0, stderr);
    assert.equal(stdout, '');
    const lines = stderr.trim().split('\n');
    assert.ok(
      lines.some((l) => l.endsWith('courses-sv.csv: row 4, column "Poäng": "sju" is not a number')),
    );
    assert.ok(
      lines.some((l) => l.endsWith('courses-sv.csv: 3 courses read from 5 rows, 2 left out')),
    );
    assert.ok(
      lines.at(-1)!.endsWith('into.json: written (courses: 3 added, 1 provider added)'),
      lines.at(-1),
    );
    const written = JSON.parse(await readFile(feed, 'utf8'));
    const { issues } = validateFeed(written);
    assert.deepEqual(
      issues.filter((i) => i.severity === 'error'),
      [],
    );
    assert.equal(written.courses.length, 5);
    assert.deepEqual(
      (await readdir(tmp)).filter((name) => name.endsWith('.tmp')),
      [],
      'no temporary file is left behind',
    );
  });

  it('--strict: rows left out fail the run, and nothing is written', async () => {
    feed = await freshFeed('strict.json');
    const before = await readFile(feed, 'utf8');
    const { code, stderr } = await lcFeed(
      'import',
      join(FIXTURES, 'courses-sv.csv'),
      '--into',
      feed,
      '--strict',
    );
    assert.equal(code, 1);
    assert.match(stderr, /--strict: not written, as some were left out/);
    assert.equal(await readFile(feed, 'utf8'), before);
  });

  it('a malformed CSV: the line, exit 1, the feed untouched', async () => {
    feed = await freshFeed('malformed.json');
    const before = await readFile(feed, 'utf8');
    const bad = join(tmp, 'bad.csv');
    await writeFile(bad, 'Kursnamn;Anordnare;Studieform\nA;ju;distans\n"B;ju;distans\n');
    const { code, stderr } = await lcFeed('import', bad, '--into', feed);
    assert.equal(code, 1);
    assert.equal(
      stderr,
      `lc-feed: cannot import ${bad}: line 3: a quoted cell starts here and is never closed (a missing " ?)\n`,
    );
    assert.equal(await readFile(feed, 'utf8'), before);
  });

  it('a malformed ICS: the line, exit 1', async () => {
    const bad = join(tmp, 'bad.ics');
    await writeFile(
      bad,
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART 20270101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
    );
    const { code, stderr } = await lcFeed('import', bad);
    assert.equal(code, 1);
    assert.match(
      stderr,
      /^lc-feed: cannot import .*bad\.ics: line 3: "DTSTART 20270101" is not an iCalendar line/,
    );
  });

  it('a result that would be invalid is not written: exit 1 with the issues', async () => {
    feed = await freshFeed('invalid.json');
    const broken = JSON.parse(await readFile(feed, 'utf8'));
    broken.events[0].category = 'party';
    await writeFile(feed, JSON.stringify(broken));
    const before = await readFile(feed, 'utf8');
    const { code, stderr } = await lcFeed(
      'import',
      join(FIXTURES, 'courses-en.csv'),
      '--into',
      feed,
      '--language',
      'en',
    );
    assert.equal(code, 1);
    assert.match(
      stderr,
      /lc-feed: .*invalid\.json not written: it would be invalid:\n {2}events\[0\]\.category: expected one of/,
    );
    assert.equal(await readFile(feed, 'utf8'), before);
  });

  it('without --into: the courses (and new providers) as JSON on stdout', async () => {
    const { code, stdout, stderr } = await lcFeed(
      'import',
      join(FIXTURES, 'courses-en.csv'),
      '--language',
      'en',
    );
    assert.equal(code, 0, stderr);
    const fragment = JSON.parse(stdout);
    assert.deepEqual(Object.keys(fragment), ['providers', 'courses']);
    assert.equal(fragment.courses[0].title.en, 'Supply chain management');
  });

  it('events from a calendar, told apart by content, with --centre', async () => {
    feed = await freshFeed('events.json');
    const { code, stderr } = await lcFeed(
      'import',
      join(FIXTURES, 'google.ics'),
      '--into',
      feed,
      '--centre',
      'skillingaryd',
    );
    assert.equal(code, 0, stderr);
    assert.match(stderr, /written \(events: 3 added\)/);
    const written = JSON.parse(await readFile(feed, 'utf8'));
    assert.deepEqual(
      written.events.slice(1).map((e: { centre: string }) => e.centre),
      ['skillingaryd', 'skillingaryd', 'skillingaryd'],
    );
  });

  it('the same import twice: the second changes nothing', async () => {
    feed = await freshFeed('twice.json');
    await lcFeed('import', join(FIXTURES, 'outlook.ics'), '--into', feed);
    const once = await readFile(feed, 'utf8');
    const { code, stderr } = await lcFeed('import', join(FIXTURES, 'outlook.ics'), '--into', feed);
    assert.equal(code, 0);
    assert.match(stderr, /twice\.json: unchanged \(events: 5 unchanged\)/);
    assert.equal(await readFile(feed, 'utf8'), once);
  });

  it('exit 2 for a file that is not there; 1 for a mapping that is not usable', async () => {
    const missing = await lcFeed('import', join(tmp, 'nope.csv'));
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'lc-feed: no such file\n');
    const map = join(tmp, 'map.json');
    await writeFile(map, '{"columns": {"Hp": "credit"}}');
    const mapped = await lcFeed('import', join(FIXTURES, 'courses-sv.csv'), '--map', map);
    assert.equal(mapped.code, 1);
    assert.match(mapped.stderr, /map\.json: columns\."Hp": "credit" is not a field/);
    const noFeed = await lcFeed(
      'import',
      join(FIXTURES, 'courses-sv.csv'),
      '--into',
      join(tmp, 'none.json'),
    );
    assert.equal(noFeed.code, 2);
    assert.match(
      noFeed.stderr,
      /none\.json: no such file \(start from the skeleton feed in docs\/authoring\.md\)/,
    );
  });

  it('nothing importable: exit 1', async () => {
    const empty = join(tmp, 'header-only.csv');
    await writeFile(empty, 'Kursnamn;Anordnare;Studieform\n');
    const { code, stderr } = await lcFeed('import', empty);
    assert.equal(code, 1);
    assert.match(stderr, /nothing could be imported from/);
  });
});

describe('lc-feed export', () => {
  it('courses: CSV on stdout that import reads back', async () => {
    const { code, stdout } = await lcFeed(
      'export',
      'courses',
      SAMPLE,
      '--headers',
      'en',
      '--delimiter',
      ',',
    );
    assert.equal(code, 0);
    assert.ok(
      stdout.startsWith(
        '\ufeffId,Code,Title,Title (en),Title (fi),Description,Description (en),Provider,',
      ),
    );
    const file = join(tmp, 'courses.csv');
    await writeFile(file, stdout);
    const target = join(tmp, 'sample.json');
    await copyFile(SAMPLE, target);
    const back = await lcFeed('import', file, '--into', target);
    assert.equal(back.code, 0, back.stderr);
    assert.match(back.stderr, /unchanged \(courses: 51 unchanged\)/);
  });

  it('events: iCalendar, as lc-feed ics', async () => {
    const { code, stdout } = await lcFeed('export', 'events', SAMPLE);
    assert.equal(code, 0);
    assert.ok(stdout.startsWith('BEGIN:VCALENDAR\r\n'));
  });
});

describe('lc-feed arguments', () => {
  it('reads the new commands and their options', () => {
    assert.deepEqual(
      parseCommand([
        'import',
        'a.csv',
        '--into',
        'f.json',
        '--centre',
        'x',
        '--centre',
        'y',
        '--replace',
      ]),
      {
        name: 'import',
        file: 'a.csv',
        into: 'f.json',
        centres: ['x', 'y'],
        replace: true,
      },
    );
    assert.deepEqual(parseCommand(['merge', 'a.json', 'b.json', '-o', 'r.json']), {
      name: 'merge',
      sources: ['a.json', 'b.json'],
      out: 'r.json',
    });
    assert.deepEqual(parseCommand(['serve', 'f.json', '--port', '0']), {
      name: 'serve',
      source: 'f.json',
      port: 0,
      host: '127.0.0.1',
    });
    assert.deepEqual(parseCommand(['validate', 'f.json', '--check-links', '--timeout', '500']), {
      name: 'validate',
      source: 'f.json',
      json: false,
      checkLinks: { timeoutMs: 500, concurrency: 8 },
    });
    assert.deepEqual(parseCommand(['export', 'courses', 'f.json', '--delimiter', 'tab']), {
      name: 'export',
      what: 'courses',
      source: 'f.json',
      delimiter: '\t',
    });
  });

  for (const [argv, message] of [
    [['import'], 'lc-feed import needs a .csv or .ics file.'],
    [['import', 'a.csv', '--port', '1'], '--port belongs to lc-feed serve.'],
    [['merge', 'a.json'], 'lc-feed merge needs at least two feeds.'],
    [['export', 'partners', 'f.json'], 'lc-feed export needs what to export: courses or events.'],
    [
      ['export', 'events', 'f.json', '--headers', 'en'],
      '--headers and --delimiter go with lc-feed export courses.',
    ],
    [
      ['serve', 'f.json', '--port', 'http'],
      '--port: expected a port number (0–65535), got "http".',
    ],
    [
      ['validate', 'f.json', '--timeout', '5'],
      '--timeout and --concurrency go with --check-links.',
    ],
    [
      ['validate', 'f.json', '--check-links', '--concurrency', '0'],
      '--concurrency: expected a whole number above 0, got "0".',
    ],
  ] as const) {
    it(`refuses ${argv.join(' ')}`, () =>
      assert.throws(() => parseCommand(argv), { name: 'UsageError', message }));
  }
});

describe('bin/lc-feed.mjs', () => {
  it('runs import in a real process', async () => {
    const result = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [
        join(PACKAGE, 'bin/lc-feed.mjs'),
        'import',
        join(FIXTURES, 'google.ics'),
      ]);
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout }));
    });
    assert.equal(result.code, 0);
    assert.equal(JSON.parse(result.stdout).events.length, 3);
  });
});
