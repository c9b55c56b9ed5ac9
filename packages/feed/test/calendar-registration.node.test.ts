import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registrationState } from '../src/query/calendar-registration.ts';
import type { FeedEvent } from '../src/types.ts';

const TZ = 'Europe/Stockholm';
const base = { start: '2026-03-20T18:00+01:00' } as const;
const at = (iso: string) => new Date(iso);

describe('registrationState', () => {
  it('is none without a link, or for a cancelled or full event', () => {
    assert.deepEqual(registrationState(base, at('2026-03-01T12:00Z'), TZ), { phase: 'none' });
    const url = 'https://example.se/anmal';
    for (const status of ['cancelled', 'full'] as const) {
      const event: Pick<FeedEvent, 'registration' | 'status' | 'start'> = {
        ...base,
        status,
        registration: { url },
      };
      assert.equal(registrationState(event, at('2026-03-01T12:00Z'), TZ).phase, 'none');
    }
  });

  it('is open from `opens` until the end of a `closes` date in the feed zone', () => {
    const event = {
      ...base,
      registration: { url: 'https://example.se/anmal', opens: '2026-03-01', closes: '2026-03-15' },
    };
    // 1 March begins at 23:00 UTC on 28 February in Stockholm.
    const before = registrationState(event, at('2026-02-28T22:59Z'), TZ);
    assert.equal(before.phase, 'upcoming');
    assert.equal(before.opens?.toISOString(), '2026-02-28T23:00:00.000Z');
    assert.equal(registrationState(event, at('2026-02-28T23:00Z'), TZ).phase, 'open');
    assert.deepEqual(registrationState(event, at('2026-03-15T22:59Z'), TZ), {
      phase: 'open',
      url: 'https://example.se/anmal',
    });
    assert.equal(registrationState(event, at('2026-03-15T23:00Z'), TZ).phase, 'closed');
  });

  it('closes at an exact `closes` time, else when the occurrence begins', () => {
    const timed = {
      ...base,
      registration: { url: 'https://example.se/a', closes: '2026-03-10T12:00+01:00' },
    };
    assert.equal(registrationState(timed, at('2026-03-10T10:59Z'), TZ).phase, 'open');
    assert.equal(registrationState(timed, at('2026-03-10T11:00Z'), TZ).phase, 'closed');

    const open = { ...base, registration: { url: 'https://example.se/a' } };
    assert.equal(registrationState(open, at('2026-03-20T16:59Z'), TZ).phase, 'open');
    assert.equal(registrationState(open, at('2026-03-20T17:00Z'), TZ).phase, 'closed');
    // A later occurrence of a series is still open.
    const later = at('2026-03-27T17:00Z');
    assert.equal(registrationState(open, at('2026-03-21T12:00Z'), TZ, later).phase, 'open');
  });

  it('ignores dates it cannot read', () => {
    const event = {
      ...base,
      registration: { url: 'https://example.se/a', opens: 'soon', closes: 'later' },
    };
    assert.equal(registrationState(event, at('2026-03-01T12:00Z'), TZ).phase, 'open');
  });
});
