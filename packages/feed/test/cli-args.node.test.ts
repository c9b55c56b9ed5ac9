import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { USAGE, UsageError, parseCommand } from '../src/cli/args.ts';

describe('parseCommand', () => {
  it('reads validate, with and without --json', () => {
    assert.deepEqual(parseCommand(['validate', 'feed.json']), {
      name: 'validate',
      source: 'feed.json',
      json: false,
    });
    assert.deepEqual(parseCommand(['validate', '--json', 'https://x.example/feed.json']), {
      name: 'validate',
      source: 'https://x.example/feed.json',
      json: true,
    });
  });

  it('reads ics, with and without --event', () => {
    assert.deepEqual(parseCommand(['ics', 'feed.json']), { name: 'ics', source: 'feed.json' });
    assert.deepEqual(parseCommand(['ics', 'feed.json', '--event', 'drop-in']), {
      name: 'ics',
      source: 'feed.json',
      event: 'drop-in',
    });
    assert.deepEqual(parseCommand(['ics', '--event=a:b', 'feed.json']), {
      name: 'ics',
      source: 'feed.json',
      event: 'a:b',
    });
  });

  for (const argv of [['--help'], ['-h'], ['help'], ['validate', '--help']]) {
    it(`reads ${argv.join(' ')} as help`, () => {
      assert.deepEqual(parseCommand(argv), { name: 'help' });
    });
  }

  for (const [argv, message] of [
    [[], 'No command given.'],
    [['check', 'feed.json'], 'Unknown command "check".'],
    [['validate'], 'lc-feed validate needs a feed file or URL.'],
    [['ics'], 'lc-feed ics needs a feed file or URL.'],
    [['validate', 'a.json', 'b.json'], 'Unexpected argument "b.json".'],
    [['validate', 'a.json', '--event', 'x'], '--event belongs to lc-feed ics.'],
    [['ics', 'a.json', '--json'], '--json belongs to lc-feed validate.'],
  ] as const) {
    it(`refuses ${JSON.stringify(argv.join(' '))}: ${message}`, () => {
      assert.throws(() => parseCommand(argv), { name: 'UsageError', message });
    });
  }

  it('refuses unknown options and a missing option value', () => {
    assert.throws(() => parseCommand(['validate', 'a.json', '--strict']), UsageError);
    assert.throws(() => parseCommand(['ics', 'a.json', '--event']), UsageError);
  });

  it('documents every command and option in the usage', () => {
    for (const word of ['validate <file|url>', '--json', 'ics <file|url>', '--event ID', '--help'])
      assert.ok(USAGE.includes(word), word);
  });
});
