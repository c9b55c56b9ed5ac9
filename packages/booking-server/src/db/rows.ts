/**
 * Reading column values the same way from both drivers: timestamps arrive as
 * `Date` (or text), NULL as null, jsonb parsed (or as text, when a driver is
 * configured otherwise).
 */

/** Milliseconds since the epoch of a timestamp column. */
export const msOf = (value: unknown): number =>
  (value instanceof Date ? value : new Date(String(value))).getTime();

/** A nullable text column; NULL is undefined. */
export const textOf = (value: unknown): string | undefined =>
  value == null ? undefined : String(value);

/** A jsonb column. */
export const jsonOf = (value: unknown): unknown =>
  typeof value === 'string' ? JSON.parse(value) : value;
