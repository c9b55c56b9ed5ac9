/**
 * Leases: `POST /v1/holds` and `DELETE /v1/holds/{holdId}`.
 */
import type { Hono } from 'hono';
import { placeHold, releaseHold } from '../../bookings/holds.ts';
import { UUID } from '../../bookings/request.ts';
import type { RouteDeps } from '../deps.ts';
import { readJsonBody } from '../json-body.ts';
import { ProblemError } from '../problem.ts';
import { slotJson } from '../representation.ts';

export function holdRoutes(app: Hono, deps: RouteDeps): void {
  app.post('/v1/holds', async (c) => {
    const body = await readJsonBody(c);
    const slotId = (body as { slotId?: unknown } | null)?.slotId;
    if (typeof slotId !== 'string' || slotId === '') {
      throw new ProblemError('validation-failed', 'Name the slot to hold.', {
        errors: [
          {
            path: 'slotId',
            code: slotId === undefined ? 'required' : 'type',
            message: 'expected a slot id',
          },
        ],
      });
    }
    const result = await placeHold(deps.db, deps.config, slotId, deps.now());
    if (!result.ok) {
      throw new ProblemError(
        'slot-unavailable',
        result.reason === 'taken'
          ? 'Someone else has this slot; ask /v1/availability for free ones.'
          : 'This slot is not offered (any more); ask /v1/availability for free ones.',
        { reason: result.reason === 'taken' ? 'taken' : 'not-offered' },
      );
    }
    const { hold, slot } = result;
    c.header('Cache-Control', 'no-store');
    return c.json(
      {
        holdId: hold.id,
        slotId: hold.slotId,
        expiresAt: new Date(hold.expiresMs).toISOString(),
        slot: slotJson(slot, deps.config.timeZone),
      },
      201,
    );
  });

  app.delete('/v1/holds/:holdId', async (c) => {
    const holdId = c.req.param('holdId').toLowerCase();
    if (UUID.test(holdId)) await releaseHold(deps.db, holdId);
    return c.body(null, 204);
  });
}
