import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import type { CourseSelectEvent, FilterChangeEvent } from '../src/course-finder.ts';
import { SEARCH_DELAY_MS } from '../src/course-finder.ts';
import {
  COURSES,
  NOW,
  checkbox,
  count,
  facet,
  focused,
  nextEvent,
  openFacet,
  renderFinder,
  searchInput,
  shadow,
  sleep,
  titles,
} from './helpers.ts';

const ready = (pageSize?: number) =>
  renderFinder(
    html`<lc-course-finder
      lang="sv"
      feed=${COURSES}
      page-size=${pageSize ?? 20}
      .now=${NOW}
    ></lc-course-finder>`,
  );

describe('lc-course-finder search', () => {
  it('searches as one types', async () => {
    const el = await ready();
    searchInput(el).focus();
    await sendKeys({ type: 'python' });
    await sleep(SEARCH_DELAY_MS + 50);
    await el.updateComplete;
    expect(count(el)).to.equal('1 kurs');
    expect(titles(el)).to.deep.equal(['Programmering i Python']);
  });

  it('waits for a pause in the typing before it searches', async () => {
    const el = await ready();
    const input = searchInput(el);
    input.value = 'pyth';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(count(el), 'not yet').to.equal('27 kurser');
    await sleep(SEARCH_DELAY_MS / 2);
    input.value = 'python';
    input.dispatchEvent(new InputEvent('input'));
    const second = performance.now();
    await sleep(SEARCH_DELAY_MS / 2 + 10);
    await el.updateComplete;
    // More than the delay after the first keystroke; on a busy machine the sleep may overshoot the second's.
    if (performance.now() - second < SEARCH_DELAY_MS) {
      expect(count(el), 'each keystroke restarts the wait').to.equal('27 kurser');
    }
    await sleep(SEARCH_DELAY_MS);
    await el.updateComplete;
    expect(count(el)).to.equal('1 kurs');
  });

  it('runs at once on Enter', async () => {
    const el = await ready();
    searchInput(el).focus();
    await sendKeys({ type: 'Vaggeryd' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Names of centres and providers find courses too: four studied in Vaggeryd, one from Komvux Vaggeryd.
    expect(count(el)).to.equal('5 kurser');
  });

  it('finds Swedish compounds and folds case and accents, but not å ä ö', async () => {
    const el = await ready();
    const search = async (q: string) => {
      searchInput(el).value = q;
      searchInput(el).dispatchEvent(new InputEvent('input'));
      searchInput(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      await el.updateComplete;
      return titles(el);
    };
    // "Demensvård" by its title, "Undersköterska" by its subject "Vård och omsorg".
    expect(await search('VÅRD')).to.deep.equal(['Undersköterska', 'Demensvård']);
    expect(await search('demensvard')).to.deep.equal([]);
  });
});

describe('lc-course-finder filters', () => {
  const label = (box: HTMLInputElement) =>
    box.closest('label')!.textContent!.replace(/\s+/g, ' ').trim();

  it("count what each value would give, and follow the other filters' changes", async () => {
    const el = await ready();
    await openFacet(el, 'subjects');
    expect(label(checkbox(el, 'subjects', 'it'))).to.equal('Data och IT (3)');
    expect(label(checkbox(el, 'subjects', 'math'))).to.equal('Matematik (1)');
    await openFacet(el, 'modes');
    checkbox(el, 'modes', 'on-site').click();
    await el.updateComplete;
    // The counts follow the results, once those are painted.
    await waitUntil(() => label(checkbox(el, 'subjects', 'it')) === 'Data och IT (1)');
    expect(
      el.shadowRoot!.querySelector('input[value="math"]'),
      'a value that would give nothing is not offered',
    ).to.be.null;
    expect(label(checkbox(el, 'modes', 'distance')), 'a filter does not count itself').to.equal(
      'Distans (23)',
    );
  });
});

describe('lc-course-finder keyboard', () => {
  it('reaches every control with Tab and ticks a filter with the space bar', async () => {
    const el = await ready();
    searchInput(el).focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.closest('details')?.dataset.facet).to.equal('subjects');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.closest('details')?.dataset.facet).to.equal('levels');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.closest('details')?.dataset.facet).to.equal('modes');
    const toggled = nextEvent(facet(el, 'modes')!, 'toggle');
    await sendKeys({ press: 'Enter' });
    await toggled;
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect((focused(el) as HTMLInputElement).value).to.equal('distance');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(count(el)).to.equal('23 kurser');
    expect((focused(el) as HTMLInputElement).checked, 'focus stays on the ticked box').to.be.true;
  });

  it('"Visa fler" shows the next page and moves focus to its first course', async () => {
    const el = await ready(5);
    expect(titles(el)).to.have.length(5);
    const more = shadow(el).querySelector<HTMLButtonElement>('[part~="show-more-button"]')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(titles(el)).to.have.length(10);
    const sixth = shadow(el).querySelectorAll('[part~="card"]')[5];
    expect(focused(el)).to.equal(sixth.querySelector('h3 a'));
    expect(focused(el)?.textContent).to.equal(titles(el)[5]);
  });

  it('"Visa fler" focuses a title without a link too', async () => {
    // The hostile course (no usable link) is the 7th result.
    const el = await ready(6);
    shadow(el).querySelector<HTMLButtonElement>('[part~="show-more-button"]')!.click();
    await el.updateComplete;
    expect(focused(el)?.parentElement?.tagName).to.equal('H3');
    expect(focused(el)?.textContent?.trim()).to.equal('<img src=x onerror=alert(1)>');
  });

  it('starts over at the first page when the filter changes', async () => {
    const el = await ready(5);
    shadow(el).querySelector<HTMLButtonElement>('[part~="show-more-button"]')!.click();
    await el.updateComplete;
    await openFacet(el, 'modes');
    checkbox(el, 'modes', 'distance').click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(5);
  });
});

