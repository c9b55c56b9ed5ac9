import {
  LcElement,
  parseHeadingLevel,
  renderHeading,
  renderLoading,
  safeUrl,
  warnInvalidAttribute,
  type HeadingLevel,
  type MessageParams,
} from '@learning-centre/core';
import {
  GUIDANCE_MODES,
  centresSection,
  createFeedValidator,
  guidanceSection,
  type GuidanceService,
  type LoadedFeed,
} from '@learning-centre/feed/widget';
import { adoptStyles, html, type LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { BookingSteps } from './booking-steps.ts';
import { guidanceBookingStyles } from './guidance-booking.styles.ts';
import { guidanceBookingText, type GuidanceBookingMessageKey } from './messages.ts';
import { hasWayToBook, matchingServices, waysToBook } from './ways-to-book.ts';
import { renderWaysView } from './ways-view.ts';

/**
 * Book a study- or career-guidance meeting at the learning centre, from the
 * feed's `guidance`. With a booking service (`guidance.booking.api`, see
 * docs/booking-protocol.md) it books step by step: service → how, where and
 * in which language → day and time → details → confirmation with "add to
 * calendar". Without one it lists the services and the ways to book them: a
 * `tel:` link, a `mailto:` link with a prepared subject and the external
 * booking page; it falls back on those too when the service fails.
 *
 * What a person types is kept in memory only — no cookies, no `localStorage`
 * — and sent only to the feed's booking service.
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
 * @csspart step - one booking step
 * @csspart step-heading - a step's heading (it takes focus when the step opens)
 * @csspart problem - what went wrong, with `retry-button`
 * @csspart back-button - "Tillbaka"
 * @csspart next-button - "Fortsätt"
 * @csspart service-option - a service to choose
 * @csspart summary - the choice so far
 * @csspart grid - the month to pick a day in
 * @csspart day - one day of the month
 * @csspart day-empty - a day without free times (with `day`)
 * @csspart day-chosen - the chosen day (with `day`)
 * @csspart month-button - the previous / next month arrows
 * @csspart times - the chosen day's times
 * @csspart time-button - one free time
 * @csspart field-error - a field's error
 * @csspart book-button - "Boka"
 * @csspart booking - the confirmed booking
 * @csspart reference - the booking's number
 * @csspart calendar-link - "Lägg till i kalendern"
 * @csspart services - the list of services (without a booking service)
 * @csspart service - one service in that list
 * @csspart ways - the ways to book
 * @csspart phone-link - call to book
 * @csspart email-link - e-mail to book (subject prepared)
 * @csspart booking-link - the external booking page
 * @csspart privacy-link - the feed's privacy notice
 * @csspart status - the loading and empty states
 * @csspart loading - the loading state
 * @csspart empty - the empty state
 * @csspart alert - the feed's error state
 * @csspart debug - the feed's issues, with `debug`
 *
 * @cssprop --lc-guidance-booking-gap - space between items (default the `--lc-space-3` token)
 * @cssprop --lc-guidance-booking-day-size - the size of a day in the month (default 2.75em)
 */
export class LcGuidanceBooking extends LcElement {
  static override styles = [LcElement.baseStyles, guidanceBookingStyles];
  /** Checks only what this widget reads: the guidance, and the centres it names. */
  static override feedValidator = createFeedValidator({
    centres: centresSection,
    guidance: guidanceSection,
  });

  /** Only this service (its id in the feed's `guidance.services`). */
  @property() service?: string;

  /** Only this centre (its id in the feed): its services, and meetings there or with its counsellors. */
  @property() centre?: string;

  /** Only this way to meet: `on-site`, `phone` or `video`. */
  @property() mode?: string;

  /** Level of the widget's heading, 2–6 (default 2); step headings one below. */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** The booking steps, once their module has loaded, for the feed's booking service. */
  private steps?: BookingSteps;
  /** What the steps are for (feed, service, attributes); `undefined` without a booking service. */
  private stepsKey?: string;
  /** The steps' module could not be loaded: the ways to book stand in. */
  private stepsFailed = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const loaded = this.feedController.state === 'ready' ? this.feedController.value : undefined;
    const api = loaded && safeUrl(loaded.feed.guidance?.booking?.api, loaded.url);
    const key = api && `${loaded.url} ${api} ${this.service} ${this.centre} ${this.validMode()}`;
    if (key === this.stepsKey) return;
    this.stepsKey = key;
    this.steps?.detach();
    this.steps = undefined;
    if (key) void this.loadSteps(loaded, api, key);
  }

  private msg(key: GuidanceBookingMessageKey, params?: MessageParams): string {
    return guidanceBookingText(this.locale, key, params);
  }

  private validMode(): string | undefined {
    const mode = this.mode;
    if (mode && !(GUIDANCE_MODES as readonly string[]).includes(mode)) {
      warnInvalidAttribute(this, 'mode', mode, '"on-site", "phone" or "video"', 'every mode');
      return undefined;
    }
    return mode;
  }

  private services(loaded: LoadedFeed): GuidanceService[] {
    return matchingServices(loaded.feed.guidance, {
      service: this.service,
      centre: this.centre,
      mode: this.validMode(),
    });
  }

  /** Loads the steps (a separate module: pages without a booking service never fetch it). */
  private async loadSteps(loaded: LoadedFeed, api: string, key: string): Promise<void> {
    try {
      const module = await import('./booking-steps.ts');
      if (key !== this.stepsKey) return;
      const base = (this.constructor as typeof LitElement).elementStyles;
      adoptStyles(this.renderRoot as ShadowRoot, [...base, module.bookingStepsStyles]);
      this.steps = new module.BookingSteps(this, {
        loaded,
        api,
        services: this.services(loaded),
        fixed: { centre: this.centre, mode: this.validMode() },
        language: this.localeController.language,
      });
    } catch {
      this.stepsFailed = true;
    }
    this.requestUpdate();
  }

  private renderReady(loaded: LoadedFeed): TemplateResult {
    const guidance = loaded.feed.guidance;
    const level = parseHeadingLevel(this, this.headingLevel, 2);
    const services = this.services(loaded);
    const only = services.length === 1 ? this.text(services[0]!.name) : undefined;
    const subject = only
      ? this.msg('guidanceBooking.subjectFor', { service: only })
      : this.msg('guidanceBooking.subject');
    const heading = renderHeading(level, this.msg('guidanceBooking.heading'), { part: 'heading' });
    if (this.steps) {
      return html`${heading}
      ${this.steps.render({
        lang: this.locale,
        dir: this.direction,
        level: Math.min(level + 1, 6) as HeadingLevel,
        t: (key) => this.t(key),
        text: (value) => this.text(value),
      })}`;
    }
    if (this.stepsKey && !this.stepsFailed)
      return html`${heading}${renderLoading(this.t.bind(this))}`;
    return html`${heading}
    ${renderWaysView({
      msg: (key, params) => this.msg(key, params),
      text: (value) => this.text(value),
      lang: this.locale,
      level,
      services,
      ways: waysToBook(guidance, subject),
      privacy: safeUrl(guidance?.privacyNotice),
    })}`;
  }

  protected override render(): TemplateResult {
    return this.renderStates({
      ready: (loaded) => this.renderReady(loaded),
      isEmpty: (loaded) =>
        !this.services(loaded).length ||
        (!this.stepsKey && !hasWayToBook(waysToBook(loaded.feed.guidance, ''))),
      empty: () => this.msg('guidanceBooking.empty'),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lc-guidance-booking': LcGuidanceBooking;
  }
}
