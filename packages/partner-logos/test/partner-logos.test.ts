import { aTimeout, expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import {
  emulateMedia,
  resetMouse,
  sendKeys,
  sendMouse,
  setViewport,
} from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import type { LcErrorEvent, LcLoadEvent } from '@learning-centre/core';
import {
  shadow as root,
  settled as settledWidget,
  slow,
  warnings,
} from '../../core/test/test-widget.ts';
import { $$ as all, clean } from '../../core/test/shadow-dom.ts';
import '../src/define.ts';
import type { LcPartnerLogos } from '../src/partner-logos.ts';

const FIXTURES = '/packages/partner-logos/test/fixtures';
const FEED = `${FIXTURES}/partners.json`;
const HOSTILE = `${FIXTURES}/hostile.json`;
const NO_PARTNERS = `${FIXTURES}/no-partners.json`;

/** Renders the widget and waits until its feed has loaded or failed, and it shows that. */
const settled = (template: TemplateResult) => settledWidget<LcPartnerLogos>(template);
const text = (node: Node | null | undefined) => clean(node?.textContent);
const absolute = (path: string) => new URL(path, location.href).href;
/** What a screen reader reads: the text without aria-hidden decoration. */
function label(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove());
  return text(copy);
}

/** Waits until every image of the widget has loaded or failed. */
async function imagesSettled(el: Element): Promise<void> {
  await waitUntil(
    () => all<HTMLImageElement>(el, 'img').every((img) => img.complete),
    'images did not settle',
  );
  await (el as LcPartnerLogos).updateComplete;
}

