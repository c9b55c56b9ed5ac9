import { aTimeout, expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { LcErrorEvent, LcLoadEvent } from '../src/index.ts';
import {
  FIXTURES,
  nextOutcome,
  renderSettled,
  shadow,
  textOf,
  slow,
  unique,
  type LcTestWidget,
} from './test-widget.ts';

const MINI = `${FIXTURES}/mini-feed.json`;
const EMPTY = `${FIXTURES}/empty-feed.json`;

function absolute(path: string): string {
  return new URL(path, location.href).href;
}

async function renderError(feed: string | undefined) {
  const { el, event } = await renderSettled(
    html`<lc-test-widget lang="sv" .feed=${feed}></lc-test-widget>`,
  );
  expect(event.type, 'outcome').to.equal('lc-error');
  return { el, detail: (event as LcErrorEvent).detail };
}

describe('LcElement states', () => {
  it('loading: a polite status with visible text, the frame marked busy', async () => {
    const el = await fixture<LcTestWidget>(
      html`<lc-test-widget lang="sv" .feed=${slow(3000)}></lc-test-widget>`,
    );
    await expect(el).to.be.accessible();
    const status = shadow(el).querySelector('[role="status"]')!;
    expect(status.textContent?.trim()).to.equal('Laddar…');
    expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
  });

  it('ready: the widget content, the frame no longer busy', async () => {
    const { el, event } = await renderSettled(
      html`<lc-test-widget lang="sv" feed=${MINI}></lc-test-widget>`,
    );
    expect(event.type).to.equal('lc-load');
    await expect(el).to.be.accessible();
    const items = [...shadow(el).querySelectorAll('li')].map((li) => li.textContent?.trim());
    expect(items).to.deep.equal(['Lärcentrum Kalix', 'Campus Motala']);
    expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('false');
    expect(shadow(el).querySelector('[part~="debug"]'), 'no debug panel unless asked').to.be.null;
  });

  it('empty: a status with the default words when the widget finds nothing to show', async () => {
    const { el, event } = await renderSettled(
      html`<lc-test-widget lang="sv" feed=${EMPTY}></lc-test-widget>`,
    );
    expect(event.type).to.equal('lc-load');
    await expect(el).to.be.accessible();
    const status = shadow(el).querySelector('[role="status"]')!;
    expect(status.textContent?.trim()).to.equal('Det finns inget att visa just nu.');
    expect(shadow(el).querySelector('ul')).to.be.null;
  });

  describe('error', () => {
    it('http 404: an alert in plain words, the address, and a retry button', async () => {
      const { el, detail } = await renderError('/__faults/404');
      await expect(el).to.be.accessible();
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.querySelector('.lc-error-message')!.textContent).to.equal(
        'Vi hittade inte flödet (404).',
      );
      expect(alert.querySelector('.lc-url')!.textContent).to.equal(absolute('/__faults/404'));
      expect(alert.querySelector('button')!.textContent?.trim()).to.equal('Försök igen');
      expect(detail).to.include({ kind: 'http', status: 404, url: absolute('/__faults/404') });
    });

    it('http 500 gets its own words', async () => {
      const { el, detail } = await renderError('/__faults/500');
      await expect(el).to.be.accessible();
      expect(textOf(el)).to.include('Servern som har flödet svarade med ett fel (500).');
      expect(detail).to.include({ kind: 'http', status: 500 });
    });

    it('parse: a feed that is not JSON', async () => {
      const { el, detail } = await renderError('/__faults/invalid-json');
      await expect(el).to.be.accessible();
      expect(textOf(el)).to.include('Flödet går inte att läsa: det är inte giltig JSON.');
      expect(detail.kind).to.equal('parse');
      expect(detail.message).to.match(/not valid JSON/);
    });

    it('schema: an unusable feed, with the issues in the detail', async () => {
      const { el, detail } = await renderError(`${FIXTURES}/unsupported-version.json`);
      await expect(el).to.be.accessible();
      expect(textOf(el)).to.include('Flödet har ett format som inte kan användas.');
      expect(detail.kind).to.equal('schema');
      expect(detail.issues.map((issue) => issue.path)).to.deep.equal(['version']);
    });

    it('too-large: a feed over the size limit', async () => {
      const { el, detail } = await renderError('/__faults/huge-with-length');
      await expect(el).to.be.accessible();
      expect(textOf(el)).to.include('Flödet är för stort för att visas.');
      expect(detail.kind).to.equal('too-large');
    });

    it('network: a server that cannot be reached', async () => {
      const { el, detail } = await renderError('http://127.0.0.1:9/feed.json');
      await expect(el).to.be.accessible();
      expect(textOf(el)).to.include('Vi kunde inte nå flödet.');
      expect(detail.kind).to.equal('network');
    });

    it('config: no feed attribute is an error too, without a pointless retry button', async () => {
      const { el, detail } = await renderError(undefined);
      await expect(el).to.be.accessible();
      expect(textOf(el)).to.equal('Ange adressen till lärcentrumets flöde i attributet feed.');
      expect(shadow(el).querySelector('button')).to.be.null;
      expect(detail).to.deep.equal({
        kind: 'config',
        message: "Set the feed attribute to the address of your learning centre's feed.",
        url: '',
        issues: [],
      });
    });

    it('a blank feed attribute counts as missing', async () => {
      const { detail } = await renderError('   ');
      expect(detail.kind).to.equal('config');
    });

    it('retry asks again; the button stays, busy, until the answer is in', async () => {
      const { el } = await renderError('/__faults/404');
      const button = shadow(el).querySelector('button')!;
      const again = nextOutcome(el);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent?.trim()).to.equal('Försöker igen…');
      expect((await again).type).to.equal('lc-error');
      await el.updateComplete;
      expect(shadow(el).querySelector('button')).to.equal(button);
      expect(button.getAttribute('aria-disabled')).to.equal('false');
      expect(button.textContent?.trim()).to.equal('Försök igen');
    });
  });

  describe('debug', () => {
    it('lists the feed issues as "path: message" with their severity in words', async () => {
      const { el } = await renderSettled(
        html`<lc-test-widget lang="sv" debug feed=${MINI}></lc-test-widget>`,
      );
      await expect(el).to.be.accessible();
      const panel = shadow(el).querySelector('[part~="debug"]')!;
      expect(panel.getAttribute('aria-labelledby')).to.equal('lc-debug-title');
      expect(panel.textContent).to.include('Felsökning: problem i flödet');
      expect(panel.textContent).to.include('2 problem hittades.');
      const items = [...panel.querySelectorAll('li')].map((li) =>
        li.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(items).to.deep.equal([
        'Fel courses[0].credits.system: expected one of hp, yh, gy, ects, got "HP"',
        'Varning newsletter: unknown property (kept, but no widget reads it)',
      ]);
      // The ready content is still there.
      expect(shadow(el).querySelectorAll('.centres li')).to.have.length(2);
    });

    it('says so when the feed has no issues', async () => {
      const { el } = await renderSettled(
        html`<lc-test-widget lang="sv" debug feed=${EMPTY}></lc-test-widget>`,
      );
      await expect(el).to.be.accessible();
      expect(shadow(el).querySelector('[part~="debug"]')!.textContent).to.include(
        'Inga problem hittades i flödet.',
      );
    });

    it('is shown in the error state too', async () => {
      const { el } = await renderSettled(
        html`<lc-test-widget
          lang="sv"
          debug
          feed="${FIXTURES}/unsupported-version.json"
        ></lc-test-widget>`,
      );
      await expect(el).to.be.accessible();
      expect(shadow(el).querySelector('[role="alert"]')).to.exist;
      const panel = shadow(el).querySelector('[part~="debug"]')!;
      expect(panel.querySelector('li')!.textContent).to.match(
        /version: unsupported version "2\.0"/,
      );
    });

    it('appears and disappears with the attribute', async () => {
      const { el } = await renderSettled(
        html`<lc-test-widget lang="sv" feed=${MINI}></lc-test-widget>`,
      );
      el.setAttribute('debug', '');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="debug"]')).to.exist;
      el.removeAttribute('debug');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="debug"]')).to.be.null;
    });
  });
});

