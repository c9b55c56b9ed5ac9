/**
 * One learning centre in the finder: name, open now, distance, address and
 * map link, today's hours, services, contact.
 *
 * A list of 300 centres builds 300 of these, so the card is nearly one
 * template: rows the centre has no data for are `hidden` rather than nested
 * templates, which would each be cloned and walked again for every card.
 */
import { contactHref, formatDistanceKm, renderHeading, safeUrl } from '@learning-centre/core';
import type { Centre } from '@learning-centre/feed/widget';
import { html, nothing, type TemplateResult } from 'lit';
import type { CardContext } from './card-context.ts';
import { mapUrl } from './map-url.ts';
import { describeOpening } from './opening.ts';

/** A centre's links, each through `safeUrl` or `contactHref`. */
interface CentreLinks {
  /** What they were made from. */
  base: string;
  template?: string;
  name: string;
  /** The name's link: the centre's site, else its contact page. */
  href?: string;
  map?: string;
  phone?: string;
  email?: string;
  /** The contact's site, when it is not the name's. */
  website?: string;
}

/** Kept per centre: re-sorting, choosing a centre and the minute's tick re-render every card. */
const resolved = new WeakMap<Centre, CentreLinks>();

function linksOf(centre: Centre, name: string, context: CardContext): CentreLinks {
  const { feedUrl: base, mapTemplate: template } = context;
  let links = resolved.get(centre);
  if (links?.base !== base || links.template !== template || links.name !== name) {
    const { contact } = centre;
    const href = safeUrl(centre.url ?? contact?.url, base);
    const web = safeUrl(contact?.url, base);
    links = {
      base,
      template,
      name,
      href,
      map: template ? mapUrl(template, centre.geo, name) : undefined,
      phone: contactHref('phone', contact?.phone),
      email: contactHref('email', contact?.email),
      website: web !== href ? web : undefined,
    };
    resolved.set(centre, links);
  }
  return links;
}

/**
 * The card of `centre`, `distanceKm` away when a position is known. The
 * name links to the centre's site and, like the "Välj" button, fires
 * `lc-centre-select` (through `context.onSelect`). Repeated link texts get
 * the centre's name for screen readers ("Visa på karta: Lärcentrum Kalix").
 */
export function renderCentreCard(
  centre: Centre,
  distanceKm: number | undefined,
  context: CardContext,
): TemplateResult {
  const { labels } = context;
  const name = context.text(centre.name);
  const { address, contact } = centre;
  const { href, map, phone, email, website } = linksOf(centre, name, context);
  const opening = describeOpening(centre.openingHours, context);
  const person = context.text(contact?.name);
  return html`<li part="centre" class="centre">
    ${renderHeading(
      context.headingLevel,
      html`<a
        href=${href ?? nothing}
        data-centre=${centre.id}
        @click=${href ? context.onSelect : nothing}
        >${name}</a
      >`,
      { part: 'name', className: 'name' },
    )}
    <p
      part="open-state"
      class="open-state ${opening.open ? 'open' : 'closed'}"
      ?hidden=${!opening.known}
    >
      <strong>${opening.open ? labels.openNow : labels.closedNow}</strong>${opening.next}
    </p>
    <dl class="details" part="details">
      <div class="row" part="distance" ?hidden=${distanceKm === undefined}>
        <dt>${labels.distance}</dt>
        <dd>${distanceKm === undefined ? '' : formatDistanceKm(distanceKm, context.lang)}</dd>
      </div>
      <div class="row" part="municipality" ?hidden=${centre.municipality === address.city}>
        <dt>${labels.municipality}</dt>
        <dd>${centre.municipality}</dd>
      </div>
      <div class="row" part="address">
        <dt>${labels.address}</dt>
        <dd>
          ${[address.street, [address.postalCode, address.city].filter(Boolean).join(' ')].join(', ')}
          <a part="map-link" class="map-link" href=${map ?? nothing} ?hidden=${!map}
            >${labels.map}<span class="lc-visually-hidden">: ${name}</span></a
          >
        </dd>
      </div>
      <div class="row" part="hours" ?hidden=${!opening.today && !opening.notes}>
        <dt>${labels.today}</dt>
        <dd>
          ${opening.today}
          <span class="note" ?hidden=${!opening.notes}>${opening.notes}</span>
        </dd>
      </div>
      <div class="row" part="services" ?hidden=${centre.services.length === 0}>
        <dt>${labels.services}</dt>
        <dd>${labels.serviceList(centre.services)}</dd>
      </div>
      <div class="row" part="contact" ?hidden=${!phone && !email && !website && !person}>
        <dt>${labels.contact}</dt>
        <dd>
          <ul class="contact" role="list">
            <li ?hidden=${!person}>${person}</li>
            <li ?hidden=${!phone}>
              ${labels.phone}:
              <a part="phone" href=${phone ?? nothing} dir="ltr">${contact?.phone}</a>
            </li>
            <li ?hidden=${!email}>
              ${labels.email}:
              <a part="email" href=${email ?? nothing} dir="ltr">${contact?.email}</a>
            </li>
            <li ?hidden=${!website}>
              <a part="website" href=${website ?? nothing}
                >${labels.website}<span class="lc-visually-hidden">: ${name}</span></a
              >
            </li>
          </ul>
        </dd>
      </div>
    </dl>
    ${
      context.selectable
        ? html`<button
            type="button"
            part="select-button"
            class="lc-button select"
            aria-pressed=${context.selected === centre.id ? 'true' : 'false'}
            data-centre=${centre.id}
            @click=${context.onSelect}
          >
            ${labels.select}<span class="lc-visually-hidden">: ${name}</span>
          </button>`
        : nothing
    }
  </li>`;
}
