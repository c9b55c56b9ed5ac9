/**
 * The service's settings from environment variables (README: "Configuration").
 */
import type { ServerOptions } from './server.ts';
import { DEFAULT_RATE_LIMIT } from './http/rate-limit.ts';
import { DEFAULT_PURGE_AFTER_DAYS } from './purge-schedule.ts';

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
  };
}
