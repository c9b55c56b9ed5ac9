import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DARK_TOKENS, registerMessages, tokenDeclarations } from '../src/index.ts';
import { defineStateDemo } from './state-demo.ts';
import { STORY_FEEDS, installStoryFeeds } from './story-feeds.ts';

defineStateDemo();
installStoryFeeds();

// A page can add a language without a rebuild; the RTL story shows Arabic.
registerMessages('ar', {
  'state.loading': 'جارٍ التحميل…',
  'state.retry': 'حاول مرة أخرى',
  'state.retrying': 'جارٍ المحاولة مرة أخرى…',
  'state.feedAddress': 'عنوان الملف:',
  'state.empty': 'لا يوجد ما يُعرض الآن.',
  'error.notFound': 'لم نعثر على الملف ({status}).',
});

interface StateArgs {
  feed: string;
  lang: string;
  debug: boolean;
}

const meta: Meta<StateArgs> = {
  title: 'Core/States',
  component: 'lc-state-demo',
  args: { feed: STORY_FEEDS.mini, lang: 'sv', debug: false },
  argTypes: {
    feed: { control: 'select', options: Object.values(STORY_FEEDS) },
    lang: { control: 'select', options: ['sv', 'en', 'ar', 'de'] },
  },
  render: ({ feed, lang, debug }) =>
    html`<lc-state-demo feed=${feed} lang=${lang} ?debug=${debug}></lc-state-demo>`,
};
export default meta;

type Story = StoryObj<StateArgs>;

/** While the feed loads: a polite status with visible text. */
export const Loading: Story = { args: { feed: STORY_FEEDS.pending } };

/** The feed address answers 404: an alert in plain words and "Försök igen". */
export const ErrorState: Story = { name: 'Error', args: { feed: STORY_FEEDS.missing } };

/** The feed loads but has nothing this widget shows. */
export const Empty: Story = { args: { feed: STORY_FEEDS.empty } };

/** The feed's centres. */
export const Ready: Story = {};

/** `debug`: the feed's issues listed for the editor, under the content. */
export const Debug: Story = { args: { debug: true } };

/** In English (the page's `lang`). */
export const English: Story = { args: { lang: 'en' } };

/** `lang="ar"`: right to left, with texts the page registered. */
export const RightToLeft: Story = {
  args: { lang: 'ar' },
  render: ({ lang, debug }) => html`
    <lc-state-demo feed=${STORY_FEEDS.missing} lang=${lang} ?debug=${debug}></lc-state-demo>
    <p></p>
    <lc-state-demo feed=${STORY_FEEDS.mini} lang=${lang} ?debug=${debug}></lc-state-demo>
  `,
};

/** The dark token set, set by the page on a wrapper (there is no automatic dark mode). */
export const DarkTokens: Story = {
  args: { debug: true },
  render: ({ feed, lang, debug }) =>
    html`<div style="padding: 1rem; background: #0d1117; ${tokenDeclarations(DARK_TOKENS)}">
      <lc-state-demo feed=${feed} lang=${lang} ?debug=${debug}></lc-state-demo>
      <p></p>
      <lc-state-demo feed=${STORY_FEEDS.missing} lang=${lang}></lc-state-demo>
    </div>`,
};
