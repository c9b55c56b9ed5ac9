/**
 * `lc-booking list | export | cancel`, run in-process against a test database,
 * and the CSV it writes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BOM, csvField, toCsv } from '../src/cli/csv.ts';
import { type CliContext, runCli } from '../src/cli/run.ts';
import type { Db } from '../src/db/db.ts';
import { bookDirect } from './helpers/book-direct.ts';
import { NOW, testConfig } from './helpers/fixture.ts';
import { type TestDatabase, testDatabase } from './helpers/database.ts';

describe('CSV', () => {
  test('RFC 4180 quoting: quotes doubled; commas, semicolons and line breaks quoted', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a "quote"'), '"a ""quote"""');
    assert.equal(csvField('a, b'), '"a, b"');
    assert.equal(csvField('a; b'), '"a; b"');
    assert.equal(csvField('two\r\nlines'), '"two\r\nlines"');
    assert.equal(csvField(undefined), '');
    assert.equal(csvField(null), '');
    assert.equal(csvField(-3), '-3', 'numbers are numbers');
  });

  test('text a spreadsheet would run as a formula gets a leading apostrophe', () => {
    assert.equal(csvField('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
    for (const start of ['+46 70', '-1', '@SUM(A1)', '\tx'])
      assert.equal(csvField(start), `'${start}`);
  });

  test('a file: BOM, header, CRLF after every row', () => {
    assert.equal(toCsv(['a', 'b'], [['1', 'å']]), `${BOM}a,b\r\n1,å\r\n`);
  });
});

describe('lc-booking', () => {
  let database: TestDatabase;
  const config = testConfig();
  let now = NOW;
  /** The test database, not closed by each command. */
  let shared: Db;
  const run = async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const open = async (): Promise<CliContext> => ({ db: shared, config, now: () => now });
    const code = await runCli(
      argv,
      { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) },
      open,
    );
    return { code, stdout, stderr };
  };
  let first: { id: string };
  let second: { id: string };
  let third: { id: string };

  before(async () => {
    database = await testDatabase();
    shared = { ...database.db, close: async () => {} };
    first = await bookDirect(
      database.db,
      config,
      '20260310T084500Z~studievagledning~kalix~phone~sv',
      NOW,
      {
        name: '=cmd|" /C calc"!A0',
        message: 'Rad ett,\n"rad två"; klart',
      },
    );
    second = await bookDirect(
      database.db,
      config,
      '20260310T080000Z~studievagledning~kalix~video~en',
      NOW,
      {
        name: 'Bertil',
        phone: undefined,
      },
    );
    third = await bookDirect(
      database.db,
      config,
      '20260310T120000Z~studievagledning~motala~on-site~sv',
      NOW,
      {
        name: 'Cecilia',
        email: undefined,
      },
    );
  });
  after(() => database?.close());

  test('list: the day’s bookings in time order, with counsellor and contact', async () => {
    const r = await run('list', '--date', '2026-03-10');
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines[0], '2026-03-10 (Europe/Stockholm): 3 bookings');
    assert.match(
      lines[1],
      /^09:00–09:45 {2}Studievägledning {2}kalix {3}video {4}en {2}Anna Vägledare {2}Bertil/,
    );
    assert.ok(lines[1].endsWith(second.id));
    assert.ok(lines[2].endsWith(first.id));
    assert.match(
      lines[3],
      /^13:00–13:45 .*motala .*on-site .*(bo|cilla) .*Cecilia .*\+46 70 123 45 67/,
    );
  });

  test('list: today by default; --centre filters', async () => {
    assert.equal((await run('list')).stdout, '2026-03-09 (Europe/Stockholm): 0 bookings\n');
    const motala = await run('list', '--date', '2026-03-10', '--centre', 'motala');
    assert.equal(motala.stdout.trimEnd().split('\n').length, 2);
    assert.ok(motala.stdout.includes(third.id));
  });

  test('export: CSV with BOM, header, local times, quoting and formula guard', async () => {
    const r = await run('export', '--from', '2026-03-10', '--to', '2026-03-10');
    assert.equal(r.code, 0, r.stderr);
    assert.ok(
      r.stdout.startsWith(
        `${BOM}id,status,start,end,service,centre,mode,language,counsellor,name,email,phone,message,created_at,cancelled_at\r\n`,
      ),
    );
    const rows = r.stdout.slice(1).split('\r\n');
    assert.equal(
      rows.length,
      1 + 3 + 1,
      'header, three rows, and the empty string after the last CRLF',
    );
    assert.ok(
      rows[2].startsWith(
        `${first.id},confirmed,2026-03-10T09:45:00+01:00,2026-03-10T10:30:00+01:00,studievagledning,kalix,phone,sv,anna,`,
      ),
    );
    assert.ok(
      rows[2].includes(
        `"'=cmd|"" /C calc""!A0",asa@example.se,'+46 70 123 45 67,"Rad ett,\n""rad två""; klart",`,
      ),
    );
  });

  test('export: --to is inclusive; a day without bookings gives only the header', async () => {
    const none = await run('export', '--from', '2026-03-11', '--to', '2026-03-12');
    assert.equal(none.stdout.split('\r\n').length, 2);
    const wide = await run('export', '--from', '2026-03-01', '--to', '2026-03-10');
    assert.equal(wide.stdout.split('\r\n').length, 5);
  });

  test('cancel: 0 and erased; unknown: 1; after the start: 1', async () => {
    const r = await run('cancel', first.id.toUpperCase());
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Cancelled /);
    const listed = await run('list', '--date', '2026-03-10', '--all');
    assert.match(listed.stdout, /2 bookings\n/);
    assert.match(listed.stdout, /CANCELLED/);
    assert.ok(!listed.stdout.includes('calc'), 'personal data is gone');
    const unknown = await run('cancel', '00000000-0000-4000-8000-000000000000');
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /no booking/);
    now = Date.parse('2026-03-10T12:30:00Z');
    const late = await run('cancel', third.id);
    assert.equal(late.code, 1);
    assert.match(late.stderr, /already started/);
    now = NOW;
  });

  test('wrong usage: exit 2 with the usage text; --help: 0', async () => {
    for (const argv of [
      [],
      ['frobnicate'],
      ['export', '--from', '2026-03-10'],
      ['export', '--from', '2026-03-10', '--to', '2026-03-09'],
      ['list', '--date', '10/3'],
      ['list', '--nope'],
      ['cancel'],
      ['cancel', 'not-a-uuid'],
    ]) {
      const r = await run(...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, /Usage:/);
    }
    const help = await run('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /lc-booking export --from/);
  });
});
