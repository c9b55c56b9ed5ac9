/**
 * The service's settings from environment variables (README: "Configuration").
 */
import type { ServerOptions } from './server.ts';
import { DEFAULT_RATE_LIMIT } from './http/rate-limit.ts';
import { DEFAULT_PURGE_AFTER_DAYS } from './purge-schedule.ts';
import { DEFAULT_SESSION_HOURS } from './staff/sessions.ts';
import type { OidcOptions } from './staff/oidc.ts';

export const DEFAULT_PORT = 8787;
export const DEFAULT_DATA_DIR = './data/booking';
export const DEFAULT_ALLOWED_ORIGINS = 'http://localhost:4173';

/** A setting that cannot be used; the message names the variable. */
export class EnvError extends Error {
  override name = 'EnvError';
}

/** Reads the settings; throws `EnvError` naming the variable for a value that is not usable. */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerOptions {
  const whole = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new EnvError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    }
    return value;
  };
  const flag = (name: string): boolean => /^(1|true|yes|on)$/i.test(env[name]?.trim() ?? '');
  const text = (name: string): string | undefined => env[name]?.trim() || undefined;
  const origins = (env.ALLOWED_ORIGINS ?? DEFAULT_ALLOWED_ORIGINS)
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  for (const origin of origins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new EnvError(`ALLOWED_ORIGINS: "${origin}" is not an origin such as https://kommun.se`);
    }
  }
  return {
    port: whole('PORT', DEFAULT_PORT, 0, 65535),
    host: text('HOST'),
    configPath: text('CONFIG'),
    databaseUrl: text('DATABASE_URL'),
    dataDir: text('DATA_DIR') ?? DEFAULT_DATA_DIR,
    allowedOrigins: origins,
    rateLimit: {
      perMinute: whole('RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMIT.perMinute, 0, 1_000_000),
      burst: whole('RATE_LIMIT_BURST', DEFAULT_RATE_LIMIT.burst, 1, 1_000_000),
    },
    trustProxy: flag('TRUST_PROXY'),
    purgeAfterDays: whole('PURGE_AFTER_DAYS', DEFAULT_PURGE_AFTER_DAYS, 0, 3650),
    smtpUrl: text('SMTP_URL'),
    mailFrom: text('MAIL_FROM'),
    tokenSecret: text('TOKEN_SECRET'),
    staff: {
      secureCookies: !flag('INSECURE_COOKIES'),
      sessionHours: whole('STAFF_SESSION_HOURS', DEFAULT_SESSION_HOURS, 1, 24 * 14),
      oidc: oidcFromEnv(env, text),
    },
  };
}

/** OpenID Connect for staff sign-in, when `OIDC_ISSUER` is set (then the client id and redirect URL are needed too). */
function oidcFromEnv(
  env: NodeJS.ProcessEnv,
  text: (name: string) => string | undefined,
): OidcOptions | undefined {
  const issuer = text('OIDC_ISSUER');
  if (!issuer) return undefined;
  const url = (name: string) => {
    const value = text(name);
    if (!value) throw new EnvError(`${name} is needed with OIDC_ISSUER`);
    if (!/^https?:\/\/\S+$/.test(value)) throw new EnvError(`${name} must be an http(s) address`);
    return value;
  };
  const clientId = text('OIDC_CLIENT_ID');
  if (!clientId) throw new EnvError('OIDC_CLIENT_ID is needed with OIDC_ISSUER');
  let centreMap: Record<string, string> | undefined;
  const map = text('OIDC_CENTRE_MAP');
  if (map) {
    try {
      centreMap = JSON.parse(map) as Record<string, string>;
    } catch {
      centreMap = undefined;
    }
    const ok =
      centreMap &&
      typeof centreMap === 'object' &&
      !Array.isArray(centreMap) &&
      Object.values(centreMap).every((v) => typeof v === 'string');
    if (!ok)
      throw new EnvError('OIDC_CENTRE_MAP must be a JSON object of claim values to centre ids');
  }
  return {
    issuer: url('OIDC_ISSUER'),
    clientId,
    clientSecret: text('OIDC_CLIENT_SECRET'),
    redirectUrl: url('OIDC_REDIRECT_URL'),
    centreClaim: text('OIDC_CENTRE_CLAIM'),
    centreMap,
    scopes: text('OIDC_SCOPES')
      ?.split(/[\s,]+/)
      .filter(Boolean),
  };
}
