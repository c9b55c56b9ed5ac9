import {
  LcElement,
  formatList,
  parseHeadingLevel,
  renderHeading,
  safeUrl,
  type HeadingLevel,
  type MessageParams,
} from '@learning-centre/core';
import type { GuidanceService, LoadedFeed } from '@learning-centre/feed';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guidanceBookingStyles } from './guidance-booking.styles.ts';
import { guidanceBookingText, type GuidanceBookingMessageKey } from './messages.ts';
import { hasWayToBook, matchingServices, waysToBook, type WaysToBook } from './ways-to-book.ts';

/**
 * Book a study- or career-guidance meeting at the learning centre, from the
 * feed's `guidance`. It lists the services that can be booked (narrowed by
 * `service`, `centre` and `mode`) and the ways to book them: a `tel:` link,
 * a `mailto:` link with a prepared subject and the external booking page.
 * Nothing a person types is stored: no cookies, no `localStorage`.
 *
 * ```html
 * <lc-guidance-booking feed="https://larcentrum.example/feed.json" centre="kalix"></lc-guidance-booking>
 * ```
 *
 * @fires lc-load - the feed is loaded and shown; detail `{ feed, issues, url }`
 * @fires lc-error - the feed cannot be shown; detail `{ kind, message, url, issues, status? }`
 *
 * @csspart base - the wrapper of everything the widget shows
 * @csspart heading - "Boka vägledning"
 * @csspart services - the list of services; `service` is each
 * @csspart ways - the ways to book; `phone-link`, `email-link`, `booking-link` within it
 * @csspart privacy-link - the feed's privacy notice
 * @csspart status - the loading and empty states
 * @csspart alert - the error state
 * @csspart debug - the feed's issues, with `debug`
 *
 * @cssprop --lc-guidance-booking-gap - space between listed items (default the `--lc-space-3` token)
 */
export class LcGuidanceBooking extends LcElement {
  static override styles = [LcElement.baseStyles, guidanceBookingStyles];

  /** Only this service (its id in the feed's `guidance.services`). */
  @property() service?: string;

  /** Only services offered at this centre (its id in the feed). */
  @property() centre?: string;

  /** Only services offered this way: `on-site`, `phone` or `video`. */
  @property() mode?: string;

  /** Level of the widget's heading, 2–6 (default 2). */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  protected override render(): TemplateResult {
    return this.renderStates({
      ready: (loaded) => this.renderReady(loaded),
      isEmpty: (loaded) => {
        const guidance = loaded.feed.guidance;
        return !hasWayToBook(waysToBook(guidance, '')) || !this.services(loaded).length;
      },
      empty: () => this.msg('guidanceBooking.empty'),
    });
  }

  private msg(key: GuidanceBookingMessageKey, params?: MessageParams): string {
    return guidanceBookingText(this.locale, key, params);
  }

  private services(loaded: LoadedFeed): GuidanceService[] {
    return matchingServices(loaded.feed.guidance, {
      service: this.service,
      centre: this.centre,
      mode: this.mode,
    });
  }

  private renderReady(loaded: LoadedFeed): TemplateResult {
    const guidance = loaded.feed.guidance;
    const services = this.services(loaded);
    const only = services.length === 1 ? this.text(services[0]!.name) : undefined;
    const subject = only
      ? this.msg('guidanceBooking.subjectFor', { service: only })
      : this.msg('guidanceBooking.subject');
    const level = parseHeadingLevel(this, this.headingLevel, 2);
    const sub = Math.min(level + 1, 6) as HeadingLevel;
    return html`${renderHeading(level, this.msg('guidanceBooking.heading'), { part: 'heading' })}
      <section aria-labelledby="services-heading">
        ${renderHeading(sub, this.msg('guidanceBooking.services'), { id: 'services-heading' })}
        <ul part="services" class="services">
          ${services.map((s) => this.renderService(s))}
        </ul>
      </section>
      ${this.renderWays(waysToBook(guidance, subject), sub)}
      ${guidance?.privacyNotice ? this.renderPrivacy(guidance.privacyNotice) : nothing}`;
  }

  private renderService(service: GuidanceService): TemplateResult {
    const modes = formatList(
      service.modes.map((m) => this.msg(`guidanceBooking.mode.${m}`)),
      this.locale,
    );
    return html`<li part="service" class="service">
      <strong>${this.text(service.name)}</strong>
      <p class="meta">
        ${this.msg('guidanceBooking.duration', { minutes: service.duration })} · ${modes}
      </p>
      ${service.description ? html`<p>${this.text(service.description)}</p>` : nothing}
    </li>`;
  }

  private renderWays(ways: WaysToBook, level: HeadingLevel): TemplateResult {
    return html`<section aria-labelledby="ways-heading">
      ${renderHeading(level, this.msg('guidanceBooking.ways'), { id: 'ways-heading' })}
      <ul part="ways" class="ways">
        ${
          ways.phone
            ? html`<li>
                <a part="phone-link" href=${ways.phone.href}
                  >${this.msg('guidanceBooking.call', { phone: ways.phone.label })}</a
                >
              </li>`
            : nothing
        }
        ${
          ways.email
            ? html`<li>
                <a part="email-link" href=${ways.email.href}
                  >${this.msg('guidanceBooking.email', { email: ways.email.label })}</a
                >
              </li>`
            : nothing
        }
        ${
          ways.url
            ? html`<li>
                <a part="booking-link" href=${ways.url}
                  >${this.msg('guidanceBooking.bookOnline')}</a
                >
              </li>`
            : nothing
        }
      </ul>
    </section>`;
  }

  private renderPrivacy(raw: string): TemplateResult | typeof nothing {
    const href = safeUrl(raw);
    return href
      ? html`<p><a part="privacy-link" href=${href}>${this.msg('guidanceBooking.privacy')}</a></p>`
      : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lc-guidance-booking': LcGuidanceBooking;
  }
}