describe('lc-course-finder at 320 px', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('fits without scrolling sideways, with a filter open', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await ready();
    await openFacet(el, 'subjects');
    await openFacet(el, 'levels');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    for (const node of shadow(el).querySelectorAll<HTMLElement>('[part~="card"], form')) {
      expect(node.scrollWidth, node.className).to.be.at.most(node.clientWidth + 1);
    }
  });
});

describe('lc-course-finder at 200 % zoom', () => {
  // Browser zoom at 200 % on a 1280 px screen leaves a 640 px wide layout with every
  // length doubled; WCAG 1.4.4 asks that text resized to 200 % still shows in full.
  // Both at once: a 640 px viewport and the page's root font size doubled.
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps every text and control in view, with a filter open', async () => {
    await setViewport({ width: 640, height: 400 });
    document.documentElement.style.setProperty('font-size', '200%');
    const el = await ready();
    await openFacet(el, 'subjects');
    const root = shadow(el);
    const fontSize = parseFloat(getComputedStyle(root.querySelector('[part~="card"]')!).fontSize);
    expect(fontSize, 'the widget follows the page text size').to.be.at.least(30);
    expect(document.documentElement.scrollWidth).to.be.at.most(640);
    for (const node of root.querySelectorAll<HTMLElement>(
      '[part~="card"], form, button, a, label, h2, h3, h4, p',
    )) {
      if (!node.getClientRects().length) continue;
      expect(node.scrollWidth, `${node.localName}.${node.className}`).to.be.at.most(
        node.clientWidth + 1,
      );
    }
    // Still usable: the search box takes text and the results follow.
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'svenska' });
    await el.updateComplete;
    expect(titles(el).length).to.be.greaterThan(0);
  });
});

describe('lc-course-finder events', () => {
  /**
   * Clicks the first title link and tells whether the finder kept the browser
   * from following it. A listener after the finder's (on the shadow root)
   * reads that, then stops the navigation itself so the test page stays.
   */
  async function clickTitle(init: MouseEventInit = {}) {
    const el = await ready();
    const link = shadow(el).querySelector<HTMLAnchorElement>('[part~="title-link"]')!;
    let preventedByFinder: boolean | undefined;
    shadow(el).addEventListener(
      'click',
      (event) => {
        preventedByFinder = event.defaultPrevented;
        event.preventDefault();
      },
      { once: true },
    );
    return {
      el,
      link,
      click: () => {
        link.dispatchEvent(
          new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init }),
        );
        return preventedByFinder;
      },
    };
  }

  it('lc-course-select: the course, when its title is clicked', async () => {
    const { el, click } = await clickTitle();
    const heard = nextEvent<CourseSelectEvent>(document, 'lc-course-select');
    expect(click(), 'not cancelled: the link is followed').to.be.false;
    const event = await heard;
    expect(event.target).to.equal(el);
    expect(event.detail.course.id).to.equal('python');
    expect(event.bubbles && event.composed && event.cancelable).to.be.true;
  });

  it('lc-course-select: cancelling it keeps a plain click on the page', async () => {
    const { el, click } = await clickTitle();
    el.addEventListener('lc-course-select', (event) => event.preventDefault(), { once: true });
    expect(click()).to.be.true;
  });

  it('lc-course-select: a click for a new tab still follows the link', async () => {
    const { el, click } = await clickTitle({ ctrlKey: true });
    el.addEventListener('lc-course-select', (event) => event.preventDefault(), { once: true });
    expect(click()).to.be.false;
  });

  it('lc-filter-change: the filter and the number of courses, after the change', async () => {
    const el = await ready();
    await openFacet(el, 'levels');
    const heard = nextEvent<FilterChangeEvent>(el, 'lc-filter-change');
    checkbox(el, 'levels', 'bachelor').click();
    const event = await heard;
    expect(event.detail).to.deep.equal({ filter: { levels: ['bachelor'] }, total: 3 });
    expect(count(el), 'the event comes after the render').to.equal('3 kurser');
    expect(event.bubbles && event.composed).to.be.true;
  });

  it('lc-filter-change: the search, once per applied search', async () => {
    const el = await ready();
    const details: unknown[] = [];
    el.addEventListener('lc-filter-change', (event) => details.push(event.detail));
    searchInput(el).value = 'mat';
    searchInput(el).dispatchEvent(new InputEvent('input'));
    searchInput(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The waiting search was dropped: Enter ran it.
    await sleep(SEARCH_DELAY_MS + 50);
    expect(details).to.deep.equal([{ filter: { q: 'mat' }, total: 1 }]);
  });
});
