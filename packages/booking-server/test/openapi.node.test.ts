/**
 * openapi.yaml describes the service that exists: the same routes and
 * methods, every problem type, every status a route can answer. (The YAML
 * syntax itself is checked by Prettier in the lint step.)
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createApp } from '../src/http/app.ts';
import { PROBLEMS } from '../src/http/problem.ts';
import type { Db } from '../src/db/db.ts';
import { testConfig } from './helpers/fixture.ts';

const yaml = readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8');

/** `METHOD /path` → response codes, read from the document's fixed indentation. */
function operations(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let path = '';
  let current: string[] | undefined;
  let inPaths = false;
  for (const line of yaml.split('\n')) {
    if (/^\S/.test(line)) inPaths = line === 'paths:';
    if (!inPaths) continue;
    const p = /^ {2}(\/\S*):$/.exec(line);
    if (p) path = p[1];
    const m = /^ {4}(get|put|post|delete):$/.exec(line);
    if (m) out.set(`${m[1].toUpperCase()} ${path}`, (current = []));
    const code = /^ {8}'(\d{3})':/.exec(line);
    if (code && current) current.push(code[1]);
  }
  return out;
}

test('the same routes and methods as the application', () => {
  const app = createApp({ db: {} as Db, config: testConfig(), log: () => {} });
  const routes = app.routes
    .filter((r) => r.method !== 'ALL')
    .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`)
    .sort();
  assert.deepEqual([...operations().keys()].sort(), routes);
});

test('every status a route can answer is documented', () => {
  const expected: Record<string, string[]> = {
    'GET /v1/services': ['200', '429', '503'],
    'GET /v1/availability': ['200', '422', '429', '503'],
    'POST /v1/holds': ['201', '400', '409', '413', '415', '422', '429', '503'],
    'DELETE /v1/holds/{holdId}': ['204', '429', '503'],
    'PUT /v1/bookings/{bookingId}': [
      '200',
      '201',
      '400',
      '409',
      '410',
      '413',
      '415',
      '422',
      '429',
      '503',
    ],
    'GET /v1/bookings/{bookingId}': ['200', '401', '404', '429', '503'],
    'DELETE /v1/bookings/{bookingId}': ['204', '401', '404', '409', '429', '503'],
    'GET /v1/bookings/{bookingId}/ics': ['200', '401', '404', '429', '503'],
    'GET /healthz': ['200', '503'],
    'POST /v1/exam-requests': ['200', '201', '400', '409', '413', '415', '422', '429', '503'],
    'GET /v1/exam-requests/{requestId}': ['200', '401', '404', '429', '503'],
    'DELETE /v1/exam-requests/{requestId}': ['204', '401', '404', '409', '429', '503'],
    'GET /v1/exam-requests/{requestId}/ics': ['200', '401', '404', '429', '503'],
    'GET /staff/': ['200', '401'],
    'POST /staff/login': ['303', '401', '403', '429'],
    'POST /staff/exam-requests/{requestId}/confirm': ['303', '401', '403', '404', '409'],
    'POST /staff/exam-requests/{requestId}/decline': ['303', '401', '403', '404', '409', '422'],
    'GET /staff/export.csv': ['200', '401', '422'],
  };
  const documented = operations();
  for (const [operation, codes] of Object.entries(expected)) {
    assert.deepEqual(documented.get(operation)?.sort(), codes, operation);
  }
});

test('every problem type is listed, and nothing else', () => {
  const block = /enum:\n((?: {12}- \/problems\/\S+\n)+)/.exec(yaml)?.[1] ?? '';
  const listed = block
    .trim()
    .split('\n')
    .map((line) => line.trim().slice(2))
    .sort();
  assert.deepEqual(
    listed,
    Object.keys(PROBLEMS)
      .map((name) => `/problems/${name}`)
      .sort(),
  );
});
