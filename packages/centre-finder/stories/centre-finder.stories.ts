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
import fixture from '../test/fixtures/centres.json';
import hostile from '../test/fixtures/hostile.json';
import type { LcCentreFinder } from '../src/centre-finder.ts';
import '../src/define.ts';

installStoryFeeds();

/** A feed served from memory. */
function feedUrl(feed: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}

const READY = feedUrl(fixture);
const NONE = feedUrl({ ...fixture, centres: [] });
const LONG = feedUrl({
  ...fixture,
  centres: [
    ...fixture.centres,
    {
      ...fixture.centres[0],
      id: 'long',
      name: 'Kommunalförbundets lärcentrum för vuxenutbildning och högre studier i Norra Hälsingland',
      address: {
        street: 'Långa gatan med ett mycket långt namn som inte får plats på en rad 123',
        city: 'Donaudampfschiffahrtsgesellschaftsby',
      },
    },
  ],
});
const HOSTILE = feedUrl(hostile);
/** One centre with a service no feed may name and no address: left out, and listed with `debug`. */
const WITH_ISSUES = feedUrl({
  ...fixture,
  centres: [...fixture.centres, { id: 'trasig', name: 'Trasigt lärcentrum', services: ['bastu'] }],
});

/** A Tuesday morning in Stockholm: Kalix open, Motala open, Åsele closed. */
const TUESDAY_10 = new Date('2026-03-03T10:00:00+01:00');
/** Christmas Eve: Kalix closed by an exception with a note. */
const CHRISTMAS_EVE = new Date('2026-12-24T10:00:00+01:00');

registerMessages('ar', {
  'centreFinder.locate': 'استخدم موقعي',
  'centreFinder.privacy': 'يُستخدم موقعك هنا في متصفحك فقط ولا يُرسل إلى أي مكان.',
  'centreFinder.distance': 'المسافة',
  'centreFinder.municipality': 'البلدية',
  'centreFinder.address': 'العنوان',
  'common.openNow': 'مفتوح الآن',
  'common.closedNow': 'مغلق الآن',
} as Partial<Messages>);

interface Args {
  feed: string;
  lang: string;
  municipality?: string;
  service?: string;
  course?: string;
  near?: string;
  locate: boolean;
  limit?: number;
  mapUrlTemplate?: string;
  selectable: boolean;
  now: Date;
  debug: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Centre finder',
  component: 'lc-centre-finder',
  args: {
    feed: READY,
    lang: 'sv',
    locate: false,
    selectable: false,
    now: TUESDAY_10,
    debug: false,
    mapUrlTemplate: 'https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=15/{lat}/{lon}',
  },
  argTypes: {
    lang: { control: 'select', options: ['sv', 'en', 'ar'] },
    now: { control: 'date' },
  },
  render: (args) =>
    html`<lc-centre-finder
      feed=${args.feed}
      lang=${args.lang}
      municipality=${ifDefined(args.municipality)}
      service=${ifDefined(args.service)}
      course=${ifDefined(args.course)}
      near=${ifDefined(args.near)}
      limit=${ifDefined(args.limit)}
      map-url-template=${ifDefined(args.mapUrlTemplate)}
      ?locate=${args.locate}
      ?selectable=${args.selectable}
      ?debug=${args.debug}
      .now=${new Date(args.now)}
    ></lc-centre-finder>`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * Presses "Använd min position" with the browser's geolocation replaced by
 * `answer` for that one request, so each position state can be looked at.
 */
function pressLocate(answer: (success: PositionCallback, failure: PositionErrorCallback) => void) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector<LcCentreFinder>('lc-centre-finder')!;
    const find = () => el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="locate-button"]');
    // The button appears once the feed has loaded.
    while (!find()) await new Promise((resolve) => setTimeout(resolve, 50));
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: { getCurrentPosition: answer, watchPosition: () => 0, clearWatch: () => undefined },
    });
    find()!.click();
    delete (navigator as { geolocation?: unknown }).geolocation;
  };
}

const failure = (code: number) =>
  ({
    code,
    PERMISSION_DENIED: 1,
    POSITION_UNAVAILABLE: 2,
    TIMEOUT: 3,
    message: '',
  }) as GeolocationPositionError;

/** While the feed loads. */
export const Loading: Story = { args: { feed: STORY_FEEDS.pending } };

/** The feed cannot be found. */
export const ErrorState: Story = { name: 'Error', args: { feed: STORY_FEEDS.missing } };

/** A feed without centres. */
export const Empty: Story = { args: { feed: NONE } };

/** Every centre by name, Å Ä Ö after Z; open now or not, today's hours, services, contact, map links. */
export const Ready: Story = {};

/** In English. */
export const English: Story = { args: { lang: 'en' } };

/** Centres offering exam invigilation. */
export const Filtered: Story = { args: { service: 'exam-invigilation' } };

/** The university page: where a course can be studied. */
export const ForACourse: Story = { args: { course: 'kth-basar' } };

/** Near a place (Luleå): nearest first, with distances, the first three. */
export const Near: Story = { args: { near: '65.58,22.15', limit: 3 } };

/** Christmas Eve: closed by an exception, with its note and the next opening. */
export const ExceptionDay: Story = { args: { now: CHRISTMAS_EVE } };

/** The "Använd min position" button and the promise that the position stays in the browser. */
export const Locate: Story = { args: { locate: true } };

/** After pressing it: waiting for the browser. */
export const LocateAsking: Story = { args: { locate: true }, play: pressLocate(() => undefined) };

/** The reader said no: explained, still sorted by name. */
export const LocateDenied: Story = {
  args: { locate: true },
  play: pressLocate((_, fail) => fail?.(failure(1))),
};

/** The device could not tell: explained. */
export const LocateUnavailable: Story = {
  args: { locate: true },
  play: pressLocate((_, fail) => fail?.(failure(2))),
};

/** Found: nearest first from the reader's position (here Luleå). */
export const Located: Story = {
  args: { locate: true },
  play: pressLocate((succeed) =>
    succeed({ coords: { latitude: 65.58, longitude: 22.15 } } as GeolocationPosition),
  ),
};

/** A "Välj" toggle on each centre fires `lc-centre-select`. */
export const Selectable: Story = { args: { selectable: true } };

/** Long names and addresses wrap. */
export const LongText: Story = { args: { feed: LONG } };

/** Feed text that looks like HTML stays text; unsafe links are left out. */
export const HostileText: Story = { args: { feed: HOSTILE } };

/** `lang="ar"`: right to left, with texts the page registered. */
export const RightToLeft: Story = { args: { lang: 'ar', locate: true, near: '65.58,22.15' } };

/** The dark token set, set by the page on a wrapper. */
export const DarkTokens: Story = {
  args: { locate: true, selectable: true },
  render: (args, context) =>
    html`<div style="padding: 1rem; background: #0d1117; ${tokenDeclarations(DARK_TOKENS)}">
      ${meta.render!(args, context)}
    </div>`,
};

/** `debug`: the feed's issues under the list, for an editor checking the feed. */
export const Debug: Story = { args: { feed: WITH_ISSUES, debug: true } };
