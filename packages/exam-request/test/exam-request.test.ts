/**
 * <lc-exam-request> against the real reference service, started for this
 * file with the fixture's exam rules: every view accessible; the rules in
 * words; each broken rule explained before anything is sent; a student's
 * request and the staff's confirmation end to end (staff sign in to the
 * service's own staff desk), the calendar file, cancelling; a declined
 * request; a status link that finds nothing; no service (a prepared e-mail);
 * no answer; the centre chosen from a list. No fetch is mocked.
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { swedishHolidays } from '@learning-centre/feed/queries';
import { slow, warnings } from '../../core/test/test-widget.ts';
import '../src/define.ts';
import type { LcExamRequest } from '../src/exam-request.ts';
import {
  $,
  $$,
  clean,
  feedWith,
  fill,
  renderWidget,
  send,
  useExamService,
  statusKey,
  until,
  viewHeading,
} from './exam-service.ts';

const service = useExamService();

async function widget(
  feed = service().feed,
  centre = 'kalix',
  lang = 'sv',
): Promise<LcExamRequest> {
  return renderWidget(
    html`<lc-exam-request lang=${lang} feed=${feed} centre=${centre}></lc-exam-request>`,
  );
}

/** A day after `from` (inclusive) on ISO weekday `weekday` (6 = Saturday). */
function nextWeekday(from: string, weekday: number): string {
  const date = new Date(`${from}T12:00:00Z`);
  while (((date.getUTCDay() + 6) % 7) + 1 !== weekday) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The first public holiday on a weekday from `from` on. */
function nextWeekdayHoliday(from: string): string {
  const year = Number(from.slice(0, 4));
  const all = [...swedishHolidays(year), ...swedishHolidays(year + 1)];
  return all.find((h) => h.date >= from && new Date(`${h.date}T12:00:00Z`).getUTCDay() % 6 !== 0)!
    .date;
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** A request that keeps Kalix's rules, on `date` (default the earliest possible). */
async function fillValid(el: LcExamRequest, date?: string): Promise<void> {
  await fill(el, 'provider', 'umu');
  await fill(el, 'courseCode', 'MA1234');
  await fill(el, 'courseName', 'Linjär algebra');
  await fill(el, 'date', date ?? $<HTMLInputElement>(el, '#date').min);
  await fill(el, 'start', '09:00');
  await fill(el, 'minutes', '300');
  if (el.shadowRoot!.querySelector('#support-computer')) await fill(el, 'support-computer', true);
  await fill(el, 'name', 'Åsa Öberg');
  await fill(el, 'email', 'asa@example.se');
  await fill(el, 'municipality', 'Luleå');
  if (el.shadowRoot!.querySelector('#consent')) await fill(el, 'consent', true);
}

/** The text of the field's error, and whether the field is described by it. */
function errorOf(el: LcExamRequest, id: string): string {
  const field = $(el, `#${id}`);
  const error = el.shadowRoot!.getElementById(`${id}-error`);
  if (!error) return '';
  expect(field.getAttribute('aria-describedby')?.split(' ')).to.include(`${id}-error`);
  expect(field.getAttribute('aria-invalid')).to.equal('true');
  return clean(error.textContent);
}

describe('<lc-exam-request> states', () => {
  it('is accessible while the feed loads, and when it fails', async () => {
    const loading = await fixture<LcExamRequest>(
      html`<lc-exam-request feed=${slow(3000)}></lc-exam-request>`,
    );
    expect($(loading, '[part~="loading"]')).to.exist;
    await expect(loading).to.be.accessible();
    const failed = await widget('/__faults/404');
    expect($(failed, '[part~="alert"]')).to.exist;
    await expect(failed).to.be.accessible();
  });

  it('says so for a centre that takes no exams, and warns about an unknown centre', async () => {
    const el = await widget(service().feed, 'trosa');
    expect(clean($(el, '[part~="empty"]').textContent)).to.equal(
      'Det går inte att skriva tentamen här just nu.',
    );
    await expect(el).to.be.accessible();
    const seen = await warnings(() => widget(service().feed, 'nowhere'));
    expect(seen.join('\n')).to.match(/centre="nowhere" is not allowed.*"kalix", "soderhamn"/);
  });
});

describe('<lc-exam-request> rules and form (real service)', function () {
  this.timeout(30_000);

  it('explains the rules first, in plain language', async () => {
    const el = await widget();
    const rules = clean($(el, '[part~="rules"]').innerText);
    expect(rules).to.match(/Gratis för dig som bor i Kalix, Haparanda och Överkalix\./);
    expect(rules).to.match(/Andra betalar 500 kr per tentamen\. Betala med Swish/);
    expect(rules).to.match(/minst 7 arbetsdagar före tentan\. Helger och helgdagar räknas inte\./);
    expect(rules).to.match(/Frågar du i dag kan du tidigast skriva \S+ \d+ \S+\./);
    expect(rules).to.include('Giltig legitimation och kvitto på avgiften.');
    expect(rules).to.include(
      'Tentor skrivs måndag–fredag mellan 08:00 och 17:00, inte på helgdagar.',
    );
    expect(rules).to.include('Behöver du det kan vi ordna dator, förlängd skrivtid och eget rum.');
    expect(rules).to.include('tentamen@kalix.example');
    expect($<HTMLAnchorElement>(el, '[part~="rules-link"]').href).to.equal(
      'https://www.kalix.example/tentamen',
    );
    // Rules come before the form, which never asks for a personal identity number.
    const form = $(el, 'form');
    expect($(el, '[part~="rules"]').compareDocumentPosition(form)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(clean(form.textContent)).to.include('Vi frågar aldrig efter ditt personnummer.');
    expect(form.querySelectorAll('[name*="person" i], [autocomplete*="ssn" i]').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('labels every field, helps the browser fill in the student, and offers the universities', async () => {
    const el = await widget();
    for (const field of $$<HTMLInputElement>(el, 'form input, form select, form textarea')) {
      expect(el.shadowRoot!.querySelectorAll(`label[for="${field.id}"]`).length, field.id).to.equal(
        1,
      );
    }
    expect($(el, '#name').getAttribute('autocomplete')).to.equal('name');
    expect($(el, '#email').getAttribute('autocomplete')).to.equal('email');
    expect($(el, '#phone').getAttribute('autocomplete')).to.equal('tel');
    expect($<HTMLInputElement>(el, '#date').type).to.equal('date');
    const options = $$<HTMLOptionElement>(el, '#provider option').map((o) => clean(o.textContent));
    expect(options).to.deep.equal([
      'Välj lärosäte',
      'Umeå universitet',
      'Luleå tekniska universitet',
      'Mittuniversitetet',
      'Ett annat lärosäte',
    ]);
    await fill(el, 'provider', '__other');
    expect($(el, '#university')).to.exist;
  });

  it('explains each broken rule next to its field and in a summary, and sends nothing', async () => {
    const el = await widget();
    await send(el);
    const summary = $(el, '[part~="error-summary"]');
    expect(el.shadowRoot!.activeElement === summary, 'the summary has focus').to.equal(true);
    expect(errorOf(el, 'courseName')).to.equal('Fyll i det här.');
    expect(errorOf(el, 'provider')).to.equal('Välj ett lärosäte.');
    expect(errorOf(el, 'consent')).to.equal(
      'Du behöver godkänna det för att kunna skicka förfrågan.',
    );
    await expect(el).to.be.accessible();

    await fillValid(el);
    const earliest = $<HTMLInputElement>(el, '#date').min;
    await fill(el, 'date', dayBefore(earliest));
    expect(errorOf(el, 'date')).to.match(
      /^Det är för sent att fråga om den dagen\. Första möjliga datum är \S+ \d+ \S+\./,
    );
    const saturday = nextWeekday(earliest, 6);
    await fill(el, 'date', saturday);
    expect(errorOf(el, 'date')).to.equal(
      'Vi tar inte emot tentor på en lördag. Tentor skrivs måndag–fredag.',
    );
    await fill(el, 'date', nextWeekdayHoliday(earliest));
    expect(errorOf(el, 'date')).to.match(/ är .+ och då har vi stängt\. Välj en annan dag\.$/);
    await fill(el, 'date', earliest);
    expect(errorOf(el, 'date')).to.equal('');

    await fill(el, 'start', '07:30');
    expect(errorOf(el, 'start')).to.equal('Tentor kan börja tidigast 08:00.');
    await fill(el, 'start', '13:00');
    expect(errorOf(el, 'start')).to.equal(
      'Tentan slutar för sent: alla tentor ska vara klara 17:00.',
    );
    await fill(el, 'start', '08:00');
    await fill(el, 'minutes', '600');
    expect(errorOf(el, 'minutes')).to.equal(
      'Så lång skrivtid kan vi inte erbjuda: högst 540 minuter.',
    );
    await send(el);
    const items = $$(el, '[part~="error-summary"] li a').map((a) => clean(a.textContent));
    expect(items).to.deep.equal([
      'Skrivtid i minuter: Så lång skrivtid kan vi inte erbjuda: högst 540 minuter.',
    ]);
    // A summary link takes the student to the field.
    $(el, '[part~="error-summary"] a').click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('minutes');
    expect(location.hash).to.equal('', 'the page address is left alone');
    expect($$(el, '[part~="record"]')).to.have.length(0, 'nothing was sent');
    await expect(el).to.be.accessible();
  });

  it('shows the fee that will apply as the municipality is typed', async () => {
    const el = await widget();
    const fee = () => clean($(el, '[part~="fee"]').textContent);
    expect(fee()).to.match(/^Gratis för dig som bor i Kalix, Haparanda och Överkalix\./);
    await fill(el, 'municipality', 'Luleå');
    expect(fee()).to.equal('Avgift för dig: 500 kr.');
    await fill(el, 'municipality', 'Överkalix kommun');
    expect(fee()).to.equal('Ingen avgift för dig.');
  });

  it('shows when the exam ends as the length is typed', async () => {
    const el = await widget();
    await fill(el, 'start', '09:00');
    await fill(el, 'minutes', '300');
    expect(clean($(el, '#minutes-hint').textContent)).to.include('Tentan slutar 14:00.');
  });
});

describe('<lc-exam-request> a request end to end (real service, staff desk)', function () {
  this.timeout(60_000);

  it('sends a request, staff confirm it, the student adds it to the calendar and cancels it', async () => {
    const el = await widget();
    await fillValid(el);
    await send(el);

    // The receipt: focus on its heading, pending, the address for the university, the fee.
    expect(viewHeading(el)).to.deep.equal({
      text: 'Tack! Vi har tagit emot din förfrågan',
      focused: true,
    });
    expect(clean($(el, '[part~="request-status"]').textContent)).to.equal(
      'Status: Väntar på besked från lärcentrumet',
    );
    const record = clean($(el, '[part~="record"]').innerText);
    expect(record).to.include('MA1234 Linjär algebra, Umeå universitet');
    expect(record).to.include('Lärcentrum Kalix, Torggatan 13, 952 31 Kalix');
    expect(record).to.match(/Avgift 500 kr Betala med Swish/);
    expect(record).to.match(/Stöd dator/);
    expect(record).to.include('Ge lärosätet den här adressen när du anmäler dig till tentan:');
    expect(clean($(el, '[part~="record"] [part~="exam-address"]').textContent)).to.equal(
      'tentamen@kalix.example',
    );
    const link = $<HTMLAnchorElement>(el, '[part~="status-link"]');
    expect(link.href.split('#')[0]).to.equal(location.href.split('#')[0]);
    const { id, token } = statusKey(link.href);
    expect(token).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(document.cookie).to.equal('');
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    await expect(el).to.be.accessible();

    // Staff confirm it at the staff desk.
    expect(await service().staff('confirm', id)).to.equal(303);

    // The status link shows it confirmed, with what to bring and the calendar file.
    link.click();
    await until(el, () => el.shadowRoot!.querySelector('.state-confirmed'), 'confirmed');
    expect(viewHeading(el)).to.deep.equal({ text: 'Din förfrågan om tentamen', focused: true });
    expect(clean($(el, '[part~="request-status"]').textContent)).to.equal(
      'Status: Bekräftad: din plats är bokad',
    );
    expect(clean($(el, '[part~="record"]').textContent)).to.include(
      'Ta med: Giltig legitimation och kvitto på avgiften.',
    );
    const calendar = $<HTMLAnchorElement>(el, '[part~="calendar-link"]');
    expect(clean(calendar.textContent)).to.equal('Lägg till i kalendern');
    expect(calendar.href).to.match(/^blob:/);
    expect(calendar.download).to.equal('tentamen.ics');
    const ics = await (await fetch(calendar.href)).text();
    expect(ics).to.match(/BEGIN:VEVENT[\s\S]*STATUS:CONFIRMED/);
    await expect(el).to.be.accessible();

    // Cancelling asks first; "No" keeps it.
    $(el, '[part~="cancel-button"]').click();
    await el.updateComplete;
    expect(
      el.shadowRoot!.activeElement === $(el, '.cancel-question'),
      'the question has focus',
    ).to.equal(true);
    await expect(el).to.be.accessible();
    $(el, '[part~="keep-button"]').click();
    await el.updateComplete;
    expect(
      el.shadowRoot!.activeElement === $(el, '[part~="cancel-button"]'),
      'Avboka has focus again',
    ).to.equal(true);
    $(el, '[part~="cancel-button"]').click();
    await el.updateComplete;
    $(el, '[part~="confirm-cancel-button"]').click();
    await until(el, () => el.shadowRoot!.querySelector('.state-cancelled'), 'cancelled');
    expect(clean($(el, '[part~="request-status"]').textContent)).to.equal('Status: Avbokad');
    expect($$(el, '[part~="cancel-button"], [part~="calendar-link"]')).to.have.length(0);
    expect(viewHeading(el).focused).to.equal(true);
    await expect(el).to.be.accessible();

    // A new request leaves the status link behind; the student's details stay.
    $(el, '[part~="new-button"]').click();
    await el.updateComplete;
    expect(location.hash).to.equal('');
    expect($<HTMLInputElement>(el, '#name').value).to.equal('Åsa Öberg');
    expect($<HTMLInputElement>(el, '#courseName').value).to.equal('');
  });

  it('opens a declined request from its status link, with the reason', async () => {
    const el = await widget();
    await fillValid(el);
    await send(el);
    const { id, token } = statusKey($<HTMLAnchorElement>(el, '[part~="status-link"]').href);
    const reason = 'Alla datorer är upptagna den dagen.';
    expect(await service().staff('decline', id, reason)).to.equal(303);

    // A page opened from the link (e.g. in the e-mail) shows it without taking the focus.
    el.remove();
    location.hash = `request=${id}&token=${token}`;
    const opened = await widget();
    await until(opened, () => opened.shadowRoot!.querySelector('.state-declined'), 'declined');
    expect(viewHeading(opened).focused).to.equal(false);
    expect(clean($(opened, '[part~="request-status"]').textContent)).to.equal('Status: Nekad');
    expect(clean($(opened, '[part~="decline-reason"]').textContent)).to.equal(`Skäl: ${reason}`);
    expect($$(opened, '[part~="cancel-button"]')).to.have.length(0);
    await expect(opened).to.be.accessible();
  });

  it('says when a status link finds nothing', async () => {
    location.hash = `request=${crypto.randomUUID()}&token=${'A'.repeat(43)}`;
    const el = await widget();
    await until(el, () => el.shadowRoot!.querySelector('[part~="problem"]'), 'the problem');
    expect(clean($(el, '[part~="problem"]').textContent)).to.match(
      /^Vi hittar ingen förfrågan bakom den här länken\./,
    );
    await expect(el).to.be.accessible();
  });
});

describe('<lc-exam-request> without the service', function () {
  this.timeout(30_000);

  it('prepares an e-mail to the centre with every field filled in', async () => {
    const feed = await feedWith((f) => delete f.guidance.booking.api);
    const el = await widget(feed);
    expect(viewHeading(el).text).to.equal('Gör i ordning ett mejl till oss');
    expect($$(el, '#consent')).to.have.length(0);
    await fillValid(el);
    await send(el);
    expect(viewHeading(el)).to.deep.equal({ text: 'Ditt mejl är klart', focused: true });
    const mail = new URL($<HTMLAnchorElement>(el, '[part~="mail-link"]').href);
    expect(mail.protocol).to.equal('mailto:');
    expect(mail.pathname).to.equal('tentamen@kalix.example');
    expect(mail.searchParams.get('subject')).to.match(/^Förfrågan om tentamen: Linjär algebra, /);
    const body = mail.searchParams.get('body')!.replace(/\u00a0/g, ' ');
    for (const line of [
      'Lärcentrum: Lärcentrum Kalix',
      'Lärosäte: Umeå universitet',
      'Kurskod: MA1234',
      'Starttid: 09:00',
      'Skrivtid i minuter: 300',
      'Stöd: dator',
      'E-post: asa@example.se',
      'Kommun där du är folkbokförd: Luleå',
      'Avgift: 500 kr',
    ])
      expect(body).to.include(line);
    expect($<HTMLTextAreaElement>(el, '#mail-text').value).to.include('Namn: Åsa Öberg');
    await expect(el).to.be.accessible();
    $(el, '[part~="edit-button"]').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#courseName').value).to.equal('Linjär algebra');
  });

  it('keeps everything and offers a retry when the service does not answer', async () => {
    const feed = await feedWith((f) => (f.guidance.booking.api = 'http://127.0.0.1:9/'));
    const el = await widget(feed);
    await fillValid(el);
    await send(el);
    const problem = $(el, '[part~="problem"]');
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(clean(problem.textContent)).to.match(/^Vi fick ingen kontakt med lärcentrumet\./);
    expect($(el, '[part~="retry-button"]')).to.exist;
    expect($<HTMLInputElement>(el, '#courseName').value).to.equal('Linjär algebra');
    await expect(el).to.be.accessible();
  });
});

describe('<lc-exam-request> centres and languages', function () {
  this.timeout(30_000);

  it('lets the student choose the centre when none is set, keeping what was typed', async () => {
    const el = await renderWidget(
      html`<lc-exam-request lang="en" feed=${service().feed}></lc-exam-request>`,
    );
    const choice = $<HTMLSelectElement>(el, '#centre-choice');
    expect([...choice.options].map((o) => clean(o.textContent))).to.deep.equal([
      'Kalix Learning Centre',
      'CFL Söderhamn',
    ]);
    await fill(el, 'name', 'Bo');
    await fill(el, 'provider', 'miun');
    choice.value = 'soderhamn';
    choice.dispatchEvent(new Event('change'));
    await until(
      el,
      () =>
        el.shadowRoot!.querySelector('#provider option[value="ltu"]') &&
        $$(el, '#provider option').length === 3,
      'Söderhamn’s form',
    );
    const rules = clean($(el, '[part~="rules"]').innerText);
    expect(rules).to.include(
      'Each exam must fit within one sitting: 8:00 AM–12:00 PM or 1:00 PM–5:00 PM.',
    );
    expect(rules).to.include(
      'We invigilate exams from Umeå University and Luleå University of Technology.',
    );
    expect(rules).to.include('Writing an exam here is free of charge.');
    expect($<HTMLInputElement>(el, '#name').value).to.equal('Bo');
    // A university Söderhamn does not take is not kept: it is to be chosen again.
    await send(el);
    expect(errorOf(el, 'provider')).to.equal('Choose a university.');
    await expect(el).to.be.accessible();
  });

  it('is accessible right to left', async () => {
    const el = await renderWidget(
      html`<lc-exam-request
        lang="ar"
        dir="rtl"
        feed=${service().feed}
        centre="kalix"
      ></lc-exam-request>`,
    );
    expect($(el, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});
