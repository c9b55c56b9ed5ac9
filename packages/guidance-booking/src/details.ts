/**
 * The details form's values and the checks made before anything is sent: a
 * name, a way to reach the person (the one the meeting needs), and consent.
 * Formats are the service's to judge (422). Consent is checked here because
 * without it nothing personal may leave the page. No DOM.
 */
import type { GuidanceMode } from '@learning-centre/feed/widget';
import type { BookingRequest, FieldError } from './booking-client.ts';

/** What the person has typed; kept in memory only. */
export interface Details {
  name: string;
  email: string;
  phone: string;
  message: string;
  consent: boolean;
}

export const EMPTY_DETAILS: Details = {
  name: '',
  email: '',
  phone: '',
  message: '',
  consent: false,
};

/** The fields of the form, in order. */
export type DetailsField = keyof Details;

/**
 * What is missing, with the service's paths and codes: `name` required,
 * `email`/`phone` `contact-required` when both are empty, the one a phone
 * (`phone`) or video (`email`) meeting needs `required`, `consent` `must-be-true`.
 */
export function checkDetails(details: Details, mode: GuidanceMode): FieldError[] {
  const errors: FieldError[] = [];
  const empty = (field: 'name' | 'email' | 'phone') => !details[field].trim();
  if (empty('name')) errors.push({ path: 'name', code: 'required' });
  if (empty('email') && empty('phone')) {
    errors.push(
      { path: 'email', code: 'contact-required' },
      { path: 'phone', code: 'contact-required' },
    );
  } else if (mode === 'phone' && empty('phone')) {
    errors.push({ path: 'phone', code: 'required' });
  } else if (mode === 'video' && empty('email')) {
    errors.push({ path: 'email', code: 'required' });
  }
  if (!details.consent) errors.push({ path: 'consent', code: 'must-be-true' });
  return errors;
}

/** The booking body: trimmed, empty optional fields left out. */
export function bookingRequest(holdId: string, details: Details): BookingRequest {
  const optional = (value: string) => value.trim() || undefined;
  return {
    holdId,
    name: details.name.trim(),
    email: optional(details.email),
    phone: optional(details.phone),
    message: optional(details.message),
    consent: true,
  };
}
