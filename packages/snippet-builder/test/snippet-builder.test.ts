import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../centre-finder/src/define.ts';
import '../../course-finder/src/define.ts';
import '../../event-calendar/src/define.ts';
import '../../guidance-booking/src/define.ts';
import '../../partner-logos/src/define.ts';
import { widgetCatalogue, type Manifest, type WidgetInfo } from '../src/catalogue.ts';
import { styleHash } from '../src/csp.ts';
import '../src/define.ts';
import type { LcSnippetBuilder } from '../src/snippet-builder.ts';
import { tokenStyle } from '../src/snippet.ts';

const WIDGETS = [
  'centre-finder',
  'course-finder',
  'event-calendar',
  'guidance-booking',
  'partner-logos',
];
const absolute = (path: string) => new URL(path, location.href).href;
const SAMPLE = absolute('/packages/feed/examples/sample-feed.json');
/** Two issues: a broken course (left out) and an unknown property. */
const WITH_ISSUES = absolute('/packages/core/test/fixtures/mini-feed.json');

let catalogue: WidgetInfo[];

before(async () => {
  const manifests = await Promise.all(
    WIDGETS.map(async (name) => {
      const response = await fetch(`/packages/${name}/custom-elements.json`);
      return (await response.json()) as Manifest;
    }),
  );
  catalogue = widgetCatalogue(manifests);
});

beforeEach(() => {
  document.documentElement.lang = 'sv';
});

after(() => {
  document.documentElement.lang = '';
});

const text = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.querySelector<T>(selector)!;
const snippetOf = (el: Element) => $<HTMLTextAreaElement>(el, '#lcb-snippet').value;
const cspOf = (el: Element) => $<HTMLTextAreaElement>(el, '#lcb-csp').value;
const preview = (el: Element) => $(el, '.lcb-preview');

async function builder(): Promise<LcSnippetBuilder> {
  const el = await fixture<LcSnippetBuilder>(
    html`<lc-snippet-builder
      .catalogue=${catalogue}
      sample-feed="/packages/feed/examples/sample-feed.json"
    ></lc-snippet-builder>`,
  );
  await el.updateComplete;
  return el;
}

/** Types the address into the feed field by keyboard and presses Enter. */
async function checkFeed(el: LcSnippetBuilder, url: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#lcb-feed-url');
  input.focus();
  input.select();
  await sendKeys({ type: url });
  await sendKeys({ press: 'Enter' });
  const status = () => text(el.querySelector('[role="status"]'));
  await waitUntil(() => status() !== '' && status() !== 'Kontrollerar flödet…', 'no result', {
    timeout: 4000,
  });
  await el.updateComplete;
}

/** Waits until the preview's widget has loaded its feed (or shown its error). */
async function previewSettled(el: LcSnippetBuilder, tagName: string): Promise<HTMLElement> {
  await waitUntil(
    () => {
      const widget = preview(el).firstElementChild;
      return (
        widget?.localName === tagName &&
        widget.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'false'
      );
    },
    `the preview did not show ${tagName}`,
    { timeout: 4000 },
  );
  return preview(el).firstElementChild as HTMLElement;
}

