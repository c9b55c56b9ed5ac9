/**
 * The HTTP application: middleware in the order a request meets it, then the
 * routes, then errors as problem details.
 *
 *   request log → CORS → rate limit → Content-Length limit → route
 *
 * CORS comes before the rate limit so a 429 carries the headers a page needs
 * to read it.
 */
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import type { BookingConfig } from '../config/model.ts';
import type { Db } from '../db/db.ts';
import { sqlState } from '../db/db.ts';
import type { Mailer } from '../mail.ts';
import { clientAddress } from './client-address.ts';
import type { RouteDeps } from './deps.ts';
import { MAX_BODY_BYTES, contentLengthLimit } from './json-body.ts';
import { ProblemError, problem } from './problem.ts';
import { DEFAULT_RATE_LIMIT, type RateLimitOptions, clientKeyOf, rateLimit } from './rate-limit.ts';
import { type LogSink, requestLog, stdoutLog } from './request-log.ts';
import { tokenSecret } from '../secrets.ts';
import { bookingRoutes } from './routes/bookings.ts';
import { examRequestRoutes } from './routes/exam-requests.ts';
import { DEFAULT_SESSION_HOURS } from '../staff/sessions.ts';
import type { StaffOptions } from './staff/context.ts';
import { staffRoutes } from './staff/routes.ts';
import { catalogueRoutes } from './routes/catalogue.ts';
import { healthRoutes } from './routes/health.ts';
import { holdRoutes } from './routes/holds.ts';

export interface AppOptions {
  db: Db;
  config: BookingConfig;
  /** Origins allowed to call from a browser (`https://kommun.se`); `*` allows any. */
  allowedOrigins?: readonly string[];
  rateLimit?: RateLimitOptions;
  /** Count clients by the last `X-Forwarded-For` address (only behind your own proxy). */
  trustProxy?: boolean;
  /** The clock, ms since the epoch; default `Date.now`. */
  now?: () => number;
  log?: LogSink;
  mailer?: Mailer;
  maxBodyBytes?: number;
  /** Derives exam-request status tokens; default: a key made once and kept in the database. */
  tokenSecret?: string;
  /** The staff desk's sign-in: cookies, session length, OpenID Connect. */
  staff?: StaffOptions;
}

/** Headers a page may read from our responses. */
export const EXPOSED_HEADERS = [
  'Retry-After',
  'Location',
  'Idempotent-Replayed',
  'Content-Disposition',
];

/** Builds the application (no listening: see `startServer`). */
export function createApp(options: AppOptions): Hono {
  const deps: RouteDeps = {
    db: options.db,
    config: options.config,
    now: options.now ?? Date.now,
    log: options.log ?? stdoutLog,
    mailer: options.mailer,
    tokenSecret: once(() => tokenSecret(options.db, options.tokenSecret)),
  };
  const origins = options.allowedOrigins ?? [];
  const app = new Hono();
  app.use(requestLog(deps.log));
  app.use(
    cors({
      origin: origins.includes('*') ? '*' : [...origins],
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
      allowHeaders: ['Content-Type', 'Authorization'],
      exposeHeaders: EXPOSED_HEADERS,
      maxAge: 600,
    }),
  );
  app.use(async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });
  const limiter = rateLimit(
    options.rateLimit ?? DEFAULT_RATE_LIMIT,
    (c) => clientKeyOf(clientAddress(c, options.trustProxy ?? false)),
    deps.now,
  );
  app.use('/v1/*', limiter.middleware);
  app.use(contentLengthLimit(options.maxBodyBytes ?? MAX_BODY_BYTES));

  healthRoutes(app, deps);
  catalogueRoutes(app, deps);
  holdRoutes(app, deps);
  bookingRoutes(app, deps);
  examRequestRoutes(app, deps);
  staffRoutes(app, {
    ...deps,
    staff: {
      ...options.staff,
      secureCookies: options.staff?.secureCookies ?? true,
      sessionHours: options.staff?.sessionHours ?? DEFAULT_SESSION_HOURS,
      trustProxy: options.trustProxy,
    },
  });

  app.notFound((c) => problem(c, 'not-found', 'No such resource.'));
  app.onError((error, c) => errorResponse(error, c, deps.log));
  return app;
}

/** `fn`'s promise, made on the first call and shared; a failure is forgotten so the next call tries again. */
function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () =>
    (promise ??= fn().catch((error: unknown) => {
      promise = undefined;
      throw error;
    }));
}

/** Database error classes that mean "not reachable now", not "this request is wrong". */
const UNAVAILABLE = /^(08|53|57P0)/;
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE']);

function errorResponse(error: unknown, c: Context, log: LogSink): Response {
  if (error instanceof ProblemError)
    return problem(c, error.problem, error.detail, error.extras, error.headers);
  const state = sqlState(error);
  const code = (error as { code?: unknown } | null)?.code;
  if ((state && UNAVAILABLE.test(state)) || (typeof code === 'string' && NETWORK.has(code))) {
    log({ msg: 'database unavailable', code: state ?? code });
    return problem(c, 'service-unavailable', 'Try again shortly.', {}, { 'Retry-After': '5' });
  }
  // The message of a database error can quote values (personal data): log only what kind it was.
  log({
    msg: 'unexpected error',
    name: (error as Error)?.name ?? typeof error,
    code: state ?? code,
  });
  return problem(c, 'internal-error');
}
