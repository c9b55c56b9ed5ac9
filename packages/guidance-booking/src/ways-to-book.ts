import { contactHref, safeUrl } from '@learning-centre/core';
import type { Guidance, GuidanceMode, GuidanceService } from '@learning-centre/feed/widget';

/** The ways to book without the booking service, each ready to link (unsafe ones left out). */
export interface WaysToBook {
  /** `tel:` link and the number as the feed writes it. */
  phone?: { href: string; label: string };
  /** `mailto:` link with a prepared subject, and the address. */
  email?: { href: string; label: string };
  /** The external booking page (http/https only). */
  url?: string;
}

/**
 * The feed's ways to book by phone, e-mail or an external page. The e-mail
 * link carries `subject` so the guidance team sees what is asked for; the
 * address itself is checked by core's `contactHref` first, so a subject can
 * never smuggle in a second recipient.
 */
export function waysToBook(guidance: Guidance | undefined, subject: string): WaysToBook {
  const booking = guidance?.booking;
  const ways: WaysToBook = {};
  const tel = contactHref('phone', booking?.phone);
  if (tel && booking?.phone) ways.phone = { href: tel, label: booking.phone };
  const mail = contactHref('email', booking?.email);
  if (mail && booking?.email) {
    ways.email = { href: `${mail}?subject=${encodeURIComponent(subject)}`, label: booking.email };
  }
  const url = safeUrl(booking?.url);
  if (url) ways.url = url;
  return ways;
}

/** Whether there is any way to book at all. */
export function hasWayToBook(ways: WaysToBook): boolean {
  return Boolean(ways.phone || ways.email || ways.url);
}

/** What narrows the services shown: the element's `service`, `centre` and `mode`. */
export interface ServiceFilter {
  service?: string;
  centre?: string;
  mode?: string;
}

/** The feed's services that match the filter (a service without `centres` is offered everywhere). */
export function matchingServices(
  guidance: Guidance | undefined,
  { service, centre, mode }: ServiceFilter,
): GuidanceService[] {
  return (guidance?.services ?? []).filter(
    (s) =>
      (!service || s.id === service) &&
      (!centre || !s.centres || s.centres.includes(centre)) &&
      (!mode || s.modes.includes(mode as GuidanceMode)),
  );
}
