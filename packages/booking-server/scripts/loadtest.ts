/**
 * Load test: CLIENTS concurrent clients (default 200) for DURATION seconds
 * (default 30, after WARMUP seconds, default 2, that are not measured) at loopback, all after the same slot-rich day, each looping
 * availability → hold → book (and sometimes a replay, a read, a cancellation).
 * Reports requests/s, p50/p99 latency per endpoint, status counts, 5xx and —
 * from the database — double bookings. Exits 1 unless 5xx, unexpected
 * answers and double bookings are all 0; 2 when the database cannot be checked.
 *
 *   pnpm --filter @learning-centre/booking-server loadtest
 *   DURATION=5 CLIENTS=50 pnpm --filter @learning-centre/booking-server loadtest
 *   DATABASE_URL=postgres://… pnpm --filter … loadtest        (self-started, on PostgreSQL)
 *   BASE_URL=http://localhost:8787 DATABASE_URL=postgres://… CONFIG_DAY=2026-03-10 …   (a running server)
 *
 * Self-started, the server runs in a child process (its own event loop) on a
 * temporary PGlite directory, or on DATABASE_URL, with the rate limit off and a
 * generated configuration: 100 counsellors at one centre, 15-minute meetings
 * from 08:00 to 20:00 tomorrow, so 4 800 meetings and 96 slot ids to fight over.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Db } from '../src/db/db.ts';
import { openDatabase } from '../src/db/open.ts';
import { dayKey, zonedDayNumber } from '../src/feed.ts';

const CLIENTS = Number(process.env.CLIENTS ?? 200);
const DURATION_S = Number(process.env.DURATION ?? 30);
/** Seconds of load before measuring starts (JIT, caches, connection pools); its errors still count. */
const WARMUP_S = Number(process.env.WARMUP ?? 2);
const TIME_ZONE = 'Europe/Stockholm';
const CENTRE = 'loadtest';
const SERVICE = 'samtal';
const COUNSELLORS = 100;

interface Sample {
  endpoint: string;
  status: number;
  ms: number;
  /** When the request started (performance.now()). */
  at: number;
}

/** What the clients saw; checked against the database afterwards. */
const samples: Sample[] = [];
let unexpected = 0;
let networkErrors = 0;
/** Why requests got no answer, by error code: tells a dropped connection from a timeout. */
const networkCauses: Record<string, number> = {};
let booked = 0;
let cancelled = 0;

const EXPECTED: Record<string, number[]> = {
  'GET /v1/availability': [200],
  'POST /v1/holds': [201, 409],
  'PUT /v1/bookings/{id}': [201],
  'PUT /v1/bookings/{id} (replay)': [200],
  'GET /v1/bookings/{id}': [200],
  'DELETE /v1/bookings/{id}': [204],
};

async function request(
  base: string,
  endpoint: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
) {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const started = performance.now();
  try {
    const response = await fetch(base + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    samples.push({
      endpoint,
      status: response.status,
      ms: performance.now() - started,
      at: started,
    });
    if (!EXPECTED[endpoint].includes(response.status)) unexpected++;
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  } catch (error) {
    networkErrors++;
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    networkCauses[cause] = (networkCauses[cause] ?? 0) + 1;
    samples.push({ endpoint, status: 0, ms: performance.now() - started, at: started });
    return { status: 0, body: undefined };
  }
}

async function client(base: string, day: string, deadline: number): Promise<void> {
  const query = `/v1/availability?service=${SERVICE}&centre=${CENTRE}&from=${day}&to=${day}`;
  while (performance.now() < deadline) {
    const availability = await request(base, 'GET /v1/availability', 'GET', query);
    const slots: { id: string }[] = availability.body?.slots ?? [];
    if (slots.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      continue;
    }
    // Most people take one of the first times offered: that is where the races are.
    const slot = slots[Math.floor(Math.random() * Math.min(3, slots.length))];
    const hold = await request(base, 'POST /v1/holds', 'POST', '/v1/holds', { slotId: slot.id });
    if (hold.status !== 201) continue;
    const id = randomUUID();
    const body = {
      holdId: hold.body.holdId,
      name: 'Load Test',
      email: 'load@example.se',
      phone: '070-000 00 00',
      consent: true,
    };
    const booking = await request(base, 'PUT /v1/bookings/{id}', 'PUT', `/v1/bookings/${id}`, body);
    if (booking.status !== 201) continue;
    booked++;
    const token: string = booking.body.cancelToken;
    const dice = Math.random();
    if (dice < 0.1)
      await request(base, 'PUT /v1/bookings/{id} (replay)', 'PUT', `/v1/bookings/${id}`, body);
    else if (dice < 0.2)
      await request(base, 'GET /v1/bookings/{id}', 'GET', `/v1/bookings/${id}`, undefined, token);
    else if (dice < 0.25) {
      const r = await request(
        base,
        'DELETE /v1/bookings/{id}',
        'DELETE',
        `/v1/bookings/${id}`,
        undefined,
        token,
      );
      if (r.status === 204) cancelled++;
    }
  }
}

function loadConfig() {
  const weekdays = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
  return {
    timeZone: TIME_ZONE,
    minNoticeMinutes: 0,
    maxDaysAhead: 3,
    services: [{ id: SERVICE, name: 'Load test', duration: 15 }],
    centres: [{ id: CENTRE, name: 'Load test centre' }],
    counsellors: Array.from({ length: COUNSELLORS }, (_, i) => ({
      id: `c${i}`,
      centre: CENTRE,
      services: [SERVICE],
      modes: ['on-site', 'phone'],
      languages: ['sv'],
      weekly: [{ days: weekdays, from: '08:00', to: '20:00' }],
    })),
  };
}

/** Starts `src/main.ts` in a child process; resolves with its base URL. */
async function startChild(
  env: Record<string, string>,
): Promise<{ base: string; child: ChildProcess }> {
  const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const base = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
    lines.on('line', (line) => {
      const match = /listening on (http:\/\/\S+?)\/?$/.exec(line);
      if (match) resolve(match[1].replace('localhost', '127.0.0.1'));
    });
  });
  // The request log keeps coming; read it so the pipe never fills up.
  child.stdout!.resume();
  return { base, child };
}