describe('<lc-partner-logos> states', () => {
  it('loading: an accessible status', async () => {
    const el = await fixture<LcPartnerLogos>(
      html`<lc-partner-logos lang="sv" feed=${slow(3000)}></lc-partner-logos>`,
    );
    await expect(el).to.be.accessible();
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('Laddar…');
  });

  it('error: an accessible alert, and lc-error', async () => {
    const parentNode = document.createElement('div');
    const failed = oneEvent(parentNode, 'lc-error') as Promise<LcErrorEvent>;
    const el = await fixture<LcPartnerLogos>(
      html`<lc-partner-logos lang="sv" feed="/__faults/404"></lc-partner-logos>`,
      { parentNode },
    );
    const event = await failed;
    await el.updateComplete;
    expect(event.detail.kind).to.equal('http');
    await expect(el).to.be.accessible();
    expect(text(root(el).querySelector('[role="alert"]'))).to.include(
      'Vi hittade inte flödet (404).',
    );
  });

  it('empty: a feed without partners says so in a status', async () => {
    const el = await settled(
      html`<lc-partner-logos lang="sv" feed=${NO_PARTNERS}></lc-partner-logos>`,
    );
    await expect(el).to.be.accessible();
    expect(text(root(el).querySelector('[role="status"]'))).to.equal(
      'Det finns inga samarbetspartner att visa.',
    );
  });

  it('empty in English when the filter leaves no partner', async () => {
    const el = await settled(
      html`<lc-partner-logos lang="en" kind="union" feed=${FEED}></lc-partner-logos>`,
    );
    await expect(el).to.be.accessible();
    expect(text(root(el).querySelector('[role="status"]'))).to.equal(
      'There are no partners to show.',
    );
  });

  it('ready: lc-load, then the logos grouped under headings by kind, in feed order', async () => {
    const parentNode = document.createElement('div');
    const loaded = oneEvent(parentNode, 'lc-load') as Promise<LcLoadEvent>;
    const el = await fixture<LcPartnerLogos>(
      html`<lc-partner-logos lang="sv" feed=${FEED}></lc-partner-logos>`,
      { parentNode },
    );
    const event = await loaded;
    await el.updateComplete;
    expect(event.detail.feed.partners).to.have.length(6);
    await imagesSettled(el);
    await expect(el).to.be.accessible();
    expect(all(el, 'h3').map(text)).to.deep.equal([
      'Universitet eller högskola',
      'Region',
      'Arbetsgivare',
      'Bibliotek',
    ]);
    expect(all(el, '[part~="item"]')).to.have.length(6);
  });

  it('filtered to one kind: no headings', async () => {
    const el = await settled(
      html`<lc-partner-logos lang="sv" kind="university" feed=${FEED}></lc-partner-logos>`,
    );
    await expect(el).to.be.accessible();
    expect(all(el, 'h2, h3, h4, h5, h6')).to.be.empty;
    expect(all<HTMLImageElement>(el, 'img').map((img) => img.alt)).to.deep.equal([
      'Luleå tekniska universitet, logotyp',
      'KTH',
    ]);
  });

  it('RTL (lang="ar"): accessible, laid out right to left', async () => {
    const el = await settled(html`<lc-partner-logos lang="ar" feed=${FEED}></lc-partner-logos>`);
    await imagesSettled(el);
    await expect(el).to.be.accessible();
    expect(root(el).querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
  });
});

describe('<lc-partner-logos> logos', () => {
  it("links each logo to the partner's site, named by the logo's alt, else the partner's name", async () => {
    const el = await settled(html`<lc-partner-logos lang="sv" feed=${FEED}></lc-partner-logos>`);
    const links = all<HTMLAnchorElement>(el, 'a[part~="link"]');
    expect(links.map((a) => a.href)).to.deep.equal([
      'https://www.ltu.se/',
      'https://www.kth.se/',
      'https://www.norrbotten.se/',
      'https://bruket.example/',
      'https://bibliotek.kalix.example/',
    ]);
    const [ltu, kth] = links.map((a) => a.querySelector('img')!);
    expect(ltu.alt).to.equal('Luleå tekniska universitet, logotyp');
    expect(kth.alt, 'no alt in the feed: the name').to.equal('KTH');
  });

  it('reads alt texts and names in the page language', async () => {
    const el = await settled(html`<lc-partner-logos lang="en" feed=${FEED}></lc-partner-logos>`);
    const alts = all<HTMLImageElement>(el, 'img').map((img) => img.alt);
    expect(alts).to.include('Luleå University of Technology, logo');
    expect(alts).to.include('Norrbotten Region');
    expect(all(el, 'h3').map(text)[0]).to.equal('University');
  });

  it('gives images lazy loading, async decoding, a size, and an address resolved against the feed', async () => {
    const el = await settled(html`<lc-partner-logos lang="sv" feed=${FEED}></lc-partner-logos>`);
    const img = all<HTMLImageElement>(el, 'img')[0];
    expect(img.getAttribute('src')).to.equal(absolute(`${FIXTURES}/logos/ltu.svg`));
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.getAttribute('width')).to.equal('200');
    expect(img.getAttribute('height')).to.equal('80');
  });

  it('shows a partner without a web address as a figure, and one without a logo by name', async () => {
    const el = await settled(html`<lc-partner-logos lang="sv" feed=${FEED}></lc-partner-logos>`);
    const figure = root(el).querySelector('figure[part~="figure"]')!;
    expect(figure.querySelector('img')!.alt).to.equal('ABB');
    expect(figure.closest('a')).to.be.null;
    const library = all<HTMLAnchorElement>(el, 'a').find((a) => a.href.includes('bibliotek'))!;
    expect(library.querySelector('img')).to.be.null;
    expect(text(library)).to.equal('Kalix bibliotek');
  });

  it('replaces a logo that fails to load with the partner name as text', async () => {
    const el = await settled(
      html`<lc-partner-logos lang="sv" kind="employer" feed=${FEED}></lc-partner-logos>`,
    );
    const bruket = () => all<HTMLAnchorElement>(el, 'a').find((a) => a.href.includes('bruket'))!;
    await waitUntil(() => !bruket().querySelector('img'), 'the broken image stayed');
    expect(text(bruket())).to.equal('Bruket AB');
    await expect(el).to.be.accessible();
  });

  it('monochrome: the grey variant until focus shows the colour logo; else a grey filter', async () => {
    const el = await settled(
      html`<lc-partner-logos lang="sv" monochrome feed=${FEED}></lc-partner-logos>`,
    );
    const region = all<HTMLAnchorElement>(el, 'a').find((a) => a.href.includes('norrbotten'))!;
    const [mono, colour] = [...region.querySelectorAll('img')];
    expect(mono.getAttribute('src')).to.equal(absolute(`${FIXTURES}/logos/region-mono.svg`));
    expect(colour.getAttribute('src')).to.equal(absolute(`${FIXTURES}/logos/region.svg`));
    expect(getComputedStyle(colour).display).to.equal('none');
    expect(getComputedStyle(mono).display).to.equal('block');

    const ltu = all(el, 'a img')[0];
    expect(getComputedStyle(ltu).filter).to.equal('grayscale(1)');

    // Keyboard focus (focus-visible) on the first link: in colour.
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(ltu.closest('a'));
    // (after the short transition)
    await waitUntil(() => getComputedStyle(ltu).filter === 'none', 'still grey when focused');
    // On to the region's link: its colour variant replaces the grey one.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(region);
    expect(getComputedStyle(colour).display).to.equal('block');
    expect(getComputedStyle(mono).display).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('without monochrome, logos are in colour and the variant is not used', async () => {
    const el = await settled(html`<lc-partner-logos lang="sv" feed=${FEED}></lc-partner-logos>`);
    expect(getComputedStyle(all(el, 'img')[0]).filter).to.equal('none');
    expect(all<HTMLImageElement>(el, 'img').some((img) => img.src.includes('mono'))).to.be.false;
  });
});

describe('<lc-partner-logos> attributes', () => {
  it('tier and centre keep only those partners; a partner without centres is everyone’s', async () => {
    const el = await settled(
      html`<lc-partner-logos lang="sv" tier="huvudpartner" feed=${FEED}></lc-partner-logos>`,
    );
    expect(all<HTMLImageElement>(el, 'a img').map((img) => img.alt)).to.deep.equal([
      'Luleå tekniska universitet, logotyp',
      'Region Norrbotten',
    ]);
    el.removeAttribute('tier');
    el.centre = 'motala';
    await el.updateComplete;
    const names = all(el, '[part~="item"]').map(
      (item) => text(item) || item.querySelector('img')!.alt,
    );
    expect(names).to.deep.equal(['Luleå tekniska universitet, logotyp', 'KTH', 'ABB']);
  });

  it('kind lists several kinds, and their order orders the groups', async () => {
    const el = await settled(
      html`<lc-partner-logos lang="sv" kind="Library, university" feed=${FEED}></lc-partner-logos>`,
    );
    expect(all(el, 'h3').map(text)).to.deep.equal(['Bibliotek', 'Universitet eller högskola']);
  });

  it('heading-level sets the level of the group headings', async () => {
    const el = await settled(
      html`<lc-partner-logos lang="sv" heading-level="2" feed=${FEED}></lc-partner-logos>`,
    );
    expect(all(el, 'h2')).to.have.length(4);
    expect(all(el, 'h3')).to.be.empty;
  });

  it('columns fixes the number of grid columns', async () => {
    const el = await settled(
      html`<lc-partner-logos
        lang="sv"
        kind="employer"
        columns="2"
        feed=${FEED}
      ></lc-partner-logos>`,
    );
    const list = root(el).querySelector('[part~="list"]')!;
    expect(getComputedStyle(list).gridTemplateColumns.split(' ')).to.have.length(2);
  });

  it('row lays the logos out in a wrapping row', async () => {
    const el = await settled(
      html`<lc-partner-logos lang="sv" layout="row" feed=${FEED}></lc-partner-logos>`,
    );
    const list = root(el).querySelector('[part~="list"]')!;
    expect(getComputedStyle(list).display).to.equal('flex');
    expect(getComputedStyle(list).flexWrap).to.equal('wrap');
  });

  it('warns about values it cannot use, naming the attribute and what it accepts, and goes on', async () => {
    let el!: LcPartnerLogos;
    const seen = await warnings(async () => {
      el = await settled(
        html`<lc-partner-logos
          lang="sv"
          layout="diagonal"
          kind="unversity"
          columns="many"
          heading-level="9"
          feed=${FEED}
        ></lc-partner-logos>`,
      );
    });
    expect(seen.find((w) => w.includes('layout="diagonal"'))).to.include(
      '"grid", "row" or "marquee"',
    );
    expect(seen.find((w) => w.includes('kind="unversity"'))).to.include('university, employer');
    expect(seen.find((w) => w.includes('columns="many"'))).to.include('from 1 to 12');
    expect(seen.find((w) => w.includes('heading-level="9"'))).to.include('from 2 to 6');
    // Defaults: a grid of every kind under h3 headings.
    expect(all(el, 'h3')).to.have.length(4);
    expect(getComputedStyle(root(el).querySelector('[part~="list"]')!).display).to.equal('grid');
  });
});

describe('<lc-partner-logos> marquee', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  async function marquee(extra: Partial<Record<'kind', string>> = {}) {
    const el = await settled(
      html`<lc-partner-logos
        lang="sv"
        layout="marquee"
        kind=${extra.kind ?? 'university,employer'}
        feed=${FEED}
      ></lc-partner-logos>`,
    );
    return el;
  }

  const track = (el: Element) => root(el).querySelector<HTMLElement>('.track')!;

  it('moves, with a visible pause button first; a duplicate loop is hidden and out of the tab order', async () => {
    const el = await marquee();
    await imagesSettled(el);
    await expect(el).to.be.accessible();
    const button = root(el).querySelector<HTMLButtonElement>('[part~="pause-button"]')!;
    expect(label(button)).to.equal('Pausa logotyperna');
    expect(button.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(getComputedStyle(track(el)).animationName).to.equal('lc-partner-marquee');
    expect(getComputedStyle(track(el)).animationPlayState).to.equal('running');

    const copies = all(el, '.group:first-of-type .track > ul');
    expect(copies).to.have.length(2);
    expect(copies[0].hasAttribute('aria-hidden')).to.be.false;
    expect(copies[1].getAttribute('aria-hidden')).to.equal('true');
    const hiddenLinks = [...copies[1].querySelectorAll('a')];
    expect(hiddenLinks).to.have.length(2);
    expect(hiddenLinks.every((a) => a.tabIndex === -1)).to.be.true;
  });

  it('pauses and plays with the button, by keyboard', async () => {
    const el = await marquee();
    await sendKeys({ press: 'Tab' });
    const button = root(el).activeElement as HTMLButtonElement;
    expect(button.getAttribute('part')).to.equal('pause-button');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(label(button)).to.equal('Spela upp logotyperna');
    expect(getComputedStyle(track(el)).animationPlayState).to.equal('paused');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(label(button)).to.equal('Pausa logotyperna');
    expect(getComputedStyle(track(el)).animationPlayState).to.equal('running');
  });

  it('pauses while a logo has keyboard focus, and Tab skips the duplicate', async () => {
    const el = await marquee({ kind: 'university' });
    await sendKeys({ press: 'Tab' }); // the pause button
    await sendKeys({ press: 'Tab' });
    const first = root(el).activeElement as HTMLAnchorElement;
    expect(first.href).to.equal('https://www.ltu.se/');
    expect(getComputedStyle(track(el)).animationPlayState).to.equal('paused');
    await sendKeys({ press: 'Tab' });
    expect((root(el).activeElement as HTMLAnchorElement).href).to.equal('https://www.kth.se/');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement, 'focus left the widget after the real links').to.be.null;
  });

  it('pauses while the pointer is over it', async () => {
    const el = await marquee({ kind: 'university' });
    const strip = root(el).querySelector('[part~="marquee"]')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(strip.x + 5), Math.round(strip.y + 5)] });
    expect(getComputedStyle(track(el)).animationPlayState).to.equal('paused');
    await resetMouse();
    expect(getComputedStyle(track(el)).animationPlayState).to.equal('running');
  });

  it('never moves under prefers-reduced-motion: a grid without duplicates or button', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await marquee();
    await expect(el).to.be.accessible();
    expect(root(el).querySelector('[part~="pause-button"]')).to.be.null;
    expect(root(el).querySelector('.track')).to.be.null;
    expect(all(el, '[aria-hidden="true"] a')).to.be.empty;
    expect(getComputedStyle(root(el).querySelector('[part~="list"]')!).display).to.equal('grid');
  });

  it('stops moving when the reader turns on reduced motion while it runs', async () => {
    const el = await marquee();
    expect(root(el).querySelector('.track')).to.exist;
    await emulateMedia({ reducedMotion: 'reduce' });
    await waitUntil(() => !root(el).querySelector('.track'), 'still a marquee');
  });
});

