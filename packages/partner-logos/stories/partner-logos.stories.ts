import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  DARK_TOKENS,
  registerMessages,
  tokenDeclarations,
  type Messages,
} from '@learning-centre/core';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { STORY_FEEDS, installStoryFeeds } from '../../core/stories/story-feeds.ts';
import fixture from '../test/fixtures/partners.json';
import '../src/define.ts';

installStoryFeeds();

// Logos by absolute address: the story feeds are blob: URLs, which relative addresses cannot follow.
const LOGOS: Record<string, string> = {
  'logos/ltu.svg': new URL('../test/fixtures/logos/ltu.svg', import.meta.url).href,
  'logos/kth.svg': new URL('../test/fixtures/logos/kth.svg', import.meta.url).href,
  'logos/abb.svg': new URL('../test/fixtures/logos/abb.svg', import.meta.url).href,
  'logos/region.svg': new URL('../test/fixtures/logos/region.svg', import.meta.url).href,
  'logos/region-mono.svg': new URL('../test/fixtures/logos/region-mono.svg', import.meta.url).href,
};

/** A feed with these partners, served from memory. */
function feedUrl(partners: unknown[]): string {
  const json = JSON.stringify({ ...fixture, partners }, (key, value) =>
    (key === 'src' || key === 'monochrome') && typeof value === 'string'
      ? (LOGOS[value] ?? value)
      : value,
  );
  return URL.createObjectURL(new Blob([json], { type: 'application/json' }));
}

const READY = feedUrl(fixture.partners);
const NONE = feedUrl([]);
const LONG = feedUrl([
  ...fixture.partners,
  {
    id: 'long',
    name: 'Kommunalförbundet för vuxenutbildning, yrkeshögskola och högre utbildning i Norra Hälsingland och Södra Jämtland',
    kind: 'municipality',
    url: 'https://example.org/',
  },
  {
    id: 'long-word',
    name: 'Donaudampfschiffahrtsgesellschaftskapitänsmützenfabrik',
    kind: 'employer',
  },
]);

/** A partner of a kind no feed may name and one with an unknown property: listed with `debug`. */
const WITH_ISSUES = feedUrl([
  ...fixture.partners,
  { id: 'trasig', name: 'Trasig partner', kind: 'sponsor' },
  { id: 'okand', name: 'Okänd egenskap', kind: 'other', colour: 'red' },
]);

// A page can add a language without a rebuild; the RTL story shows Arabic.
registerMessages('ar', {
  'partnerKind.university': 'جامعة',
  'partnerKind.region': 'منطقة',
  'partnerKind.employer': 'صاحب عمل',
  'partnerKind.library': 'مكتبة',
  'partnerLogos.pause': 'إيقاف الشعارات مؤقتًا',
  'partnerLogos.play': 'تشغيل الشعارات',
} as Partial<Messages>);

interface Args {
  feed: string;
  lang: string;
  layout: 'grid' | 'row' | 'marquee';
  kind?: string;
  tier?: string;
  centre?: string;
  monochrome: boolean;
  columns?: number;
  debug: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Partner logos',
  component: 'lc-partner-logos',
  args: { feed: READY, lang: 'sv', layout: 'grid', monochrome: false, debug: false },
  argTypes: {
    layout: { control: 'inline-radio', options: ['grid', 'row', 'marquee'] },
    lang: { control: 'select', options: ['sv', 'en', 'ar'] },
  },
  render: (args) =>
    html`<lc-partner-logos
      feed=${args.feed}
      lang=${args.lang}
      layout=${args.layout}
      kind=${ifDefined(args.kind)}
      tier=${ifDefined(args.tier)}
      centre=${ifDefined(args.centre)}
      columns=${ifDefined(args.columns)}
      ?monochrome=${args.monochrome}
      ?debug=${args.debug}
    ></lc-partner-logos>`,
};
export default meta;

type Story = StoryObj<Args>;

/** While the feed loads. */
export const Loading: Story = { args: { feed: STORY_FEEDS.pending } };

/** The feed cannot be found: an alert in plain words and "Försök igen". */
export const ErrorState: Story = { name: 'Error', args: { feed: STORY_FEEDS.missing } };

/** A feed without partners. */
export const Empty: Story = { args: { feed: NONE } };

/** Every partner, grouped by kind: one logo fails to load and shows its name, one has no logo. */
export const Ready: Story = {};

/** One kind: no headings. */
export const Filtered: Story = { args: { kind: 'university', columns: 4 } };

/** The partners of one centre (and those behind every centre). */
export const OneCentre: Story = { args: { centre: 'motala' } };

/** Grey until hovered or focused; the region uses the feed's monochrome variant. */
export const Monochrome: Story = { args: { monochrome: true } };

/** A centred, wrapping row. */
export const Row: Story = { args: { layout: 'row', tier: 'Huvudpartner' } };

/** Moving, with a pause button; still (a grid) when the reader asks for reduced motion. */
export const Marquee: Story = { args: { layout: 'marquee', kind: 'university,employer' } };

/** Long names wrap inside their cell. */
export const LongText: Story = { args: { feed: LONG } };

/** `lang="ar"`: right to left, with texts the page registered. */
export const RightToLeft: Story = { args: { lang: 'ar', layout: 'marquee' } };

/** The dark token set, set by the page on a wrapper. */
export const DarkTokens: Story = {
  args: { monochrome: true },
  render: (args, context) =>
    html`<div style="padding: 1rem; background: #0d1117; ${tokenDeclarations(DARK_TOKENS)}">
      ${meta.render!(args, context)}
    </div>`,
};

/** `debug`: the feed's issues under the logos, for an editor checking the feed. */
export const Debug: Story = { args: { feed: WITH_ISSUES, debug: true } };
