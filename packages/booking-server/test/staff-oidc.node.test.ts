/**
 * Staff sign-in with OpenID Connect against a local fake provider: the code
 * flow with PKCE, state and nonce; a claim (or a mapped group) names the
 * centre; everything that does not check out is refused.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { optionsFromEnv } from '../src/env.ts';
import { type TestDatabase, testDatabase } from './helpers/database.ts';
import { examConfig } from './helpers/exams.ts';
import { type FakeOidc, startFakeOidc } from './helpers/fake-oidc.ts';
import { type TestServer, startTestServer } from './helpers/server.ts';
import { StaffClient } from './helpers/staff-client.ts';

let database: TestDatabase;
let t: TestServer;
let idp: FakeOidc;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

before(async () => {
  database = await testDatabase();
  idp = await startFakeOidc();
  t = await startWith({});
});
after(async () => {
  await t?.close();
  await idp?.close();
  await database?.close();
});

/** The whole round trip through the provider; returns the callback's response. */
async function signInWithProvider(client: StaffClient, change?: (callback: URL) => void) {
  const start = await client.get('/staff/oidc/login');
  assert.equal(start.status, 302);
  const authorize = new URL(start.headers.get('location')!);
  const atProvider = await fetch(authorize, { redirect: 'manual' });
  assert.equal(atProvider.status, 302);
  const callback = new URL(atProvider.headers.get('location')!);
  change?.(callback);
  return { authorize, start, callback: await client.get(callback.pathname + callback.search) };
}

