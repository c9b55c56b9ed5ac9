import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { FilterChangeEvent, LcCourseFinder } from '../src/course-finder.ts';
import { SEARCH_DELAY_MS } from '../src/course-finder.ts';
import {
  COURSES,
  NOW,
  checkbox,
  count,
  nextEvent,
  openFacet,
  renderFinder,
  searchInput,
  sleep,
} from './helpers.ts';

const params = () => new URLSearchParams(location.search);

describe('lc-course-finder sync-url', () => {
  let original: string;
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => {
    history.replaceState(history.state, '', original);
  });

  const synced = () =>
    renderFinder(
      html`<lc-course-finder lang="sv" feed=${COURSES} sync-url .now=${NOW}></lc-course-finder>`,
    );

  /** Goes back or forward in history and waits for the finder to show it. */
  async function go(el: LcCourseFinder, delta: number) {
    const changed = nextEvent<FilterChangeEvent>(el, 'lc-filter-change');
    history.go(delta);
    return (await changed).detail;
  }

  it("starts from a shared link's filter and keeps the page's own keys", async () => {
    history.replaceState(null, '', '?page=utbildning&lc-q=python&lc-mode=distance');
    const el = await synced();
    expect(count(el)).to.equal('1 kurs');
    expect(searchInput(el).value).to.equal('python');
    await openFacet(el, 'modes');
    checkbox(el, 'modes', 'distance').click();
    await el.updateComplete;
    expect(location.search).to.equal('?page=utbildning&lc-q=python');
  });

  it('adds a history entry per filter; back and forward bring them back', async () => {
    history.replaceState(null, '', '?page=utbildning');
    const el = await synced();
    const length = history.length;
    await openFacet(el, 'modes');
    checkbox(el, 'modes', 'distance').click();
    await el.updateComplete;
    checkbox(el, 'modes', 'hybrid').click();
    await el.updateComplete;
    expect(history.length).to.equal(length + 2);
    expect(params().get('lc-mode')).to.equal('distance,hybrid');
    expect(count(el)).to.equal('25 kurser');

    expect(await go(el, -1)).to.deep.equal({ filter: { modes: ['distance'] }, total: 23 });
    expect(checkbox(el, 'modes', 'hybrid').checked).to.be.false;
    expect(await go(el, -1)).to.deep.equal({ filter: {}, total: 27 });
    expect(checkbox(el, 'modes', 'distance').checked).to.be.false;
    expect(params().get('page')).to.equal('utbildning');
    expect(await go(el, 2)).to.deep.equal({ filter: { modes: ['distance', 'hybrid'] }, total: 25 });
    expect(count(el)).to.equal('25 kurser');
  });

  it('typing rewrites one entry instead of adding one per keystroke', async () => {
    const el = await synced();
    const length = history.length;
    searchInput(el).focus();
    await sendKeys({ type: 'led' });
    await sleep(SEARCH_DELAY_MS + 50);
    await sendKeys({ type: 'arskap' });
    await sleep(SEARCH_DELAY_MS + 50);
    await el.updateComplete;
    expect(params().get('lc-q')).to.equal('ledarskap');
    expect(history.length).to.equal(length + 1);
    await go(el, -1);
    expect(searchInput(el).value, 'back to before the search').to.equal('');
    expect(count(el)).to.equal('27 kurser');
  });

  it('leaves the address alone without sync-url', async () => {
    history.replaceState(null, '', '?lc-q=python');
    const el = await renderFinder(
      html`<lc-course-finder lang="sv" feed=${COURSES} .now=${NOW}></lc-course-finder>`,
    );
    expect(count(el)).to.equal('27 kurser');
    await openFacet(el, 'modes');
    checkbox(el, 'modes', 'distance').click();
    await el.updateComplete;
    expect(location.search).to.equal('?lc-q=python');
  });
});
