/**
 * The request's user interface: a reactive controller on the element that
 * owns one `ExamFlow`, renders its view, moves focus to each new view's
 * heading (and to the problem summary after a try to send), follows the
 * status link in the address's fragment, and offers the confirmed exam's
 * calendar file. The element imports this module on its own, so the rules
 * can show before it has loaded.
 */
import { safeUrl, type HeadingLevel, type MessageParams } from '@learning-centre/core';
import type { LoadedFeed, LocalizedText, Provider } from '@learning-centre/feed/widget';
import { pickText } from '@learning-centre/feed/widget';
import { zonedDateKey } from '@learning-centre/feed/queries';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { createExamClient } from './exam-client.ts';
import type { ExamCentre } from './exam-centres.ts';
import { OTHER_UNIVERSITY, type ExamDetails } from './exam-details.ts';
import { ExamFlow, type View } from './exam-flow.ts';
import { renderForm } from './form-view.ts';
import { examMailDraft, renderMail } from './mail-view.ts';
import { renderRecord } from './record-view.ts';
import { readStatusLink, statusLink } from './status-link.ts';
import type { StepView } from './step-view.ts';
import { stepText, type StepMessageKey } from './steps-messages.ts';

export { stepsStyles } from './steps.styles.ts';

/** The element, as the steps see it. */
export interface StepsHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the steps are for. */
export interface StepsSetup {
  loaded: LoadedFeed;
  /** The booking service's base URL (safe, absolute); none: the form prepares an e-mail. */
  api?: string;
  centre: ExamCentre;
  universities: readonly Provider[];
  freeText: boolean;
  /** What was typed for another centre, kept. */
  details?: ExamDetails;
}

/** What a render needs from the element, read afresh each time. */
export interface StepsRender {
  lang: string;
  level: HeadingLevel;
  t: StepView['t'];
  text(value: LocalizedText | undefined): string;
}

/** What was typed for another centre, without a university this centre's list does not offer. */
function keptDetails({ details, universities, freeText }: StepsSetup): ExamDetails | undefined {
  if (!details) return undefined;
  const offered =
    details.provider === OTHER_UNIVERSITY
      ? freeText
      : universities.some((p) => p.id === details.provider);
  return offered ? details : { ...details, provider: '' };
}

export class RequestSteps implements ReactiveController {
  readonly flow: ExamFlow;
  private shownView?: View;
  private focus?: 'heading' | 'summary' | 'question' | 'cancel';
  private icsUrl?: string;
  private icsText?: string;

