import type { Context } from 'hono';

/** An iCalendar download of one person's booking or request: never cached on the way. */
export function icsResponse(c: Context, filename: string, ics: string): Response {
  c.header('Cache-Control', 'no-store');
  c.header('Content-Type', 'text/calendar; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="${filename}"`);
  return c.body(ics);
}
