/**
 * The ways to book without the booking service: the whole view for a feed
 * without `guidance.booking.api`, and the list of links the steps fall back
 * on when the service fails, and the confirmation offers for cancelling.
 */
import {
  formatList,
  renderHeading,
  type HeadingLevel,
  type MessageParams,
} from '@learning-centre/core';
import type { GuidanceService, LocalizedText } from '@learning-centre/feed/widget';
import { html, nothing, type TemplateResult } from 'lit';
import type { GuidanceBookingMessageKey } from './messages.ts';
import type { WaysToBook } from './ways-to-book.ts';

type Msg = (key: GuidanceBookingMessageKey, params?: MessageParams) => string;

/** The links: call, e-mail (with its prepared subject), the booking page. */
export function renderWaysList(ways: WaysToBook, msg: Msg): TemplateResult {
  const link = (part: string, href: string | undefined, label: string) =>
    href ? html`<li><a part=${part} href=${href}>${label}</a></li>` : nothing;
  return html`<ul part="ways" class="ways">
    ${link('phone-link', ways.phone?.href, msg('guidanceBooking.call', { phone: ways.phone?.label ?? '' }))}
    ${link('email-link', ways.email?.href, msg('guidanceBooking.email', { email: ways.email?.label ?? '' }))}
    ${link('booking-link', ways.url, msg('guidanceBooking.bookOnline'))}
  </ul>`;
}

/** What the ways-only view needs. */
export interface WaysView {
  msg: Msg;
  text(value: LocalizedText | undefined): string;
  lang: string;
  level: HeadingLevel;
  services: readonly GuidanceService[];
  ways: WaysToBook;
  privacy?: string;
}

/** Service name, length and ways to meet: "45 minuter · På plats, Telefon och Video". */
export function serviceMeta(service: GuidanceService, msg: Msg, lang: string): string {
  const modes = service.modes.map((m) => msg(`guidanceBooking.mode.${m}`));
  return `${msg('guidanceBooking.duration', { minutes: service.duration })} · ${formatList(modes, lang)}`;
}

/** The services that can be booked, the ways to book them and the privacy notice. */
export function renderWaysView(v: WaysView): TemplateResult {
  const sub = Math.min(v.level + 1, 6) as HeadingLevel;
  return html`<section aria-labelledby="services-heading">
      ${renderHeading(sub, v.msg('guidanceBooking.services'), { id: 'services-heading' })}
      <ul part="services" class="services">
        ${v.services.map(
          (s) =>
            html`<li part="service" class="service">
              <strong>${v.text(s.name)}</strong>
              <p class="meta">${serviceMeta(s, v.msg, v.lang)}</p>
              ${s.description ? html`<p>${v.text(s.description)}</p>` : nothing}
            </li>`,
        )}
      </ul>
    </section>
    <section aria-labelledby="ways-heading">
      ${renderHeading(sub, v.msg('guidanceBooking.ways'), { id: 'ways-heading' })}
      ${renderWaysList(v.ways, v.msg)}
    </section>
    ${
      v.privacy
        ? html`<p>
            <a part="privacy-link" href=${v.privacy}>${v.msg('guidanceBooking.privacy')}</a>
          </p>`
        : nothing
    }`;
}
