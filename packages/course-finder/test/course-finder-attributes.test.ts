import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { LcCourseFinder } from '../src/course-finder.ts';
import {
  COURSES,
  NOW,
  card,
  checkbox,
  clean,
  count,
  facet,
  openFacet,
  renderFinder,
  shadow,
  titles,
} from './helpers.ts';

describe('lc-course-finder attributes', () => {
  let warnings: string[];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (message: string) => warnings.push(message);
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  describe('page-size', () => {
    it('shows that many courses per page', async () => {
      const el = await renderFinder(
        html`<lc-course-finder feed=${COURSES} page-size="5" .now=${NOW}></lc-course-finder>`,
      );
      expect(titles(el)).to.have.length(5);
      expect(warnings).to.deep.equal([]);
    });

    for (const value of ['abc', '0', '2.5', '1000']) {
      it(`warns about page-size="${value}", naming what is allowed, and shows 20`, async () => {
        const el = await renderFinder(
          html`<lc-course-finder
            feed=${COURSES}
            page-size=${value}
            .now=${NOW}
          ></lc-course-finder>`,
        );
        expect(titles(el)).to.have.length(20);
        expect(warnings).to.deep.equal([
          `<lc-course-finder>: page-size="${value}" is not allowed; use a whole number from 1 to 100. Using 20.`,
        ]);
      });
    }
  });

  it('heading-level: course titles at that level, or a warning and h3', async () => {
    const h2 = await renderFinder(
      html`<lc-course-finder feed=${COURSES} heading-level="2" .now=${NOW}></lc-course-finder>`,
    );
    expect(shadow(h2).querySelectorAll('[part~="card"] h2')).to.have.length(20);
    const h9 = await renderFinder(
      html`<lc-course-finder feed=${COURSES} heading-level="9" .now=${NOW}></lc-course-finder>`,
    );
    expect(shadow(h9).querySelectorAll('[part~="card"] h3')).to.have.length(20);
    expect(warnings).to.deep.equal([
      '<lc-course-finder>: heading-level="9" is not allowed; use a whole number from 2 to 6. Using 3.',
    ]);
  });

  it('layout: grid, or a warning and a list for anything else', async () => {
    const grid = await renderFinder(
      html`<lc-course-finder feed=${COURSES} layout="grid" .now=${NOW}></lc-course-finder>`,
    );
    expect(shadow(grid).querySelector('[part~="results"]')!.getAttribute('data-layout')).to.equal(
      'grid',
    );
    const table = await renderFinder(
      html`<lc-course-finder feed=${COURSES} layout="table" .now=${NOW}></lc-course-finder>`,
    );
    expect(shadow(table).querySelector('[part~="results"]')!.getAttribute('data-layout')).to.equal(
      'list',
    );
    expect(warnings).to.deep.equal([
      '<lc-course-finder>: layout="table" is not allowed; use "list" or "grid". Using list.',
    ]);
  });

  it('level and mode: unknown words are warned about and left out', async () => {
    const el = await renderFinder(
      html`<lc-course-finder
        feed=${COURSES}
        level="phd, bachelor"
        mode="online"
        .now=${NOW}
      ></lc-course-finder>`,
    );
    expect(count(el)).to.equal('3 kurser');
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.match(
      /^<lc-course-finder>: level="phd" is not allowed; use preparatory, /,
    );
    expect(warnings[1]).to.equal(
      '<lc-course-finder>: mode="online" is not allowed; use distance, hybrid, on-site.',
    );
  });

  it('centre: only courses studied there, and no centre filter to undo it', async () => {
    const el = await renderFinder(
      html`<lc-course-finder
        lang="sv"
        feed=${COURSES}
        centre="kalix"
        .now=${NOW}
      ></lc-course-finder>`,
    );
    expect(count(el)).to.equal('13 kurser');
    expect(facet(el, 'centres')).to.be.null;
    expect(facet(el, 'subjects')).to.exist;
    expect(shadow(el).querySelector('[part~="clear-button"]'), 'nothing to clear').to.be.null;
  });

  it('centre: an id the feed does not have is warned about, and nothing is shown', async () => {
    const el = await renderFinder(
      html`<lc-course-finder lang="sv" feed=${COURSES} centre="nowhere"></lc-course-finder>`,
    );
    expect(clean(shadow(el).querySelector('[role="status"]')?.textContent)).to.equal(
      'Det finns inga kurser att visa just nu.',
    );
    expect(warnings).to.deep.equal([
      `<lc-course-finder>: centre="nowhere" is not allowed; use an id of the feed's centres: vaggeryd, kalix, motala, flen.`,
    ]);
  });

  it('provider: only that provider’s courses', async () => {
    const el = await renderFinder(
      html`<lc-course-finder feed=${COURSES} provider="komvux" .now=${NOW}></lc-course-finder>`,
    );
    expect(titles(el)).to.deep.equal(['Undersköterska', 'Svenska som andraspråk', 'Demensvård']);
    expect(facet(el, 'providers')).to.be.null;
  });

  it('subject, mode and q set where the resident starts; "Rensa filter" clears them', async () => {
    const el = await renderFinder(
      html`<lc-course-finder
        lang="sv"
        feed=${COURSES}
        subject="health"
        mode="hybrid"
        .now=${NOW}
      ></lc-course-finder>`,
    );
    expect(titles(el)).to.deep.equal(['Undersköterska']);
    expect(clean(facet(el, 'subjects')!.querySelector('summary')!.textContent)).to.equal(
      'Ämne (1 vald)',
    );
    await openFacet(el, 'subjects');
    expect(checkbox(el, 'subjects', 'health').checked).to.be.true;
    shadow(el).querySelector<HTMLButtonElement>('[part~="clear-button"]')!.click();
    await el.updateComplete;
    expect(count(el)).to.equal('27 kurser');
    expect(checkbox(el, 'subjects', 'health').checked).to.be.false;
  });

  it('q: the starting search, shown in the search box', async () => {
    const el = await renderFinder(
      html`<lc-course-finder feed=${COURSES} q="ledarskap 1" .now=${NOW}></lc-course-finder>`,
    );
    expect(shadow(el).querySelector('input')!.value).to.equal('ledarskap 1');
    // "1" is found in "Ledarskap 1" and in "Ledarskap 10" … "Ledarskap 19".
    expect(count(el)).to.equal('11 kurser');
  });

  it('open-only: the courses one can apply for today, with the box ticked', async () => {
    const el = await renderFinder(
      html`<lc-course-finder lang="sv" feed=${COURSES} open-only .now=${NOW}></lc-course-finder>`,
    );
    expect(titles(el)).to.deep.equal([
      'Programmering i Python',
      'Inbyggda system',
      'Svenska som andraspråk',
      '<img src=x onerror=alert(1)>',
    ]);
    const box = shadow(el).querySelector<HTMLInputElement>('input[name="openNow"]')!;
    expect(box.checked).to.be.true;
    expect(clean(box.closest('label')!.textContent)).to.equal('Öppen för ansökan nu (4)');
  });

  it('near: courses and their centres nearest first, with distances', async () => {
    // Jönköping: Vaggeryd is about 31 km away.
    const el = await renderFinder(
      html`<lc-course-finder
        lang="sv"
        feed=${COURSES}
        near="57.78,14.16"
        .now=${NOW}
      ></lc-course-finder>`,
    );
    expect(titles(el).slice(0, 4)).to.deep.equal([
      'Programmering i Python',
      'Inbyggda system',
      'Undersköterska',
      'Svenska som andraspråk',
    ]);
    const centres = [...card(el, 'Programmering i Python').querySelectorAll('.centres > li')].map(
      (li) => clean(li.textContent).split(' Tentamen')[0],
    );
    expect(centres).to.deep.equal([
      'Lärcentrum Vaggeryd, 31 km',
      'Campus Motala, 99 km',
      'Lärcentrum Kalix, 1 012 km',
    ]);
  });

  it('near: a value that is not a place is warned about; feed order is kept', async () => {
    const el = await renderFinder(
      html`<lc-course-finder feed=${COURSES} near="Jönköping" .now=${NOW}></lc-course-finder>`,
    );
    expect(titles(el)[0]).to.equal('Programmering i Python');
    expect(titles(el)[1]).to.equal('Matematik för ingenjörer');
    expect(warnings).to.deep.equal([
      '<lc-course-finder>: near="Jönköping" is not allowed; use a latitude and longitude in decimal degrees, such as "57.78,14.16". Using the order of the feed.',
    ]);
  });

  it('follows a change of the page language', async () => {
    const el = await renderFinder(
      html`<lc-course-finder lang="sv" feed=${COURSES} .now=${NOW}></lc-course-finder>`,
    );
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(count(el)).to.equal('27 courses');
    expect(titles(el)[0]).to.equal('Programming in Python');
  });
});

