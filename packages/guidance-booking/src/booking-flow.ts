/**
 * The booking steps as one small state machine over the protocol client:
 * service → options → time → details → done, with every failure the issue
 * names handled in the open. The element renders `step` and the fields below
 * and calls the methods; nothing here touches the DOM or any storage, so the
 * whole flow is tested in Node against the real reference service.
 */
import type { GuidanceService } from '@learning-centre/feed/widget';
import { addMonths } from '@learning-centre/feed/queries';
import {
  BookingError,
  type BookingClient,
  type BookingResult,
  type FieldError,
  type Hold,
  type Slot,
} from './booking-client.ts';
import {
  availabilityQuery,
  choiceOptions,
  defaultChoice,
  hasChoices,
  type Choice,
  type ChoiceOptions,
  type FixedChoice,
} from './booking-options.ts';
import { EMPTY_DETAILS, bookingRequest, checkDetails, type Details } from './details.ts';
import { monthRange, slotsByDay } from './slot-days.ts';

export type Step = 'service' | 'options' | 'time' | 'details' | 'done';

/**
 * What the person is told: `taken` (the time went to someone else; fresh
 * times are shown), `network` (no answer: everything is kept, retry),
 * `unavailable` (the service failed: retry or book another way),
 * `validation` (see `fieldErrors`).
 */
export type Problem = 'taken' | 'network' | 'unavailable' | 'validation';

/** What a flow is started with. */
export interface FlowSetup {
  client: BookingClient;
  /** The services that can be booked here (already narrowed by the element's attributes). */
  services: readonly GuidanceService[];
  /** Every centre id in the feed: where a service without `centres` is offered. */
  centres: readonly string[];
  fixed?: FixedChoice;
  /** The page's language: the meeting language by default. */
  language: string;
  /** Today's date (`YYYY-MM-DD`) where the centre is. */
  today: () => string;
  /** Called after every change of state. */
  onChange: () => void;
  /** Booking ids; default `crypto.randomUUID()`. */
  newId?: () => string;
}

/** One booking, from the first step to the confirmation. */
export class BookingFlow {
  step: Step = 'service';
  choice?: Choice;
  /** The first day of the month the date grid shows. */
  month: string;
  /** The chosen day. */
  day?: string;
  /** The service's zone, from its availability answers. */
  timeZone?: string;
  /** The held time and its hold. */
  slot?: Slot;
  hold?: Hold;
  details: Details = { ...EMPTY_DETAILS };
  fieldErrors: readonly FieldError[] = [];
  problem?: Problem;
  /** A request is on its way. */
  busy = false;
  result?: BookingResult;
  /** The booking as an iCalendar file, once booked (when the service gave it). */
  ics?: string;

  /** Free times by month (first day) and day, for the current choice. */
  private readonly months = new Map<string, Map<string, Slot[]>>();
  /** The id of the booking attempt: kept through retries after no answer. */
  private bookingId?: string;
  private again?: () => Promise<void>;

  constructor(private readonly setup: FlowSetup) {
    this.month = `${setup.today().slice(0, 7)}-01`;
    // The first service is chosen to begin with, so Continue always has a choice.
    if (setup.services[0]) this.selectService(setup.services[0].id);
    this.step = this.firstStep();
  }

  /** Loads the times when the flow starts on them. */
  async start(): Promise<void> {
    if (this.step === 'time') await this.openTimes();
  }

  get service(): GuidanceService | undefined {
    return this.setup.services.find((s) => s.id === this.choice?.service);
  }

  get services(): readonly GuidanceService[] {
    return this.setup.services;
  }

  /** What can be chosen for the chosen service. */
  get options(): ChoiceOptions {
    const service = this.service;
    return service
      ? choiceOptions(service, this.setup.centres, this.setup.fixed)
      : { modes: [], centres: [], languages: [] };
  }

  /** The shown month's free times by day; `undefined` until they have loaded. */
  get days(): ReadonlyMap<string, readonly Slot[]> | undefined {
    return this.months.get(this.month);
  }

  get today(): string {
    return this.setup.today();
  }

  get canGoBack(): boolean {
    return this.step !== 'done' && this.step !== this.firstStep();
  }

  selectService(id: string): void {
    const service = this.setup.services.find((s) => s.id === id);
    if (!service) return;
    const options = choiceOptions(service, this.setup.centres, this.setup.fixed);
    this.choose(defaultChoice(service, options, this.setup.language, this.choice));
  }

  /** Changes the mode, centre or language; the times are asked for again. */
  choose(change: Partial<Choice>): void {
    this.choice = { ...this.choice!, ...change };
    this.months.clear();
    this.day = undefined;
    this.changed();
  }

  /** On from the service or the options step. */
  async next(): Promise<void> {
    if (this.step === 'service' && this.service && hasChoices(this.options)) this.go('options');
    else if (this.choice) {
      this.go('time');
      await this.openTimes();
    }
  }

  /** Back one step; what was entered stays. Going back from the form gives the held time back. */
  back(): void {
    if (this.step === 'details') {
      this.releaseHold();
      this.go('time');
    } else if (this.step === 'time' || this.step === 'options') {
      this.go(this.step === 'time' && hasChoices(this.options) ? 'options' : 'service');
    }
  }

