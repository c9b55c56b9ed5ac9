/**
 * What the route handlers share.
 */
import type { BookingConfig } from '../config/model.ts';
import type { Db } from '../db/db.ts';
import type { Mailer } from '../mail.ts';
import type { LogSink } from './request-log.ts';

export interface RouteDeps {
  db: Db;
  config: BookingConfig;
  /** The time, in ms since the epoch (tests move it). */
  now: () => number;
  log: LogSink;
  mailer?: Mailer;
  /** The key that derives exam-request status tokens (read or made once, on first use). */
  tokenSecret: () => Promise<string>;
}