  constructor(
    private readonly host: StepsHost,
    private readonly setup: StepsSetup,
  ) {
    const { feed } = setup.loaded;
    const rules = setup.centre.examInvigilation;
    this.flow = new ExamFlow({
      client: setup.api ? createExamClient(setup.api) : undefined,
      centre: setup.centre.id,
      rules,
      openingHours: setup.centre.openingHours,
      hasList: setup.universities.length > 0,
      universityName: (id) => this.universityName(id),
      today: () => zonedDateKey(new Date(), feed.timeZone),
      onChange: () => host.requestUpdate(),
      details: keptDetails(setup),
    });
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.handleHash);
    this.handleHash();
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.handleHash);
    this.setIcs(undefined);
  }

  /** Stops rendering into the host (the element starts over with new steps). */
  detach(): void {
    this.hostDisconnected();
    this.host.removeController(this);
  }

  hostUpdated(): void {
    const view = this.flow.view;
    const root = this.host.renderRoot;
    // A new view is announced by moving focus to its heading (not on first show).
    if (this.shownView && view !== this.shownView) this.focus ??= 'heading';
    this.shownView = view;
    const target = this.focus;
    this.focus = undefined;
    const selector = {
      heading: '.view-heading',
      summary: '.summary',
      question: '.cancel-question',
      cancel: '[part~="cancel-button"]',
    }[target ?? 'heading'];
    const element = target && root.querySelector<HTMLElement>(selector);
    if (element) {
      if (target === 'heading') element.tabIndex = -1;
      element.focus();
    }
  }

  /** The university's name as the centre's staff read it: in the feed's language. */
  private universityName(id: string): string {
    const provider = this.setup.universities.find((p) => p.id === id);
    const { language } = this.setup.loaded.feed;
    return pickText(provider?.name, [language], language) || id;
  }

  /** A status link in the address opens its request; leaving it leaves the status page. */
  private readonly handleHash = (): void => {
    const flow = this.flow;
    if (!flow.online) return;
    const key = readStatusLink(location.hash);
    if (key && (flow.view !== 'status' || flow.record?.id !== key.id))
      void flow.open(key.id, key.token);
    else if (!key) flow.close();
  };

  private readonly handleInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'consent') return this.flow.update({ consent: input.checked });
    if (input.name === 'support') {
      const boxes = input.form?.querySelectorAll<HTMLInputElement>('input[name="support"]') ?? [];
      const support = [...boxes].filter((box) => box.checked).map((box) => box.value);
      return this.flow.update({ support: support as ExamDetails['support'] });
    }
    if (input.name) this.flow.update({ [input.name]: input.value });
  };

  private readonly handleSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    await this.flow.submit();
    if (this.flow.problem === 'validation') this.focus = 'summary';
    this.host.requestUpdate();
  };

  private readonly handleProblemLink = (event: Event): void => {
    event.preventDefault();
    const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
    this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  };

  private readonly handleCancel = (): void => {
    this.focus = 'question';
    this.flow.askCancel(true);
  };

  private readonly handleKeep = (): void => {
    this.focus = 'cancel';
    this.flow.askCancel(false);
  };

  private readonly handleConfirmCancel = async (): Promise<void> => {
    await this.flow.cancel();
    if (!this.flow.problem) this.focus = 'heading';
    this.host.requestUpdate();
  };

  /** A new request: the status link leaves the address (a new history entry, so Back returns to it). */
  private readonly handleNewRequest = (): void => {
    if (readStatusLink(location.hash))
      history.pushState(history.state, '', location.href.split('#')[0]);
    this.flow.startOver();
  };

  private readonly handleEdit = (): void => this.flow.edit();

  /** The calendar file behind a `blob:` URL, so the token never goes into a link. */
  private setIcs(ics: string | undefined): void {
    if (ics === this.icsText) return;
    if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
    this.icsText = ics;
    this.icsUrl = ics ? URL.createObjectURL(new Blob([ics], { type: 'text/calendar' })) : undefined;
  }

  render(r: StepsRender): TemplateResult {
    const { flow, setup } = this;
    const { feed } = setup.loaded;
    this.setIcs(flow.ics);
    const msg = (key: StepMessageKey, params?: MessageParams) => stepText(r.lang, key, params);
    const centreName = r.text(setup.centre.name);
    const view: StepView = {
      flow,
      msg,
      t: r.t,
      text: r.text,
      lang: r.lang,
      timeZone: feed.timeZone,
      level: r.level,
      centreName,
      universities: setup.universities,
      freeText: setup.freeText,
      privacy: safeUrl(feed.guidance?.privacyNotice, setup.loaded.url),
      mail: () =>
        examMailDraft({
          flow,
          msg,
          lang: r.lang,
          centreName,
          universityName: (id) => this.universityName(id),
        }),
      statusLink:
        flow.record && flow.token
          ? statusLink(location.href, { id: flow.record.id, token: flow.token })
          : undefined,
      icsUrl: this.icsUrl,
    };
    switch (flow.view) {
      case 'form':
        return renderForm(view, {
          onInput: this.handleInput,
          onSubmit: this.handleSubmit,
          onProblemLink: this.handleProblemLink,
        });
      case 'mail':
        return renderMail(view, this.handleEdit);
      default:
        return renderRecord(view, {
          onCancel: this.handleCancel,
          onKeep: this.handleKeep,
          onConfirmCancel: this.handleConfirmCancel,
          onNewRequest: this.handleNewRequest,
        });
    }
  }
}
