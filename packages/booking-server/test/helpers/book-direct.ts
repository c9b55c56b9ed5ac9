/**
 * Bookings made through the service's own functions (no HTTP), at a given time.
 */
import { randomUUID } from 'node:crypto';
import { confirmBooking } from '../../src/bookings/bookings.ts';
import { placeHold } from '../../src/bookings/holds.ts';
import type { BookingConfig } from '../../src/config/model.ts';
import type { Db } from '../../src/db/db.ts';
import { PERSON } from './server.ts';

export async function bookDirect(
  db: Db,
  config: BookingConfig,
  slotId: string,
  nowMs: number,
  person: Partial<typeof PERSON> & { message?: string } = {},
): Promise<{ id: string; token: string }> {
  const held = await placeHold(db, config, slotId, nowMs);
  if (!held.ok) throw new Error(`cannot hold ${slotId}: ${held.reason}`);
  const id = randomUUID();
  const result = await confirmBooking(
    db,
    id,
    { holdId: held.hold.id, ...PERSON, ...person, consent: true },
    nowMs,
  );
  if (result.kind !== 'created') throw new Error(`cannot book ${slotId}: ${result.kind}`);
  return { id, token: result.cancelToken };
}
