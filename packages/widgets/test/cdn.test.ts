/**
 * The CDN folder as a site gets it: built fresh by the test server
 * (cdn-middleware.mjs), loaded by real pages sent with a strict
 * Content-Security-Policy header, on Bootstrap and an aggressive reset, each
 * page in an iframe of this test page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { WidgetsManifest } from '../scripts/build.mjs';

const BASE = '/__lc-widgets';

interface PageRecord {
  violations: { directive: string; blocked: string; sample: string; source: string }[];
  errors: string[];
  outcomes: Record<string, string>;
}

/** The part of axe-core's results we read. */
interface AxeResults {
  violations: { id: string; nodes: { target: string[] }[] }[];
}

type PageWindow = Window & {
  lcTestPage: PageRecord;
  axe: { run(context: Node): Promise<AxeResults> };
};

interface Page {
  frame: HTMLIFrameElement;
  win: PageWindow;
  doc: Document;
}

const frames: HTMLIFrameElement[] = [];

/** Opens a test page in a wide iframe and waits until it has loaded. */
async function openPage(path: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.style.cssText = 'inline-size: 1100px; block-size: 700px; border: 0';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${BASE}/page/${path}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  return { frame, win, doc: frame.contentDocument! };
}

/** Waits until every tag on the page has fired `lc-load` or `lc-error`. */
async function settled({ win }: Page, tags: string[]): Promise<Record<string, string>> {
  try {
    await waitUntil(() => tags.every((tag) => win.lcTestPage.outcomes[tag]), '', {
      timeout: 20_000,
    });
  } catch {
    throw new Error(`Not every widget loaded: ${JSON.stringify(win.lcTestPage)}`);
  }
  return win.lcTestPage.outcomes;
}

/** The chunk files a page requested, relative to the CDN folder. */
function requestedChunks({ win }: Page, area = 'dist'): string[] {
  const prefix = `${location.origin}${BASE}/${area}/`;
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.startsWith(prefix))
    .map((name) => name.slice(prefix.length));
}

/** Whether an element takes up room on the page (it is rendered). */
function shows(element: Element | null | undefined): boolean {
  return Boolean(element && element.getClientRects().length > 0);
}

let manifest: WidgetsManifest;
let tags: string[];

before(async function () {
  this.timeout(60_000);
  // The first request builds the CDN folder.
  const response = await fetch(`${BASE}/dist/widgets.manifest.json`);
  expect(response.ok, 'the CDN folder was built').to.be.true;
  manifest = (await response.json()) as WidgetsManifest;
  tags = manifest.widgets.flatMap((widget) => widget.tags);
});

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

