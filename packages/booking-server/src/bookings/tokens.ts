/**
 * Cancel tokens and request fingerprints.
 *
 * A cancel token is 32 random bytes (256 bits) in base64url. The database keeps
 * its SHA-256, compared in constant time, and a sealed copy that only the
 * exact original request can open: AES-256-GCM under a key derived (HKDF) from
 * the canonical request body, which includes the hold id, a random UUID the
 * database no longer holds once the booking is made. So an idempotent replay
 * can return the same token while a copy of the database reveals none.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

const TOKEN_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A fresh cancel token: 32 random bytes, base64url (43 characters). */
export function newCancelToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** SHA-256 of a token, hex: what the database stores. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

// Compared against when there is no booking, so a wrong id costs what a wrong token costs.
const NO_HASH = hashToken('no booking has this token');

/**
 * Whether `presented` is the token whose hash is `storedHash`, in time that
 * does not depend on where they differ or on whether a booking exists
 * (`storedHash` undefined never matches).
 */
export function tokenMatches(presented: string, storedHash: string | undefined): boolean {
  const expected = Buffer.from(storedHash ?? NO_HASH, 'hex');
  const actual = Buffer.from(hashToken(presented), 'hex');
  return timingSafeEqual(expected, actual) && storedHash !== undefined;
}

/** Fingerprint of a canonical request body (SHA-256, hex). */
export function requestHash(canonical: string): string {
  return createHash('sha256').update('lc-booking request v1\0').update(canonical).digest('hex');
}

function sealingKey(canonical: string, bookingId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', canonical, bookingId, 'lc-booking cancel token v1', 32));
}

/** The token encrypted under a key only `canonical` (and `bookingId`) give; base64url. */
export function sealToken(token: string, canonical: string, bookingId: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(canonical, bookingId), iv);
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

/** The token sealed by `sealToken`, or undefined when `canonical` is not the request it was sealed with. */
export function unsealToken(
  sealed: string,
  canonical: string,
  bookingId: string,
): string | undefined {
  const bytes = Buffer.from(sealed, 'base64url');
  if (bytes.length < IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      sealingKey(canonical, bookingId),
      bytes.subarray(0, IV_BYTES),
    );
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const body = bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
