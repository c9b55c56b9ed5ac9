// `lc-feed` as people run it: the bin launcher spawned in a child process, on
// fixture files and on URLs served by the local fault server. The verdict on
// every fixture is checked in-process through `run` (same code, no spawn cost).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { startFaultServer, type FaultServer } from '../../../scripts/test-server.mjs';
import { run } from '../src/cli/run.ts';
import type { ValidateReport } from '../src/cli/validate-command.ts';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(PACKAGE, 'bin', 'lc-feed.mjs');
const fixture = (name: string) => `test/fixtures/${name}.json`;
const SAMPLE = 'examples/sample-feed.json';

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `lc-feed` (bin/lc-feed.mjs) from the package folder. */
function lcFeed(...args: string[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: PACKAGE });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs `lc-feed` in this process, capturing what it prints. */
async function lcFeedInProcess(...args: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const cwd = process.cwd();
  process.chdir(PACKAGE);
  try {
    const code = await run(args, {
      out: (text) => (stdout += text),
      err: (text) => (stderr += text),
    });
    return { code, stdout, stderr };
  } finally {
    process.chdir(cwd);
  }
}

const lines = (text: string) => text.split('\n').filter(Boolean);

let server: FaultServer;
let tmp: string;
before(async () => {
  server = await startFaultServer();
  tmp = await mkdtemp(join(tmpdir(), 'lc-feed-'));
});
after(async () => {
  await server.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('lc-feed validate', { concurrency: true }, () => {
  it('exits 0 on a valid feed and prints one summary line', async () => {
    const { code, stdout, stderr } = await lcFeed('validate', fixture('valid-complete'));
    assert.equal(code, 0, stderr);
    assert.deepEqual(lines(stdout), [
      'test/fixtures/valid-complete.json: valid — 2 centres, 2 courses, 2 events, 1 partner',
    ]);
    assert.equal(stderr, '');
  });

  it('exits 0 with warnings, one per line, counted in the summary', async () => {
    const { code, stdout } = await lcFeed('validate', fixture('valid-hostile-strings'));
    assert.equal(code, 0);
    assert.deepEqual(lines(stdout), [
      'courses[id=course-0].url: "data:text/html,<b>hi</b>" is not an http(s) address; widgets will not link it (warning)',
      'courses[id=course-0].applyUrl: "javascript:alert(1)" is not an http(s) address; widgets will not link it (warning)',
      'events[id=open-house].onlineUrl: "vbscript:msgbox(1)" is not an http(s) address; widgets will not link it (warning)',
      'test/fixtures/valid-hostile-strings.json: valid — 1 centre, 2 courses, 1 event, 1 partner (3 warnings)',
    ]);
  });

  it('exits 1 on an item-level error and prints it as path: message', async () => {
    const { code, stdout } = await lcFeed('validate', fixture('invalid-course-credit-system'));
    assert.equal(code, 1);
    assert.deepEqual(lines(stdout), [
      'courses[1].credits.system: expected one of hp, yh, gy, ects, got "HP"',
      'test/fixtures/invalid-course-credit-system.json: invalid — 1 error; widgets would show 1 centre, 2 courses, 1 event, 1 partner',
    ]);
  });

  it('exits 1 on a dangling reference (strict where widgets are lenient)', async () => {
    const { code, stdout } = await lcFeed('validate', fixture('invalid-ref-course-provider'));
    assert.equal(code, 1);
    assert.equal(
      lines(stdout)[0],
      'courses[id=course-1].provider: no provider with id "uu" in this feed; this item is left out',
    );
  });

  it('exits 1 with the reason when the feed has no version', async () => {
    const { code, stdout } = await lcFeed('validate', fixture('invalid-missing-version'));
    assert.equal(code, 1);
    assert.deepEqual(lines(stdout), [
      'version: is required (for example "1.0")',
      'test/fixtures/invalid-missing-version.json: invalid — widgets cannot use this feed at all',
    ]);
  });

  it('exits 1 with the reason when the file is not JSON', async () => {
    const file = join(tmp, 'cut.json');
    await writeFile(file, '{"version": "1.0",');
    const { code, stdout } = await lcFeed('validate', file);
    assert.equal(code, 1);
    const [reason, summary, ...rest] = lines(stdout);
    assert.match(reason, /^\(feed\): The feed is not valid JSON: /);
    assert.equal(summary, `${file}: invalid — widgets cannot use this feed at all`);
    assert.deepEqual(rest, []);
  });

  it('exits 1 when a file is larger than widgets accept, and still lists every other issue', async () => {
    const file = join(tmp, 'big.json');
    const head = JSON.parse(await (await fetch(`${server.url}/__faults/counted?key=big`)).text());
    await writeFile(file, JSON.stringify({ ...head, padding: 'x'.repeat(6 * 1024 * 1024) }));
    const { code, stdout } = await lcFeed('validate', file);
    assert.equal(code, 1);
    assert.deepEqual(lines(stdout).slice(0, 2), [
      '(feed): the file is 6 MB; widgets refuse feeds over 5 MB',
      'padding: unknown property (kept, but no widget reads it) (warning)',
    ]);
  });

  it('exits 2 when the file does not exist, saying so on stderr', async () => {
    const { code, stdout, stderr } = await lcFeed('validate', 'test/fixtures/no-such-feed.json');
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.equal(stderr, 'lc-feed: cannot read test/fixtures/no-such-feed.json: no such file\n');
  });

  it('exits 2 when given a folder', async () => {
    const { code, stderr } = await lcFeed('validate', 'test/fixtures');
    assert.equal(code, 2);
    assert.match(stderr, /it is a folder, not a file/);
  });

  it('reads a URL: exit 0 for a valid feed', async () => {
    const url = `${server.url}/__faults/counted?key=cli`;
    const { code, stdout } = await lcFeed('validate', url);
    assert.equal(code, 0);
    assert.deepEqual(lines(stdout), [`${url}: valid — 0 centres, 0 courses, 0 events, 0 partners`]);
  });

  it('reads a URL: exit 1 for a body that is not JSON', async () => {
    const { code, stdout } = await lcFeed('validate', `${server.url}/__faults/invalid-json`);
    assert.equal(code, 1);
    assert.match(stdout, /^\(feed\): The feed is not valid JSON/);
  });

  it('reads a URL: exit 2 for an HTTP error, with the status', async () => {
    const url = `${server.url}/__faults/404`;
    const { code, stdout, stderr } = await lcFeed('validate', url);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      `lc-feed: cannot read ${url}: The feed server answered 404 Not Found for ${url}.\n`,
    );
  });

  it('reads a URL: exit 2 when nothing listens there, with the low-level reason', async () => {
    const gone = await startFaultServer();
    await gone.close();
    const url = `${gone.url}/feed.json`;
    const { code, stderr } = await lcFeed('validate', url);
    assert.equal(code, 2);
    assert.ok(
      stderr.startsWith(`lc-feed: cannot read ${url}: The feed could not be reached`),
      stderr,
    );
    assert.match(stderr, /\(connect ECONNREFUSED .*\)\n$/);
  });

  it('--json prints {source, valid, issues, counts}', async () => {
    const { code, stdout } = await lcFeed(
      'validate',
      '--json',
      fixture('invalid-course-credit-system'),
    );
    assert.equal(code, 1);
    const report: ValidateReport = JSON.parse(stdout);
    assert.deepEqual(report, {
      source: 'test/fixtures/invalid-course-credit-system.json',
      valid: false,
      issues: [
        {
          path: 'courses[1].credits.system',
          message: 'expected one of hp, yh, gy, ects, got "HP"',
          severity: 'error',
          rule: 'schema',
        },
      ],
      counts: {
        centres: 1,
        providers: 1,
        subjects: 0,
        courses: 2,
        events: 1,
        partners: 1,
        guidanceServices: 1,
      },
    });
  });

  it('--json on a valid feed with warnings: valid true, warnings listed', async () => {
    const { code, stdout } = await lcFeed(
      'validate',
      fixture('valid-unknown-properties'),
      '--json',
    );
    assert.equal(code, 0);
    const report: ValidateReport = JSON.parse(stdout);
    assert.equal(report.valid, true);
    assert.ok(
      report.issues.length > 10 && report.issues.every((issue) => issue.severity === 'warning'),
    );
  });

  it('--json when the feed cannot be read or used: counts null and the error', async () => {
    const missing = await lcFeed('validate', '--json', 'nope.json');
    assert.equal(missing.code, 2);
    assert.deepEqual(JSON.parse(missing.stdout), {
      source: 'nope.json',
      valid: false,
      issues: [],
      counts: null,
      error: { kind: 'unreadable', message: 'no such file' },
    });
    const broken = await lcFeed('validate', '--json', fixture('invalid-version-2'));
    assert.equal(broken.code, 1);
    const report: ValidateReport = JSON.parse(broken.stdout);
    assert.equal(report.error?.kind, 'schema');
    assert.deepEqual(
      report.issues.map((issue) => issue.path),
      ['version'],
    );
  });

  it(
    `accepts the sample feed (${SAMPLE})`,
    { skip: !existsSync(join(PACKAGE, SAMPLE)) && 'no sample feed yet' },
    async () => {
      const { code, stdout } = await lcFeed('validate', SAMPLE);
      assert.equal(code, 0, stdout);
      assert.match(
        lines(stdout).at(-1)!,
        /^examples\/sample-feed\.json: valid — \d+ centres, \d+ courses, \d+ events, \d+ partners/,
      );
    },
  );
});

describe('lc-feed validate: the verdict on every fixture follows its name', () => {
  for (const name of readdirSync(join(PACKAGE, 'test/fixtures')).filter((n) =>
    n.endsWith('.json'),
  )) {
    const expected = name.startsWith('valid-') ? 0 : 1;
    it(`${name} → exit ${expected}`, async () => {
      const { code, stdout } = await lcFeedInProcess('validate', `test/fixtures/${name}`);
      assert.equal(code, expected, stdout);
      assert.match(
        lines(stdout).at(-1)!,
        new RegExp(`^test/fixtures/${name}: ${expected ? 'invalid' : 'valid'} — `),
      );
    });
  }
});

describe('lc-feed ics', { concurrency: true }, () => {
  const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

  it('writes every event of the feed as iCalendar (CRLF) to stdout', async () => {
    const { code, stdout, stderr } = await lcFeed('ics', fixture('valid-complete'));
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.ok(stdout.startsWith('BEGIN:VCALENDAR\r\n') && stdout.endsWith('END:VCALENDAR\r\n'));
    assert.doesNotMatch(stdout.replace(/\r\n/g, ''), /[\r\n]/, 'every line ends in CRLF');
    const calendar = parse(stdout);
    assert.deepEqual(
      calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('uid')),
      ['drop-in-vagledning@region.example', 'streamed-ai-lecture@region.example'],
    );
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Region Testland');
  });

  it('--event writes that one event', async () => {
    const { code, stdout } = await lcFeed(
      'ics',
      fixture('valid-complete'),
      '--event',
      'streamed-ai-lecture',
    );
    assert.equal(code, 0);
    const events = parse(stdout).getAllSubcomponents('vevent');
    assert.equal(events.length, 1);
    assert.equal(events[0].getFirstPropertyValue('summary'), 'AI i vården');
  });

  it('--event with an id the feed has no usable event for: exit 2', async () => {
    const { code, stdout, stderr } = await lcFeed(
      'ics',
      fixture('invalid-ref-event-centre'),
      '--event',
      'open-house',
    );
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(
      stderr,
      /^lc-feed: no usable event with id "open-house" in .*\(the feed has 1 error: see lc-feed validate/,
    );
  });

  it('writes the usable events of a feed with errors and says so on stderr', async () => {
    const { code, stdout, stderr } = await lcFeed('ics', fixture('invalid-ref-event-centre'));
    assert.equal(code, 0);
    assert.equal(parse(stdout).getAllSubcomponents('vevent').length, 0);
    assert.match(stderr, /items with errors were left out/);
  });

  it('exit 1 for a feed that cannot be used, 2 for one that cannot be read', async () => {
    const [broken, missing] = await Promise.all([
      lcFeed('ics', fixture('invalid-missing-version')),
      lcFeed('ics', 'missing.json'),
    ]);
    assert.equal(broken.code, 1);
    assert.match(
      broken.stderr,
      /is not a usable feed: The feed cannot be used: version: is required/,
    );
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'lc-feed: cannot read missing.json: no such file\n');
  });
});

describe('lc-feed usage', { concurrency: true }, () => {
  it('--help prints the usage on stdout, exit 0', async () => {
    const { code, stdout, stderr } = await lcFeed('--help');
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: lc-feed <command>/);
    assert.equal(stderr, '');
  });

  it('an unknown command prints what is wrong and the usage on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await lcFeed('lint', 'feed.json');
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /^lc-feed: Unknown command "lint"\.\n\nUsage: lc-feed <command>/);
  });

  it('no command at all: usage, exit 2', async () => {
    const { code, stderr } = await lcFeedInProcess();
    assert.equal(code, 2);
    assert.match(stderr, /No command given/);
  });

  it('an unknown option: usage, exit 2', async () => {
    const { code, stderr } = await lcFeedInProcess('validate', 'x.json', '--strict');
    assert.equal(code, 2);
    assert.match(stderr, /--strict/);
  });
});
