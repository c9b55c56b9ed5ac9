/**
 * `GET /healthz` for load balancers and orchestrators: 200 when the database
 * answers, 503 when it does not. Not rate limited.
 */
import type { Hono } from 'hono';
import type { RouteDeps } from '../deps.ts';
import { ProblemError } from '../problem.ts';

export function healthRoutes(app: Hono, deps: RouteDeps): void {
  app.get('/healthz', async (c) => {
    try {
      await deps.db.query('SELECT 1');
    } catch {
      throw new ProblemError(
        'service-unavailable',
        'The database does not answer.',
        {},
        { 'Retry-After': '5' },
      );
    }
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok', database: deps.db.kind });
  });
}