describe('the CDN folder under a strict CSP', function () {
  this.timeout(40_000);

  it('renders every widget on a Bootstrap page with no policy violation or error', async () => {
    const page = await openPage('all.html');
    const outcomes = await settled(page, tags);
    for (const tag of tags) expect(outcomes[tag], tag).to.equal('ready');
    for (const tag of tags) {
      const element = page.doc.querySelector(tag)!;
      const base = element.shadowRoot?.querySelector('[part~="base"]');
      expect(base, `${tag} rendered its content`).to.exist;
      expect(base!.getAttribute('aria-busy'), tag).to.equal('false');
      expect(shows(base), `${tag} is visible`).to.be.true;
      // The site's `html { font-size: 62.5% }` does not shrink the widget: it follows the text around it.
      expect(page.win.getComputedStyle(base!).fontSize, tag).to.equal('16px');
    }
    // The partner logos' fixed column count arrived although `style` attributes are blocked.
    const logos = page.doc.querySelector('lc-partner-logos')?.shadowRoot;
    const list = logos?.querySelector('[part~="list"]');
    if (logos)
      expect(list && page.win.getComputedStyle(list).getPropertyValue('--_columns')).to.equal('3');
    // The course finder's JSON-LD went through the `lc-widgets` Trusted Types policy.
    const jsonLd = page.doc.head.querySelector('script[type="application/ld+json"]');
    expect(jsonLd, 'JSON-LD in the head').to.exist;
    const data: unknown = JSON.parse(jsonLd!.textContent!);
    expect([data].flat()[0]).to.have.property('@context', 'https://schema.org');
    expect(page.win.lcTestPage.violations).to.deep.equal([]);
    expect(page.win.lcTestPage.errors).to.deep.equal([]);
  });

  it('axe finds nothing on the page with every widget', async () => {
    const page = await openPage('all.html?axe');
    await settled(page, tags);
    const results = await page.win.axe.run(page.doc);
    const found = results.violations.map(
      ({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
    expect(found).to.deep.equal([]);
    expect(page.win.lcTestPage.violations).to.deep.equal([]);
  });

  it('a page with one tag fetches the loader, that widget’s chunk and the chunks it imports, nothing else', async () => {
    for (const widget of manifest.widgets) {
      const [tag] = widget.tags;
      const page = await openPage(`one.html?tag=${tag}`);
      await settled(page, [tag]);
      const requested = requestedChunks(page);
      const needed = [manifest.loader, widget.chunk, ...widget.imports];
      // Each file once; lazy chunks (a feature's code, loaded on use) may or may not be there.
      expect(requested.filter((file) => !widget.lazy.includes(file)).sort(), tag).to.deep.equal(
        needed.sort(),
      );
      expect(page.win.lcTestPage.violations, tag).to.deep.equal([]);
      frames.splice(0).forEach((frame) => frame.remove());
    }
  });

  it('shows the light-DOM fallback until the widget renders', async () => {
    const [tag] = tags;
    // Chunks answer a second late on this page.
    const page = await openPage(`one.html?tag=${tag}&slow`);
    const element = page.doc.querySelector(tag)!;
    const fallback = element.querySelector('.lc-fallback a');
    expect(page.win.customElements.get(tag), 'not defined yet').to.be.undefined;
    expect(shows(fallback), 'the fallback link shows while the chunk loads').to.be.true;
    await settled(page, [tag]);
    expect(shows(fallback), 'the widget replaced it').to.be.false;
    expect(shows(element.shadowRoot!.querySelector('[part~="base"]'))).to.be.true;
  });

  it('keeps the light-DOM fallback when scripts are blocked', async () => {
    const page = await openPage('blocked.html');
    for (const tag of tags) {
      const element = page.doc.querySelector(tag)!;
      expect(element.shadowRoot, tag).to.be.null;
      const link = element.querySelector<HTMLAnchorElement>('.lc-fallback a');
      expect(shows(link), `${tag} shows its fallback link`).to.be.true;
      expect(link!.href).to.equal('https://larcentrum.example/');
    }
  });

  it('two copies of the loader and a widget package on one page: one definition each, no errors', async () => {
    const page = await openPage('twice.html');
    const outcomes = await settled(page, tags);
    for (const tag of tags) expect(outcomes[tag], tag).to.equal('ready');
    expect(page.win.lcTestPage.errors).to.deep.equal([]);
    expect(page.win.lcTestPage.violations).to.deep.equal([]);
    // The package bundled on its own came first, so its tag was never fetched from the CDN folder.
    const first = manifest.widgets[0];
    expect(requestedChunks(page)).not.to.include(first.chunk);
    expect(requestedChunks(page, 'copy')).not.to.include(first.chunk);
    // Every other tag's chunk came from one copy only.
    for (const widget of manifest.widgets.slice(1)) {
      const fetched = [...requestedChunks(page), ...requestedChunks(page, 'copy')];
      expect(
        fetched.filter((file) => file === widget.chunk),
        widget.package,
      ).to.have.length(1);
    }
  });
});

describe('the CDN folder in an iframe', function () {
  this.timeout(40_000);

  it('posts its height to the parent, and again when it changes', async () => {
    const heights: number[] = [];
    let source: MessageEventSource | null = null;
    const listener = (event: MessageEvent) => {
      if (event.data?.type !== 'lc-widgets:height') return;
      source = event.source;
      heights.push(event.data.height);
    };
    window.addEventListener('message', listener);
    try {
      const page = await openPage('all.html');
      await settled(page, tags);
      const height = () => Math.ceil(page.doc.documentElement.getBoundingClientRect().height);
      await waitUntil(() => heights.at(-1) === height(), 'the last message has the page height');
      expect(source).to.equal(page.win);
      expect(heights.at(-1)).to.be.above(700);

      const before = height();
      const spacer = page.doc.createElement('div');
      spacer.style.blockSize = '500px';
      page.doc.body.append(spacer);
      await waitUntil(() => heights.at(-1) === before + 500, 'a message with the new height');
    } finally {
      window.removeEventListener('message', listener);
    }
  });
});
