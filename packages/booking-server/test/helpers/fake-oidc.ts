/**
 * A tiny OpenID Connect provider on loopback, enough for the authorization
 * code flow with PKCE: discovery, JWKS, an authorization endpoint that signs
 * in whoever `user` says (no form) and a token endpoint that checks the code,
 * the client secret and the PKCE verifier and returns an RS256 ID token.
 */
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { type AddressInfo } from 'node:net';
import { createServer } from 'node:http';

export interface FakeUser {
  sub: string;
  preferred_username?: string;
  [claim: string]: unknown;
}

export interface FakeOidc {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who the next authorization signs in. */
  user: FakeUser;
  /** Changes what the token endpoint puts in the ID token (tests of refusals). */
  tamper?: (claims: Record<string, unknown>) => void;
  close(): Promise<void>;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function startFakeOidc(): Promise<FakeOidc> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomBytes(4).toString('hex');
  const codes = new Map<
    string,
    { challenge: string; nonce: string; redirect: string; user: FakeUser }
  >();
  const fake = {
    issuer: '',
    clientId: 'lc-booking-test',
    clientSecret: 'test-client-secret',
    user: { sub: 'user-1' } as FakeUser,
    tamper: undefined as FakeOidc['tamper'],
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', fake.issuer);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(200, {
        issuer: fake.issuer,
        authorization_endpoint: `${fake.issuer}/authorize`,
        token_endpoint: `${fake.issuer}/token`,
        jwks_uri: `${fake.issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic'],
      });
    }
    if (url.pathname === '/jwks') {
      return json(200, {
        keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }],
      });
    }
    if (url.pathname === '/authorize') {
      const p = url.searchParams;
      if (p.get('client_id') !== fake.clientId || p.get('code_challenge_method') !== 'S256')
        return json(400, { error: 'invalid_request' });
      const code = randomBytes(16).toString('base64url');
      codes.set(code, {
        challenge: p.get('code_challenge') ?? '',
        nonce: p.get('nonce') ?? '',
        redirect: p.get('redirect_uri') ?? '',
        user: fake.user,
      });
      const back = new URL(p.get('redirect_uri')!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', p.get('state') ?? '');
      res.writeHead(302, { Location: back.href }).end();
      return;
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const basic = Buffer.from(
        (req.headers.authorization ?? '').replace(/^Basic /, ''),
        'base64',
      ).toString();
      const [id, secret] = basic.split(':').map(decodeURIComponent);
      if (id !== fake.clientId || secret !== fake.clientSecret)
        return json(401, { error: 'invalid_client' });
      const grant = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (!grant || grant.challenge !== challenge || grant.redirect !== form.get('redirect_uri'))
        return json(400, { error: 'invalid_grant' });
      const now = Math.floor(Date.now() / 1000);
      const claims: Record<string, unknown> = {
        iss: fake.issuer,
        aud: fake.clientId,
        iat: now,
        exp: now + 300,
        nonce: grant.nonce,
        ...grant.user,
      };
      fake.tamper?.(claims);
      const input = `${b64({ alg: 'RS256', typ: 'JWT', kid })}.${b64(claims)}`;
      const signature = sign('sha256', Buffer.from(input), privateKey).toString('base64url');
      return json(200, {
        access_token: randomBytes(16).toString('base64url'),
        token_type: 'Bearer',
        expires_in: 300,
        id_token: `${input}.${signature}`,
      });
    }
    json(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(fake, {
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