  /** Shows the month holding `date`, asking for its times when not known yet. */
  async showMonth(date: string): Promise<void> {
    const month = `${date.slice(0, 7)}-01`;
    this.month = month;
    this.changed();
    if (this.months.has(month)) return;
    const range = monthRange(month, this.setup.today());
    if (!range) {
      this.months.set(month, new Map());
      return this.changed();
    }
    const choice = this.choice!;
    await this.run(
      async () => {
        const query = availabilityQuery(choice, range.from, range.to);
        const found = await this.setup.client.availability(query);
        // A change of choice while this was on its way makes the answer stale.
        if (choice !== this.choice) return;
        this.timeZone = found.timeZone;
        const days = slotsByDay(found.slots);
        this.months.set(month, days);
        if (this.day?.startsWith(month.slice(0, 7)) && !days.has(this.day)) this.day = undefined;
      },
      () => this.showMonth(date),
    );
  }

  selectDay(date: string): void {
    if (!this.days?.has(date)) return;
    this.day = date;
    this.changed();
  }

  /** Holds `slot` and goes on to the form; a time taken meanwhile shows fresh times. */
  async selectTime(slot: Slot): Promise<void> {
    this.releaseHold();
    await this.run(
      async () => {
        try {
          this.hold = await this.setup.client.hold(slot.id);
        } catch (error) {
          if (error instanceof BookingError && error.kind === 'slot-unavailable')
            return this.taken();
          throw error;
        }
        this.slot = slot;
        this.bookingId = undefined;
        this.go('details');
      },
      () => this.selectTime(slot),
    );
  }

  /** Keeps what the person types (in memory only). */
  update(change: Partial<Details>): void {
    this.details = { ...this.details, ...change };
    this.changed();
  }

  /** Checks the form, then books; see `book` for what happens on each answer. */
  async submit(): Promise<void> {
    this.fieldErrors = checkDetails(this.details, this.choice!.mode);
    if (this.fieldErrors.length) {
      this.problem = 'validation';
      return this.changed();
    }
    await this.run(
      () => this.book(true),
      () => this.submit(),
    );
  }

  /** Repeats what failed for want of an answer or a working service. */
  async retry(): Promise<void> {
    const again = this.again;
    this.again = undefined;
    await again?.();
  }

  /**
   * Books under the attempt's id. No answer: the error surfaces and the id is
   * kept, so a retry repeats the same PUT and can never book twice. An expired
   * hold is renewed silently when the time is still free, and a used id
   * replaced, each once, under a new id; a taken time goes back to the times.
   */
  private async book(first: boolean): Promise<void> {
    const client = this.setup.client;
    this.bookingId ??= (this.setup.newId ?? (() => crypto.randomUUID()))();
    try {
      this.result = await client.book(
        this.bookingId,
        bookingRequest(this.hold!.holdId, this.details),
      );
    } catch (error) {
      const kind = error instanceof BookingError ? error.kind : undefined;
      if (error instanceof BookingError && kind === 'validation') {
        this.fieldErrors = error.fields;
        this.problem = 'validation';
        return;
      }
      if (!first || (kind !== 'hold-expired' && kind !== 'idempotency-conflict')) throw error;
      if (kind === 'hold-expired') {
        try {
          this.hold = await client.hold(this.slot!.id);
        } catch (holdError) {
          if (holdError instanceof BookingError && holdError.kind === 'slot-unavailable')
            return this.taken();
          throw holdError;
        }
      }
      this.bookingId = undefined;
      return this.book(false);
    }
    this.fieldErrors = [];
    this.go('done');
    this.ics = await client.ics(this.bookingId, this.result.cancelToken).catch(() => undefined);
  }

  /** The held time went to someone else: back to fresh times, the form kept. */
  private async taken(): Promise<void> {
    this.releaseHold();
    this.slot = undefined;
    this.go('time');
    this.months.delete(this.month);
    await this.showMonth(this.day ?? this.month);
    this.problem ??= 'taken';
  }

  /**
   * Runs a request: busy meanwhile; no answer or a failing service becomes
   * `problem`, and `retry()` runs `again`.
   */
  private async run(action: () => Promise<void>, again: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.problem = undefined;
    this.changed();
    try {
      await action();
    } catch (error) {
      if (!(error instanceof BookingError)) throw error;
      this.problem = error.kind === 'network' ? 'network' : 'unavailable';
      this.again = again;
    } finally {
      this.busy = false;
      this.changed();
    }
  }

  private async openTimes(): Promise<void> {
    await this.showMonth(this.day ?? this.setup.today());
    // Nothing free this month: look up to two months ahead, as a person would.
    for (let i = 0; i < 2 && !this.day && this.days?.size === 0; i++) {
      await this.showMonth(addMonths(this.month, 1));
    }
  }

  private firstStep(): Step {
    if (this.setup.services.length !== 1) return 'service';
    return hasChoices(this.options) ? 'options' : 'time';
  }

  private go(step: Step): void {
    this.step = step;
    this.problem = undefined;
    this.changed();
  }

  private releaseHold(): void {
    if (this.hold) void this.setup.client.release(this.hold.holdId);
    this.hold = undefined;
  }

  private changed(): void {
    this.setup.onChange();
  }
}
