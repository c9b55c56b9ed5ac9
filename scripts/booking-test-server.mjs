// The real booking service (packages/booking-server) for browser tests: fresh
// instances on demand, each on its own in-memory PGlite (or a new database on
// DATABASE_URL) with a slot-rich configuration, reached through the
// web-test-runner dev server under /__booking/ (same origin: no CORS), with
// switches a test flips to make the network fail for real.
//
//   POST   /__booking/new                     201 {id, api}: a fresh service; api is its base path
//   *      /__booking/<id>/v1/…                the service itself, proxied over HTTP
//   POST   /__booking/<id>/__fault  {…}        until cleared, requests matching `method`/`path`
//          (a prefix of the path after /v1) are: drop "before" (the connection closes, the
//          service never sees the request), drop "after" (the service answers, the browser
//          never hears it), or answered with `status` (e.g. 503) as a problem document
//   DELETE /__booking/<id>/__fault              clears the switch
//   GET    /__booking/<id>/__log                ["PUT /v1/bookings/… 201", "… dropped", …]: what was proxied
//   POST   /__booking/<id>/__clock  {minutes}   moves the service's clock forward (hold expiry)
//   DELETE /__booking/<id>                      stops it (all stop when the test server does)
//
// Nothing is started until a test asks: other browser tests pay nothing. The
// service is TypeScript; tsx's scoped import loads it without touching the
// rest of the dev server.

import { tsImport } from 'tsx/esm/api';

export const BOOKING_PREFIX = '/__booking/';

/** Monday to Friday: weekends stay empty, so the date grid has disabled days to skip. */
const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr'];

/**
 * The services of packages/guidance-booking/test/fixtures/booking.json: two
 * counsellors at Kalix and one at Trosa, every weekday, many times a day; and
 * a group room at Kalix.
 */
export function richConfig() {
  return {
    timeZone: 'Europe/Stockholm',
    holdMinutes: 5,
    minNoticeMinutes: 60,
    maxDaysAhead: 60,
    services: [
      {
        id: 'studievagledning',
        name: { sv: 'Studievägledning', en: 'Study guidance' },
        duration: 45,
      },
      {
        id: 'karriarvagledning',
        name: { sv: 'Karriärvägledning', en: 'Career guidance' },
        duration: 60,
        modes: ['on-site', 'video'],
      },
      // A group room, booked through the same slots (tests that add it to their feed use it).
      { id: 'group-room', kind: 'room', name: { sv: 'Grupprum', en: 'Group room' }, duration: 60 },
    ],
    rooms: [
      {
        id: 'kalix-room-1',
        name: { sv: 'Grupprum Tornedalen', en: 'Tornedalen group room' },
        centre: 'kalix',
        services: ['group-room'],
        weekly: [{ days: WEEKDAYS, from: '08:00', to: '20:00' }],
      },
    ],
    centres: [
      { id: 'kalix', name: 'Lärcentrum Kalix', address: 'Torggatan 1, 952 31 Kalix' },
      { id: 'trosa', name: 'Lärcentrum Trosa', address: 'Torggatan 1, 952 31 Trosa' },
    ],
    counsellors: [
      ...['k1', 'k2'].map((id) => ({
        id,
        centre: 'kalix',
        services: ['studievagledning', 'karriarvagledning'],
        modes: ['on-site', 'phone', 'video'],
        languages: ['sv', 'en'],
        weekly: [{ days: WEEKDAYS, from: '08:00', to: '17:00' }],
      })),
      {
        id: 't1',
        centre: 'trosa',
        services: ['studievagledning', 'karriarvagledning'],
        modes: ['on-site', 'phone', 'video'],
        languages: ['sv'],
        weekly: [{ days: WEEKDAYS, from: '09:00', to: '16:00' }],
      },
    ],
  };
}

/** @type {Promise<{ startServer: Function, parseBookingConfig: Function, testDatabase: Function }> | undefined} */
let modules;

function loadModules() {
  modules ??= Promise.all([
    tsImport('../packages/booking-server/src/index.ts', import.meta.url),
    tsImport('../packages/booking-server/test/helpers/database.ts', import.meta.url),
  ]).then(([server, database]) => ({
    startServer: server.startServer,
    parseBookingConfig: server.parseBookingConfig,
    testDatabase: database.testDatabase,
  }));
  return modules;
}

/**
 * @typedef {{ when: 'before' | 'after' | 'status', status?: number, method?: string, path?: string }} Fault
 * @typedef {{ base: string, offsetMs: number, fault?: Fault, log: string[], close: () => Promise<void> }} Instance
 */

/** @type {Map<string, Instance>} */
const instances = new Map();
let nextId = 1;

