import { aTimeout, expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import type { LcErrorEvent } from '@learning-centre/core';
import {
  shadow as root,
  settled as settledWidget,
  slow,
  warnings,
} from '../../core/test/test-widget.ts';
import { $$ as all, clean } from '../../core/test/shadow-dom.ts';
import '../src/define.ts';
import type { CentreSelectEvent, LcCentreFinder } from '../src/centre-finder.ts';

const FIXTURES = '/packages/centre-finder/test/fixtures';
const FEED = `${FIXTURES}/centres.json`;
const HOSTILE = `${FIXTURES}/hostile.json`;
const NO_CENTRES = `${FIXTURES}/no-centres.json`;
/** A Tuesday morning in Stockholm. */
const TUESDAY_10 = new Date('2026-03-03T10:00:00+01:00');
const LULEA = { lat: 65.58, lon: 22.15 };

/** Renders the widget and waits until its feed has loaded or failed, and it shows that. */
const settled = (template: TemplateResult) => settledWidget<LcCentreFinder>(template);
const text = (node: Node | null | undefined) => clean(node?.textContent);
const names = (el: Element) => all(el, '[part~="name"]').map(text);
/** The first element matching `selector` that is shown (a card hides what a centre has no data for). */
const shown = <T extends Element = HTMLElement>(scope: ParentNode, selector: string) =>
  [...scope.querySelectorAll<T>(selector)].find((node) => !node.closest('[hidden]')) ?? null;
/** Text as read: hidden parts left out. */
function visibleText(node: Element | null): string {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[hidden]').forEach((hidden) => hidden.remove());
  return text(copy);
}
/** The card of the centre whose name starts with `name`. */
const card = (el: Element, name: string) =>
  all(el, '[part~="centre"]').find((c) =>
    text(c.querySelector('[part~="name"]')).startsWith(name),
  )!;
const row = (centre: Element, part: string) => visibleText(shown(centre, `[part~="${part}"] dd`));

type Success = (position: GeolocationPosition) => void;
type Failure = (error: GeolocationPositionError) => void;

/** Replaces the browser's geolocation; `answer` decides what each request gets. */
function fakeGeolocation(answer: (success: Success, failure: Failure) => void) {
  const calls: number[] = [];
  const geolocation = {
    getCurrentPosition(success: Success, failure: Failure) {
      calls.push(Date.now());
      answer(success, failure);
    },
    watchPosition: () => 0,
    clearWatch: () => undefined,
  };
  Object.defineProperty(navigator, 'geolocation', { value: geolocation, configurable: true });
  return calls;
}

const position = ({ lat, lon }: { lat: number; lon: number }) =>
  ({ coords: { latitude: lat, longitude: lon, accuracy: 50 } }) as GeolocationPosition;
const positionError = (code: number) =>
  ({
    code,
    PERMISSION_DENIED: 1,
    POSITION_UNAVAILABLE: 2,
    TIMEOUT: 3,
    message: '',
  }) as GeolocationPositionError;

afterEach(() => {
  // Back to the browser's own (the prototype's getter).
  delete (navigator as { geolocation?: unknown }).geolocation;
});

describe('<lc-centre-finder> states', () => {
  it('loading: an accessible status', async () => {
    const el = await fixture<LcCentreFinder>(
      html`<lc-centre-finder lang="sv" feed=${slow(3000)}></lc-centre-finder>`,
    );
    await expect(el).to.be.accessible();
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('Laddar…');
  });

  it('error: an accessible alert, and lc-error', async () => {
    const parentNode = document.createElement('div');
    const failed = oneEvent(parentNode, 'lc-error') as Promise<LcErrorEvent>;
    const el = await fixture<LcCentreFinder>(
      html`<lc-centre-finder lang="sv" feed="/__faults/invalid-json"></lc-centre-finder>`,
      { parentNode },
    );
    expect((await failed).detail.kind).to.equal('parse');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(root(el).querySelector('[role="alert"]')).to.exist;
  });

  it('empty: a feed without centres says so', async () => {
    const el = await settled(
      html`<lc-centre-finder lang="sv" feed=${NO_CENTRES}></lc-centre-finder>`,
    );
    await expect(el).to.be.accessible();
    expect(text(root(el).querySelector('[role="status"]'))).to.equal(
      'Det finns inga lärcentrum att visa.',
    );
  });

  it('empty when the filter leaves nothing, in English', async () => {
    const el = await settled(
      html`<lc-centre-finder
        lang="en"
        municipality="Kalix"
        service="printing"
        feed=${FEED}
      ></lc-centre-finder>`,
    );
    await expect(el).to.be.accessible();
    expect(text(root(el).querySelector('[role="status"]'))).to.equal(
      'There are no learning centres to show.',
    );
  });

  it('ready: by name in Swedish collation (Å, Ä, Ö after Z)', async () => {
    const el = await settled(
      html`<lc-centre-finder lang="sv" .now=${TUESDAY_10} feed=${FEED}></lc-centre-finder>`,
    );
    await expect(el).to.be.accessible();
    expect(names(el)).to.deep.equal([
      'Campus Motala',
      'Lärcentrum Kalix',
      'Vaggeryds lärcentrum',
      'Åsele lärcentrum',
      'Älvsby lärcentrum',
      'Överkalix lärcentrum',
    ]);
    expect(all(el, 'h3')).to.have.length(6);
  });

  it('in English: English names, English collation', async () => {
    const el = await settled(
      html`<lc-centre-finder lang="en" .now=${TUESDAY_10} feed=${FEED}></lc-centre-finder>`,
    );
    await expect(el).to.be.accessible();
    expect(names(el)).to.deep.equal([
      'Älvsby lärcentrum',
      'Åsele lärcentrum',
      'Campus Motala',
      'Kalix Learning Centre',
      'Överkalix lärcentrum',
      'Vaggeryds lärcentrum',
    ]);
  });

  it('RTL (lang="ar"): accessible, right to left', async () => {
    const el = await settled(
      html`<lc-centre-finder lang="ar" locate .now=${TUESDAY_10} feed=${FEED}></lc-centre-finder>`,
    );
    await expect(el).to.be.accessible();
    expect(root(el).querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(root(el).querySelector('[part~="list"]')!).direction).to.equal('rtl');
  });
});

describe('<lc-centre-finder> a centre', () => {
  it('name links to its site; municipality, address, services as labels, contact links', async () => {
    const el = await settled(
      html`<lc-centre-finder lang="sv" .now=${TUESDAY_10} feed=${FEED}></lc-centre-finder>`,
    );
    const kalix = card(el, 'Lärcentrum Kalix');
    expect(kalix.querySelector<HTMLAnchorElement>('[part~="name"] a')!.href).to.equal(
      'https://kalix.example/larcentrum',
    );
    expect(row(kalix, 'address')).to.equal('Storgatan 1, 952 31 Kalix');
    // The address already names the municipality; a different one gets a row of its own.
    expect(shown(kalix, '[part~="municipality"]')).to.be.null;
    expect(row(card(el, 'Vaggeryds'), 'municipality')).to.equal('Vaggeryd');
    expect(row(card(el, 'Vaggeryds'), 'address')).to.equal('Storgatan 5, Skillingaryd');
    expect(row(kalix, 'services')).to.equal('Tentamensskrivning, Studieplatser och Wifi');
    expect(kalix.querySelector<HTMLAnchorElement>('[part~="phone"]')!.href).to.equal(
      'tel:092365000',
    );
    expect(text(kalix.querySelector('[part~="phone"]'))).to.equal('0923-650 00');
    expect(kalix.querySelector<HTMLAnchorElement>('[part~="email"]')!.href).to.equal(
      'mailto:anna@kalix.example',
    );
    expect(row(kalix, 'contact')).to.include('Anna Andersson');
    // The contact's web address is the name link's: not repeated.
    expect(shown(kalix, '[part~="website"]')).to.be.null;

    const motala = card(el, 'Campus Motala');
    expect(motala.querySelector<HTMLAnchorElement>('[part~="phone"]')!.href).to.equal(
      'tel:+46141225000',
    );
    const website = motala.querySelector<HTMLAnchorElement>('[part~="website"]')!;
    expect(website.href).to.equal('https://motala.example/kontakt');
    expect(text(website)).to.equal('Webbplats: Campus Motala');
    expect(shown(motala, '[part~="distance"]'), 'no position, no distance').to.be.null;
    expect(shown(motala, '[part~="map-link"]'), 'no template, no map').to.be.null;
  });

  it('open now with closing time, and today’s hours, on the feed’s clock', async () => {
    const el = await settled(
      html`<lc-centre-finder lang="sv" .now=${TUESDAY_10} feed=${FEED}></lc-centre-finder>`,
    );
    const kalix = card(el, 'Lärcentrum Kalix');
    expect(text(kalix.querySelector('[part~="open-state"]'))).to.equal('Öppet nu · stänger 20:00');
    expect(row(kalix, 'hours')).to.equal('08:00–20:00');
    // No hours in the feed: nothing said about open or closed.
    const vaggeryd = card(el, 'Vaggeryds');
    expect(shown(vaggeryd, '[part~="open-state"]')).to.be.null;
    expect(shown(vaggeryd, '[part~="hours"]')).to.be.null;
  });

  it('closed over lunch: when it opens, both ranges, and the note', async () => {
    const el = await settled(
      html`<lc-centre-finder
        lang="sv"
        .now=${new Date('2026-03-03T12:30:00+01:00')}
        feed=${FEED}
      ></lc-centre-finder>`,
    );
    const motala = card(el, 'Campus Motala');
    expect(text(motala.querySelector('[part~="open-state"]'))).to.equal('Stängt nu · öppnar 13:00');
    expect(row(motala, 'hours')).to.equal(
      '08:00–12:00, 13:00–17:00 Studenter med tagg kommer in dygnet runt.',
    );
    await expect(el).to.be.accessible();
  });

  it('an exception day: closed, its note, and the next opening day', async () => {
    const el = await settled(
      html`<lc-centre-finder
        lang="en"
        .now=${new Date('2026-12-24T10:00:00+01:00')}
        feed=${FEED}
      ></lc-centre-finder>`,
    );
    const kalix = card(el, 'Kalix Learning Centre');
    const state = text(kalix.querySelector('[part~="open-state"]'));
    expect(state).to.match(/^Closed now · opens Mon, December 28 at 8:00\sAM$/);
    expect(row(kalix, 'hours')).to.equal('Closed Closed for Christmas');
  });

  it('a weekend open round the clock', async () => {
    const el = await settled(
      html`<lc-centre-finder
        lang="sv"
        .now=${new Date('2026-03-07T10:00:00+01:00')}
        feed=${FEED}
      ></lc-centre-finder>`,
    );
    const asele = card(el, 'Åsele');
    expect(text(asele.querySelector('[part~="open-state"] strong'))).to.equal('Öppet nu');
    expect(row(asele, 'hours')).to.equal('Öppet dygnet runt');
  });

  it('map-url-template: a map link per centre with the values encoded', async () => {
    const el = await settled(
      html`<lc-centre-finder
        lang="sv"
        map-url-template=${'https://www.openstreetmap.org/?mlat={lat}&mlon={lon}&q={name}'}
        feed=${FEED}
      ></lc-centre-finder>`,
    );
    const link = card(el, 'Åsele').querySelector<HTMLAnchorElement>('[part~="map-link"]')!;
    expect(link.href).to.equal(
      'https://www.openstreetmap.org/?mlat=64.1606&mlon=17.3487&q=%C3%85sele%20l%C3%A4rcentrum',
    );
    expect(text(link)).to.equal('Visa på karta: Åsele lärcentrum');
    await expect(el).to.be.accessible();
  });
});

describe('<lc-centre-finder> filters and position', () => {
  it('near: nearest first, with distances', async () => {
    const el = await settled(
      html`<lc-centre-finder lang="sv" near="65.58, 22.15" feed=${FEED}></lc-centre-finder>`,
    );
    await expect(el).to.be.accessible();
    expect(names(el).slice(0, 3)).to.deep.equal([
      'Älvsby lärcentrum',
      'Lärcentrum Kalix',
      'Överkalix lärcentrum',
    ]);
    expect(row(card(el, 'Älvsby'), 'distance')).to.equal('54 km');
    expect(row(card(el, 'Vaggeryds'), 'distance')).to.equal('992 km');
  });

  it('municipality, service and course keep the matching centres', async () => {
    const el = await settled(
      html`<lc-centre-finder lang="sv" municipality="KALIX" feed=${FEED}></lc-centre-finder>`,
    );
    expect(names(el)).to.deep.equal(['Lärcentrum Kalix']);
    el.municipality = undefined;
    el.service = 'exam-invigilation';
    await el.updateComplete;
    expect(names(el)).to.deep.equal([
      'Lärcentrum Kalix',
      'Vaggeryds lärcentrum',
      'Överkalix lärcentrum',
    ]);
    el.service = undefined;
    el.course = 'kth-basar';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Lärcentrum Kalix', 'Överkalix lärcentrum']);
  });

  it('limit shows the first centres and says how many there are', async () => {
    const el = await settled(
      html`<lc-centre-finder
        lang="sv"
        limit="2"
        near="65.58,22.15"
        feed=${FEED}
      ></lc-centre-finder>`,
    );
    expect(names(el)).to.deep.equal(['Älvsby lärcentrum', 'Lärcentrum Kalix']);
    expect(text(root(el).querySelector('[part~="summary"]'))).to.equal('Visar 2 av 6 lärcentrum.');
    await expect(el).to.be.accessible();
  });

  it('warns about values it cannot use, naming the attribute and what it accepts, and goes on', async () => {
    let el!: LcCentreFinder;
    const seen = await warnings(async () => {
      el = await settled(
        html`<lc-centre-finder
          lang="sv"
          service="swimming"
          near="north"
          limit="0"
          heading-level="1"
          map-url-template="javascript:alert({name})"
          feed=${FEED}
        ></lc-centre-finder>`,
      );
    });
    expect(seen.find((w) => w.includes('service="swimming"'))).to.include('exam-invigilation');
    expect(seen.find((w) => w.includes('near="north"'))).to.include('latitude and longitude');
    expect(seen.find((w) => w.includes('limit="0"'))).to.include('whole number');
    expect(seen.find((w) => w.includes('heading-level="1"'))).to.include('from 2 to 6');
    expect(seen.find((w) => w.includes('map-url-template='))).to.include('https:');
    expect(names(el)).to.have.length(6);
    expect(all(el, 'h3')).to.have.length(6);
    expect(shown(root(el), '[part~="map-link"]')).to.be.null;
    expect(shown(root(el), '[part~="distance"]')).to.be.null;
  });
});

describe('<lc-centre-finder> locate', () => {
  it('asks for nothing until the button is pressed, and says the position stays in the browser', async () => {
    const calls = fakeGeolocation(() => undefined);
    const el = await settled(
      html`<lc-centre-finder lang="sv" locate feed=${FEED}></lc-centre-finder>`,
    );
    await expect(el).to.be.accessible();
    const button = root(el).querySelector<HTMLButtonElement>('[part~="locate-button"]')!;
    expect(text(button)).to.include('Använd min position');
    expect(text(root(el).querySelector('[part~="privacy"]'))).to.include('skickas aldrig');
    expect(button.getAttribute('aria-describedby')).to.equal('privacy');
    expect(calls).to.be.empty;
  });

  it('by keyboard: asking, then nearest first from the reader’s position', async () => {
    let answer!: () => void;
    const calls = fakeGeolocation((success) => {
      answer = () => success(position(LULEA));
    });
    const el = await settled(
      html`<lc-centre-finder lang="sv" locate feed=${FEED}></lc-centre-finder>`,
    );
    const status = root(el).querySelector('[part~="locate-status"]')!;
    expect(status.getAttribute('role')).to.equal('status');

    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('part')).to.equal('locate-button');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(calls).to.have.length(1);
    expect(text(status)).to.equal('Hämtar din position…');
    await expect(el).to.be.accessible();

    answer();
    await waitUntil(() => names(el)[0] === 'Älvsby lärcentrum', 'not sorted by distance');
    expect(text(status)).to.include('närmaste lärcentrum först');
    expect(row(card(el, 'Lärcentrum Kalix'), 'distance')).to.equal('55 km');
    expect(root(el).activeElement?.getAttribute('part'), 'focus stays').to.equal('locate-button');
    await expect(el).to.be.accessible();
  });

  it('denied: explains, and keeps the list by name', async () => {
    fakeGeolocation((_, failure) => failure(positionError(1)));
    const el = await settled(
      html`<lc-centre-finder lang="sv" locate feed=${FEED}></lc-centre-finder>`,
    );
    root(el).querySelector<HTMLButtonElement>('[part~="locate-button"]')!.click();
    const status = root(el).querySelector('[part~="locate-status"]')!;
    await waitUntil(() => text(status).includes('inte gett'), 'no denied message');
    expect(text(status)).to.include('webbläsarens inställningar');
    expect(names(el)[0]).to.equal('Campus Motala');
    await expect(el).to.be.accessible();
  });

  it('unavailable: a timeout, or no geolocation at all, is explained', async () => {
    fakeGeolocation((_, failure) => failure(positionError(3)));
    const el = await settled(
      html`<lc-centre-finder lang="en" locate feed=${FEED}></lc-centre-finder>`,
    );
    root(el).querySelector<HTMLButtonElement>('[part~="locate-button"]')!.click();
    const status = root(el).querySelector('[part~="locate-status"]')!;
    await waitUntil(() => text(status).includes("couldn't be found"), 'no unavailable message');
    await expect(el).to.be.accessible();

    Object.defineProperty(navigator, 'geolocation', { value: undefined, configurable: true });
    el.locate = false;
    await el.updateComplete;
    el.locate = true;
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('[part~="locate-button"]')!.click();
    await waitUntil(() => text(status).includes("couldn't be found"), 'no unavailable message');
  });
});