async function stopChild(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
    : 0;
}

async function doubleBookings(db: Db): Promise<{ doubles: number; confirmed: number }> {
  const doubles = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM bookings a JOIN bookings b
       ON a.counsellor_id = b.counsellor_id AND a.id < b.id
      AND a.status = 'confirmed' AND b.status = 'confirmed'
      AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`,
  );
  const confirmed = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM bookings WHERE status = 'confirmed' AND centre_id = $1`,
    [CENTRE],
  );
  return { doubles: doubles.rows[0].n, confirmed: confirmed.rows[0].n };
}

/** Figures for the requests started after the warm-up. */
function report(measured: Sample[], seconds: number): void {
  const samples = measured;
  const all = samples.map((s) => s.ms).sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(
    `\n${samples.length} requests in ${seconds.toFixed(1)} s: ${(samples.length / seconds).toFixed(0)} req/s`,
  );
  console.log(`latency p50 ${fmt(percentile(all, 50))}, p99 ${fmt(percentile(all, 99))}`);
  const endpoints = [...new Set(samples.map((s) => s.endpoint))];
  for (const endpoint of endpoints) {
    const mine = samples.filter((s) => s.endpoint === endpoint);
    const ms = mine.map((s) => s.ms).sort((a, b) => a - b);
    const statuses = Object.entries(
      mine.reduce<Record<number, number>>(
        (c, s) => ({ ...c, [s.status]: (c[s.status] ?? 0) + 1 }),
        {},
      ),
    )
      .map(([status, n]) => `${status}×${n}`)
      .join(' ');
    console.log(
      `  ${endpoint.padEnd(31)} ${String(mine.length).padStart(7)}  p50 ${fmt(percentile(ms, 50)).padStart(9)}  p99 ${fmt(percentile(ms, 99)).padStart(9)}  ${statuses}`,
    );
  }
}

async function main(): Promise<number> {
  const externalBase = process.env.BASE_URL?.replace(/\/+$/, '');
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dir = mkdtempSync(join(tmpdir(), 'lc-booking-loadtest-'));
  let child: ChildProcess | undefined;
  let base = externalBase;
  // Tomorrow in the zone, unless a running server's day is named.
  const day = process.env.CONFIG_DAY ?? dayKey(zonedDayNumber(Date.now(), TIME_ZONE) + 1);
  try {
    if (!base) {
      const configFile = join(dir, 'booking.config.json');
      writeFileSync(configFile, JSON.stringify(loadConfig()));
      if (databaseUrl) {
        const db = await openDatabase({ databaseUrl, dataDir: '' });
        await db.query(`DELETE FROM bookings WHERE centre_id = $1`, [CENTRE]);
        await db.query(`DELETE FROM holds WHERE snapshot->'centre'->>'id' = $1`, [CENTRE]);
        await db.close();
      }
      ({ base, child } = await startChild({
        PORT: '0',
        CONFIG: configFile,
        DATA_DIR: join(dir, 'data'),
        DATABASE_URL: databaseUrl ?? '',
        RATE_LIMIT_PER_MINUTE: '0',
      }));
    }
    console.log(
      `${CLIENTS} clients for ${WARMUP_S} + ${DURATION_S} s against ${base} (day ${day}, ${databaseUrl ? 'PostgreSQL' : externalBase ? 'running server' : 'PGlite'})`,
    );
    const measureFrom = performance.now() + WARMUP_S * 1000;
    const deadline = measureFrom + DURATION_S * 1000;
    await Promise.all(Array.from({ length: CLIENTS }, () => client(base!, day, deadline)));
    const seconds = (performance.now() - measureFrom) / 1000;
    if (child) await stopChild(child);
    console.log(`(after a ${WARMUP_S} s warm-up, not counted below except for errors)`);
    report(
      samples.filter((s) => s.at >= measureFrom),
      seconds,
    );

    const fivexx = samples.filter((s) => s.status >= 500).length;
    let check: { doubles: number; confirmed: number } | undefined;
    if (databaseUrl || !externalBase) {
      const db = await openDatabase({ databaseUrl, dataDir: join(dir, 'data') });
      try {
        check = await doubleBookings(db);
      } finally {
        await db.close();
      }
    }
    console.log(`booked ${booked}, cancelled ${cancelled}`);
    const causes = Object.entries(networkCauses).map(([code, n]) => `${code}×${n}`);
    console.log(
      `5xx: ${fivexx}; unexpected answers: ${unexpected}; network errors: ${networkErrors}${causes.length ? ` (${causes.join(', ')})` : ''}`,
    );
    if (!check) {
      console.log(
        'double bookings: not checked (a running server: set DATABASE_URL to its database)',
      );
      return 2;
    }
    console.log(`double bookings: ${check.doubles}; confirmed in the database: ${check.confirmed}`);
    const lost = externalBase ? 0 : booked - cancelled - check.confirmed;
    if (lost !== 0) console.log(`confirmed bookings the database does not have: ${lost}`);
    const ok =
      fivexx === 0 && unexpected === 0 && networkErrors === 0 && check.doubles === 0 && lost === 0;
    console.log(ok ? 'OK' : 'FAILED');
    return ok ? 0 : 1;
  } finally {
    if (child && child.exitCode === null) await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