async function startInstance() {
  const { startServer, parseBookingConfig, testDatabase } = await loadModules();
  const database = await testDatabase();
  /** @type {Instance} */
  const instance = { base: '', offsetMs: 0, log: [], close: async () => {} };
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    db: database.db,
    config: parseBookingConfig(richConfig(), 'booking test config'),
    now: () => Date.now() + instance.offsetMs,
    log: () => {},
    allowedOrigins: ['*'],
    rateLimit: { perMinute: 0, burst: 1 },
  });
  instance.base = `http://127.0.0.1:${server.port}`;
  instance.close = async () => {
    await server.close(1000);
    await database.close();
  };
  const id = String(nextId++);
  instances.set(id, instance);
  return id;
}

/** Stops every instance (the dev server is stopping). */
export async function stopBookingInstances() {
  const all = [...instances.values()];
  instances.clear();
  await Promise.all(all.map((instance) => instance.close().catch(() => {})));
}

/** @param {import('node:http').IncomingMessage} req */
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** @param {import('koa').Context} ctx */
async function readJson(ctx) {
  const body = await readBody(ctx.req);
  return body.length ? JSON.parse(body.toString('utf8')) : {};
}

/**
 * @param {import('koa').Context} ctx
 * @param {Instance} instance
 * @param {string} entry
 */
function dropConnection(ctx, instance, entry) {
  instance.log.push(`${entry} dropped`);
  ctx.respond = false;
  ctx.req.socket.destroy();
}

/**
 * @param {import('koa').Context} ctx
 * @param {Instance} instance
 * @param {string} path the service's path, from /v1
 */
async function proxy(ctx, instance, path) {
  const fault = instance.fault;
  const hit =
    fault &&
    (!fault.method || fault.method === ctx.method) &&
    (!fault.path || path.startsWith(fault.path)) &&
    ctx.method !== 'OPTIONS';
  const entry = `${ctx.method} ${path}`;
  if (hit && fault.when === 'before') return dropConnection(ctx, instance, entry);
  if (hit && fault.when === 'status') {
    ctx.status = fault.status ?? 503;
    instance.log.push(`${entry} ${ctx.status}`);
    ctx.type = 'application/problem+json';
    ctx.body = { type: '/problems/service-unavailable', status: ctx.status };
    return;
  }
  const body = ctx.method === 'GET' || ctx.method === 'HEAD' ? undefined : await readBody(ctx.req);
  /** @type {Record<string, string>} */
  const headers = {};
  for (const name of ['content-type', 'authorization', 'accept']) {
    const value = ctx.get(name);
    if (value) headers[name] = value;
  }
  const response = await fetch(
    instance.base + path + (ctx.querystring ? `?${ctx.querystring}` : ''),
    {
      method: ctx.method,
      headers,
      body,
    },
  );
  const payload = Buffer.from(await response.arrayBuffer());
  if (hit && fault.when === 'after')
    return dropConnection(ctx, instance, `${entry} ${response.status}`);
  if (ctx.method !== 'OPTIONS') instance.log.push(`${entry} ${response.status}`);
  ctx.status = response.status;
  for (const [name, value] of response.headers) {
    if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name))
      ctx.set(name, value);
  }
  ctx.body = payload;
}

/** Koa middleware for the web-test-runner dev server. @type {import('koa').Middleware} */
export async function bookingMiddleware(ctx, next) {
  if (!ctx.path.startsWith(BOOKING_PREFIX)) return next();
  const rest = ctx.path.slice(BOOKING_PREFIX.length);
  if (rest === 'new' && ctx.method === 'POST') {
    const id = await startInstance();
    ctx.status = 201;
    ctx.body = { id, api: `${BOOKING_PREFIX}${id}/` };
    return;
  }
  const slash = rest.indexOf('/');
  const id = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? '' : rest.slice(slash);
  const instance = instances.get(id);
  if (!instance) {
    ctx.status = 404;
    ctx.body = { error: `no booking instance ${id}` };
    return;
  }
  if (path === '' && ctx.method === 'DELETE') {
    instances.delete(id);
    await instance.close();
    ctx.status = 204;
  } else if (path === '/__fault') {
    instance.fault = ctx.method === 'DELETE' ? undefined : await readJson(ctx);
    ctx.status = 204;
  } else if (path === '/__log') {
    ctx.body = instance.log;
  } else if (path === '/__clock' && ctx.method === 'POST') {
    instance.offsetMs += Number((await readJson(ctx)).minutes ?? 0) * 60_000;
    ctx.status = 204;
  } else if (path.startsWith('/v1/') || path === '/healthz') {
    await proxy(ctx, instance, path);
  } else {
    ctx.status = 404;
    ctx.body = { error: `unknown booking test path ${path}` };
  }
}

/** A dev-server plugin that stops the instances with the server. */
export const bookingTestPlugin = {
  name: 'lc-booking-test-server',
  serverStop: stopBookingInstances,
};
