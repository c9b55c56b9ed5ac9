/**
 * Finding and reading `booking.config.json`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BookingConfig } from './model.ts';
import { ConfigError, parseBookingConfig } from './parse-config.ts';

/** The example shipped with the package: the sample feed's centres and guidance services. */
export const EXAMPLE_CONFIG_PATH = fileURLToPath(
  new URL('../../booking.config.example.json', import.meta.url),
);

/**
 * Which configuration file to use: `explicit` (the CONFIG variable) when given,
 * else `./booking.config.json` in `cwd`, else the bundled example.
 */
export function resolveConfigPath(explicit: string | undefined, cwd = process.cwd()): string {
  if (explicit) return resolve(cwd, explicit);
  const local = resolve(cwd, 'booking.config.json');
  return existsSync(local) ? local : EXAMPLE_CONFIG_PATH;
}

/**
 * Reads, parses and validates a configuration file.
 * @throws ConfigError naming the file and every problem in it (unreadable,
 * not JSON with line and column, or invalid with a path per issue).
 */
export function readBookingConfig(file: string): BookingConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, [{ path: '', message: `cannot be read (${errorCode(error)})` }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(file, [{ path: '', message: jsonErrorMessage(error, text) }]);
  }
  return parseBookingConfig(json, file);
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** `not JSON: Unexpected token } (line 4, column 3)`: V8 gives a character position, people need a line. */
export function jsonErrorMessage(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
  if (!position) return `not JSON: ${reason}`;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `not JSON: ${reason} (line ${line}, column ${column})`;
}