describe('<lc-partner-logos> at 320 px', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const layout of ['grid', 'row', 'marquee']) {
    it(`${layout}: nothing wider than the screen`, async () => {
      const el = await settled(
        html`<lc-partner-logos
          lang="sv"
          layout=${layout}
          columns="4"
          feed=${FEED}
        ></lc-partner-logos>`,
      );
      await imagesSettled(el);
      await aTimeout(0);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<lc-partner-logos> hostile feed', () => {
  it('shows feed text as text and never uses javascript: or data: addresses', async () => {
    const hacked = window as { __lcHacked?: boolean };
    delete hacked.__lcHacked;
    const el = await settled(
      html`<lc-partner-logos lang="sv" monochrome feed=${HOSTILE}></lc-partner-logos>`,
    );
    await aTimeout(50);
    await expect(el).to.be.accessible();
    const items = all(el, '[part~="item"]');
    expect(items.map(text)).to.deep.equal([
      '<img src=x onerror="window.__lcHacked = true">',
      'Data-logo AB',
      'Inline SVG AB',
    ]);
    expect(all(el, 'img'), 'no logo has a usable address').to.be.empty;
    expect(all(el, 'a'), 'no partner has a usable link').to.be.empty;
    expect(all(el, 'b')).to.be.empty;
    expect(hacked.__lcHacked).to.be.undefined;
  });
});
