// The real booking service for the exam-request browser tests
// (packages/exam-request/test): a fresh instance on demand on its own
// in-memory PGlite, configured with the exam rules of the tests' fixture feed
// (so the widget and the service read the very same rules), answering the
// browser directly across origins (CORS, as on a real site), with a staff
// account for the staff desk.
//
//   POST   /__exam-booking/new                   201 {id, api}: a fresh service; api is its absolute base URL
//   POST   /__exam-booking/<id>/staff  {action: "confirm" | "decline", request, reason?}
//          signs in as the test staff member through the service's own staff pages
//          (/staff/login, CSRF token, session cookie) and presses Confirm, or Decline with
//          the reason, on the request's page: {status} of the desk's answer (303 when done)
//   DELETE /__exam-booking/<id>                   stops it (all stop when the test server does)
//
// Nothing is started until a test asks. The guidance tests' service is
// scripts/booking-test-server.mjs; this one reuses its configuration.

import { readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';
import { richConfig } from './booking-test-server.mjs';

export const EXAM_BOOKING_PREFIX = '/__exam-booking/';

const FIXTURE = new URL('../packages/exam-request/test/fixtures/exam.json', import.meta.url);
const STAFF = { username: 'tentavakt', password: 'exam-test-password' };

/**
 * The guidance tests' configuration, with each centre of the fixture feed that
 * has `examInvigilation` taking exams under exactly those rules.
 */
export function examConfig() {
  const config = richConfig();
  const feed = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  for (const centre of feed.centres) {
    if (!centre.examInvigilation) continue;
    const address = `${centre.address.street}, ${centre.address.postalCode} ${centre.address.city}`;
    const entry = { id: centre.id, name: centre.name, address };
    const index = config.centres.findIndex((c) => c.id === centre.id);
    if (index < 0) config.centres.push(entry);
    else config.centres[index] = { ...config.centres[index], ...entry };
    config.centres.find((c) => c.id === centre.id).examInvigilation = centre.examInvigilation;
  }
  return config;
}

let modules;

function loadModules() {
  modules ??= Promise.all([
    tsImport('../packages/booking-server/src/index.ts', import.meta.url),
    tsImport('../packages/booking-server/test/helpers/database.ts', import.meta.url),
    tsImport('../packages/booking-server/src/staff/users.ts', import.meta.url),
    tsImport('../packages/booking-server/test/helpers/staff-client.ts', import.meta.url),
  ]);
  return modules;
}

/** @type {Map<string, { base: string, centre: string, staffClient: any, csrfOf: (html: string) => string, close: () => Promise<void> }>} */
const instances = new Map();
let nextId = 1;

async function startInstance() {
  const [server, database, users, staffClient] = await loadModules();
  const db = await database.testDatabase();
  const config = server.parseBookingConfig(examConfig(), 'exam test config');
  const running = await server.startServer({
    port: 0,
    host: '127.0.0.1',
    db: db.db,
    config,
    log: () => {},
    allowedOrigins: ['*'],
    rateLimit: { perMinute: 0, burst: 1 },
    staff: { secureCookies: false },
  });
  const centre = [...config.centres.values()].find((c) => c.examInvigilation).id;
  await users.addStaffUser(db.db, { ...STAFF, centre }, Date.now());
  const base = `http://127.0.0.1:${running.port}`;
  const id = String(nextId++);
  instances.set(id, {
    base,
    centre,
    staffClient: staffClient.StaffClient,
    csrfOf: staffClient.csrfOf,
    close: async () => {
      await running.close(1000);
      await db.close();
    },
  });
  return { id, api: `${base}/` };
}

/** Confirms or declines a request the way a person at the staff desk does. */
async function staffDecides(instance, { action, request, reason }) {
  const client = new instance.staffClient(instance.base);
  const signedIn = await client.signIn(STAFF.username, STAFF.password);
  if (signedIn.status !== 303) return { status: signedIn.status, step: 'sign-in' };
  const page = await client.get(`/staff/exam-requests/${request}`);
  if (page.status !== 200) return { status: page.status, step: 'request page' };
  const form = { _csrf: instance.csrfOf(page.text), ...(reason ? { reason } : {}) };
  const done = await client.post(`/staff/exam-requests/${request}/${action}`, form);
  return { status: done.status, location: done.headers.get('location') };
}

/** Stops every instance (the dev server is stopping). */
export async function stopExamBookingInstances() {
  const all = [...instances.values()];
  instances.clear();
  await Promise.all(all.map((instance) => instance.close().catch(() => {})));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = Buffer.concat(chunks);
  return body.length ? JSON.parse(body.toString('utf8')) : {};
}

/** Koa middleware for the web-test-runner dev server. @type {import('koa').Middleware} */
export async function examBookingMiddleware(ctx, next) {
  if (!ctx.path.startsWith(EXAM_BOOKING_PREFIX)) return next();
  const [id, what = ''] = ctx.path.slice(EXAM_BOOKING_PREFIX.length).split('/');
  if (id === 'new' && ctx.method === 'POST') {
    ctx.status = 201;
    ctx.body = await startInstance();
    return;
  }
  const instance = instances.get(id);
  if (!instance) {
    ctx.status = 404;
    ctx.body = { error: `no exam booking instance ${id}` };
  } else if (what === '' && ctx.method === 'DELETE') {
    instances.delete(id);
    await instance.close();
    ctx.status = 204;
  } else if (what === 'staff' && ctx.method === 'POST') {
    ctx.body = await staffDecides(instance, await readJson(ctx.req));
  } else {
    ctx.status = 404;
    ctx.body = { error: `unknown exam booking test path ${ctx.path}` };
  }
}

/** A dev-server plugin that stops the instances with the server. */
export const examBookingTestPlugin = {
  name: 'lc-exam-booking-test-server',
  serverStop: stopExamBookingInstances,
};
