/**
 * The staff desk under `/staff/`: its security headers, sign-in, the desk
 * pages, and for any other path under it 401 (signed out) or 404.
 */
import type { Hono } from 'hono';
import { staffAuthRoutes } from './auth-routes.ts';
import {
  type StaffDeps,
  currentSession,
  notFoundPage,
  staffHeaders,
  unauthorized,
} from './context.ts';
import { staffDeskRoutes } from './desk-routes.ts';
import { staffOidcRoutes } from './oidc-routes.ts';

export function staffRoutes(app: Hono, deps: StaffDeps): void {
  app.use('/staff', staffHeaders);
  app.use('/staff/*', staffHeaders);
  staffAuthRoutes(app, deps);
  staffOidcRoutes(app, deps, deps.staff.oidc);
  staffDeskRoutes(app, deps);
  app.all('/staff/*', async (c) =>
    (await currentSession(c, deps)) ? notFoundPage(c, deps) : unauthorized(c, deps),
  );
}
