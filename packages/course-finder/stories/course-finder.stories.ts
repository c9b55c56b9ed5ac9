import {
  DARK_TOKENS,
  type Messages,
  registerMessages,
  tokenDeclarations,
} from '@learning-centre/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { STORY_FEEDS, installStoryFeeds } from '../../core/stories/story-feeds.ts';
import '../src/define.ts';
import coursesFeed from '../test/fixtures/courses.json';
import emptyFeed from '../test/fixtures/no-courses.json';

/** Fixed, so application phrases read the same every day: Friday 20 March 2026. */
const NOW = new Date('2026-03-20T10:00:00+01:00');

/** A feed as a `blob:` address: no server needed, and always the same. */
function feedUrl(feed: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}

const FEEDS = {
  courses: feedUrl(coursesFeed),
  empty: feedUrl(emptyFeed),
  /** Titles, names and words longer than any real feed's, to check wrapping. */
  longText: feedUrl({
    ...coursesFeed,
    courses: coursesFeed.courses.slice(0, 4).map((course, i) => ({
      ...course,
      title: `${'Tillämpad hälso- och sjukvårdsadministration med inriktning mot '.repeat(i + 1)}digitalisering`,
      sessions: [
        {
          title: 'Obligatorisk laborationsträff i kemiteknikens grunder och säkerhetsföreskrifter',
          kind: 'lab',
          start: '2026-09-12T09:00+02:00',
          centre: 'vaggeryd',
        },
      ],
    })),
    providers: coursesFeed.providers.map((p) => ({
      ...p,
      name: 'Yrkeshögskoleutbildningsanordnarförbundet i Jönköpings län',
    })),
  }),
  /** Never answers: the loading state (core's story feeds). */
  pending: STORY_FEEDS.pending,
  /** Answers 404. */
  missing: STORY_FEEDS.missing,
};

installStoryFeeds();

// A page adds a language with registerMessages; the finder's keys go in the same call.
registerMessages('ar', {
  'state.loading': 'جارٍ التحميل…',
  'common.courses': {
    zero: '# دورة',
    one: 'دورة واحدة',
    two: 'دورتان',
    few: '# دورات',
    many: '# دورة',
    other: '# دورة',
  },
  'common.clearFilters': 'مسح عوامل التصفية',
  'courseFinder.search': 'ابحث عن دورة',
  'courseFinder.form': 'ابحث عن دورة',
} as Partial<Messages>);

interface Args {
  feed: string;
  lang: string;
  centre: string;
  q: string;
  subject: string;
  layout: 'list' | 'grid';
  pageSize: number;
  near: string;
  openOnly: boolean;
  debug: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Course finder',
  component: 'lc-course-finder',
  args: {
    feed: FEEDS.courses,
    lang: 'sv',
    centre: '',
    q: '',
    subject: '',
    layout: 'list',
    pageSize: 5,
    near: '',
    openOnly: false,
    debug: false,
  },
  argTypes: {
    feed: { control: 'select', options: Object.values(FEEDS) },
    lang: { control: 'select', options: ['sv', 'en', 'ar', 'de'] },
    layout: { control: 'inline-radio', options: ['list', 'grid'] },
  },
  render: (a) =>
    html`<lc-course-finder
      feed=${a.feed}
      lang=${a.lang}
      centre=${ifDefined(a.centre || undefined)}
      q=${ifDefined(a.q || undefined)}
      subject=${ifDefined(a.subject || undefined)}
      layout=${a.layout}
      page-size=${a.pageSize}
      near=${ifDefined(a.near || undefined)}
      ?open-only=${a.openOnly}
      ?debug=${a.debug}
      .now=${NOW}
    ></lc-course-finder>`,
};
export default meta;

type Story = StoryObj<Args>;

/** While the feed loads: the shared polite status. */
export const Loading: Story = { args: { feed: FEEDS.pending } };

/** The feed cannot be loaded (404): the shared alert, with "Försök igen". */
export const ErrorState: Story = { name: 'Error', args: { feed: FEEDS.missing } };

/** A feed without courses. */
export const Empty: Story = { args: { feed: FEEDS.empty } };

/** Every course, five to a page, with the filters closed. */
export const Ready: Story = {};

/** As on a learning centre's page: only what can be studied in Vaggeryd. */
export const OneCentre: Story = { args: { centre: 'vaggeryd' } };

/** Starting from a search and a subject, only courses open for application. */
export const Filtered: Story = { args: { q: 'programmering', subject: 'it', openOnly: true } };

/** A search that finds nothing: the filters named, and "Rensa filter". */
export const NoMatch: Story = { args: { q: 'astrofysik' } };

/** Cards side by side. */
export const Grid: Story = { args: { layout: 'grid', pageSize: 6 } };

/** The reader is in Jönköping: nearest centres first, with distances. */
export const Near: Story = { args: { near: '57.78,14.16' } };

/** Very long titles and names wrap instead of overflowing. */
export const LongText: Story = { args: { feed: FEEDS.longText } };

/** In English (the page's `lang`). */
export const English: Story = { args: { lang: 'en' } };

/** `lang="ar"`: right to left, with the texts the page registered (others in English). */
export const RightToLeft: Story = { args: { lang: 'ar' } };

/** The dark token set, set by the page on a wrapper. */
export const DarkTokens: Story = {
  render: (a, context) =>
    html`<div style="padding: 1rem; background: #0d1117; ${tokenDeclarations(DARK_TOKENS)}">
      ${meta.render!(a, context)}
    </div>`,
};

/** `debug`: the feed's issues (here: a `javascript:` link that is not linked) under the finder. */
export const Debug: Story = { args: { debug: true, q: 'img' } };