describe('lc-course-finder structured-data', () => {
  const scripts = () => [
    ...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]'),
  ];

  it('puts the courses as schema.org JSON-LD into the head, and takes it away again', async () => {
    const el: LcCourseFinder = await renderFinder(
      html`<lc-course-finder
        lang="sv"
        feed=${COURSES}
        centre="vaggeryd"
        structured-data
      ></lc-course-finder>`,
    );
    expect(scripts()).to.have.length(1);
    const text = scripts()[0].textContent!;
    const data = JSON.parse(text) as { '@type': string; name: string }[];
    expect(data.map((course) => course.name)).to.deep.equal([
      'Programmering i Python',
      'Inbyggda system',
      'Undersköterska',
      'Svenska som andraspråk',
    ]);
    expect(data[0]['@type']).to.equal('Course');
    el.remove();
    expect(scripts()).to.have.length(0);
  });

  it('escapes feed text so it cannot end the script', async () => {
    const el = await renderFinder(
      html`<lc-course-finder feed=${COURSES} centre="kalix" structured-data></lc-course-finder>`,
    );
    const text = scripts()[0].textContent!;
    expect(text).not.to.include('</script>');
    expect(text).not.to.include('<img');
    expect(text).to.include('\\u003c/script\\u003e');
    expect(JSON.stringify(JSON.parse(text))).to.include('</script><script>alert(1)</script>');
    el.remove();
  });

  it('adds nothing unless asked', async () => {
    const el = await renderFinder(html`<lc-course-finder feed=${COURSES}></lc-course-finder>`);
    expect(scripts()).to.have.length(0);
    el.structuredData = true;
    await el.updateComplete;
    expect(scripts()).to.have.length(1);
    el.structuredData = false;
    await el.updateComplete;
    expect(scripts()).to.have.length(0);
  });
});