describe('LcElement events', () => {
  it('lc-load carries the feed, its issues and the absolute URL, after the content is shown', async () => {
    const parentNode = document.createElement('div');
    let shownWhenHeard = '';
    const heard = new Promise<LcLoadEvent>((resolve) =>
      parentNode.addEventListener('lc-load', (event) => {
        shownWhenHeard = textOf(event.target as Element);
        resolve(event);
      }),
    );
    await fixture(html`<lc-test-widget lang="sv" feed=${MINI}></lc-test-widget>`, { parentNode });
    const event = await heard;
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail.url).to.equal(absolute(MINI));
    expect(event.detail.feed.centres.map((c) => c.id)).to.deep.equal(['kalix', 'motala']);
    expect(event.detail.issues).to.have.length(2);
    expect(shownWhenHeard).to.include('Lärcentrum Kalix');
  });

  it('lc-load and lc-error cross shadow boundaries to the document', async () => {
    const outer = document.createElement('div');
    const root = outer.attachShadow({ mode: 'open' });
    const loaded = document.createElement('lc-test-widget');
    loaded.feed = MINI;
    const failed = document.createElement('lc-test-widget');
    failed.feed = '/__faults/404';
    const heard: string[] = [];
    const listen = (event: Event) => {
      // Retargeted to the outer host: proof the event left the shadow root.
      if (event.target === outer) heard.push(event.type);
    };
    document.addEventListener('lc-load', listen);
    document.addEventListener('lc-error', listen);
    try {
      const both = Promise.all([nextOutcome(loaded), nextOutcome(failed)]);
      root.append(loaded, failed);
      document.body.append(outer);
      await both;
      expect(heard.sort()).to.deep.equal(['lc-error', 'lc-load']);
    } finally {
      document.removeEventListener('lc-load', listen);
      document.removeEventListener('lc-error', listen);
      outer.remove();
    }
  });

  it('loads again when feed changes, and the new feed is shown', async () => {
    const { el } = await renderSettled(
      html`<lc-test-widget lang="sv" feed=${MINI}></lc-test-widget>`,
    );
    const next = nextOutcome(el);
    el.feed = EMPTY;
    const event = (await next) as LcLoadEvent;
    expect(event.detail.url).to.equal(absolute(EMPTY));
    expect(textOf(el)).to.equal('Det finns inget att visa just nu.');
  });

  it('abandons a slow load when feed changes: only the new feed is reported', async () => {
    const events: Event[] = [];
    const parentNode = document.createElement('div');
    parentNode.addEventListener('lc-load', (e) => events.push(e));
    parentNode.addEventListener('lc-error', (e) => events.push(e));
    const el = await fixture<LcTestWidget>(
      html`<lc-test-widget lang="sv" .feed=${slow(300)}></lc-test-widget>`,
      { parentNode },
    );
    el.feed = MINI;
    await aTimeout(800);
    expect(events.map((e) => e.type)).to.deep.equal(['lc-load']);
    expect((events[0] as LcLoadEvent).detail.url).to.equal(absolute(MINI));
    expect(textOf(el)).to.include('Campus Motala');
  });

  it('abandons the load while disconnected, silently, and resumes when reconnected', async () => {
    const events: Event[] = [];
    const parentNode = document.createElement('div');
    const el = await fixture<LcTestWidget>(
      html`<lc-test-widget lang="sv" .feed=${slow(300)}></lc-test-widget>`,
      { parentNode },
    );
    // On the element itself: a detached element's events do not reach the parent.
    el.addEventListener('lc-load', (e) => events.push(e));
    el.addEventListener('lc-error', (e) => events.push(e));
    el.remove();
    await aTimeout(600);
    expect(events, 'nothing reported while away').to.have.length(0);
    const back = nextOutcome(parentNode);
    parentNode.append(el);
    expect((await back).type).to.equal('lc-load');
  });

  it('two widgets with the same feed make one request', async () => {
    const key = unique();
    const url = `/__faults/counted?key=${key}`;
    const parentNode = document.createElement('div');
    const outcomes: Promise<unknown>[] = [];
    const a = document.createElement('lc-test-widget');
    const b = document.createElement('lc-test-widget');
    a.feed = b.feed = url;
    outcomes.push(nextOutcome(a), nextOutcome(b));
    parentNode.append(a, b);
    document.body.append(parentNode);
    try {
      await Promise.all(outcomes);
      const response = await fetch(`/__faults/echo-count?key=${key}`);
      expect(await response.json()).to.deep.equal({ key, count: 1 });
    } finally {
      parentNode.remove();
    }
  });
});

describe('LcElement and hostile feed text', () => {
  it('renders markup in feed text as text', async () => {
    const { el } = await renderSettled(
      html`<lc-test-widget lang="sv" feed="${FIXTURES}/hostile-feed.json"></lc-test-widget>`,
    );
    await expect(el).to.be.accessible();
    expect(shadow(el).querySelector('img')).to.be.null;
    expect(shadow(el).querySelector('li')!.textContent).to.equal(
      '<img src=x onerror="window.__lcPwned = true">',
    );
    expect((window as { __lcPwned?: boolean }).__lcPwned).to.be.undefined;
  });
});
