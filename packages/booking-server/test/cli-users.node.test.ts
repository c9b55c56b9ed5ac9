/**
 * `lc-booking user …`: staff accounts, then signing in with one.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type CliContext, runCli } from '../src/cli/run.ts';
import type { Db } from '../src/db/db.ts';
import { verifyStaffLogin } from '../src/staff/users.ts';
import { NOW, testConfig } from './helpers/fixture.ts';
import { type TestDatabase, testDatabase } from './helpers/database.ts';

let database: TestDatabase;
let shared: Db;
const config = testConfig();

before(async () => {
  database = await testDatabase();
  shared = { ...database.db, close: async () => {} };
});
after(() => database?.close());

async function run(argv: string[], stdin?: string) {
  let stdout = '';
  let stderr = '';
  const open = async (): Promise<CliContext> => ({ db: shared, config, now: () => NOW });
  const code = await runCli(
    argv,
    {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      ...(stdin !== undefined && { stdin: async () => stdin }),
    },
    open,
  );
  return { code, stdout, stderr };
}

test('user add with a password from standard input; the password signs in, hashed with argon2id', async () => {
  const r = await run(
    ['user', 'add', 'Anna.Berg', '--centre', 'kalix', '--password-stdin'],
    'a long enough secret\n',
  );
  assert.deepEqual(r, { code: 0, stdout: 'Added anna.berg (kalix).\n', stderr: '' });
  assert.ok(await verifyStaffLogin(shared, 'anna.berg', 'a long enough secret'));
  assert.equal(await verifyStaffLogin(shared, 'anna.berg', 'a long enough secret\n'), undefined);
  const { rows } = await shared.query<{ password_hash: string }>(
    `SELECT password_hash FROM staff_users WHERE username = 'anna.berg'`,
  );
  assert.match(rows[0].password_hash, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
});

test('without --password-stdin a password is made up and printed once', async () => {
  const r = await run(['user', 'add', 'bo', '--centre', 'motala']);
  assert.equal(r.code, 0);
  const password = /Password \(shown once\): (\S+)/.exec(r.stdout)?.[1];
  assert.ok(password && password.length >= 20);
  assert.equal((await verifyStaffLogin(shared, 'bo', password))?.centre, 'motala');
});

test('refusals: a short password, a taken name, an unknown centre, wrong usage', async () => {
  const short = await run(
    ['user', 'add', 'cilla', '--centre', 'kalix', '--password-stdin'],
    'short',
  );
  assert.equal(short.code, 1);
  assert.match(short.stderr, /at least 12 characters/);
  const taken = await run(['user', 'add', 'bo', '--centre', 'kalix']);
  assert.equal(taken.code, 1);
  assert.match(taken.stderr, /exists already/);
  const centre = await run(['user', 'add', 'cilla', '--centre', 'nowhere']);
  assert.equal(centre.code, 2);
  assert.match(centre.stderr, /no centre "nowhere"/);
  assert.equal((await run(['user', 'add', 'cilla'])).code, 2);
  assert.equal((await run(['user', 'frobnicate'])).code, 2);
});

test('list, new password, remove', async () => {
  const list = await run(['user', 'list']);
  assert.equal(list.stdout, 'anna.berg\tkalix\tpassword\nbo\tmotala\tpassword\n');
  const pw = await run(['user', 'password', 'bo', '--password-stdin'], 'another long secret');
  assert.equal(pw.code, 0);
  assert.ok(await verifyStaffLogin(shared, 'bo', 'another long secret'));
  assert.equal((await run(['user', 'remove', 'bo'])).code, 0);
  assert.equal((await run(['user', 'remove', 'bo'])).code, 1);
  assert.equal(await verifyStaffLogin(shared, 'bo', 'another long secret'), undefined);
});
