/**
 * `<lc-course-finder>` in the browser, from the element's creation or a
 * keystroke until the frame is painted, next to a plain Lit list that renders
 * every card (the same card template, the same styles): the ratio of the two
 * is what paging, the precomputed search index and the memoised results buy.
 *
 * The search's 150 ms pause is not timed: a keystroke is followed by Enter,
 * which runs the search at once; what is timed is the work after it.
 */
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { LcElement, translate } from '../../../packages/core/src/index.ts';
import {
  renderCourseCard,
  type CardContext,
} from '../../../packages/course-finder/src/course-card.ts';
import { styles } from '../../../packages/course-finder/src/course-finder.styles.ts';
import type { LcCourseFinder } from '../../../packages/course-finder/src/course-finder.ts';
import '../../../packages/course-finder/src/define.ts';
import { loadFeed, type Course, type Feed } from '../../../packages/feed/src/index.ts';
import { filterCourses } from '../../../packages/feed/src/queries.ts';
import { bigFeed } from '../feeds.ts';
import { defineBenchmark, type BenchContext } from '../harness.ts';
import { preloadFor } from '../widget-stage.ts';

/** A fixed "now" inside the generated feed's application periods, so every run shows the same. */
const NOW = new Date('2026-03-20T10:00:00+01:00');
const FIRST_RENDER_COURSES = 1_000;

