import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DARK_TOKENS, tokenDeclarations } from '@learning-centre/core';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { STORY_FEEDS, installStoryFeeds } from '../../core/stories/story-feeds.ts';
import fixture from '../test/fixtures/guidance.json';
import '../src/define.ts';

installStoryFeeds();

/** A feed with this `guidance`, served from memory. */
function feedUrl(guidance: unknown): string {
  const json = JSON.stringify({ ...fixture, guidance });
  return URL.createObjectURL(new Blob([json], { type: 'application/json' }));
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

/** While the feed loads. */
export const Loading: Story = { args: { feed: STORY_FEEDS.pending } };

/** The feed cannot be found: an alert in plain words and "Försök igen". */
export const ErrorState: Story = { name: 'Error', args: { feed: STORY_FEEDS.missing } };

/** A feed without guidance. */
export const Empty: Story = { args: { feed: NONE } };

/** The services and the ways to book: phone, e-mail with a prepared subject, the booking page. */
export const Ready: Story = {};

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
