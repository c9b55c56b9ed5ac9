/**
 * `lc-booking user add | list | remove | password`: staff accounts for the
 * staff desk. A new password is read from standard input with
 * `--password-stdin`, or made up and printed once.
 */
import { randomBytes } from 'node:crypto';
import {
  StaffUserError,
  addStaffUser,
  listStaffUsers,
  removeStaffUser,
  setStaffPassword,
} from '../staff/users.ts';
import type { CliContext, CliIo } from './run.ts';

export const USER_USAGE = `  lc-booking user add <name> --centre ID [--password-stdin]
      Adds a staff account for the staff desk (/staff/); it sees only that centre. Without
      --password-stdin a password is made up and printed once.
  lc-booking user password <name> [--password-stdin]
      Sets a new password and signs the account out everywhere.
  lc-booking user list
  lc-booking user remove <name>`;

/** Thrown for wrong usage (exit code 2). */
export class UsageError extends Error {}

export interface UserArgs {
  centre?: string;
  passwordStdin?: boolean;
}

export async function runUserCommand(
  rest: readonly string[],
  args: UserArgs,
  io: CliIo,
  withContext: (fn: (ctx: CliContext) => Promise<number>) => Promise<number>,
): Promise<number> {
  const [action, name, ...extra] = rest;
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const password = async () => {
    if (!args.passwordStdin) return { value: randomBytes(15).toString('base64url'), made: true };
    if (!io.stdin) throw new UsageError('--password-stdin: no standard input');
    return { value: (await io.stdin()).replace(/\r?\n$/, ''), made: false };
  };
  try {
    switch (action) {
      case 'add': {
        if (!name) throw new UsageError('user add needs a user name');
        if (!args.centre) throw new UsageError('user add needs --centre');
        const centre = args.centre;
        const pw = await password();
        return await withContext(async (ctx) => {
          if (!ctx.config.centres.has(centre))
            throw new UsageError(`--centre: no centre "${centre}" in the configuration`);
          const user = await addStaffUser(
            ctx.db,
            { username: name, centre, password: pw.value },
            ctx.now(),
          );
          io.stdout(`Added ${user.username} (${centre}).\n`);
          if (pw.made) io.stdout(`Password (shown once): ${pw.value}\n`);
          return 0;
        });
      }
      case 'password': {
        if (!name) throw new UsageError('user password needs a user name');
        const pw = await password();
        return await withContext(async (ctx) => {
          if (!(await setStaffPassword(ctx.db, name, pw.value))) {
            io.stderr(`lc-booking: no user ${name}\n`);
            return 1;
          }
          io.stdout(`New password for ${name}; its sessions are ended.\n`);
          if (pw.made) io.stdout(`Password (shown once): ${pw.value}\n`);
          return 0;
        });
      }
      case 'list':
        if (name) throw new UsageError('user list takes no arguments');
        return await withContext(async (ctx) => {
          for (const user of await listStaffUsers(ctx.db))
            io.stdout(`${user.username}\t${user.centre}\t${user.local ? 'password' : 'oidc'}\n`);
          return 0;
        });
      case 'remove':
        if (!name) throw new UsageError('user remove needs a user name');
        return await withContext(async (ctx) => {
          if (await removeStaffUser(ctx.db, name)) {
            io.stdout(`Removed ${name}.\n`);
            return 0;
          }
          io.stderr(`lc-booking: no user ${name}\n`);
          return 1;
        });
      default:
        throw new UsageError(`unknown user command "${action ?? ''}"`);
    }
  } catch (error) {
    if (error instanceof StaffUserError) {
      io.stderr(`lc-booking: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
