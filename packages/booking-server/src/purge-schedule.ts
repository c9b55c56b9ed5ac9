/**
 * Running the purge at start and then every hour.
 */
import { purge } from './bookings/queries.ts';
import type { Db } from './db/db.ts';
import { purgeExamRequests } from './exams/queries.ts';
import { purgeStaffSessions } from './staff/sessions.ts';
import type { LogSink } from './http/request-log.ts';

export const DEFAULT_PURGE_AFTER_DAYS = 30;
const HOUR_MS = 3_600_000;

/**
 * Purges now and every `everyMs` (an hour); returns the stop function. Only
 * counts are logged. A failed run is logged and retried at the next tick.
 * Bookings and holds, then exam requests (and staff sessions that have
 * expired) go in one run, each with its own log line when something went.
 */
export function schedulePurge(
  db: Db,
  options: { afterDays: number; now: () => number; log: LogSink; everyMs?: number },
): { stop(): Promise<void>; ran: Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    const nowMs = options.now();
    running = (async () => {
      const deleted = await purge(db, nowMs, options.afterDays);
      if (deleted.bookings > 0 || deleted.holds > 0) options.log({ msg: 'purged', ...deleted });
      const other = {
        ...(await purgeExamRequests(db, nowMs, options.afterDays)),
        staffSessions: await purgeStaffSessions(db, nowMs),
      };
      if (Object.values(other).some((n) => n > 0)) options.log({ msg: 'purged', ...other });
    })().catch((error: unknown) =>
      options.log({
        msg: 'purge failed',
        code: (error as { code?: unknown })?.code ?? 'unknown',
      }),
    );
    return running;
  };
  const ran = run();
  const timer = setInterval(run, options.everyMs ?? HOUR_MS);
  timer.unref();
  return {
    ran,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
