/**
 * Signing staff in with OpenID Connect (Microsoft Entra ID, or any provider):
 * the authorization-code flow with PKCE (S256), `state` and `nonce`, through
 * openid-client, which checks the ID token (issuer, audience, signature,
 * expiry, nonce). A claim in the ID token names the person's centre.
 */
import * as client from 'openid-client';

export interface OidcOptions {
  /** The provider's issuer URL (its discovery document is at `/.well-known/openid-configuration`). */
  issuer: string;
  clientId: string;
  /** Sent with HTTP Basic authentication to the token endpoint; without it the client is public (PKCE only). */
  clientSecret?: string;
  /** This service's callback, as registered with the provider: `https://…/staff/oidc/callback`. */
  redirectUrl: string;
  /** The ID-token claim that names the person's centre; default `lc_centre`. */
  centreClaim?: string;
  /** Claim values → centre ids (e.g. Entra group ids); without it the value is the centre id. */
  centreMap?: Readonly<Record<string, string>>;
  /** Extra scopes besides `openid profile email`. */
  scopes?: readonly string[];
  /** Allow a provider over plain http (tests with a local fake provider only). */
  allowHttp?: boolean;
}

/** What a sign-in in progress keeps in the browser (an HttpOnly cookie) until the callback. */
export interface OidcPending {
  state: string;
  nonce: string;
  verifier: string;
}

/** Who signed in, and the claim values that may name a centre. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  name: string;
  centreValues: string[];
}

export const DEFAULT_CENTRE_CLAIM = 'lc_centre';

/** One provider's client: discovery on first use (and again after a failure). */
export class OidcClient {
  readonly options: OidcOptions;
  #config: Promise<client.Configuration> | undefined;

  constructor(options: OidcOptions) {
    this.options = options;
  }

  #configuration(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret, allowHttp } = this.options;
    this.#config ??= client
      .discovery(
        new URL(issuer),
        clientId,
        undefined,
        clientSecret ? client.ClientSecretBasic(clientSecret) : client.None(),
        allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.#config = undefined;
        throw error;
      });
    return this.#config;
  }

  /** Where to send the browser, and what to keep until it comes back. */
  async start(): Promise<{ url: string; pending: OidcPending }> {
    const config = await this.#configuration();
    const pending = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.options.redirectUrl,
      scope: ['openid', 'profile', 'email', ...(this.options.scopes ?? [])].join(' '),
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /**
   * Exchanges the code the callback brought for tokens and returns who
   * signed in. `query` is the callback's query string.
   * @throws when the state, the PKCE verifier, the nonce or the ID token do not check out.
   */
  async finish(query: string, pending: OidcPending): Promise<OidcIdentity> {
    const config = await this.#configuration();
    const callback = new URL(this.options.redirectUrl);
    callback.search = query;
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    const value = claims[this.options.centreClaim ?? DEFAULT_CENTRE_CLAIM];
    const values = (Array.isArray(value) ? value : [value]).filter(
      (v): v is string => typeof v === 'string',
    );
    const name = [claims.preferred_username, claims.email, claims.sub].find(
      (v): v is string => typeof v === 'string' && v !== '',
    )!;
    return { issuer: claims.iss, subject: claims.sub, name, centreValues: values };
  }
}

/** The first claim value that names a centre the service knows (through `centreMap` when given). */
export function centreOf(
  identity: OidcIdentity,
  options: OidcOptions,
  known: (centre: string) => boolean,
): string | undefined {
  return identity.centreValues
    .map((value) => (options.centreMap ? options.centreMap[value] : value))
    .find((centre): centre is string => centre !== undefined && known(centre));
}
