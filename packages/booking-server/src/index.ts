/**
 * @learning-centre/booking-server — the reference service for the booking
 * protocol (docs/booking-protocol.md). Start it with `startServer`, or build
 * the HTTP app alone with `createApp`.
 */
export { startServer, type ServerOptions, type RunningServer } from './server.ts';
export { optionsFromEnv, EnvError } from './env.ts';
export { createApp, type AppOptions } from './http/app.ts';
export { PROBLEMS, type ProblemName } from './http/problem.ts';
export { DEFAULT_RATE_LIMIT, type RateLimitOptions } from './http/rate-limit.ts';
export type { LogSink } from './http/request-log.ts';
export { readBookingConfig, resolveConfigPath, EXAMPLE_CONFIG_PATH } from './config/load-config.ts';
export { parseBookingConfig, ConfigError, type ConfigIssue } from './config/parse-config.ts';
export { bookingConfigDef } from './config/definition.ts';
export type { BookingConfig, Service, Centre, Counsellor, GuidanceMode } from './config/model.ts';
export type { Db, Queryable, Transaction } from './db/db.ts';
export { openDatabase } from './db/open.ts';
export { openPglite } from './db/pglite.ts';
export { openPostgres } from './db/postgres.ts';
export { migrate } from './db/migrate.ts';
export { createMailer, type Mailer } from './mail.ts';
export { purge } from './bookings/queries.ts';
export type { Booking, Hold } from './bookings/model.ts';
export type { ExamRequest, ExamStatus } from './exams/model.ts';
export { purgeExamRequests } from './exams/queries.ts';
export type { StaffOptions } from './http/staff/context.ts';
export type { OidcOptions } from './staff/oidc.ts';
export { addStaffUser, StaffUserError, type StaffUser } from './staff/users.ts';
