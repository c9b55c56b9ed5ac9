/**
 * One structured log line per request: method, route template, status and
 * duration. Never the raw path, query, headers or body: they can hold a
 * booking id, a token or personal data.
 */
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';

/** Where log entries go (one JSON object each). */
export type LogSink = (entry: Record<string, unknown>) => void;

/** JSON lines on stdout. */
export const stdoutLog: LogSink = (entry) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
};

export function requestLog(log: LogSink): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    // The handler's route; middleware is mounted on wildcard paths. Preflights have no handler.
    const route = matchedRoutes(c)
      .map((r) => r.path)
      .filter((path) => !path.endsWith('*'))
      .at(-1);
    log({
      msg: 'request',
      method: c.req.method,
      route: route ?? (c.req.method === 'OPTIONS' ? '(preflight)' : '(no route)'),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
