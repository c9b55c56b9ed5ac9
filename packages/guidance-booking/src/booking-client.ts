/**
 * The widget's side of the booking protocol (docs/booking-protocol.md,
 * packages/booking-server/openapi.yaml): availability, holds and idempotent
 * bookings, with every failure turned into a `BookingError` whose `kind`
 * says what the person should be told. No DOM, no storage.
 */

/** A free time, as `/v1/availability` lists it. `id` is opaque: pass it back as received. */
export interface Slot {
  id: string;
  /** RFC 3339 with the service's offset: the wall-clock time can be shown as it is. */
  start: string;
  end: string;
  service: string;
  centre: string;
  mode: string;
  language: string;
}

/** `/v1/availability`'s answer. */
export interface Availability {
  timeZone: string;
  from: string;
  to: string;
  slots: Slot[];
}

/** What narrows `/v1/availability`; `from`/`to` are dates (`to` inclusive) or date-times. */
export interface AvailabilityQuery {
  service?: string;
  centre?: string;
  mode?: string;
  language?: string;
  from?: string;
  to?: string;
}

/** A held slot (a lease of a few minutes). */
export interface Hold {
  holdId: string;
  slotId: string;
  /** UTC. */
  expiresAt: string;
}

/** What a person gives to book; at least one of `email` and `phone`. */
export interface BookingRequest {
  holdId: string;
  name: string;
  email?: string;
  phone?: string;
  message?: string;
  consent: true;
}

/** A confirmed booking and the only key to it afterwards. */
export interface BookingResult {
  booking: { id: string; status: string } & Record<string, unknown>;
  cancelToken: string;
}

/** One field the service refused: `path` is `name`, `email`, `phone`, `message`, `consent`, …. */
export interface FieldError {
  path: string;
  code: string;
}

/** What went wrong, by what the widget does about it. */
export type BookingErrorKind =
  /** No answer (offline, DNS, CORS): say so, keep everything, offer a retry. */
  | 'network'
  /** 409 `slot-unavailable`: the time is gone; show fresh times. */
  | 'slot-unavailable'
  /** 410 `hold-expired`: hold again silently, then book under a new id. */
  | 'hold-expired'
  /** 409 `idempotency-conflict`: book again under a new id. */
  | 'idempotency-conflict'
  /** 422 `validation-failed`: show `fields` next to their fields. */
  | 'validation'
  /** 5xx, 429 or anything unexpected: offer the feed's other ways to book. */
  | 'unavailable';

/** A failed protocol request. */
export class BookingError extends Error {
  override readonly name = 'BookingError';
  constructor(
    readonly kind: BookingErrorKind,
    readonly status?: number,
    readonly fields: readonly FieldError[] = [],
  ) {
    super(status ? `booking service: ${kind} (${status})` : `booking service: ${kind}`);
  }
}

const PROBLEM_KINDS: Record<string, BookingErrorKind> = {
  '/problems/slot-unavailable': 'slot-unavailable',
  '/problems/hold-expired': 'hold-expired',
  '/problems/idempotency-conflict': 'idempotency-conflict',
  '/problems/validation-failed': 'validation',
};

/** A client of one booking service. */
export interface BookingClient {
  availability(query: AvailabilityQuery, signal?: AbortSignal): Promise<Availability>;
  hold(slotId: string): Promise<Hold>;
  /** Gives a hold back early; never fails (a hold that is gone expires by itself). */
  release(holdId: string): Promise<void>;
  /** `PUT /v1/bookings/{bookingId}`: repeat freely with the same id and body. */
  book(bookingId: string, request: BookingRequest): Promise<BookingResult>;
  /** The booking as an iCalendar file; the token goes in a header, never in a URL. */
  ics(bookingId: string, cancelToken: string): Promise<string>;
}

/**
 * A client for the service at `api` (the feed's `guidance.booking.api`); paths
 * are resolved against it with a trailing slash, so a base with a path works.
 */
export function createBookingClient(api: string, fetchImpl: typeof fetch = fetch): BookingClient {
  const base = api.endsWith('/') ? api : `${api}/`;
  const request = async (path: string, init: RequestInit = {}): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetchImpl(new URL(path, base), init);
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new BookingError('network');
    }
    const calendar =
      response.ok && response.headers.get('Content-Type')?.startsWith('text/calendar');
    const body: unknown = await (calendar ? response.text() : response.json()).catch(
      () => undefined,
    );
    if (response.ok) return body;
    const problem = (body ?? {}) as { type?: string; errors?: FieldError[] };
    const kind = PROBLEM_KINDS[problem.type ?? ''] ?? 'unavailable';
    const fields = (problem.errors ?? []).map(({ path, code }) => ({ path, code }));
    throw new BookingError(kind, response.status, fields);
  };
  const json = (method: string, value: unknown): RequestInit => ({
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(value),
  });
  return {
    async availability(query, signal) {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
      return (await request(`v1/availability?${params}`, { signal })) as Availability;
    },
    async hold(slotId) {
      return (await request('v1/holds', json('POST', { slotId }))) as Hold;
    },
    async release(holdId) {
      await request(`v1/holds/${encodeURIComponent(holdId)}`, { method: 'DELETE' }).catch(
        () => undefined,
      );
    },
    async book(bookingId, body) {
      const path = `v1/bookings/${encodeURIComponent(bookingId)}`;
      return (await request(path, json('PUT', body))) as BookingResult;
    },
    async ics(bookingId, cancelToken) {
      const path = `v1/bookings/${encodeURIComponent(bookingId)}/ics`;
      const headers = { Authorization: `Bearer ${cancelToken}` };
      return (await request(path, { headers })) as string;
    },
  };
}
