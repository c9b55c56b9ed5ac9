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
import fixture from '../test/fixtures/calendar.json';
import '../src/define.ts';

installStoryFeeds();

/** Tuesday 10 March 2026, 12:00 in Stockholm: every story shows the same month. */
const NOW = new Date('2026-03-10T12:00:00+01:00');

/** A feed with these events, served from memory. */
function feedUrl(events: unknown[]): string {
  const json = JSON.stringify({ ...fixture, events });
  return URL.createObjectURL(new Blob([json], { type: 'application/json' }));
}

const READY = feedUrl(fixture.events);
const NONE = feedUrl([]);
const LONG = feedUrl([
  ...fixture.events,
  {
    id: 'long',
    title:
      'Informationsträff om yrkeshögskoleutbildningen till drifttekniker inom kraft- och värmeproduktion med praktik hos lokala arbetsgivare',
    description:
      'Vi går igenom antagningskrav, studiemedel från CSN, hur praktiken (LIA) fungerar och hur du studerar på distans med stöd från lärcentrum.',
    category: 'other',
    start: '2026-03-11T17:00+01:00',
    end: '2026-03-11T18:30+01:00',
    centre: 'kalix',
  },
]);
/** Six to eight events a day: every day has "+N till". */
const BUSY = feedUrl(
  Array.from({ length: 200 }, (_, i) => ({
    id: `busy-${i}`,
    title: ['Föreläsning', 'Drop-in', 'Workshop', 'Öppet hus'][i % 4] + ` ${i + 1}`,
    category: ['lecture', 'guidance-drop-in', 'workshop', 'open-house'][i % 4],
    start: `2026-03-${String((i % 28) + 1).padStart(2, '0')}T${String(8 + (i % 10)).padStart(2, '0')}:00+01:00`,
  })),
);

// A page can add a language without a rebuild; the RTL story shows Arabic.
registerMessages('ar', {
  'common.allDay': 'طوال اليوم',
  'eventCalendar.today': 'اليوم',
  'eventCalendar.view.list': 'قائمة',
  'eventCalendar.view.month': 'شهر',
  'eventCalendar.view.week': 'أسبوع',
} as unknown as Partial<Messages>);

interface Args {
  feed: string;
  lang: string;
  view: 'list' | 'month' | 'week';
  startDate?: string;
  days?: number;
  maxEvents?: number;
  category?: string;
  centre?: string;
  timeZone?: string;
  debug: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Event calendar',
  component: 'lc-event-calendar',
  args: { feed: READY, lang: 'sv', view: 'list', startDate: '2026-03-09', debug: false },
  argTypes: {
    view: { control: 'inline-radio', options: ['list', 'month', 'week'] },
    lang: { control: 'select', options: ['sv', 'en', 'ar'] },
  },
  render: (args) =>
    html`<lc-event-calendar
      feed=${args.feed}
      lang=${args.lang}
      view=${args.view}
      start-date=${ifDefined(args.startDate)}
      days=${ifDefined(args.days)}
      max-events=${ifDefined(args.maxEvents)}
      category=${ifDefined(args.category)}
      centre=${ifDefined(args.centre)}
      time-zone=${ifDefined(args.timeZone)}
      ?debug=${args.debug}
      .now=${NOW}
    ></lc-event-calendar>`,
};
export default meta;

type Story = StoryObj<Args>;

/** While the feed loads. */
export const Loading: Story = { args: { feed: STORY_FEEDS.pending } };

/** The feed cannot be found: an alert in plain words and "Försök igen". */
export const ErrorState: Story = { name: 'Error', args: { feed: STORY_FEEDS.missing } };

/** A feed without events. */
export const Empty: Story = { args: { feed: NONE } };

/** The agenda (default): days with events, each event in full — cancelled, postponed, moved online, full. */
export const List: Story = { args: { days: 21 } };

/** The month grid: arrow keys, Home/End, Page Up/Down; Enter opens a day. */
export const Month: Story = { args: { view: 'month' } };

/** Every day busier than fits: "+N till" opens the day's list. */
export const BusyMonth: Story = { args: { view: 'month', feed: BUSY } };

/** The week, seven days side by side. */
export const Week: Story = { args: { view: 'week', startDate: '2026-03-12' } };

/** Started from attributes: lectures and workshops at one centre. */
export const Filtered: Story = {
  args: { category: 'lecture,workshop', centre: 'kalix', days: 31 },
};

/** The next five events only. */
export const MaxEvents: Story = { args: { maxEvents: 5, startDate: undefined } };

/** Times in another zone than the feed's, said above the list. */
export const OtherTimeZone: Story = { args: { timeZone: 'America/New_York', days: 14 } };

/** A long title and description wrap. */
export const LongText: Story = { args: { feed: LONG, view: 'month' } };

/** 320 px wide: the month becomes a list. */
export const Narrow: Story = {
  args: { view: 'month' },
  render: (args, context) =>
    html`<div style="inline-size: 320px">${meta.render!(args, context)}</div>`,
};

/** `lang="ar"`: right to left, the grid mirrored, with texts the page registered. */
export const RightToLeft: Story = { args: { lang: 'ar', view: 'month' } };

/** The dark token set, set by the page on a wrapper. */
export const DarkTokens: Story = {
  args: { view: 'month' },
  render: (args, context) =>
    html`<div style="padding: 1rem; background: #0d1117; ${tokenDeclarations(DARK_TOKENS)}">
      ${meta.render!(args, context)}
    </div>`,
};

/** With `debug`: the feed's issues for editors. */
export const Debug: Story = { args: { feed: STORY_FEEDS.mini, debug: true } };
