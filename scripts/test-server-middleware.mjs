// Dev-server (Koa) middleware for web-test-runner: serves the fault endpoints
// from scripts/test-server.mjs under /__faults/ on the test server's own origin,
// so browser tests can fetch e.g. '/__faults/404' or '/__faults/slow?ms=2000'.
import { finished } from 'node:stream/promises';
import { FAULT_PREFIX, handleFault } from './test-server.mjs';

/** @type {import('koa').Middleware} */
export async function faultMiddleware(ctx, next) {
  if (!ctx.path.startsWith(FAULT_PREFIX)) return next();
  // Answer on the raw Node response; Koa must not touch it afterwards.
  ctx.respond = false;
  handleFault(ctx.req, ctx.res);
  // Wait until the fault is fully served (or the browser gave up) ...
  await finished(ctx.res).catch(() => {});
  // ... then hide its status from web-test-runner, which otherwise lists every
  // deliberate 404 as a "404 network request" under the test file. The
  // response has already been sent, so this changes nothing on the wire.
  ctx.res.statusCode = 200;
}
