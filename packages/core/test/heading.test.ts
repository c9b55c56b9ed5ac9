import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { parseHeadingLevel, renderHeading } from '../src/index.ts';

describe('renderHeading', () => {
  it('renders a native heading of the level with its part, class, id and content', async () => {
    for (const level of [2, 3, 4, 5, 6] as const) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          ${renderHeading(level, html`<a href="#x">Kalix</a>`, { part: 'name', className: 'n', id: `h${level}` })}
        </div>`,
      );
      const heading = wrapper.firstElementChild!;
      expect(heading.localName).to.equal(`h${level}`);
      expect(heading.getAttribute('part')).to.equal('name');
      expect(heading.className).to.equal('n');
      expect(heading.id).to.equal(`h${level}`);
      expect(heading.querySelector('a')!.textContent).to.equal('Kalix');
    }
  });

  it('leaves out attributes not given, and renders text as text', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>${renderHeading(3, '<b>Kalix</b>')}</div>`,
    );
    const heading = wrapper.firstElementChild!;
    expect(heading.getAttributeNames()).to.be.empty;
    expect(heading.textContent).to.equal('<b>Kalix</b>');
  });
});

describe('parseHeadingLevel', () => {
  const host = document.createElement('lc-heading-host');

  function warnings(run: () => void): string[] {
    const original = console.warn;
    const seen: string[] = [];
    console.warn = (...args: unknown[]) => seen.push(args.join(' '));
    try {
      run();
    } finally {
      console.warn = original;
    }
    return seen;
  }

  it('reads whole numbers from 2 to 6, as attribute text or number', () => {
    expect(parseHeadingLevel(host, '2', 3)).to.equal(2);
    expect(parseHeadingLevel(host, 6, 3)).to.equal(6);
  });

  it('gives the fallback silently when the attribute is absent', () => {
    const seen = warnings(() => {
      expect(parseHeadingLevel(host, null, 3)).to.equal(3);
      expect(parseHeadingLevel(host, undefined, 4)).to.equal(4);
    });
    expect(seen).to.be.empty;
  });

  it('warns about anything else, naming the attribute and the values allowed, and falls back', () => {
    const seen = warnings(() => {
      expect(parseHeadingLevel(host, '1', 3)).to.equal(3);
      expect(parseHeadingLevel(host, '2.5', 3)).to.equal(3);
      expect(parseHeadingLevel(host, 'h2', 4, 'title-level')).to.equal(4);
    });
    expect(seen).to.have.length(3);
    expect(seen[0]).to.equal(
      '<lc-heading-host>: heading-level="1" is not allowed; use a whole number from 2 to 6. Using 3.',
    );
    expect(seen[2]).to.include('title-level="h2"');
  });
});