describe('<lc-snippet-builder>', function () {
  // Axe over a page with a whole widget in it takes a while on a shared machine.
  this.timeout(20_000);

  it('starts accessible, in the page language, with nothing to copy yet', async () => {
    const el = await builder();
    await expect(el).to.be.accessible();
    expect(text($(el, 'h1'))).to.equal('Kodbyggaren för lärcentrumets widgetar');
    expect(el.querySelector('#lcb-snippet')).to.equal(null);
    expect(text($(el, '.lcb-waiting'))).to.equal('Kontrollera ett flöde först.');
    expect(preview(el).children).to.have.length(0);
    // Five widgets from the manifests, the course finder chosen.
    const radios = [...el.querySelectorAll<HTMLInputElement>('input[name="lcb-widget"]')];
    expect(radios.map((radio) => radio.value)).to.deep.equal([
      'lc-centre-finder',
      'lc-course-finder',
      'lc-event-calendar',
      'lc-guidance-booking',
      'lc-partner-logos',
    ]);
    expect(radios.find((radio) => radio.checked)?.value).to.equal('lc-course-finder');
  });

  it('checks a pasted feed, shows it in the preview and gives the snippet', async () => {
    const el = await builder();
    await checkFeed(el, SAMPLE);
    expect(text($(el, '[role="status"]'))).to.equal('Flödet fungerar. Inga problem hittades.');
    expect(text($(el, '.lcb-result'))).to.contain('Kurser: 51');
    const widget = await previewSettled(el, 'lc-course-finder');
    expect(widget.getAttribute('feed')).to.equal(SAMPLE);
    expect(snippetOf(el)).to.equal(
      [
        '<script type="module" src="https://cdn.jsdelivr.net/npm/@learning-centre/widgets@0.1/dist/widgets.js"></script>',
        `<lc-course-finder feed="${SAMPLE}">`,
        '  <p><a href="https://www.larcentrumisamverkan.se/">Se utbudet hos Lärcentrum i samverkan</a></p>',
        '</lc-course-finder>',
        '',
      ].join('\n'),
    );
    const origin = new URL(SAMPLE).origin;
    expect(cspOf(el).split('\n')).to.deep.equal([
      "script-src 'self' https://cdn.jsdelivr.net;",
      "style-src 'self';",
      "img-src 'self' https: data:;",
      `connect-src 'self' ${origin};`,
      "require-trusted-types-for 'script';",
      'trusted-types lit-html lc-widgets;',
    ]);
    await expect(el).to.be.accessible();
  });

  it('the sample feed button checks the page’s sample feed', async () => {
    const el = await builder();
    const button = [...el.querySelectorAll('button')].find(
      (b) => text(b) === 'Prova med exempelflödet',
    )!;
    button.click();
    await waitUntil(() => el.querySelector('.lcb-result'), 'no result');
    expect($<HTMLInputElement>(el, '#lcb-feed-url').value).to.equal(SAMPLE);
    expect(text($(el, '[role="status"]'))).to.contain('Flödet fungerar.');
  });

  it('lists a feed’s issues in plain words, with the technical detail', async () => {
    const el = await builder();
    await checkFeed(el, WITH_ISSUES);
    expect(text($(el, '[role="status"]'))).to.equal(
      'Flödet fungerar. 2 saker att rätta eller titta på:',
    );
    const issues = [...el.querySelectorAll('.lcb-issue')].map(text);
    expect(issues).to.have.length(2);
    expect(issues.some((issue) => /^Fel Kurs nr \d+/.test(issue))).to.equal(true, issues[0]);
    expect(issues.some((issue) => issue.startsWith('Varning'))).to.equal(true, issues[1]);
    for (const issue of issues) expect(issue).to.contain('Tekniskt (engelska):');
    await expect(el).to.be.accessible();
  });

  for (const [fault, words] of [
    ['404', 'Det finns inget flöde på adressen (404).'],
    ['500', 'Servern svarade med ett fel (500).'],
    ['invalid-json', 'Filen är inte giltig JSON.'],
  ] as const) {
    it(`says why a feed cannot be used: ${fault}`, async () => {
      const el = await builder();
      await checkFeed(el, absolute(`/__faults/${fault}`));
      const result = $(el, '.lcb-result');
      expect(result.classList.contains('alert-danger')).to.equal(true);
      expect(text(result)).to.contain(`Flödet kan inte användas: ${words}`);
      expect(text($(el, '[role="status"]'))).to.equal(`Flödet kan inte användas: ${words}`);
      await expect(el).to.be.accessible();
    });
  }

  it('refuses an address that is not a whole web address', async () => {
    const el = await builder();
    await checkFeed(el, 'larcentrum.example/feed');
    const input = $<HTMLInputElement>(el, '#lcb-feed-url');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '[role="status"]'))).to.equal('Skriv en hel adress som börjar med https://');
    expect(el.querySelector('#lcb-snippet')).to.equal(null);
  });

  it('picks another widget with the arrow keys: preview and snippet follow', async () => {
    const el = await builder();
    await checkFeed(el, SAMPLE);
    $<HTMLInputElement>(el, '#lcb-widget-lc-course-finder').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const widget = await previewSettled(el, 'lc-event-calendar');
    expect(widget.getAttribute('feed')).to.equal(SAMPLE);
    expect(snippetOf(el)).to.contain(`<lc-event-calendar feed="${SAMPLE}">`);
    // Its options now: the view as a select of the manifest's values.
    const view = $<HTMLSelectElement>(el, '#lcb-option-view');
    expect([...view.options].map((option) => option.value)).to.deep.equal([
      '',
      'list',
      'month',
      'week',
    ]);
  });

  it('sets options from the manifest and the feed: preview attributes and snippet', async () => {
    const el = await builder();
    await checkFeed(el, SAMPLE);
    const layout = $<HTMLSelectElement>(el, '#lcb-option-layout');
    layout.focus();
    layout.value = 'grid';
    layout.dispatchEvent(new Event('change', { bubbles: true }));
    // The centres come from the feed, by name.
    const centre = $<HTMLSelectElement>(el, '#lcb-option-centre');
    const kalix = [...centre.options].find((option) => option.value === 'kalix')!;
    expect(text(kalix)).to.equal('Kalix UniverCity');
    centre.value = 'kalix';
    centre.dispatchEvent(new Event('change', { bubbles: true }));
    // A boolean by keyboard.
    $<HTMLInputElement>(el, '#lcb-option-open-only').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const widget = await previewSettled(el, 'lc-course-finder');
    expect(widget.getAttribute('layout')).to.equal('grid');
    expect(widget.getAttribute('centre')).to.equal('kalix');
    expect(widget.hasAttribute('open-only')).to.equal(true);
    expect(snippetOf(el)).to.contain(
      `<lc-course-finder feed="${SAMPLE}" centre="kalix" open-only layout="grid">`,
    );
    // Unset again: the attribute goes.
    layout.value = '';
    layout.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(widget.hasAttribute('layout')).to.equal(false);
    expect(snippetOf(el)).not.to.contain('layout=');
  });

  it('several values from the feed as checkboxes, written comma-separated', async () => {
    const el = await builder();
    await checkFeed(el, SAMPLE);
    $<HTMLInputElement>(el, '#lcb-widget-lc-partner-logos').click();
    await el.updateComplete;
    const boxes = [...el.querySelectorAll<HTMLInputElement>('[id^="lcb-option-kind-"]')];
    expect(boxes.length).to.be.greaterThan(1);
    boxes[0].focus();
    await sendKeys({ press: 'Space' });
    boxes[1].click();
    await el.updateComplete;
    const expected = `${boxes[0].value},${boxes[1].value}`;
    expect(snippetOf(el)).to.contain(`kind="${expected}"`);
    const widget = await previewSettled(el, 'lc-partner-logos');
    expect(widget.getAttribute('kind')).to.equal(expected);
  });

  it('colours: tokens on the preview through the CSSOM, a style block and its CSP hash', async () => {
    const el = await builder();
    await checkFeed(el, SAMPLE);
    const accent = $<HTMLInputElement>(el, '#lcb-token-color-accent');
    accent.value = '#7a1f5c';
    accent.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(preview(el).style.getPropertyValue('--lc-color-accent')).to.equal('#7a1f5c');
    expect(preview(el).getAttribute('style')).to.contain('--lc-color-accent');
    const style = tokenStyle('lc-course-finder', { '--lc-color-accent': '#7a1f5c' });
    expect(snippetOf(el)).to.contain(`<style>${style}</style>`);
    const hash = await styleHash(style);
    await waitUntil(() => cspOf(el).includes(hash), 'no style hash in the CSP lines');
    expect(cspOf(el)).to.contain(`style-src 'self' ${hash};`);
    // A value that could break out of the style block is not used.
    const radius = $<HTMLInputElement>(el, '#lcb-token-radius');
    radius.value = '0;} body{display:none';
    radius.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(radius.getAttribute('aria-invalid')).to.equal('true');
    expect(preview(el).style.getPropertyValue('--lc-radius')).to.equal('');
    expect(snippetOf(el)).not.to.contain('--lc-radius');
    // Reset: back to the defaults, no style block.
    [...el.querySelectorAll('button')]
      .find((b) => text(b) === 'Återställ färger och form')!
      .click();
    await el.updateComplete;
    expect(preview(el).style.getPropertyValue('--lc-color-accent')).to.equal('');
    expect(snippetOf(el)).not.to.contain('<style>');
  });

  it('the dark colour set reaches the preview', async () => {
    const el = await builder();
    await checkFeed(el, SAMPLE);
    [...el.querySelectorAll('button')].find((b) => text(b) === 'Använd mörka färger')!.click();
    await el.updateComplete;
    expect(preview(el).style.getPropertyValue('--lc-color-surface')).to.equal('#161b22');
    expect(snippetOf(el)).to.contain('--lc-color-surface: #161b22;');
  });

  /** Replaces `navigator.clipboard` for one test. */
  function fakeClipboard(writeText: (text: string) => Promise<void>): () => void {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    return () => delete (navigator as { clipboard?: unknown }).clipboard;
  }

  async function pressCopy(el: LcSnippetBuilder): Promise<string> {
    const field = $<HTMLTextAreaElement>(el, '#lcb-snippet');
    const copy = [...el.querySelectorAll('button')].find((b) => text(b) === 'Kopiera koden')!;
    copy.focus();
    await sendKeys({ press: 'Enter' });
    const status = () => text(field.closest('section')!.querySelector('.lcb-copy-status'));
    await waitUntil(() => status() !== '', 'no copy status', { timeout: 3000 });
    return status();
  }

  it('copies the snippet to the clipboard', async () => {
    const el = await builder();
    await checkFeed(el, SAMPLE);
    const copied: string[] = [];
    const restore = fakeClipboard(async (value) => void copied.push(value));
    try {
      expect(await pressCopy(el)).to.equal('Koden är kopierad.');
    } finally {
      restore();
    }
    expect(copied).to.deep.equal([snippetOf(el)]);
    expect(copied[0]).to.match(/^<script type="module" src="[^"]+"><\/script>\n<lc-course-finder /);
  });

  it('selects the snippet for Ctrl+C where the clipboard is not allowed', async () => {
    const el = await builder();
    await checkFeed(el, SAMPLE);
    const restore = fakeClipboard(() => Promise.reject(new DOMException('no', 'NotAllowedError')));
    try {
      expect(await pressCopy(el)).to.equal(
        'Koden är markerad: tryck Ctrl+C (⌘+C på Mac) för att kopiera den.',
      );
    } finally {
      restore();
    }
    const field = $<HTMLTextAreaElement>(el, '#lcb-snippet');
    expect(document.activeElement).to.equal(field);
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
  });

  it('a self-hosted script: the snippet and script-src follow the edited address', async () => {
    const el = await builder();
    await checkFeed(el, SAMPLE);
    const field = $<HTMLInputElement>(el, '#lcb-script-url');
    field.focus();
    field.select();
    await sendKeys({ type: 'https://www.vaggeryd.se/widgets/widgets.js' });
    await el.updateComplete;
    expect(snippetOf(el)).to.contain(
      '<script type="module" src="https://www.vaggeryd.se/widgets/widgets.js"></script>',
    );
    expect(cspOf(el)).to.contain("script-src 'self' https://www.vaggeryd.se;");
  });

  it('switches to English, and the page language with it', async () => {
    const el = await builder();
    const button = [...el.querySelectorAll('button')].find((b) => text(b) === 'In English')!;
    expect(button.lang).to.equal('en');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text($(el, 'h1')) !== 'Kodbyggaren för lärcentrumets widgetar');
    expect(document.documentElement.lang).to.equal('en');
    expect(text($(el, 'h1'))).to.equal("The learning centre widgets' snippet builder");
    expect(document.title).to.equal("The learning centre widgets' snippet builder");
    expect(text($(el, 'label[for="lcb-feed-url"]'))).to.equal("The feed's address");
    await expect(el).to.be.accessible();
  });
});
