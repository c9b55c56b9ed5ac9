/**
 * Entry point of `lc-booking` (bin/lc-booking.mjs): the database and
 * configuration from the environment, the command from the arguments.
 */
import { readBookingConfig, resolveConfigPath } from '../config/load-config.ts';
import { openDatabase } from '../db/open.ts';
import { DEFAULT_DATA_DIR } from '../env.ts';
import { runCli } from './run.ts';

process.exitCode = await runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  },
  async () => {
    const config = readBookingConfig(resolveConfigPath(process.env.CONFIG));
    const db = await openDatabase({
      databaseUrl: process.env.DATABASE_URL || undefined,
      dataDir: process.env.DATA_DIR || DEFAULT_DATA_DIR,
    });
    return { db, config, now: Date.now };
  },
);
