/**
 * The booking steps' user interface: a reactive controller on the element
 * that owns one `BookingFlow`, renders its step, moves focus to each new
 * step's heading and keeps the date grid's tab stop. The element imports this
 * module only when the feed has a booking service, so pages without one
 * never download it.
 */
import type { HeadingLevel, MessageParams } from '@learning-centre/core';
import { safeUrl } from '@learning-centre/core';
import type { GuidanceService, LoadedFeed, LocalizedText } from '@learning-centre/feed/widget';
import { zonedDateKey } from '@learning-centre/feed/queries';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { createBookingClient } from './booking-client.ts';
import { BookingFlow, type Step } from './booking-flow.ts';
import type { FixedChoice } from './booking-options.ts';
import { renderConfirmation } from './confirmation.ts';
import { dateForKey } from './date-keys.ts';
import { renderDateTimeStep } from './date-time-step.ts';
import { renderDetailsForm } from './details-form.ts';
import { renderOptionsStep } from './options-step.ts';
import { renderServiceStep } from './service-step.ts';
import { FIELD_LABELS, type StepView } from './step-frame.ts';
import { stepText } from './step-messages.ts';
import { waysToBook } from './ways-to-book.ts';

export { bookingStepsStyles } from './booking-steps.styles.ts';

/** The element, as the steps see it. */
export interface StepsHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the steps are for. */
export interface StepsSetup {
  loaded: LoadedFeed;
  /** The booking service's base URL (safe, absolute). */
  api: string;
  services: readonly GuidanceService[];
  fixed: FixedChoice;
  /** The page's language: the meeting language by default. */
  language: string;
}

/** What a render needs from the element, read afresh each time. */
export interface StepsRender {
  /** The locale of texts and `Intl`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Level of the step headings. */
  level: HeadingLevel;
  t: StepView['t'];
  text(value: LocalizedText | undefined): string;
}

export class BookingSteps implements ReactiveController {
  readonly flow: BookingFlow;
  /** The day holding the date grid's tab stop. */
  private active?: string;
  private shownStep?: Step;
  private focusDay = false;
  private icsUrl?: string;
  /** The writing direction at the last render: arrow keys follow it. */
  private dir: 'ltr' | 'rtl' = 'ltr';

  constructor(
    private readonly host: StepsHost,
    private readonly setup: StepsSetup,
  ) {
    const { feed } = setup.loaded;
    this.flow = new BookingFlow({
      client: createBookingClient(setup.api),
      services: setup.services,
      centres: feed.centres.map((c) => c.id),
      fixed: setup.fixed,
      language: setup.language,
      today: () => zonedDateKey(new Date(), feed.timeZone),
      onChange: () => host.requestUpdate(),
    });
    host.addController(this);
    void this.flow.start();
  }

  hostUpdated(): void {
    const step = this.flow.step;
    const root = this.host.renderRoot;
    // A new step is announced by moving focus to its heading (not on first show).
    if (this.shownStep && step !== this.shownStep) {
      const heading = root.querySelector<HTMLElement>('.step-heading');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    }
    this.shownStep = step;
    if (this.focusDay) {
      this.focusDay = false;
      root.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
    }
  }

  hostDisconnected(): void {
    if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
    this.icsUrl = undefined;
  }

  /** Stops rendering into the host (the element starts over with a new flow). */
  detach(): void {
    this.hostDisconnected();
    this.host.removeController(this);
  }

  /** The day the grid's tab stop is on: kept while in the shown month, else the chosen or first free day. */
  private activeDay(): string {
    const flow = this.flow;
    const inMonth = (date?: string) => date?.startsWith(flow.month.slice(0, 7));
    if (inMonth(this.active)) return this.active!;
    if (inMonth(flow.day)) return flow.day!;
    const first = flow.days?.keys().next().value;
    if (first) return first;
    return inMonth(flow.today) ? flow.today : flow.month;
  }

  private readonly handleGridKey = (event: KeyboardEvent): void => {
    const flow = this.flow;
    const from = this.activeDay();
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      flow.selectDay(from);
      return;
    }
    let next = dateForKey(from, event, this.dir);
    if (!next) return;
    event.preventDefault();
    // Nothing before this month can be booked: the grid stops there.
    const floor = `${flow.today.slice(0, 7)}-01`;
    if (next < floor) next = floor;
    this.active = next;
    this.focusDay = true;
    if (next.startsWith(flow.month.slice(0, 7))) this.host.requestUpdate();
    else void flow.showMonth(next);
  };

  private readonly handleDayPick = (date: string): void => {
    this.active = date;
    this.flow.selectDay(date);
  };

  private readonly handleMonth = (date: string): void => {
    this.active = undefined;
    void this.flow.showMonth(date);
  };

  private readonly handleInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.flow.update({ [input.name]: input.type === 'checkbox' ? input.checked : input.value });
  };

  private readonly handleSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const flow = this.flow;
    if (flow.busy) return;
    await flow.submit();
    await this.host.updateComplete;
    // The first field to correct gets focus; its error is its description.
    const first = flow.fieldErrors.find((e) => e.path in FIELD_LABELS);
    if (flow.step === 'details' && first) {
      this.host.renderRoot.querySelector<HTMLElement>(`#${first.path}`)?.focus();
    }
  };

  render(r: StepsRender): TemplateResult {
    const { flow, setup } = this;
    const { feed } = setup.loaded;
    this.dir = r.dir;
    if (flow.ics && !this.icsUrl) {
      this.icsUrl = URL.createObjectURL(new Blob([flow.ics], { type: 'text/calendar' }));
    }
    const msg = (key: Parameters<typeof stepText>[1], params?: MessageParams) =>
      stepText(r.lang, key, params);
    const view: StepView = {
      flow,
      msg,
      t: r.t,
      text: r.text,
      lang: r.lang,
      dir: r.dir,
      timeZone: flow.timeZone ?? feed.timeZone,
      level: r.level,
      centre: (id) => feed.centres.find((c) => c.id === id),
      privacy: safeUrl(feed.guidance?.privacyNotice),
      ways: waysToBook(feed.guidance, msg('guidanceBooking.subject')),
    };
    switch (flow.step) {
      case 'service':
        return renderServiceStep(view);
      case 'options':
        return renderOptionsStep(view);
      case 'time':
        return renderDateTimeStep(view, {
          active: this.activeDay(),
          onKeyDown: this.handleGridKey,
          onPick: this.handleDayPick,
          onMonth: this.handleMonth,
        });
      case 'details':
        return renderDetailsForm(view, { onInput: this.handleInput, onSubmit: this.handleSubmit });
      default:
        return renderConfirmation(view, this.icsUrl);
    }
  }
}
