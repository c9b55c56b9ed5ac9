/**
 * The reader's position, asked for only when they press "Använd min
 * position". It stays in the page: nothing here sends it anywhere.
 */
import type { Geo } from '@learning-centre/feed/widget';

/** Why there is no position: the reader said no, or the device could not tell. */
export type PositionFailure = 'denied' | 'unavailable';

/** A position request that ended without a position. */
export class PositionError extends Error {
  readonly kind: PositionFailure;
  constructor(kind: PositionFailure) {
    super(kind === 'denied' ? 'Permission to use the position was denied' : 'No position');
    this.name = 'PositionError';
    this.kind = kind;
  }
}

/** A position up to five minutes old is good enough for "the nearest centre". */
const OPTIONS: PositionOptions = { maximumAge: 300_000, timeout: 20_000 };

/**
 * Asks the browser for the reader's position (the browser asks the reader).
 * Rejects with a `PositionError`: `denied`, or `unavailable` for no
 * geolocation at all (an insecure page), a timeout or no fix.
 */
export function currentPosition(
  geolocation: Geolocation | undefined = globalThis.navigator?.geolocation,
): Promise<Geo> {
  return new Promise((resolve, reject) => {
    if (!geolocation) {
      reject(new PositionError('unavailable'));
      return;
    }
    geolocation.getCurrentPosition(
      ({ coords }) => resolve({ lat: coords.latitude, lon: coords.longitude }),
      (error) =>
        reject(
          new PositionError(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
        ),
      OPTIONS,
    );
  });
}
