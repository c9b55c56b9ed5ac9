import {
  LcElement,
  contactHref,
  parseHeadingLevel,
  renderHeading,
  renderLoading,
  safeUrl,
  warnInvalidAttribute,
  type HeadingLevel,
  type MessageParams,
} from '@learning-centre/core';
import {
  centresSection,
  createFeedValidator,
  guidanceSection,
  providersSection,
  type LoadedFeed,
} from '@learning-centre/feed/widget';
import {
  adoptStyles,
  html,
  nothing,
  type LitElement,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { examCentres, examUniversities, type ExamCentre } from './exam-centres.ts';
import { examRequestStyles } from './exam-request.styles.ts';
import { examRequestText, type ExamRequestMessageKey } from './messages.ts';
import type { RequestSteps } from './request-steps.ts';
import { renderRules } from './rules-view.ts';

type StepsModule = typeof import('./request-steps.ts');

/**
 * Ask to write a university exam at the learning centre (_tentamensservice_),
 * from the centre's `examInvigilation` rules in the feed. The rules come
 * first, in plain language: who pays, how far ahead to ask, what to bring,
 * when exams are written. Then a form — university, course, date, start and
 * length as the university set them, support, name, e-mail, phone and
 * municipality (for the fee), consent; never a personal identity number —
 * checked against the same rules before anything is sent, every problem
 * explained in words.
 *
 * With a booking service (`guidance.booking.api`, docs/booking-protocol.md)
 * the request is sent; the receipt gives the address to give the university
 * and a status link (`#request=<id>&token=<token>` on this page) where the
 * student follows the request — pending, confirmed (with "add to calendar"),
 * declined with a reason — and can cancel it. Without one the form prepares
 * an e-mail to the centre with every field filled in.
 *
 * What a student types stays in memory; nothing goes into cookies or
 * `localStorage`. The status token lives only in the link's fragment, which
 * browsers never send to a server.
 *
 * ```html
 * <lc-exam-request feed="https://larcentrum.example/feed.json" centre="kalix"></lc-exam-request>
 * ```
 *
 * @fires lc-load - the feed is loaded and shown; detail `{ feed, issues, url }`
 * @fires lc-error - the feed cannot be shown; detail `{ kind, message, url, issues, status? }`
 *
 * @csspart base - the wrapper of everything the widget shows
 * @csspart heading - "Skriv tentamen hos oss"
 * @csspart rules - the centre's rules, in plain language
 * @csspart rules-heading - "Så går det till"
 * @csspart exam-address - the address the university sends the exam to (in the rules and the receipt)
 * @csspart rules-link - the centre's own page with its rules
 * @csspart view-heading - the heading of the form, the receipt, the status page or the e-mail
 * @csspart form-step - the form and what goes with it
 * @csspart form - the form itself
 * @csspart error-summary - every problem of the form, each a link to its field
 * @csspart field-error - a field's problems, next to it
 * @csspart fee - the fee that will apply
 * @csspart send-button - "Skicka förfrågan" (or "Gör i ordning mejlet")
 * @csspart problem - a failure (no answer, the service failing) and what to do about it
 * @csspart mail-link - the prepared e-mail's `mailto:` link
 * @csspart record - the receipt or the status page
 * @csspart request-status - "Status: Väntar på besked från lärcentrumet"
 * @csspart decline-reason - why the centre declined
 * @csspart request - the exam, time, place, support and fee asked for
 * @csspart status-link - the link to the request's status page
 * @csspart calendar-link - "Lägg till i kalendern", once confirmed
 * @csspart cancel-button - "Avboka"
 * @csspart cancel-question - "Vill du avboka tentan?" with its two answers
 * @csspart confirm-cancel-button - "Ja, avboka"
 * @csspart keep-button - "Nej, behåll den"
 * @csspart new-button - "Gör en ny förfrågan"
 * @csspart mail - the prepared e-mail
 * @csspart mail-body - its text, to copy
 * @csspart edit-button - "Ändra uppgifterna"
 * @csspart privacy-link - the feed's privacy notice
 * @csspart status - the loading and empty states
 * @csspart alert - the feed's error state
 * @csspart debug - the feed's issues, with `debug`
 *
 * @cssprop --lc-exam-request-gap - space between fields and rules (default the `--lc-space-3` token)
 * @cssprop --lc-exam-request-section-gap - space between the rules and the form (default `--lc-space-5`)
 * @cssprop --lc-exam-request-rule-accent - the line beside each rule (default the accent token)
 */
export class LcExamRequest extends LcElement {
  static override styles = [LcElement.baseStyles, examRequestStyles];
  /** Checks only what this widget reads: the centres, the universities and the booking service. */
  static override feedValidator = createFeedValidator({
    centres: centresSection,
    providers: providersSection,
    guidance: guidanceSection,
  });

  /** The centre (its id in the feed); without one, the feed's only centre with exam rules, or a choice. */
  @property() centre?: string;

  /** Level of the widget's heading, 2–6 (default 2); the rules' and the form's one below. */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** The centre chosen from the list (when `centre` names none). */
  @state() private chosen?: string;

  /** The form and what follows it, once their module has loaded. */
  private steps?: RequestSteps;
  /** What the steps are for (feed, service, centre). */
  private stepsKey?: string;
  /** The steps' module could not be loaded: an e-mail link stands in. */
  private stepsFailed = false;
  private stepsModule?: Promise<StepsModule>;

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetched alongside the feed, so the form follows the rules at once.
    this.stepsModule ??= import('./request-steps.ts');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const loaded = this.feedController.state === 'ready' ? this.feedController.value : undefined;
    const centre = loaded && this.examCentre(loaded);
    const api = loaded && safeUrl(loaded.feed.guidance?.booking?.api, loaded.url);
    const key = centre && `${loaded.url} ${api ?? ''} ${centre.id}`;
    if (key === this.stepsKey) return;
    const details = this.steps?.flow.details;
    this.stepsKey = key;
    this.steps?.detach();
    this.steps = undefined;
    if (key) void this.loadSteps(loaded, centre, api, key, details);
  }

  private msg(key: ExamRequestMessageKey, params?: MessageParams): string {
    return examRequestText(this.locale, key, params);
  }

  /** The centre shown: `centre`, else the one chosen, else the first that takes exams. */
  private examCentre(loaded: LoadedFeed): ExamCentre | undefined {
    const all = examCentres(loaded.feed);
    const wanted = this.centre?.trim();
    if (wanted) {
      const found = loaded.feed.centres.find((c) => c.id === wanted);
      if (found) return found.examInvigilation ? (found as ExamCentre) : undefined;
      const ids = all.map((c) => `"${c.id}"`).join(', ') || 'none in this feed';
      warnInvalidAttribute(this, 'centre', wanted, `the id of a centre with exam rules (${ids})`);
    }
    return all.find((c) => c.id === this.chosen) ?? all[0];
  }

  /** The centre can be chosen: `centre` names none of the feed's centres and several take exams. */
  private choosable(loaded: LoadedFeed): boolean {
    const wanted = this.centre?.trim();
    return (
      (!wanted || !loaded.feed.centres.some((c) => c.id === wanted)) &&
      examCentres(loaded.feed).length > 1
    );
  }

  /** Loads the steps (their own module: the rules can show before it arrives). */
  private async loadSteps(
    loaded: LoadedFeed,
    centre: ExamCentre,
    api: string | undefined,
    key: string,
    details: RequestSteps['flow']['details'] | undefined,
  ): Promise<void> {
    try {
      const module = await (this.stepsModule ??= import('./request-steps.ts'));
      if (key !== this.stepsKey) return;
      const base = (this.constructor as typeof LitElement).elementStyles;
      adoptStyles(this.renderRoot as ShadowRoot, [...base, module.stepsStyles]);
      const { providers, freeText } = examUniversities(
        centre.examInvigilation,
        loaded.feed.providers,
      );
      this.steps = new module.RequestSteps(this, {
        loaded,
        api,
        centre,
        universities: providers,
        freeText,
        details,
      });
    } catch {
      this.stepsFailed = true;
    }
    this.requestUpdate();
  }

  private readonly handleChoose = (event: Event): void => {
    this.chosen = (event.target as HTMLSelectElement).value;
  };

  private renderChoice(loaded: LoadedFeed, centre: ExamCentre): TemplateResult {
    return html`<div class="choice">
      <label for="centre-choice">${this.msg('examRequest.centre')}</label>
      <select id="centre-choice" @change=${this.handleChoose}>
        ${examCentres(loaded.feed).map(
          (c) =>
            html`<option value=${c.id} ?selected=${c.id === centre.id}>
              ${this.text(c.name)}
            </option>`,
        )}
      </select>
    </div>`;
  }

  /** Without the steps' module: at least the centre's exam address to write to. */
  private renderWriteTo(centre: ExamCentre): TemplateResult | typeof nothing {
    const email = centre.examInvigilation.email;
    const href = contactHref('email', email);
    return href
      ? html`<p>
          <a part="mail-link" href=${href}>${this.msg('examRequest.writeTo', { email })}</a>
        </p>`
      : nothing;
  }

  private renderReady(loaded: LoadedFeed): TemplateResult {
    const centre = this.examCentre(loaded)!;
    const level = parseHeadingLevel(this, this.headingLevel, 2);
    const sub = Math.min(level + 1, 6) as HeadingLevel;
    const rules = centre.examInvigilation;
    const { providers } = examUniversities(rules, loaded.feed.providers);
    const steps = this.steps;
    return html`${renderHeading(level, this.msg('examRequest.heading'), { part: 'heading' })}
    ${this.choosable(loaded) ? this.renderChoice(loaded, centre) : nothing}
    ${renderRules({
      msg: (key, params) => this.msg(key, params),
      text: (value) => this.text(value),
      lang: this.locale,
      level: sub,
      rules,
      centreName: this.text(centre.name),
      universities: rules.universities ? providers.map((p) => this.text(p.name)) : [],
      earliest: steps?.flow.earliestDate,
    })}
    ${
      steps
        ? steps.render({
            lang: this.locale,
            level: sub,
            t: (key) => this.t(key),
            text: (value) => this.text(value),
          })
        : this.stepsFailed
          ? this.renderWriteTo(centre)
          : renderLoading(this.t.bind(this))
    }`;
  }

  protected override render(): TemplateResult {
    return this.renderStates({
      ready: (loaded) => this.renderReady(loaded),
      isEmpty: (loaded) => !this.examCentre(loaded),
      empty: () => this.msg('examRequest.empty'),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lc-exam-request': LcExamRequest;
  }
}
