import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { defineOnDemand, type WidgetChunks } from '../src/loader.ts';

/** A tag no other test uses (the registry and the loaders' shared state are per page). */
function uniqueTag(prefix = 'lc-test'): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
}

/** A fake chunk: counts its imports and defines `tag` the way a define file does. */
function fakeChunk(tag: string, element: CustomElementConstructor = class extends HTMLElement {}) {
  const chunk = {
    imports: 0,
    load: async () => {
      chunk.imports += 1;
      await aTimeout(1);
      if (!customElements.get(tag)) customElements.define(tag, element);
    },
  };
  return chunk;
}

const cleanups: (() => void)[] = [];

/** Starts a loader that the test's end stops. */
function start(chunks: WidgetChunks): () => void {
  const stop = defineOnDemand(chunks);
  cleanups.push(stop);
  return stop;
}

/** Adds `html` to the page until the test ends. */
function addToPage(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  cleanups.push(() => container.remove());
  return container;
}

const defined = (tag: string) =>
  waitUntil(() => customElements.get(tag), `${tag} was never defined`, { timeout: 2000 });

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('defineOnDemand', () => {
  it('imports the chunk of a tag on the page once, and no chunk for a tag that is not there', async () => {
    const [present, absent] = [uniqueTag(), uniqueTag()];
    const [a, b] = [fakeChunk(present), fakeChunk(absent)];
    addToPage(`<${present}></${present}><p><${present}></${present}></p>`);
    start({ [present]: a.load, [absent]: b.load });
    await defined(present);
    await aTimeout(20);
    expect(a.imports).to.equal(1);
    expect(b.imports).to.equal(0);
  });

  it('imports a chunk when its tag is added later', async () => {
    const tag = uniqueTag();
    const chunk = fakeChunk(tag);
    start({ [tag]: chunk.load });
    await aTimeout(20);
    expect(chunk.imports).to.equal(0);
    addToPage(`<section><${tag}></${tag}></section>`);
    await defined(tag);
    expect(chunk.imports).to.equal(1);
  });

  it('finds tags in open shadow roots: at start, and added to them later', async () => {
    const [early, late] = [uniqueTag(), uniqueTag()];
    const [a, b] = [fakeChunk(early), fakeChunk(late)];
    const host = addToPage('<div></div>').firstElementChild!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<${early}></${early}><div class="slot"></div>`;
    start({ [early]: a.load, [late]: b.load });
    await defined(early);
    shadow.querySelector('.slot')!.append(document.createElement(late));
    await defined(late);
  });

  it('finds tags in the shadow root of a component defined after the loader started', async () => {
    const [hostTag, tag] = [uniqueTag('x-host'), uniqueTag()];
    const chunk = fakeChunk(tag);
    addToPage(`<${hostTag}></${hostTag}>`);
    start({ [tag]: chunk.load });
    await aTimeout(20);
    // Another library's component upgrades and renders our tag in its shadow root.
    customElements.define(
      hostTag,
      class extends HTMLElement {
        connectedCallback() {
          this.attachShadow({ mode: 'open' }).innerHTML = `<${tag}></${tag}>`;
        }
      },
    );
    await defined(tag);
  });

  it('finds a tag that a widget renders in its own shadow root', async () => {
    const [outer, inner] = [uniqueTag(), uniqueTag()];
    const innerChunk = fakeChunk(inner);
    const outerChunk = fakeChunk(
      outer,
      class extends HTMLElement {
        connectedCallback() {
          const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
          // Rendered a little later, the way an element renders after its data arrives.
          setTimeout(() => shadow.append(document.createElement(inner)), 10);
        }
      },
    );
    addToPage(`<${outer}></${outer}>`);
    start({ [outer]: outerChunk.load, [inner]: innerChunk.load });
    await defined(outer);
    await defined(inner);
  });

  it('leaves a tag the page defined itself alone', async () => {
    const tag = uniqueTag();
    customElements.define(tag, class extends HTMLElement {});
    const chunk = fakeChunk(tag);
    addToPage(`<${tag}></${tag}>`);
    start({ [tag]: chunk.load });
    await aTimeout(20);
    expect(chunk.imports).to.equal(0);
  });

  it('two copies of the loader import a chunk once between them', async () => {
    const tag = uniqueTag();
    const [first, second] = [fakeChunk(tag), fakeChunk(tag)];
    addToPage(`<${tag}></${tag}>`);
    start({ [tag]: first.load });
    start({ [tag]: second.load });
    await defined(tag);
    await aTimeout(20);
    expect(first.imports + second.imports).to.equal(1);
  });

  it('a chunk that fails to load is reported by tag, and other tags still load', async () => {
    const [broken, fine] = [uniqueTag(), uniqueTag()];
    const chunk = fakeChunk(fine);
    const logged: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      addToPage(`<${broken}></${broken}><${fine}></${fine}>`);
      start({
        [broken]: () => Promise.reject(new TypeError('Failed to fetch')),
        [fine]: chunk.load,
      });
      await defined(fine);
      await waitUntil(() => logged.length > 0, 'no console error');
    } finally {
      console.error = consoleError;
    }
    expect(String(logged[0]![0])).to.contain(`<${broken}>`);
  });

  it('stops watching when asked', async () => {
    const tag = uniqueTag();
    const chunk = fakeChunk(tag);
    const stop = start({ [tag]: chunk.load });
    stop();
    addToPage(`<${tag}></${tag}>`);
    await aTimeout(30);
    expect(chunk.imports).to.equal(0);
  });
});
