import { expect, fixture, nextFrame } from '@open-wc/testing';
import { html } from 'lit';
import { registerMessages, resolveDirection, resolveLanguage } from '../src/index.ts';
import { FIXTURES, nextOutcome, renderSettled, shadow, type LcTestWidget } from './test-widget.ts';

const NOT_FOUND = '/__faults/404';
const MINI = `${FIXTURES}/mini-feed.json`;

/** The retry button's words: the quickest sign of which language the widget speaks. */
function retryLabel(el: Element): string | undefined {
  return shadow(el).querySelector('button')?.textContent?.trim();
}

function base(el: Element): Element {
  return shadow(el).querySelector('[part~="base"]')!;
}

async function failed(template: ReturnType<typeof html>): Promise<LcTestWidget> {
  return (await renderSettled(template)).el;
}

describe('language', () => {
  const root = document.documentElement;
  let savedLang: string;
  let savedDir: string | null;
  beforeEach(() => {
    savedLang = root.lang;
    savedDir = root.getAttribute('dir');
  });
  afterEach(() => {
    root.lang = savedLang;
    if (savedDir === null) root.removeAttribute('dir');
    else root.setAttribute('dir', savedDir);
  });

  it("follows the document's lang", async () => {
    root.lang = 'en';
    const el = await failed(html`<lc-test-widget feed=${NOT_FOUND}></lc-test-widget>`);
    expect(retryLabel(el)).to.equal('Try again');
    expect(shadow(el).textContent).to.include("We couldn't find the feed (404).");
  });

  it('is Swedish when nothing on the page says otherwise', async () => {
    root.removeAttribute('lang');
    const el = await failed(html`<lc-test-widget feed=${NOT_FOUND}></lc-test-widget>`);
    expect(retryLabel(el)).to.equal('Försök igen');
  });

  it("prefers the closest ancestor's lang over the document's", async () => {
    root.lang = 'sv';
    const parentNode = document.createElement('div');
    const settled = nextOutcome(parentNode);
    const wrapper = await fixture(
      html`<div lang="en"><lc-test-widget feed=${NOT_FOUND}></lc-test-widget></div>`,
      { parentNode },
    );
    await settled;
    const el = wrapper.querySelector('lc-test-widget')!;
    expect(retryLabel(el)).to.equal('Try again');
  });

  it("prefers the element's own lang over its ancestors'", async () => {
    root.lang = 'en';
    const el = await failed(html`<lc-test-widget lang="sv" feed=${NOT_FOUND}></lc-test-widget>`);
    expect(retryLabel(el)).to.equal('Försök igen');
  });

  it('finds the lang of a host when the widget is inside a shadow root', async () => {
    root.lang = 'sv';
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const inner = document.createElement('lc-test-widget');
    inner.feed = NOT_FOUND;
    const done = new Promise((resolve) => inner.addEventListener('lc-error', resolve));
    outer.attachShadow({ mode: 'open' }).append(inner);
    await done;
    expect(retryLabel(inner)).to.equal('Try again');
  });

  it('re-renders when the page switches language', async () => {
    root.lang = 'sv';
    const el = await failed(html`<lc-test-widget feed=${NOT_FOUND}></lc-test-widget>`);
    expect(retryLabel(el)).to.equal('Försök igen');
    root.lang = 'en';
    await nextFrame(); // MutationObserver callbacks run as microtasks; the update follows.
    await el.updateComplete;
    expect(retryLabel(el)).to.equal('Try again');
  });

  it("re-renders when the element's own lang changes", async () => {
    const el = await failed(html`<lc-test-widget lang="sv" feed=${NOT_FOUND}></lc-test-widget>`);
    el.lang = 'en';
    await nextFrame();
    await el.updateComplete;
    expect(retryLabel(el)).to.equal('Try again');
  });

  it('speaks English on a page in a language it has no texts for', async () => {
    const el = await failed(html`<lc-test-widget lang="de" feed=${NOT_FOUND}></lc-test-widget>`);
    expect(retryLabel(el)).to.equal('Try again');
  });

  it('picks feed text in the page language, then the feed default', async () => {
    const { el } = await renderSettled(
      html`<lc-test-widget lang="en" feed=${MINI}></lc-test-widget>`,
    );
    const names = [...shadow(el).querySelectorAll('li')].map((li) => li.textContent?.trim());
    expect(names).to.deep.equal(['Kalix Learning Centre', 'Campus Motala']);
    const { el: german } = await renderSettled(
      html`<lc-test-widget lang="de" feed=${MINI}></lc-test-widget>`,
    );
    expect(shadow(german).querySelector('li')!.textContent?.trim()).to.equal(
      'Kalix Learning Centre',
    );
  });

  it('uses texts a page registers for a new language, and re-renders widgets already shown', async () => {
    const el = await failed(html`<lc-test-widget lang="ar" feed=${NOT_FOUND}></lc-test-widget>`);
    expect(retryLabel(el), 'English until Arabic is registered').to.equal('Try again');
    registerMessages('ar', { 'state.retry': 'حاول مرة أخرى' });
    await el.updateComplete;
    expect(retryLabel(el)).to.equal('حاول مرة أخرى');
    // Keys the page did not give fall back to English.
    expect(shadow(el).textContent).to.include('Feed address:');
  });
});

describe('direction', () => {
  it('is rtl for lang="ar", and the state is still accessible', async () => {
    document.documentElement.setAttribute('dir', 'ltr');
    try {
      const el = await failed(html`<lc-test-widget lang="ar" feed=${NOT_FOUND}></lc-test-widget>`);
      expect(base(el).getAttribute('dir')).to.equal('rtl');
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.removeAttribute('dir');
    }
  });

  it('follows dir="rtl" on an ancestor, and ltr for ltr languages', async () => {
    const wrapper = await fixture(
      html`<div dir="rtl">
        <lc-test-widget lang="sv" feed=${NOT_FOUND}></lc-test-widget>
        <span><lc-test-widget feed=${NOT_FOUND}></lc-test-widget></span>
      </div>`,
    );
    const [own, inherited] = wrapper.querySelectorAll('lc-test-widget');
    await Promise.all([own.updateComplete, inherited.updateComplete]);
    expect(base(own).getAttribute('dir'), 'own lang sv is nearer than the rtl wrapper').to.equal(
      'ltr',
    );
    expect(base(inherited).getAttribute('dir')).to.equal('rtl');
    expect(inherited.matches(':dir(rtl)')).to.be.true;
  });
});

describe('resolveLanguage and resolveDirection', () => {
  it('skip empty and malformed lang values and canonicalise tags', async () => {
    const wrapper = await fixture(
      html`<div lang="sv_se">
        <p lang="">
          <span lang="!!"><b></b></span>
        </p>
      </div>`,
    );
    const deepest = wrapper.querySelector('b')!;
    expect(resolveLanguage(deepest)).to.equal('sv-SE');
    expect(resolveDirection(deepest)).to.equal('ltr');
  });

  it('treat dir="auto" as saying nothing', async () => {
    const wrapper = await fixture(
      html`<div lang="he">
        <p dir="auto"><b></b></p>
      </div>`,
    );
    expect(resolveDirection(wrapper.querySelector('b')!)).to.equal('rtl');
  });

  it('fall back to the document for a detached element', () => {
    const saved = document.documentElement.lang;
    document.documentElement.lang = 'en-GB';
    try {
      expect(resolveLanguage(document.createElement('div'))).to.equal('en-GB');
    } finally {
      document.documentElement.lang = saved;
    }
  });
});
