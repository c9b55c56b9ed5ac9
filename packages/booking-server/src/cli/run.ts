/**
 * `lc-booking`, the staff tool: a day's bookings, a CSV export, a
 * cancellation. It reads the same database as the service (DATABASE_URL or
 * DATA_DIR) and the same configuration (CONFIG) for the time zone.
 */
import { parseArgs } from 'node:util';
import { cancelBooking } from '../bookings/bookings.ts';
import type { Booking } from '../bookings/model.ts';
import { listBookings } from '../bookings/queries.ts';
import type { BookingConfig } from '../config/model.ts';
import type { Db } from '../db/db.ts';
import { dayKey, parseDayKey, pickText, zonedDayNumber, zonedDayStartMs } from '../feed.ts';
import { isoInZone } from '../time.ts';
import { toCsv } from './csv.ts';
import { USER_USAGE, UsageError, runUserCommand } from './users.ts';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input (for `--password-stdin`). */
  stdin?(): Promise<string>;
}

/** What a command works on; opened only when a command needs it. */
export interface CliContext {
  db: Db;
  config: BookingConfig;
  now: () => number;
}

export const USAGE = `Usage:
  lc-booking list [--date YYYY-MM-DD] [--centre ID] [--all]
      The day's bookings (default: today), in time order. --all includes cancelled ones.
  lc-booking export --from YYYY-MM-DD --to YYYY-MM-DD [--centre ID] [--all] > bookings.csv
      Bookings whose meeting is on those days (both included) as CSV (UTF-8 with BOM, for Excel).
  lc-booking cancel <bookingId>
      Cancels a booking (no token needed: you are staff) and erases its personal data.
${USER_USAGE}

Environment: DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite, default ./data/booking; stop the
service first, PGlite allows one process per data directory); CONFIG (booking.config.json).
Exit codes: 0 done, 1 failed (not found, too late, database error), 2 wrong usage.`;

/** Runs one command; returns the exit code. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  open: () => Promise<CliContext>,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        centre: { type: 'string' },
        all: { type: 'boolean' },
        'password-stdin': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`lc-booking: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? io.stdout : io.stderr)(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  try {
    const day = (name: string, value: string | undefined) => {
      if (value === undefined) throw new UsageError(`--${name} is required`);
      try {
        return parseDayKey(value);
      } catch {
        throw new UsageError(`--${name}: expected a date (YYYY-MM-DD), got "${value}"`);
      }
    };
    switch (command) {
      case 'list': {
        if (rest.length) throw new UsageError(`list takes no arguments, got "${rest[0]}"`);
        const first = values.date === undefined ? undefined : day('date', values.date);
        return await withContext(open, async (ctx) => {
          const d = first ?? zonedDayNumber(ctx.now(), ctx.config.timeZone);
          const bookings = await bookingsOnDays(ctx, d, d, values.centre, values.all);
          io.stdout(formatList(bookings, dayKey(d), ctx.config));
          return 0;
        });
      }
      case 'export': {
        if (rest.length) throw new UsageError(`export takes no arguments, got "${rest[0]}"`);
        const from = day('from', values.from);
        const to = day('to', values.to);
        if (to < from) throw new UsageError('--to must not be before --from');
        return await withContext(open, async (ctx) => {
          const bookings = await bookingsOnDays(ctx, from, to, values.centre, values.all);
          io.stdout(exportCsv(bookings, ctx.config.timeZone));
          return 0;
        });
      }
      case 'cancel': {
        if (rest.length !== 1) throw new UsageError('cancel takes one booking id');
        const id = rest[0].toLowerCase();
        if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) {
          throw new UsageError(`not a booking id (UUID): "${rest[0]}"`);
        }
        return await withContext(open, async (ctx) => {
          const result = await cancelBooking(ctx.db, id, undefined, ctx.now());
          if (result === 'cancelled') {
            io.stdout(`Cancelled ${id}; its personal data is erased and the time is free again.\n`);
            return 0;
          }
          io.stderr(
            result === 'not-found'
              ? `lc-booking: no booking ${id}\n`
              : `lc-booking: booking ${id} has already started and cannot be cancelled\n`,
          );
          return 1;
        });
      }
      case 'user':
        return await runUserCommand(
          rest,
          { centre: values.centre, passwordStdin: values['password-stdin'] },
          io,
          (fn) => withContext(open, fn),
        );
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`lc-booking: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    io.stderr(`lc-booking: ${(error as Error).message}\n`);
    return 1;
  }
}

async function withContext(
  open: () => Promise<CliContext>,
  fn: (ctx: CliContext) => Promise<number>,
) {
  const ctx = await open();
  try {
    return await fn(ctx);
  } finally {
    await ctx.db.close();
  }
}

function bookingsOnDays(
  ctx: CliContext,
  first: number,
  last: number,
  centre?: string,
  all?: boolean,
) {
  const tz = ctx.config.timeZone;
  return listBookings(ctx.db, {
    fromMs: zonedDayStartMs(first, tz),
    toMs: zonedDayStartMs(last + 1, tz),
    centre,
    includeCancelled: all,
  });
}

const clock = (ms: number, timeZone: string) => isoInZone(ms, timeZone).slice(11, 16);

/** The `list` table: one line per booking, columns aligned. */
export function formatList(
  bookings: readonly Booking[],
  date: string,
  config: BookingConfig,
): string {
  const tz = config.timeZone;
  const confirmed = bookings.filter((b) => b.status === 'confirmed').length;
  const head = `${date} (${tz}): ${confirmed} booking${confirmed === 1 ? '' : 's'}`;
  if (bookings.length === 0) return `${head}\n`;
  const names = new Map(config.counsellors.map((c) => [c.id, c.name ?? c.id]));
  const rows = bookings.map((b) => [
    `${clock(b.startMs, tz)}–${clock(b.endMs, tz)}`,
    b.status === 'cancelled' ? 'CANCELLED' : '',
    pickText(b.snapshot.service.name, 'sv', 'sv'),
    b.centre,
    b.mode,
    b.language,
    names.get(b.counsellor) ?? b.counsellor,
    b.name ?? '',
    [b.email, b.phone].filter(Boolean).join(', '),
    b.id,
  ]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const lines = rows.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]))
      .filter((_, i) => widths[i] > 0)
      .join('  ')
      .trimEnd(),
  );
  return `${head}\n${lines.join('\n')}\n`;
}

export const CSV_HEADER = [
  'id',
  'status',
  'start',
  'end',
  'service',
  'centre',
  'mode',
  'language',
  'counsellor',
  'name',
  'email',
  'phone',
  'message',
  'created_at',
  'cancelled_at',
] as const;

/** The `export` file. Times are local with their offset, so a spreadsheet in any zone reads them right. */
export function exportCsv(bookings: readonly Booking[], timeZone: string): string {
  return toCsv(
    CSV_HEADER,
    bookings.map((b) => [
      b.id,
      b.status,
      isoInZone(b.startMs, timeZone),
      isoInZone(b.endMs, timeZone),
      b.service,
      b.centre,
      b.mode,
      b.language,
      b.counsellor,
      b.name,
      b.email,
      b.phone,
      b.message,
      isoInZone(b.createdMs, timeZone),
      b.cancelledMs === undefined ? undefined : isoInZone(b.cancelledMs, timeZone),
    ]),
  );
}