describe('OpenID Connect sign-in', () => {
  test('the sign-in page offers it', async () => {
    const page = await new StaffClient(t.base).get('/staff/login');
    assert.match(
      page.text,
      /<a class="button" href="\.\/oidc\/login">Logga in med organisationens konto<\/a>/,
    );
  });

  test('code flow with PKCE (S256), state and nonce; the centre claim decides what the person sees', async () => {
    idp.user = { sub: 'entra-1', preferred_username: 'anna@kalix.example', lc_centre: 'kalix' };
    const client = new StaffClient(t.base);
    const { authorize, start, callback } = await signInWithProvider(client);
    assert.equal(authorize.origin, idp.issuer);
    assert.equal(authorize.searchParams.get('response_type'), 'code');
    assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
    assert.match(authorize.searchParams.get('code_challenge') ?? '', /^[\w-]{43}$/);
    assert.ok(authorize.searchParams.get('state'));
    assert.ok(authorize.searchParams.get('nonce'));
    assert.equal(authorize.searchParams.get('scope'), 'openid profile email');
    assert.match(
      start.setCookies[0],
      /^lc-staff-oidc=[^;]+; Max-Age=600; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    assert.equal(callback.status, 303, callback.text);
    assert.equal(callback.headers.get('location'), '../');
    const desk = await client.get('/staff/');
    assert.equal(desk.status, 200);
    assert.match(desk.text, /Översikt: Kalix UniverCity/);
    assert.match(desk.text, /Inloggad som oidc:anna@kalix\.example:[0-9a-f]{8}, Kalix UniverCity/);
  });

  test('a group claim mapped to a centre; the same person moves when the provider says so', async () => {
    const groups = { 'g-0001': 'motala', 'g-0002': 'kalix' };
    const staff = await startWith({ centreClaim: 'groups', centreMap: groups });
    try {
      idp.user = {
        sub: 'entra-2',
        preferred_username: 'bo@motala.example',
        groups: ['g-9999', 'g-0001'],
      };
      const client = new StaffClient(staff.base);
      assert.equal((await signInWithProvider(client)).callback.status, 303);
      assert.match((await client.get('/staff/')).text, /Översikt: Ekenäs lärcenter/);
      idp.user = { ...idp.user, groups: ['g-0002'] };
      const again = new StaffClient(staff.base);
      assert.equal((await signInWithProvider(again)).callback.status, 303);
      assert.match((await again.get('/staff/')).text, /Översikt: Kalix UniverCity/);
      const { rows } = await database.db.query(
        `SELECT count(*)::int AS n FROM staff_users WHERE oidc_subject LIKE '%#entra-2'`,
      );
      assert.equal(rows[0].n, 1, 'one account per identity');
    } finally {
      await staff.close();
    }
  });

  test('no claim naming a known centre: 403, no session', async () => {
    idp.user = { sub: 'entra-3', preferred_username: 'eve@example', lc_centre: 'atlantis' };
    const client = new StaffClient(t.base);
    const { callback } = await signInWithProvider(client);
    assert.equal(callback.status, 403);
    assert.match(callback.text, /inte kopplat till något lärcentrum/);
    assert.equal((await client.get('/staff/')).status, 401);
  });

  test('refused: a state that does not match, a missing cookie, an ID token for someone else or with another nonce', async () => {
    idp.user = { sub: 'entra-4', preferred_username: 'x@kalix.example', lc_centre: 'kalix' };
    const forged = await signInWithProvider(new StaffClient(t.base), (u) =>
      u.searchParams.set('state', 'forged'),
    );
    assert.equal(forged.callback.status, 400);
    const stranger = new StaffClient(t.base);
    const start = await new StaffClient(t.base).get('/staff/oidc/login');
    const atProvider = await fetch(start.headers.get('location')!, { redirect: 'manual' });
    const callback = new URL(atProvider.headers.get('location')!);
    const noCookie = await stranger.get(callback.pathname + callback.search);
    assert.equal(noCookie.status, 400, 'a callback without its browser’s cookie');
    for (const tamper of [
      (claims: Record<string, unknown>) => void (claims.aud = 'another-client'),
      (claims: Record<string, unknown>) => void (claims.nonce = 'replayed'),
      (claims: Record<string, unknown>) => void (claims.exp = Math.floor(Date.now() / 1000) - 3600),
    ]) {
      idp.tamper = tamper;
      try {
        const client = new StaffClient(t.base);
        const { callback: r } = await signInWithProvider(client);
        assert.equal(r.status, 400, tamper.toString());
        assert.equal((await client.get('/staff/')).status, 401);
      } finally {
        idp.tamper = undefined;
      }
    }
    const log = JSON.stringify(t.logs);
    assert.ok(log.includes('oidc sign-in refused'));
    assert.ok(!log.includes('x@kalix.example'), 'no personal data in the log');
  });
});

describe('OpenID Connect settings from the environment', () => {
  test('OIDC_* variables, with the client id and redirect URL required', () => {
    const options = optionsFromEnv({
      OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
      OIDC_CLIENT_ID: 'abc',
      OIDC_CLIENT_SECRET: 's3cret',
      OIDC_REDIRECT_URL: 'https://boka.kommun.se/staff/oidc/callback',
      OIDC_CENTRE_CLAIM: 'groups',
      OIDC_CENTRE_MAP: '{"6f1c…":"kalix"}',
      INSECURE_COOKIES: '1',
    });
    assert.deepEqual(options.staff?.oidc, {
      issuer: 'https://login.microsoftonline.com/tenant/v2.0',
      clientId: 'abc',
      clientSecret: 's3cret',
      redirectUrl: 'https://boka.kommun.se/staff/oidc/callback',
      centreClaim: 'groups',
      centreMap: { '6f1c…': 'kalix' },
      scopes: undefined,
    });
    assert.equal(options.staff?.secureCookies, false);
    assert.equal(optionsFromEnv({}).staff?.secureCookies, true);
    assert.equal(optionsFromEnv({}).staff?.oidc, undefined);
    assert.throws(
      () => optionsFromEnv({ OIDC_ISSUER: 'https://x.example' }),
      /OIDC_CLIENT_ID is needed/,
    );
    assert.throws(
      () => optionsFromEnv({ OIDC_ISSUER: 'https://x.example', OIDC_CLIENT_ID: 'a' }),
      /OIDC_REDIRECT_URL is needed/,
    );
    assert.throws(
      () =>
        optionsFromEnv({
          OIDC_ISSUER: 'https://x.example',
          OIDC_CLIENT_ID: 'a',
          OIDC_REDIRECT_URL: 'https://b.example/cb',
          OIDC_CENTRE_MAP: '[1]',
        }),
      /OIDC_CENTRE_MAP must be a JSON object/,
    );
  });
});

/** A service on the test database signing staff in at the fake provider (with other claim settings). */
async function startWith(change: { centreClaim?: string; centreMap?: Record<string, string> }) {
  const port = await freePort();
  const staff = await startTestServer(database.db, {
    port,
    config: examConfig(),
    staff: {
      secureCookies: false,
      oidc: {
        issuer: idp.issuer,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        redirectUrl: `http://127.0.0.1:${port}/staff/oidc/callback`,
        allowHttp: true,
        ...change,
      },
    },
  });
  return staff;
}
