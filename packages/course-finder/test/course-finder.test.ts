import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import {
  COURSES,
  NOW,
  NO_COURSES,
  card,
  clean,
  count,
  openFacet,
  renderFinder,
  shadow,
  slowFeed,
  titles,
  checkbox,
  facts,
} from './helpers.ts';
import type { LcCourseFinder } from '../src/course-finder.ts';

const ready = (lang = 'sv') =>
  renderFinder(
    html`<lc-course-finder lang=${lang} feed=${COURSES} .now=${NOW}></lc-course-finder>`,
  );

describe('lc-course-finder states', () => {
  it('loading: a polite status, and nothing else yet', async () => {
    const el = await fixture<LcCourseFinder>(
      html`<lc-course-finder lang="sv" feed=${slowFeed(3000)}></lc-course-finder>`,
    );
    await expect(el).to.be.accessible();
    expect(clean(shadow(el).querySelector('[role="status"]')?.textContent)).to.equal('Laddar…');
    expect(shadow(el).querySelector('form')).to.be.null;
  });

  it('error: the shared alert with a retry button', async () => {
    const el = await renderFinder(
      html`<lc-course-finder lang="sv" feed="/__faults/404"></lc-course-finder>`,
    );
    await expect(el).to.be.accessible();
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(clean(alert.textContent)).to.include('Vi hittade inte flödet (404).');
    expect(alert.querySelector('button')).to.exist;
  });

  it('empty: a feed without courses says so', async () => {
    const el = await renderFinder(
      html`<lc-course-finder lang="sv" feed=${NO_COURSES}></lc-course-finder>`,
    );
    await expect(el).to.be.accessible();
    expect(clean(shadow(el).querySelector('[role="status"]')?.textContent)).to.equal(
      'Det finns inga kurser att visa just nu.',
    );
    expect(shadow(el).querySelector('form')).to.be.null;
  });

  it('ready: the search form, the count, and the first page of cards', async () => {
    const el = await ready();
    await expect(el).to.be.accessible();
    expect(shadow(el).querySelector('form[role="search"]')).to.exist;
    const status = shadow(el).querySelector('[part~="count"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(count(el)).to.equal('27 kurser');
    expect(titles(el)).to.have.length(20);
    expect(titles(el).slice(0, 2)).to.deep.equal([
      'Programmering i Python',
      'Matematik för ingenjörer',
    ]);
    expect(clean(shadow(el).querySelector('.more p')?.textContent)).to.equal('Visar 20 av 27');
  });

  it('filtered: a search and an open filter, still accessible', async () => {
    const el = await ready();
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'programmering';
    input.dispatchEvent(new InputEvent('input'));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await openFacet(el, 'modes');
    checkbox(el, 'modes', 'distance').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(count(el)).to.equal('1 kurs');
    expect(titles(el)).to.deep.equal(['Programmering i Python']);
  });

  it('no match: names the filters that gave nothing and offers to clear them', async () => {
    const el = await ready();
    await openFacet(el, 'subjects');
    checkbox(el, 'subjects', 'math').click();
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'python';
    input.dispatchEvent(new InputEvent('input'));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(count(el)).to.equal('Inga kurser matchar ”python” och Matematik.');
    const clear = shadow(el).querySelector<HTMLButtonElement>('[part~="no-results"] button')!;
    expect(clean(clear.textContent)).to.equal('Rensa filter');
    expect(shadow(el).querySelectorAll('button'), 'offered once, under the message').to.have.length(
      1,
    );
    clear.click();
    await el.updateComplete;
    expect(count(el)).to.equal('27 kurser');
    expect(input.value).to.equal('');
    expect(shadow(el).activeElement).to.equal(input, 'focus goes to the search box');
  });

  it('RTL: lang="ar" turns the whole widget right to left', async () => {
    const el = await ready('ar');
    await expect(el).to.be.accessible();
    expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(count(el)).to.match(/courses$/, 'English texts for a language without a table');
  });
});

describe('lc-course-finder course cards', () => {
  it('shows what a course is, in Swedish', async () => {
    const el = await ready();
    const python = card(el, 'Programmering i Python');
    const link = python.querySelector<HTMLAnchorElement>('h3 a')!;
    expect(link.href).to.equal('https://www.miun.se/python');
    expect(clean(python.querySelector('.card-meta')?.textContent)).to.equal(
      'Mittuniversitetet Grundnivå',
    );
    expect(facts(python)).to.deep.equal({
      Omfattning: '7,5 hp',
      Studietakt: '50 %',
      Studieform: 'Distans',
      Undervisningsspråk: 'svenska',
      Kurstid: '31 augusti 2026–17 januari 2027',
    });
    expect(clean(python.querySelector('[part~="application"]')?.textContent)).to.equal(
      'Ansökan stänger om 5 dagar Ansök',
    );
    const apply = python.querySelector<HTMLAnchorElement>('[part~="apply-link"]')!;
    expect(apply.href).to.equal('https://www.antagning.se/python');
    expect(apply.getAttribute('aria-describedby')).to.equal(python.querySelector('h3')!.id);
  });

  it('gives credits in their system, languages by name, and when applications open', async () => {
    const el = await ready();
    expect(facts(card(el, 'Inbyggda system')).Omfattning).to.equal('30 YH-poäng');
    const maths = card(el, 'Matematik för ingenjörer');
    expect(facts(maths).Undervisningsspråk).to.equal('svenska och engelska');
    expect(clean(maths.querySelector('[part~="application"]')?.textContent)).to.equal(
      'Ansökan öppnar 15 april',
    );
    expect(maths.querySelector('[part~="apply-link"]'), 'not open yet: no apply link').to.be.null;
  });

  it('says full, waiting list and cancelled in words', async () => {
    const el = await ready();
    const status = (title: string) =>
      clean(card(el, title).querySelector('[part~="status-badge"]')?.textContent);
    expect(status('Undersköterska')).to.equal('Fullsatt');
    expect(status('Svenska som andraspråk')).to.equal('Reservplatser');
    expect(status('Demensvård')).to.equal('Inställd');
    expect(card(el, 'Programmering i Python').querySelector('[part~="status-badge"]')).to.be.null;
  });

  it('lists the local centres with their sessions, and the other sessions apart', async () => {
    const el = await ready();
    const local = card(el, 'Programmering i Python').querySelector('[part~="centres"]')!;
    const centres = [...local.querySelectorAll('.centres > li')].map((li) => clean(li.textContent));
    expect(centres).to.have.length(3);
    expect(centres[0]).to.equal('Lärcentrum Vaggeryd Tentamen, fre 15 januari 2027 09:00–14:00');
    expect(centres[1]).to.match(/^Lärcentrum Kalix Tentamen/);
    expect(centres[2]).to.equal('Campus Motala');
    expect(clean(local.textContent)).to.match(
      /Övriga träffar Campusbesök: Campusdag i Sundsvall, fre 4 sep/,
    );
  });

  it('speaks English on an English page', async () => {
    const el = await ready('en');
    expect(count(el)).to.equal('27 courses');
    const python = card(el, 'Programming in Python');
    expect(clean(python.querySelector('[part~="application"]')?.textContent)).to.equal(
      'Applications close in 5 days Apply',
    );
    expect(facts(python)).to.deep.include({
      Credits: '7.5 credits',
      Pace: '50%',
      'Language of instruction': 'Swedish',
    });
  });

  it('shows hostile feed text as text and never links a javascript: address', async () => {
    const el = await ready();
    const hostile = card(el, '<img src=x onerror=alert(1)>');
    expect(hostile.querySelector('img')).to.be.null;
    expect(shadow(el).querySelector('img')).to.be.null;
    expect(hostile.querySelector('a'), 'no url, and applyUrl is javascript:').to.be.null;
    expect(shadow(el).querySelector('a[href^="javascript"]')).to.be.null;
    // Without a link the title itself can take focus (after "Visa fler").
    expect(hostile.querySelector('h3 .title-text')!.getAttribute('tabindex')).to.equal('-1');
  });
});
