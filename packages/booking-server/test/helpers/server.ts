/**
 * The real service on a free loopback port, over a test database, with a
 * movable clock and a captured log.
 */
import { type RunningServer, type ServerOptions, startServer } from '../../src/server.ts';
import type { Db } from '../../src/db/db.ts';
import { Clock, testConfig } from './fixture.ts';

export interface TestServer {
  server: RunningServer;
  /** Base URL without the trailing slash: `http://127.0.0.1:40123`. */
  base: string;
  clock: Clock;
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

export async function startTestServer(
  db: Db,
  options: Partial<ServerOptions> = {},
): Promise<TestServer> {
  const clock = new Clock();
  const logs: Record<string, unknown>[] = [];
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    db,
    config: testConfig(),
    now: clock.now,
    log: (entry) => logs.push(entry),
    allowedOrigins: ['https://kommun.example'],
    rateLimit: { perMinute: 0, burst: 1 },
    ...options,
  });
  return {
    server,
    base: `http://127.0.0.1:${server.port}`,
    clock,
    logs,
    close: () => server.close(1000),
  };
}

/** A JSON request; returns status, headers and the parsed body (if any). */
export async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  // Responses are checked field by field; `any` keeps those checks short.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(base + path, {
    method,
    headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON (ICS): keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** Holds a slot; returns the hold id (fails the test when it cannot). */
export async function holdSlot(base: string, slotId: string): Promise<string> {
  const response = await call(base, 'POST', '/v1/holds', { slotId });
  if (response.status !== 201)
    throw new Error(`hold ${slotId}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.holdId;
}

export const PERSON = {
  name: 'Åsa Öberg',
  email: 'asa@example.se',
  phone: '+46 70 123 45 67',
  consent: true,
};
