/**
 * The booking request body, its canonical form, and the cancel token's
 * hashing and sealing.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canonicalRequest, modeErrors, parseBookingRequest } from '../src/bookings/request.ts';
import {
  hashToken,
  newCancelToken,
  requestHash,
  sealToken,
  tokenMatches,
  unsealToken,
} from '../src/bookings/tokens.ts';

const HOLD = '5f0c7a52-3b1e-4c8e-9a51-0d2b6c7e8f90';
const valid = { holdId: HOLD, name: 'Åsa', email: 'asa@example.se', consent: true };

describe('parseBookingRequest', () => {
  test('a valid request, trimmed, with unknown properties ignored', () => {
    const r = parseBookingRequest({
      ...valid,
      name: '  Åsa  ',
      phone: ' 070-123 45 67 ',
      message: 'Rad 1\nRad 2',
      extra: 1,
    });
    assert.deepEqual(r, {
      ok: true,
      request: {
        holdId: HOLD,
        name: 'Åsa',
        email: 'asa@example.se',
        phone: '070-123 45 67',
        message: 'Rad 1\nRad 2',
        consent: true,
      },
    });
  });

  test('null and blank optional fields count as absent', () => {
    const r = parseBookingRequest({ ...valid, phone: null, message: '   ' });
    assert.ok(r.ok);
    assert.equal(r.request.phone, undefined);
    assert.equal(r.request.message, undefined);
  });

  test('every problem at once, with codes', () => {
    const r = parseBookingRequest({
      holdId: 7,
      name: ' ',
      email: 'a@b',
      phone: '1',
      message: 'x'.repeat(2001),
      consent: false,
    });
    assert.ok(!r.ok);
    assert.deepEqual(
      r.errors.map((e) => `${e.path}:${e.code}`),
      [
        'holdId:type',
        'name:required',
        'email:format',
        'phone:format',
        'message:too-long',
        'consent:must-be-true',
      ],
    );
  });

  test('the body must be an object', () => {
    for (const body of [null, [], 'x', 3]) {
      const r = parseBookingRequest(body);
      assert.ok(!r.ok);
      assert.deepEqual(r.errors, [{ path: '', message: 'expected a JSON object', code: 'type' }]);
    }
  });

  test('control characters are refused in names; line breaks are fine only in the message', () => {
    const r = parseBookingRequest({ ...valid, name: 'A\nB', message: 'ok\r\n\tok' });
    assert.ok(!r.ok);
    assert.deepEqual(
      r.errors.map((e) => e.path),
      ['name'],
    );
  });
});

describe('canonicalRequest and modeErrors', () => {
  test('the same request in any key order and spacing has one canonical form', () => {
    const a = parseBookingRequest({ ...valid });
    const b = parseBookingRequest({
      consent: true,
      email: ' asa@example.se',
      name: 'Åsa',
      holdId: HOLD.toUpperCase(),
    });
    assert.ok(a.ok && b.ok);
    assert.equal(canonicalRequest(a.request), canonicalRequest(b.request));
    const c = parseBookingRequest({ ...valid, message: 'hi' });
    assert.ok(c.ok);
    assert.notEqual(canonicalRequest(a.request), canonicalRequest(c.request));
  });

  test('phone meetings need a phone number, video meetings an e-mail address', () => {
    const request = { holdId: HOLD, name: 'A', consent: true as const };
    assert.equal(modeErrors({ ...request, email: 'a@b.se' }, 'phone')[0].path, 'phone');
    assert.equal(modeErrors({ ...request, phone: '070-1234567' }, 'video')[0].path, 'email');
    assert.deepEqual(modeErrors({ ...request, phone: '070-1234567' }, 'on-site'), []);
  });
});

describe('tokens', () => {
  test('cancel tokens: 32 random bytes in base64url, all different', () => {
    const tokens = new Set(Array.from({ length: 100 }, newCancelToken));
    assert.equal(tokens.size, 100);
    for (const token of tokens) assert.equal(Buffer.from(token, 'base64url').length, 32);
  });

  test('stored as SHA-256; matched only by the token itself; no hash never matches', () => {
    const token = newCancelToken();
    const hash = hashToken(token);
    assert.match(hash, /^[0-9a-f]{64}$/);
    assert.ok(tokenMatches(token, hash));
    assert.ok(!tokenMatches(token.slice(0, -1), hash));
    assert.ok(!tokenMatches(token, undefined));
  });

  test('sealed tokens open only with the same request and booking id', () => {
    const token = newCancelToken();
    const sealed = sealToken(token, 'request', 'booking');
    assert.equal(unsealToken(sealed, 'request', 'booking'), token);
    assert.equal(unsealToken(sealed, 'request!', 'booking'), undefined);
    assert.equal(unsealToken(sealed, 'request', 'other'), undefined);
    assert.equal(unsealToken('short', 'request', 'booking'), undefined);
    assert.notEqual(sealToken(token, 'request', 'booking'), sealed, 'a fresh IV each time');
  });

  test('request hashes differ from the sealing key material and between requests', () => {
    assert.match(requestHash('a'), /^[0-9a-f]{64}$/);
    assert.notEqual(requestHash('a'), requestHash('b'));
    assert.notEqual(requestHash('a'), hashToken('a'));
  });
});