describe('<lc-centre-finder> lc-centre-select', () => {
  it('fires when a name link is activated; preventDefault keeps the page', async () => {
    const el = await settled(
      html`<lc-centre-finder lang="sv" near="65.58,22.15" feed=${FEED}></lc-centre-finder>`,
    );
    const link = card(el, 'Campus Motala').querySelector<HTMLAnchorElement>('[part~="name"] a')!;
    const selected = oneEvent(el, 'lc-centre-select') as Promise<CentreSelectEvent>;
    el.addEventListener('lc-centre-select', (event) => event.preventDefault(), { once: true });
    link.focus();
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail.centre.id).to.equal('motala');
    expect(Math.round(event.detail.distanceKm!)).to.equal(865);
    expect(event.bubbles && event.composed && event.cancelable).to.be.true;
    expect(location.href, 'no navigation').to.not.include('motala.example');
  });

  it('lets the link navigate when the page does not cancel', async () => {
    const el = await settled(html`<lc-centre-finder lang="sv" feed=${FEED}></lc-centre-finder>`);
    const link = card(el, 'Campus Motala').querySelector<HTMLAnchorElement>('[part~="name"] a')!;
    let prevented: boolean | undefined;
    const stop = (event: Event) => {
      prevented = event.defaultPrevented;
      event.preventDefault(); // the test page must not navigate
    };
    document.addEventListener('click', stop, { once: true });
    const selected = oneEvent(el, 'lc-centre-select');
    link.click();
    await selected;
    expect(prevented).to.be.false;
  });

  it('selectable: a "Välj" toggle per centre marks the chosen one', async () => {
    const el = await settled(
      html`<lc-centre-finder lang="sv" selectable feed=${FEED}></lc-centre-finder>`,
    );
    await expect(el).to.be.accessible();
    const button = card(el, 'Vaggeryds').querySelector<HTMLButtonElement>(
      '[part~="select-button"]',
    )!;
    expect(text(button)).to.equal('Välj: Vaggeryds lärcentrum');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    const selected = oneEvent(el, 'lc-centre-select') as Promise<CentreSelectEvent>;
    button.focus();
    await sendKeys({ press: 'Space' });
    expect((await selected).detail.centre.id).to.equal('vaggeryd');
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(el.getAttribute('selected')).to.equal('vaggeryd');
    await expect(el).to.be.accessible();
  });
});