/** Resolves after the next frame has been painted (a task queued from a frame callback runs after paint). */
function painted(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

/** A visible place for the element, the width of a typical content column. */
function stage(): HTMLElement {
  const div = document.createElement('div');
  div.style.width = '960px';
  document.body.append(div);
  return div;
}

/** The big feed with its first `count` courses, as a feed address of its own. */
async function smallerFeed(context: BenchContext, count: number) {
  const feed = await bigFeed(context);
  const json = JSON.stringify({ ...feed, courses: feed.courses.slice(0, count) });
  return { json, courses: feed.courses.slice(0, count) };
}

/** Every card at once, the straightforward way: the baseline. */
class PlainCourseList extends LitElement {
  static override styles = [LcElement.baseStyles, styles];
  @property({ attribute: false }) courses: readonly Course[] = [];
  @property({ attribute: false }) context?: CardContext;
  override render() {
    const context = this.context!;
    return html`<ul class="results">
      ${this.courses.map((course, i) => html`<li>${renderCourseCard(course, i, context)}</li>`)}
    </ul>`;
  }
}
customElements.define('bench-plain-course-list', PlainCourseList);

function cardContext(feed: Feed, url: string): CardContext {
  return {
    feed,
    locale: 'sv',
    t: (key, params) => translate('sv', key, params),
    text: (value) => (typeof value === 'string' ? value : (value?.sv ?? '')),
    now: NOW,
    baseUrl: url,
    headingLevel: 3,
  };
}

function expectCards(root: ParentNode | null | undefined, atLeast: number): void {
  const cards = root?.querySelectorAll('[part~="card"]').length ?? 0;
  if (cards < atLeast) throw new Error(`expected at least ${atLeast} cards, found ${cards}`);
}

/** Issue #4: the finder's first render with 1,000 courses (feed fetched and validated beforehand). */
export const courseFinderFirstRender = defineBenchmark({
  name: 'lc-course-finder, first render, 1,000 courses',
  budgetMs: 100,
  setup: async (context) => ({
    ...(await smallerFeed(context, FIRST_RENDER_COURSES)),
    stage: stage(),
  }),
  prepare: async (state) => {
    state.stage.replaceChildren();
    // A new address per run: a new feed object, so the search index is built again, as on a page load.
    const url = URL.createObjectURL(new Blob([state.json], { type: 'application/json' }));
    await preloadFor('lc-course-finder', url);
    return { url, stage: state.stage };
  },
  run: async ({ url, stage }) => {
    const el = document.createElement('lc-course-finder') as LcCourseFinder;
    el.now = NOW;
    el.feed = url;
    const loaded = new Promise((resolve) =>
      el.addEventListener('lc-load', resolve, { once: true }),
    );
    stage.append(el);
    await loaded;
    await painted();
    return el;
  },
  verify: (output) => expectCards((output as LcCourseFinder).shadowRoot, 20),
});

/** The baseline for the above: a plain Lit list of all 1,000 cards. */
export const plainListFirstRender = defineBenchmark({
  name: 'plain Lit list, first render, all 1,000 cards (baseline)',
  budgetMs: null,
  runs: 11,
  setup: async (context) => {
    const { json } = await smallerFeed(context, FIRST_RENDER_COURSES);
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const { feed } = await loadFeed(url);
    return { feed, context: cardContext(feed, url), stage: stage() };
  },
  prepare: (state) => {
    state.stage.replaceChildren();
    return state;
  },
  run: async ({ feed, context, stage }) => {
    const list = document.createElement('bench-plain-course-list') as PlainCourseList;
    list.courses = feed.courses;
    list.context = context;
    stage.append(list);
    await list.updateComplete;
    await painted();
    return list;
  },
  verify: (output) => expectCards((output as PlainCourseList).shadowRoot, FIRST_RENDER_COURSES),
});

/**
 * The fourth letter of a word typed, then taken back, then typed again …
 * ("eng" ↔ "engl"): each run is one keystroke, one that changes the results
 * between about a thousand and a hundred or two, and both benchmarks see the
 * same queries.
 */
function typist(word: string) {
  let longer = false;
  return () => {
    longer = !longer;
    return word.slice(0, longer ? 4 : 3);
  };
}

/** A word that occurs in the generated titles, from the course in the middle of the list. */
async function searchWord(context: BenchContext): Promise<string> {
  const feed = await bigFeed(context);
  const course = feed.courses[Math.floor(feed.courses.length / 2)];
  const title = typeof course.title === 'string' ? course.title : Object.values(course.title)[0];
  const word = title.split(/[\s,.:;()–-]+/).find((w) => w.length >= 5);
  if (!word) throw new Error(`no search word in "${title}"`);
  return word.toLowerCase();
}

/** Issue #4: a keystroke in the search box with 10,000 courses, until the results are painted. */
export const courseFinderKeystroke = defineBenchmark({
  name: 'lc-course-finder, keystroke to paint, 10,000 courses',
  budgetMs: 50,
  setup: async (context) => {
    // Loaded once with room for the big feed; the element then gets it from the page's cache.
    await preloadFor('lc-course-finder', context.bigFeedUrl, { maxBytes: 100 * 1024 * 1024 });
    const el = document.createElement('lc-course-finder') as LcCourseFinder;
    el.now = NOW;
    el.feed = context.bigFeedUrl;
    const loaded = new Promise((resolve) =>
      el.addEventListener('lc-load', resolve, { once: true }),
    );
    stage().append(el);
    await loaded;
    const input = el.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
    return { el, input, next: typist(await searchWord(context)) };
  },
  prepare: (state) => ({ ...state, q: state.next() }),
  run: async ({ el, input, q }) => {
    input.value = q;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await el.updateComplete;
    await painted();
    return el;
  },
  verify: (output) => expectCards((output as LcCourseFinder).shadowRoot, 1),
});

/** The baseline for the above: the same search, then a plain Lit list of every match. */
export const plainListKeystroke = defineBenchmark({
  name: 'plain Lit list, keystroke to paint, 10,000 courses, all matches (baseline)',
  budgetMs: null,
  runs: 7,
  warmup: 2,
  setup: async (context) => {
    const { feed } = await loadFeed(context.bigFeedUrl, { maxBytes: 100 * 1024 * 1024 });
    const list = document.createElement('bench-plain-course-list') as PlainCourseList;
    list.context = cardContext(feed, context.bigFeedUrl);
    stage().append(list);
    return { feed, list, next: typist(await searchWord(context)) };
  },
  prepare: (state) => ({ ...state, q: state.next() }),
  run: async ({ feed, list, q }) => {
    list.courses = filterCourses(feed, { q });
    await list.updateComplete;
    await painted();
    return list;
  },
  verify: (output) => expectCards((output as PlainCourseList).shadowRoot, 1),
});
