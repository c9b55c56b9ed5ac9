/**
 * One exam request as a small state machine over the protocol client: the
 * form (checked against the centre's rules before anything is sent), the
 * receipt, the status page reached through the status link (with cancel),
 * and — without a booking service — the prepared e-mail. Every failure is
 * handled in the open. Nothing here touches the DOM or any storage, so the
 * whole flow is tested in Node against the real reference service.
 */
import type { ExamInvigilation, OpeningHours } from '@learning-centre/feed/widget';
import { earliestExamDate, examFee, type ExamCharge } from '@learning-centre/feed/queries';
import { ExamError, type ExamClient, type ExamRequestRecord } from './exam-client.ts';
import {
  EMPTY_DETAILS,
  checkExamDetails,
  examRequestBody,
  problemsOfService,
  type ExamDetails,
  type FieldProblem,
} from './exam-details.ts';

/**
 * `form`; `mail` (the prepared e-mail); `receipt` (just sent, with the status
 * link); `status` (opened from the status link).
 */
export type View = 'form' | 'mail' | 'receipt' | 'status';

/**
 * What the student is told: `validation` (see `problems`), `network` (no
 * answer: everything is kept, retry), `unavailable` (the service failed: retry
 * or e-mail), `not-offered` (the service takes no requests for this centre:
 * e-mail), `not-found` (no request behind this status link), `started` (too
 * late to cancel).
 */
export type Problem =
  'validation' | 'network' | 'unavailable' | 'not-offered' | 'not-found' | 'started';

/** What a flow is started with. */
export interface FlowSetup {
  /** The booking service; without one the form prepares an e-mail. */
  client?: ExamClient;
  /** The centre's id. */
  centre: string;
  rules: ExamInvigilation;
  openingHours?: OpeningHours;
  /** The form offers a list of universities (else the name is typed). */
  hasList: boolean;
  /** The name sent for a provider chosen from the list. */
  universityName(provider: string): string;
  /** Today's date (`YYYY-MM-DD`) where the centre is. */
  today(): string;
  /** Called after every change of state. */
  onChange(): void;
  /** What was typed before (another centre was chosen): kept. */
  details?: ExamDetails;
  /** Request ids; default `crypto.randomUUID()`. */
  newId?(): string;
}

export class ExamFlow {
  view: View = 'form';
  details: ExamDetails;
  /** What is wrong with the form: shown next to each field and in a summary. */
  problems: FieldProblem[] = [];
  problem?: Problem;
  /** A request is on its way. */
  busy = false;
  /** The request as the service last showed it. */
  record?: ExamRequestRecord;
  /** The status token: the student's only key to the request (kept in memory and in the status link). */
  token?: string;
  /** The exam as an iCalendar file, once confirmed. */
  ics?: string;
  /** "Cancel" was pressed: the question "are you sure?" is shown. */
  confirmingCancel = false;

  /** After the first try to send, the form is checked again on every change. */
  private checked = false;
  /** The id of the request being sent: kept through retries after no answer. */
  private attemptId?: string;
  private again?: () => Promise<void>;
  /** The request this page sent, to come back to from its status page. */
  private sent?: { record: ExamRequestRecord; token: string };

  constructor(private readonly setup: FlowSetup) {
    this.details = { ...EMPTY_DETAILS, ...setup.details };
  }

  /** The request goes to the booking service (else an e-mail is prepared). */
  get online(): boolean {
    return this.setup.client !== undefined;
  }

  get rules(): ExamInvigilation {
    return this.setup.rules;
  }

  get today(): string {
    return this.setup.today();
  }

  /** The first date a request made today may ask for. */
  get earliestDate(): string {
    return earliestExamDate(this.setup.rules, this.today);
  }

  /** The fee for the municipality typed so far (the full fee until one is typed). */
  get fee(): ExamCharge {
    return examFee(this.setup.rules, this.details.municipality.trim() || undefined);
  }

  /** Keeps what the student types (in memory only). */
  update(change: Partial<ExamDetails>): void {
    this.details = { ...this.details, ...change };
    if (this.checked) {
      this.problems = this.check();
      if (this.problem === 'validation' && !this.problems.length) this.problem = undefined;
    }
    this.changed();
  }

  /** Checks the form, then sends it (or prepares the e-mail without a service). */
  async submit(): Promise<void> {
    if (this.busy) return;
    this.checked = true;
    this.problems = this.check();
    if (this.problems.length) {
      this.problem = 'validation';
      return this.changed();
    }
    if (!this.online) return this.go('mail');
    await this.run(
      () => this.send(true),
      () => this.submit(),
    );
  }