describe('<lc-centre-finder> at 320 px', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('nothing wider than the screen', async () => {
    const el = await settled(
      html`<lc-centre-finder
        lang="sv"
        locate
        selectable
        near="65.58,22.15"
        map-url-template=${'https://www.openstreetmap.org/?mlat={lat}&mlon={lon}'}
        .now=${TUESDAY_10}
        feed=${FEED}
      ></lc-centre-finder>`,
    );
    await aTimeout(0);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    await expect(el).to.be.accessible();
  });
});

describe('<lc-centre-finder> hostile feed', () => {
  it('shows feed text as text and links nothing unsafe', async () => {
    const hacked = window as { __lcHacked?: boolean };
    delete hacked.__lcHacked;
    const el = await settled(
      html`<lc-centre-finder
        lang="sv"
        .now=${TUESDAY_10}
        map-url-template="https://maps.example/?q={name}"
        feed=${HOSTILE}
      ></lc-centre-finder>`,
    );
    await aTimeout(50);
    await expect(el).to.be.accessible();
    const evil = all(el, '[part~="centre"]')[0];
    expect(text(evil.querySelector('[part~="name"]'))).to.equal(
      '<img src=x onerror="window.__lcHacked = true">',
    );
    expect(evil.querySelector('[part~="name"] a[href]'), 'data: site not linked').to.be.null;
    expect(row(evil, 'municipality')).to.equal('<b>Kalix</b>');
    expect(row(evil, 'address')).to.include('<script>window.__lcHacked = true</script>, Kalix');
    expect(evil.querySelectorAll('img, b, script, i, u')).to.have.length(0);
    expect(shown(evil, '[part~="email"]'), 'an address with headers').to.be.null;
    expect(evil.querySelector('[part~="email"]')!.hasAttribute('href')).to.be.false;
    expect(shown(evil, '[part~="website"]'), 'javascript: site').to.be.null;
    expect(evil.querySelector('[part~="website"]')!.hasAttribute('href')).to.be.false;
    expect(evil.querySelector<HTMLAnchorElement>('[part~="phone"]')!.href).to.equal(
      'tel:+4692365000',
    );
    const map = evil.querySelector<HTMLAnchorElement>('[part~="map-link"]')!;
    expect(map.href.startsWith('https://maps.example/?q=%3Cimg')).to.be.true;
    expect(hacked.__lcHacked).to.be.undefined;
  });
});
