/**
 * Bookings: `PUT`, `GET` and `DELETE /v1/bookings/{bookingId}` and
 * `GET /v1/bookings/{bookingId}/ics`.
 *
 * Reading and cancelling need the cancel token (`Authorization: Bearer …`).
 * Without one the answer is 401; with a wrong one it is the same 404 as for a
 * booking that does not exist, after the same work, so nothing tells whether
 * a booking id is in use.
 */
import type { Context, Hono } from 'hono';
import { cancelBooking, confirmBooking, findAuthorized } from '../../bookings/bookings.ts';
import { bookingIcs } from '../../bookings/ics.ts';
import type { Booking } from '../../bookings/model.ts';
import { UUID, parseBookingRequest } from '../../bookings/request.ts';
import { bearerToken, findWithToken } from '../bearer.ts';
import { icsResponse } from '../ics-response.ts';
import type { RouteDeps } from '../deps.ts';
import { readJsonBody } from '../json-body.ts';
import { ProblemError } from '../problem.ts';
import { bookingJson } from '../representation.ts';

const NOT_FOUND = 'No booking with this id and token.';

export function bookingRoutes(app: Hono, deps: RouteDeps): void {
  const { config } = deps;

  app.put('/v1/bookings/:bookingId', async (c) => {
    const bookingId = c.req.param('bookingId').toLowerCase();
    if (!UUID.test(bookingId)) {
      throw new ProblemError(
        'validation-failed',
        'The booking id must be a UUID the client generates.',
        {
          errors: [{ path: 'bookingId', code: 'format', message: 'expected a UUID' }],
        },
      );
    }
    const parsed = parseBookingRequest(await readJsonBody(c));
    if (!parsed.ok)
      throw new ProblemError('validation-failed', 'Check the highlighted fields.', {
        errors: parsed.errors,
      });
    const result = await confirmBooking(deps.db, bookingId, parsed.request, deps.now());
    c.header('Cache-Control', 'no-store');
    switch (result.kind) {
      case 'created':
        sendConfirmation(deps, result.booking, result.cancelToken);
        c.header('Location', `/v1/bookings/${bookingId}`);
        return c.json(
          {
            booking: bookingJson(result.booking, config.timeZone),
            cancelToken: result.cancelToken,
          },
          201,
        );
      case 'replayed':
        c.header('Idempotent-Replayed', 'true');
        return c.json(
          {
            booking: bookingJson(result.booking, config.timeZone),
            cancelToken: result.cancelToken,
          },
          200,
        );
      case 'conflict':
        throw new ProblemError(
          'idempotency-conflict',
          'A different request was already made with this booking id; generate a new id for a new booking.',
        );
      case 'hold-gone':
        throw new ProblemError(
          'hold-expired',
          'Hold the slot again (POST /v1/holds) and repeat with the new hold id.',
        );
      case 'invalid':
        throw new ProblemError('validation-failed', 'Check the highlighted fields.', {
          errors: result.errors,
        });
      case 'taken':
        throw new ProblemError(
          'slot-unavailable',
          'Someone else has this time; ask /v1/availability for free ones.',
          {
            reason: 'taken',
          },
        );
    }
  });

  app.get('/v1/bookings/:bookingId', async (c) => {
    const booking = await authorized(c, deps);
    c.header('Cache-Control', 'no-store');
    return c.json({ booking: bookingJson(booking, config.timeZone) });
  });

  app.get('/v1/bookings/:bookingId/ics', async (c) => {
    const booking = await authorized(c, deps);
    return icsResponse(c, 'booking.ics', bookingIcs(booking, config.timeZone));
  });

  app.delete('/v1/bookings/:bookingId', async (c) => {
    const token = bearerToken(c);
    const bookingId = c.req.param('bookingId').toLowerCase();
    const result = UUID.test(bookingId)
      ? await cancelBooking(deps.db, bookingId, token, deps.now())
      : 'not-found';
    if (result === 'not-found') throw new ProblemError('not-found', NOT_FOUND);
    if (result === 'too-late') {
      throw new ProblemError('booking-started', 'A meeting that has started cannot be cancelled.');
    }
    return c.body(null, 204);
  });
}

/** The booking the path names, if the request carries its token. */
function authorized(c: Context, deps: RouteDeps): Promise<Booking> {
  return findWithToken(
    c,
    'bookingId',
    (id, token) => findAuthorized(deps.db, id, token),
    NOT_FOUND,
  );
}

/** Sends the e-mail after the response; a failure is logged (without personal data), never the booking's problem. */
function sendConfirmation(deps: RouteDeps, booking: Booking, cancelToken: string): void {
  deps.mailer?.sendConfirmation(booking, cancelToken).catch((error: unknown) => {
    const code = (error as { code?: unknown } | null)?.code;
    deps.log({
      msg: 'confirmation e-mail failed',
      code: typeof code === 'string' ? code : 'unknown',
    });
  });
}