  /** Back from the prepared e-mail to the form; everything typed is kept. */
  edit(): void {
    this.go('form');
  }

  /** Repeats what failed for want of an answer or a working service. */
  async retry(): Promise<void> {
    const again = this.again;
    this.again = undefined;
    await again?.();
  }

  /** Shows the request behind a status link (`id` and `token` from the link). */
  async open(id: string, token: string): Promise<void> {
    if (!this.online) return;
    this.token = token;
    this.record = this.record?.id === id ? this.record : undefined;
    this.confirmingCancel = false;
    this.go('status');
    await this.run(
      () => this.load(id),
      () => this.open(id, token),
    );
  }

  /** Leaves the status page: back to the receipt of what this page sent, else to the form. */
  close(): void {
    if (this.view !== 'status') return;
    this.record = this.sent?.record;
    this.token = this.sent?.token;
    this.ics = undefined;
    this.go(this.sent ? 'receipt' : 'form');
  }

  /** A new request: the exam's fields are cleared, the student's own kept. */
  startOver(): void {
    const { name, email, phone, municipality } = this.details;
    this.details = { ...EMPTY_DETAILS, name, email, phone, municipality };
    this.record = undefined;
    this.token = undefined;
    this.ics = undefined;
    this.sent = undefined;
    this.checked = false;
    this.problems = [];
    this.go('form');
  }

  /** Asks "are you sure?" before cancelling; `false` keeps the request. */
  askCancel(asking: boolean): void {
    this.confirmingCancel = asking;
    this.changed();
  }

  /** Cancels the request shown, then shows it as it is now. */
  async cancel(): Promise<void> {
    const { record, token } = this;
    if (!record || !token || this.busy) return;
    await this.run(
      async () => {
        await this.setup.client!.cancel(record.id, token);
        this.confirmingCancel = false;
        await this.load(record.id);
      },
      () => this.cancel(),
    );
  }

  private check(): FieldProblem[] {
    return checkExamDetails(this.details, {
      rules: this.setup.rules,
      today: this.today,
      openingHours: this.setup.openingHours,
      hasList: this.setup.hasList,
      consent: this.online,
    });
  }

  /**
   * Sends under the attempt's id. No answer: the error surfaces and the id is
   * kept, so a retry repeats the same request and can never ask twice. A used
   * id (a different request was made under it) is replaced once.
   */
  private async send(first: boolean): Promise<void> {
    const { client, centre, universityName } = this.setup;
    this.attemptId ??= (this.setup.newId ?? (() => crypto.randomUUID()))();
    const body = examRequestBody(this.attemptId, centre, this.details, universityName);
    try {
      const { examRequest, token } = await client!.create(body);
      this.attemptId = undefined;
      this.record = examRequest;
      this.token = token;
      this.sent = { record: examRequest, token };
      this.problems = [];
      this.go('receipt');
    } catch (error) {
      if (!(error instanceof ExamError)) throw error;
      if (error.kind === 'validation' || error.kind === 'full') {
        // An answer: nothing was stored under this id.
        if (error.fields.some((f) => f.path === 'centre')) {
          this.problem = 'not-offered';
          return;
        }
        this.problems =
          error.kind === 'full'
            ? [{ field: 'date', code: 'full' }]
            : problemsOfService(error.fields);
        this.problem = 'validation';
        return;
      }
      if (error.kind === 'conflict' && first) {
        this.attemptId = undefined;
        return this.send(false);
      }
      throw error;
    }
  }

  private async load(id: string): Promise<void> {
    const client = this.setup.client!;
    const record = await client.get(id, this.token!);
    this.record = record;
    if (this.sent?.record.id === id) this.sent.record = record;
    this.ics =
      record.status === 'confirmed'
        ? await client.ics(id, this.token!).catch(() => undefined)
        : undefined;
  }

  /**
   * Runs a request: busy meanwhile; a failure becomes `problem`, and for no
   * answer or a failing service `retry()` runs `again`.
   */
  private async run(action: () => Promise<void>, again: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.problem = undefined;
    this.changed();
    try {
      await action();
    } catch (error) {
      if (!(error instanceof ExamError)) throw error;
      const kind = error.kind;
      this.problem =
        kind === 'network' || kind === 'not-found' || kind === 'started' ? kind : 'unavailable';
      if (kind === 'network' || this.problem === 'unavailable') this.again = again;
    } finally {
      this.busy = false;
      this.changed();
    }
  }

  private go(view: View): void {
    this.view = view;
    this.problem = undefined;
    this.changed();
  }

  private changed(): void {
    this.setup.onChange();
  }
}
