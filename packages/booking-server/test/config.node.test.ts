/**
 * booking.config.json: the example is valid, every mistake is reported with
 * its path, the JSON Schema is current; and the environment variables.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { CONFIG_SCHEMA_FILE, configSchemaText } from '../scripts/build-config-schema.ts';
import {
  EXAMPLE_CONFIG_PATH,
  readBookingConfig,
  resolveConfigPath,
} from '../src/config/load-config.ts';
import { ConfigError, parseBookingConfig } from '../src/config/parse-config.ts';
import { EnvError, optionsFromEnv } from '../src/env.ts';
import { configInput } from './helpers/fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'lc-booking-config-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A configuration the tests may break in any way (hence `any`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** The issues of a configuration changed by `change`, as `path: message` lines. */
function issuesOf(change: (input: Loose) => void): string[] {
  const input = configInput() as Loose;
  change(input);
  try {
    parseBookingConfig(input);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.issues.map((i) => `${i.path}: ${i.message}`);
  }
  assert.fail('expected a ConfigError');
}

describe('the example configuration', () => {
  const example = JSON.parse(readFileSync(EXAMPLE_CONFIG_PATH, 'utf8')) as Loose;
  const feed = JSON.parse(
    readFileSync(new URL('../../feed/examples/sample-feed.json', import.meta.url), 'utf8'),
  );

  test('is valid, with defaults applied', () => {
    const config = readBookingConfig(EXAMPLE_CONFIG_PATH);
    assert.equal(config.timeZone, 'Europe/Stockholm');
    assert.equal(config.holdMs, 5 * 60_000);
    assert.ok(config.counsellors.length >= 12);
  });

  test('uses the sample feed’s centre and guidance service ids, durations and modes', () => {
    const centres = new Set(feed.centres.map((c: { id: string }) => c.id));
    for (const centre of example.centres) assert.ok(centres.has(centre.id), centre.id);
    const services = new Map(feed.guidance.services.map((s: { id: string }) => [s.id, s]));
    for (const service of example.services) {
      const inFeed = services.get(service.id) as { duration: number; modes: string[] };
      assert.ok(inFeed, service.id);
      assert.equal(service.duration, inFeed.duration, service.id);
      assert.deepEqual(service.modes ?? ['on-site', 'phone', 'video'], inFeed.modes, service.id);
    }
  });

  test('booking.config.schema.json is what the definition generates, and accepts the example', async () => {
    assert.equal(
      readFileSync(CONFIG_SCHEMA_FILE, 'utf8'),
      await configSchemaText(),
      'run scripts/build-config-schema.ts',
    );
    const validate = new Ajv2020({ strict: false }).compile(
      JSON.parse(readFileSync(CONFIG_SCHEMA_FILE, 'utf8')),
    );
    const misspelt = { ...example, holdMinuts: 5 };
    assert.ok(validate(example), JSON.stringify(validate.errors));
    assert.equal(validate(misspelt), false, 'unknown properties are refused');
  });
});

