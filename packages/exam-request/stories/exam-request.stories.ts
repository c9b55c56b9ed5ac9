import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DARK_TOKENS, tokenDeclarations } from '@learning-centre/core';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { STORY_FEEDS, installStoryFeeds } from '../../core/stories/story-feeds.ts';
import fixture from '../test/fixtures/exam.json';
import '../src/define.ts';
import {
  STORY_REQUEST,
  installStoryExamService,
  storyExamApi,
  type Scenario,
} from './story-exam-service.ts';

installStoryFeeds();
installStoryExamService();

const feeds = new Map<Scenario | undefined, string>();

/** The fixture feed with its booking service answering as `scenario` does (none: no service). */
function feedUrl(scenario?: Scenario): string {
  let url = feeds.get(scenario);
  if (!url) {
    const booking = { ...fixture.guidance.booking, api: scenario && storyExamApi(scenario) };
    const json = JSON.stringify({ ...fixture, guidance: { ...fixture.guidance, booking } });
    url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    feeds.set(scenario, url);
  }
  return url;
}

const WITH_SERVICE = feedUrl('pending');
const NO_SERVICE = feedUrl();

interface Args {
  feed: string;
  lang: string;
  centre?: string;
  debug: boolean;
  /** Open the page from a status link (the story service answers with this status). */
  status?: Scenario;
}

const meta: Meta<Args> = {
  title: 'Widgets/Exam request',
  component: 'lc-exam-request',
  args: { feed: WITH_SERVICE, lang: 'sv', centre: 'kalix', debug: false },
  argTypes: {
    lang: { control: 'select', options: ['sv', 'en', 'ar'] },
    centre: { control: 'select', options: [undefined, 'kalix', 'soderhamn', 'trosa'] },
  },
  render: (args) => {
    // The status link lives in the address's fragment: set it for the status stories only.
    const link = args.status && `#request=${STORY_REQUEST.id}&token=${STORY_REQUEST.token}`;
    history.replaceState(history.state, '', `${location.href.split('#')[0]}${link ?? ''}`);
    return html`<lc-exam-request
      feed=${args.status ? feedUrl(args.status) : args.feed}
      lang=${args.lang}
      centre=${ifDefined(args.centre)}
      ?debug=${args.debug}
    ></lc-exam-request>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Waits for `selector` in the widget's shadow root (the form loads on its own). */
async function find(canvas: HTMLElement, selector: string): Promise<HTMLElement> {
  const root = canvas.querySelector('lc-exam-request')!.shadowRoot!;
  for (let i = 0; i < 200; i++) {
    const found = root.querySelector<HTMLElement>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no ${selector}`);
}

/** Fills the form the way a person leaves it; `date` 'saturday' breaks a rule. */
async function fill(canvas: HTMLElement, date: 'earliest' | 'saturday' = 'earliest') {
  const dateInput = (await find(canvas, '#date')) as HTMLInputElement;
  let day = dateInput.min;
  if (date === 'saturday') {
    const d = new Date(`${day}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + ((6 - d.getUTCDay() + 7) % 7));
    day = d.toISOString().slice(0, 10);
  }
  const values: Record<string, string | boolean> = {
    provider: 'umu',
    courseCode: 'MA1234',
    courseName: 'Linjär algebra',
    date: day,
    start: '09:00',
    minutes: '300',
    'support-computer': true,
    name: 'Åsa Öberg',
    email: 'asa@example.se',
    municipality: 'Luleå',
  };
  if (canvas.querySelector('lc-exam-request')!.shadowRoot!.querySelector('#consent'))
    values.consent = true;
  for (const [id, value] of Object.entries(values)) {
    const input = (await find(canvas, `#${id}`)) as HTMLInputElement;
    if (typeof value === 'boolean') input.checked = value;
    else input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
}

async function send(canvas: HTMLElement) {
  (await find(canvas, '[part~="send-button"]')).click();
}

/** While the feed loads. */
export const Loading: Story = { args: { feed: STORY_FEEDS.pending } };

/** The feed cannot be found. */
export const ErrorState: Story = { name: 'Error', args: { feed: STORY_FEEDS.missing } };

/** A centre that takes no exams. */
export const Empty: Story = { args: { centre: 'trosa' } };

/** The rules in plain language — who pays, how far ahead, what to bring — then the form. */
export const RulesAndForm: Story = { name: 'Rules and form' };

/** Sittings, Saturdays, a list of universities and no fee. */
export const Sittings: Story = { args: { centre: 'soderhamn' } };

/** No `centre`: the student chooses among the centres that take exams. */
export const ChooseCentre: Story = { args: { centre: undefined } };

/** "Skicka förfrågan" with nothing filled in: a summary (focused) and each problem at its field. */
export const Missing: Story = {
  name: 'Rule errors: missing',
  play: ({ canvasElement }) => send(canvasElement),
};

/** A Saturday: the rule explained in words, next to the date and in the summary. */
export const RuleErrors: Story = {
  name: 'Rule errors: a weekend',
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'saturday');
    await send(canvasElement);
  },
};

/** Sent: pending, the address to give the university, the fee, the status link, cancel. */
export const Receipt: Story = {
  play: async ({ canvasElement }) => {
    await fill(canvasElement);
    await send(canvasElement);
  },
};

/** Opened from the status link: confirmed, what to bring, "Lägg till i kalendern", cancel. */
export const StatusConfirmed: Story = { name: 'Status: confirmed', args: { status: 'confirmed' } };

/** Opened from the status link: declined, with the centre's reason. */
export const StatusDeclined: Story = { name: 'Status: declined', args: { status: 'declined' } };

/** Opened from the status link: cancelled. */
export const StatusCancelled: Story = { name: 'Status: cancelled', args: { status: 'cancelled' } };

/** "Avboka" asks first. */
export const CancelQuestion: Story = {
  args: { status: 'pending' },
  play: async ({ canvasElement }) => (await find(canvasElement, '[part~="cancel-button"]')).click(),
};

/** No answer from the service: said so, nothing lost, "Försök igen". */
export const NetworkDown: Story = {
  args: { feed: feedUrl('offline') },
  play: async ({ canvasElement }) => {
    await fill(canvasElement);
    await send(canvasElement);
  },
};

/** No booking service in the feed: the same rules and form, then a prepared e-mail. */
export const NoService: Story = { name: 'No service: prepared e-mail', args: { feed: NO_SERVICE } };

/** The prepared e-mail, every field filled in. */
export const PreparedEmail: Story = {
  args: { feed: NO_SERVICE },
  play: async ({ canvasElement }) => {
    await fill(canvasElement);
    await send(canvasElement);
  },
};

/** In English. */
export const English: Story = { args: { lang: 'en' } };

/** `lang="ar"`: right to left. */
export const RightToLeft: Story = { args: { lang: 'ar' } };

/** The dark token set, set by the page on a wrapper. */
export const DarkTokens: Story = {
  render: (args, context) =>
    html`<div style="padding: 1rem; background: #0d1117; ${tokenDeclarations(DARK_TOKENS)}">
      ${meta.render!(args, context)}
    </div>`,
};

/** The confirmed status with the dark token set. */
export const StatusDarkTokens: Story = {
  args: { status: 'confirmed' },
  render: DarkTokens.render,
};
