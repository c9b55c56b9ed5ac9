/**
 * The body of `PUT /v1/bookings/{bookingId}`: checked field by field (every
 * problem reported, each with a path and a code a widget can translate), then
 * reduced to one canonical text that idempotency compares.
 */
import { textField } from './text-field.ts';

/** One problem with one field of a request. */
export interface FieldError {
  /** The field: `name`, `email`, `phone`, `message`, `consent`, `holdId`, or `` for the body. */
  path: string;
  /** English, for developers; widgets show their own text chosen by `code`. */
  message: string;
  code: 'required' | 'type' | 'format' | 'too-long' | 'must-be-true' | 'contact-required';
}

/** A valid booking request, trimmed. */
export interface BookingRequest {
  holdId: string;
  name: string;
  email?: string;
  phone?: string;
  message?: string;
  consent: true;
}

export const LIMITS = { name: 200, email: 254, phone: 40, message: 2000 } as const;

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PHONE = /^\+?[0-9][0-9 ()-]{4,}$/;

/**
 * Checks a parsed JSON body. Unknown properties are ignored (forward
 * compatible) and take no part in idempotency.
 */
export function parseBookingRequest(
  body: unknown,
): { ok: true; request: BookingRequest } | { ok: false; errors: FieldError[] } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, errors: [{ path: '', message: 'expected a JSON object', code: 'type' }] };
  }
  const input = body as Record<string, unknown>;
  const errors: FieldError[] = [];
  const error = (path: string, code: FieldError['code'], message: string) =>
    errors.push({ path, code, message });

  const text = (key: keyof typeof LIMITS | 'holdId', required: boolean, lines = false) =>
    textField(input, key, { required, lines, limit: key === 'holdId' ? 36 : LIMITS[key] }, error);

  const holdId = text('holdId', true);
  if (holdId !== undefined && !UUID.test(holdId))
    error('holdId', 'format', 'expected a hold id (UUID)');
  const name = text('name', true);
  const email = text('email', false);
  if (email !== undefined && !EMAIL.test(email))
    error('email', 'format', 'expected an e-mail address');
  const phone = text('phone', false);
  if (phone !== undefined && !PHONE.test(phone))
    error('phone', 'format', 'expected a phone number');
  const message = text('message', false, true);
  const contactError = errors.some((e) => e.path === 'email' || e.path === 'phone');
  if (email === undefined && phone === undefined && !contactError) {
    const why = 'give an e-mail address or a phone number';
    error('email', 'contact-required', why);
    error('phone', 'contact-required', why);
  }
  if (input.consent !== true) error('consent', 'must-be-true', 'consent must be given (true)');

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: { holdId: holdId!.toLowerCase(), name: name!, email, phone, message, consent: true },
  };
}

/**
 * The one text two requests share exactly when they ask for the same booking:
 * the fields in a fixed order, trimmed, absent ones as null.
 */
export function canonicalRequest(request: BookingRequest): string {
  const { holdId, name, email, phone, message } = request;
  return JSON.stringify(['v1', holdId, name, email ?? null, phone ?? null, message ?? null]);
}

/** What a mode needs to be carried out: a number to call, an address for the video link. */
export function modeErrors(request: BookingRequest, mode: string): FieldError[] {
  if (mode === 'phone' && !request.phone)
    return [{ path: 'phone', code: 'required', message: 'a phone meeting needs a phone number' }];
  if (mode === 'video' && !request.email)
    return [
      { path: 'email', code: 'required', message: 'a video meeting needs an e-mail address' },
    ];
  return [];
}