describe('mistakes, each with its path', () => {
  test('shapes and formats', () => {
    assert.deepEqual(
      issuesOf((c) => {
        c.counsellors[0].weekly[0].from = '9';
        c.services[0].duration = 2;
        c.counsellors[1].modes = ['telepathy'];
        delete c.timeZone;
      }),
      [
        'timeZone: is required',
        'services[0].duration: must be at least 5, got 2',
        'counsellors[0].weekly[0].from: expected a time (HH:MM), got "9"',
        'counsellors[1].modes[0]: expected one of on-site, phone, video, got "telepathy"',
      ],
    );
  });

  test('unknown properties are errors ($-prefixed notes are fine)', () => {
    assert.deepEqual(
      issuesOf((c) => {
        c.counsellors[0].awya = [];
        c.$comment = 'fine';
        c.counsellors[0].$note = 'fine';
      }),
      ['counsellors[0].awya: unknown property'],
    );
  });

  test('references, duplicates, time order, dates, zone and overlapping windows', () => {
    assert.deepEqual(
      issuesOf((c) => {
        c.timeZone = 'Europe/Atlantis';
        c.centres.push({ id: 'kalix', name: 'Again' });
        c.counsellors[0].services.push('yoga');
        c.counsellors[1].centre = 'nowhere';
        c.counsellors[2].weekly.push({ days: ['th', 'fr'], from: '15:00', to: '17:00' });
        c.counsellors[2].weekly.push({ days: ['mo'], from: '12:00', to: '11:00' });
        c.closed.push(
          { from: '2026-02-30' },
          { from: '2026-05-02', to: '2026-05-01', centres: ['x'] },
        );
      }),
      [
        'timeZone: unknown time zone "Europe/Atlantis"',
        'centres[2].id: duplicate id "kalix"',
        'closed[1].from: no such date: 2026-02-30',
        'closed[2].to: must not be before from (2026-05-02)',
        'closed[2].centres[0]: no centre with id "x" in centres',
        'counsellors[0].services[2]: no service with id "yoga" in services',
        'counsellors[1].centre: no centre with id "nowhere" in centres',
        'counsellors[2].weekly[2].to: must be later than from (12:00)',
        'counsellors[2].weekly[1]: overlaps weekly[0] on th',
      ],
    );
  });

  test('the error message names the file and lists one issue per line', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ ...configInput(), holdMinutes: 0 }));
    assert.throws(
      () => readBookingConfig(file),
      (error: Error) =>
        error instanceof ConfigError &&
        error.message ===
          `${file} is not a valid booking configuration:\n  holdMinutes: must be at least 1, got 0`,
    );
  });

  test('not JSON: line and column; unreadable: the reason', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "timeZone": "Europe/Stockholm",\n}\n');
    assert.throws(
      () => readBookingConfig(file),
      /\(top level\): not JSON: .* \(line 3, column 1\)/,
    );
    assert.throws(() => readBookingConfig(join(dir, 'missing.json')), /cannot be read \(ENOENT\)/);
  });
});

describe('which file', () => {
  test('CONFIG, else ./booking.config.json, else the example', () => {
    assert.equal(resolveConfigPath('my.json', dir), join(dir, 'my.json'));
    assert.equal(resolveConfigPath(undefined, dir), EXAMPLE_CONFIG_PATH);
    writeFileSync(join(dir, 'booking.config.json'), '{}');
    assert.equal(resolveConfigPath(undefined, dir), join(dir, 'booking.config.json'));
  });
});

describe('environment', () => {
  test('defaults', () => {
    const options = optionsFromEnv({});
    assert.equal(options.port, 8787);
    assert.equal(options.dataDir, './data/booking');
    assert.deepEqual(options.allowedOrigins, ['http://localhost:4173']);
    assert.equal(options.purgeAfterDays, 30);
    assert.deepEqual(options.rateLimit, { perMinute: 120, burst: 60 });
    assert.equal(options.trustProxy, false);
    assert.equal(options.databaseUrl, undefined);
    assert.equal(options.smtpUrl, undefined);
  });

  test('values', () => {
    const options = optionsFromEnv({
      PORT: '9000',
      ALLOWED_ORIGINS: 'https://a.example, https://b.example/ ',
      PURGE_AFTER_DAYS: '7',
      RATE_LIMIT_PER_MINUTE: '0',
      TRUST_PROXY: 'true',
      DATABASE_URL: 'postgres://x@y/z',
      SMTP_URL: 'smtp://mail.example:587',
    });
    assert.equal(options.port, 9000);
    assert.deepEqual(options.allowedOrigins, ['https://a.example', 'https://b.example']);
    assert.equal(options.purgeAfterDays, 7);
    assert.equal(options.rateLimit!.perMinute, 0);
    assert.equal(options.trustProxy, true);
    assert.equal(options.databaseUrl, 'postgres://x@y/z');
    assert.equal(options.smtpUrl, 'smtp://mail.example:587');
  });

  test('mistakes name the variable', () => {
    assert.throws(
      () => optionsFromEnv({ PORT: 'eighty' }),
      (e: Error) => e instanceof EnvError && /^PORT must be/.test(e.message),
    );
    assert.throws(() => optionsFromEnv({ PURGE_AFTER_DAYS: '-1' }), /PURGE_AFTER_DAYS/);
    assert.throws(
      () => optionsFromEnv({ ALLOWED_ORIGINS: 'kommun.se' }),
      /ALLOWED_ORIGINS: "kommun.se" is not an origin/,
    );
  });
});
