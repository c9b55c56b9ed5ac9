/**
 * The service as a running process: configuration, database, HTTP server,
 * hourly purge, and a graceful stop.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { readBookingConfig, resolveConfigPath } from './config/load-config.ts';
import type { BookingConfig } from './config/model.ts';
import type { Db } from './db/db.ts';
import { openDatabase } from './db/open.ts';
import { createApp } from './http/app.ts';
import type { RateLimitOptions } from './http/rate-limit.ts';
import type { StaffOptions } from './http/staff/context.ts';
import { type LogSink, stdoutLog } from './http/request-log.ts';
import { type Mailer, createMailer } from './mail.ts';
import { DEFAULT_PURGE_AFTER_DAYS, schedulePurge } from './purge-schedule.ts';

export interface ServerOptions {
  /** Port to listen on; default 8787, 0 for any free port. */
  port?: number;
  /** Address to listen on; default 127.0.0.1 (use 0.0.0.0 or :: behind a load balancer). */
  host?: string;
  /** The configuration, or where to read it (see `resolveConfigPath`). */
  config?: BookingConfig;
  configPath?: string;
  /** An open, migrated database; else one is opened from `databaseUrl` / `dataDir`. */
  db?: Db;
  databaseUrl?: string;
  /** PGlite's data directory; default ./data/booking. */
  dataDir?: string;
  allowedOrigins?: readonly string[];
  rateLimit?: RateLimitOptions;
  trustProxy?: boolean;
  /** Days after a meeting its booking is deleted; default 30. */
  purgeAfterDays?: number;
  /** Sends confirmation e-mails through this SMTP server when set. */
  smtpUrl?: string;
  mailFrom?: string;
  mailer?: Mailer;
  /** Derives exam-request status tokens (`TOKEN_SECRET`); default: a key kept in the database. */
  tokenSecret?: string;
  /** The staff desk's sign-in: cookies, session length, OpenID Connect. */
  staff?: StaffOptions;
  now?: () => number;
  log?: LogSink;
}

export interface RunningServer {
  /** `http://localhost:8787/` */
  url: string;
  port: number;
  app: Hono;
  db: Db;
  config: BookingConfig;
  /** Which configuration file was read (undefined when one was passed in). */
  configPath?: string;
  /** Stops taking connections, lets requests in flight finish (at most `graceMs`), closes the database. */
  close(graceMs?: number): Promise<void>;
}

/** Starts the service. Throws (a `ConfigError`, a database error) when it cannot. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? stdoutLog;
  const now = options.now ?? Date.now;
  const configPath = options.config ? undefined : resolveConfigPath(options.configPath);
  const config = options.config ?? readBookingConfig(configPath!);
  const db =
    options.db ??
    (await openDatabase({
      databaseUrl: options.databaseUrl,
      dataDir: options.dataDir ?? './data/booking',
    }));
  const mailer =
    options.mailer ??
    (options.smtpUrl
      ? createMailer({
          transport: options.smtpUrl,
          from: options.mailFrom ?? 'lc-booking <no-reply@localhost>',
          config,
        })
      : undefined);
  const app = createApp({
    db,
    config,
    now,
    log,
    mailer,
    allowedOrigins: options.allowedOrigins,
    rateLimit: options.rateLimit,
    trustProxy: options.trustProxy,
    tokenSecret: options.tokenSecret,
    staff: options.staff,
  });
  const purge = schedulePurge(db, {
    afterDays: options.purgeAfterDays ?? DEFAULT_PURGE_AFTER_DAYS,
    now,
    log,
  });
  const host = options.host ?? '127.0.0.1';
  let server: ReturnType<typeof serve>;
  let address: AddressInfo;
  try {
    address = await new Promise<AddressInfo>((resolve, reject) => {
      server = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: host }, resolve);
      server.once('error', reject);
    });
  } catch (error) {
    await purge.stop();
    mailer?.close();
    if (!options.db) await db.close();
    throw error;
  }
  const shownHost =
    host === '0.0.0.0' || host === '::' || host === '127.0.0.1' ? 'localhost' : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${address.port}/`,
    port: address.port,
    app,
    db,
    config,
    configPath,
    close: (graceMs = 10_000) =>
      (closing ??= (async () => {
        const http = server as import('node:http').Server;
        const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
        http.closeIdleConnections();
        const force = setTimeout(() => http.closeAllConnections(), graceMs);
        await stopped;
        clearTimeout(force);
        await purge.stop();
        mailer?.close();
        if (!options.db) await db.close();
      })()),
  };
}
