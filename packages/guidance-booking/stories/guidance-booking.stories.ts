import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DARK_TOKENS, tokenDeclarations } from '@learning-centre/core';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { STORY_FEEDS, installStoryFeeds } from '../../core/stories/story-feeds.ts';
import booking from '../test/fixtures/booking.json';
import fixture from '../test/fixtures/guidance.json';
import '../src/define.ts';
import {
  installStoryBookingService,
  storyBookingApi,
  type Scenario,
} from './story-booking-service.ts';

installStoryFeeds();
installStoryBookingService();

/** A feed with this `guidance`, served from memory. */
function feedUrl(guidance: unknown, base: object = fixture): string {
  const json = JSON.stringify({ ...base, guidance });
  return URL.createObjectURL(new Blob([json], { type: 'application/json' }));
}

/** The booking fixture's feed, its service answering as `scenario` does. */
function withService(scenario: Scenario): string {
  const guidance = booking.guidance;
  return feedUrl(
    { ...guidance, booking: { ...guidance.booking, api: storyBookingApi(scenario) } },
    booking,
  );
}

const READY = feedUrl(fixture.guidance);
const NONE = feedUrl(undefined);
const LONG = feedUrl({
  ...fixture.guidance,
  services: [
    ...fixture.guidance.services,
    {
      id: 'long',
      name: {
        sv: 'Validering av yrkeskunskaper från arbetslivet eller från ett annat land mot kurser inom kommunal vuxenutbildning och yrkeshögskola',
      },
      description: { sv: 'Donaudampfschiffahrtsgesellschaftskapitänsmützenfabrik. '.repeat(4) },
      duration: 90,
      modes: ['on-site', 'phone', 'video'],
    },
  ],
});
const BOOKING = withService('ok');

interface Args {
  feed: string;
  lang: string;
  service?: string;
  centre?: string;
  mode?: string;
  debug: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Guidance booking',
  component: 'lc-guidance-booking',
  args: { feed: READY, lang: 'sv', debug: false },
  argTypes: {
    lang: { control: 'select', options: ['sv', 'en', 'ar'] },
    mode: { control: 'select', options: [undefined, 'on-site', 'phone', 'video'] },
  },
  render: (args) =>
    html`<lc-guidance-booking
      feed=${args.feed}
      lang=${args.lang}
      service=${ifDefined(args.service)}
      centre=${ifDefined(args.centre)}
      mode=${ifDefined(args.mode)}
      ?debug=${args.debug}
    ></lc-guidance-booking>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Waits for `selector` in the widget's shadow root (the steps load on their own). */
async function find(canvas: HTMLElement, selector: string): Promise<HTMLElement> {
  const root = canvas.querySelector('lc-guidance-booking')!.shadowRoot!;
  for (let i = 0; i < 200; i++) {
    const found = root.querySelector<HTMLElement>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no ${selector}`);
}

/** Clicks through to a step the way a person would: a free day, its first time, the form. */
async function walk(
  canvas: HTMLElement,
  to: 'time' | 'form' | 'empty-form' | 'bad-email' | 'done',
) {
  (await find(canvas, 'td[data-date]:not([aria-disabled])')).click();
  (await find(canvas, '[part~="time-button"]')).click();
  if (to === 'time') return;
  await find(canvas, 'form');
  if (to === 'form') return;
  if (to !== 'empty-form') {
    const email = to === 'bad-email' ? 'asa@example' : 'asa@example.se';
    const values = { name: 'Åsa Öberg', email, consent: true };
    for (const [name, value] of Object.entries(values)) {
      const input = (await find(canvas, `#${name}`)) as HTMLInputElement;
      if (typeof value === 'boolean') input.checked = value;
      else input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
  }
  (await find(canvas, '[part~="book-button"]')).click();
}

/** While the feed loads. */
export const Loading: Story = { args: { feed: STORY_FEEDS.pending } };

/** The feed cannot be found: an alert in plain words and "Försök igen". */
export const ErrorState: Story = { name: 'Error', args: { feed: STORY_FEEDS.missing } };

/** A feed without guidance. */
export const Empty: Story = { args: { feed: NONE } };

/** No booking service in the feed: the services and the ways to book — phone, e-mail with a prepared subject, the booking page. */
export const WaysToBook: Story = { name: 'Ways to book (no booking service)' };

/** One service: the e-mail subject names it. */
export const OneService: Story = { args: { service: 'karriarvagledning' } };

/** Only what can be had by phone. */
export const Filtered: Story = { args: { mode: 'phone' } };

/** Long names and unbroken words wrap. */
export const LongText: Story = { args: { feed: LONG } };

/** `lang="ar"`: right to left. */
export const RightToLeft: Story = { args: { lang: 'ar' } };

/** The dark token set, set by the page on a wrapper. */
export const DarkTokens: Story = {
  render: (args, context) =>
    html`<div style="padding: 1rem; background: #0d1117; ${tokenDeclarations(DARK_TOKENS)}">
      ${meta.render!(args, context)}
    </div>`,
};

/** Step 1 with a booking service: which service. */
export const StepService: Story = { args: { feed: BOOKING, centre: 'kalix' } };

/** Step 2: how, and in which language (the centre is fixed by `centre`). */
export const StepOptions: Story = {
  args: { feed: BOOKING, service: 'studievagledning', centre: 'kalix' },
};

/** Step 3: the month as a date grid (weekends without times), then the day's times. Nothing to choose before it. */
export const StepDayAndTime: Story = {
  args: { feed: BOOKING, service: 'karriarvagledning', mode: 'video' },
};

/** Step 4: the details form, after a time is held. */
export const StepDetails: Story = {
  args: StepDayAndTime.args,
  play: ({ canvasElement }) => walk(canvasElement, 'form'),
};

/** Step 5: booked — when, where, the booking number, "Lägg till i kalendern" and how to cancel. */
export const StepConfirmation: Story = {
  args: { feed: BOOKING, service: 'karriarvagledning', mode: 'on-site' },
  play: ({ canvasElement }) => walk(canvasElement, 'done'),
};

/** "Boka" with nothing filled in: each error next to its field, the first field focused. */
export const FieldErrors: Story = {
  args: StepDayAndTime.args,
  play: ({ canvasElement }) => walk(canvasElement, 'empty-form'),
};

/** The service refuses the e-mail address (422): the error next to that field. */
export const ServiceFieldError: Story = {
  args: { ...StepDayAndTime.args, feed: withService('invalid') },
  play: ({ canvasElement }) => walk(canvasElement, 'bad-email'),
};

/** The time was taken meanwhile (409): said so, with fresh times. */
export const TimeTaken: Story = {
  args: { ...StepDayAndTime.args, feed: withService('taken') },
  play: ({ canvasElement }) => walk(canvasElement, 'time'),
};

/** The booking service fails (503): said so, "Försök igen" and the other ways to book. */
export const ServiceUnavailable: Story = {
  args: { ...StepDayAndTime.args, feed: withService('unavailable') },
};

/** No answer at all: said so, nothing lost, "Försök igen" and the other ways to book. */
export const NetworkDown: Story = {
  args: { ...StepDayAndTime.args, feed: withService('offline') },
};

/** The steps in right-to-left: the date grid's arrows follow the direction. */
export const StepsRightToLeft: Story = { args: { ...StepDayAndTime.args, lang: 'ar' } };

/** The steps with the dark token set. */
export const StepsDarkTokens: Story = {
  args: StepDayAndTime.args,
  render: DarkTokens.render,
};
