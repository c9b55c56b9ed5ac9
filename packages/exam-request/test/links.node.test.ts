/**
 * The status link (id and token after `#`, never anything else) and the
 * prepared e-mail (a `mailto:` whose address cannot be smuggled into).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ExamFlow } from '../src/exam-flow.ts';
import { mailBody, mailHref } from '../src/mail-draft.ts';
import { examMailDraft } from '../src/mail-view.ts';
import { readStatusLink, statusLink } from '../src/status-link.ts';
import { stepText } from '../src/steps-messages.ts';
import { ASA, KALIX } from './fixture-rules.ts';

const ID = '0b6f6c1e-2d2a-4c6b-9a57-3f1f1c0a9e11';
const TOKEN = 'Zr0abcdefghijklmnopqrstuvwxyz0123456789_-A';

describe('status link', () => {
  test('puts id and token after # of the page, replacing any fragment', () => {
    const link = statusLink('https://kommun.se/tentamen?x=1#old', { id: ID, token: TOKEN });
    assert.equal(link, `https://kommun.se/tentamen?x=1#request=${ID}&token=${TOKEN}`);
    assert.deepEqual(readStatusLink(new URL(link).hash), { id: ID, token: TOKEN });
  });

  test('reads the service’s e-mail links, and nothing that is not a request id and a token', () => {
    assert.deepEqual(readStatusLink(`#token=${TOKEN}&request=${ID.toUpperCase()}`), {
      id: ID,
      token: TOKEN,
    });
    assert.equal(readStatusLink(''), undefined);
    assert.equal(readStatusLink('#kontakt'), undefined);
    assert.equal(readStatusLink(`#request=${ID}`), undefined);
    assert.equal(readStatusLink(`#request=42&token=${TOKEN}`), undefined);
    assert.equal(readStatusLink(`#request=${ID}&token=<script>`), undefined);
  });
});

describe('prepared e-mail', () => {
  test('mailto with subject and body encoded; a hostile address gives no link', () => {
    const body = mailBody(
      [
        ['Namn', 'Åsa & Bo'],
        ['Telefon', ''],
      ],
      'Åsa',
    );
    assert.equal(body, 'Namn: Åsa & Bo\r\n\r\nÅsa');
    const href = mailHref('tentamen@kalix.se', 'Tenta: A&B?', body)!;
    assert.equal(
      href,
      `mailto:tentamen@kalix.se?subject=${encodeURIComponent('Tenta: A&B?')}&body=${encodeURIComponent(body)}`,
    );
    assert.equal(new URL(href).searchParams.get('body'), body);
    assert.equal(mailHref('a@b.se?cc=evil@x.se', 's', 'b'), undefined);
    assert.equal(mailHref('javascript:alert(1)', 's', 'b'), undefined);
  });

  test('has every field the student filled in, and the fee that applies', () => {
    const flow = new ExamFlow({
      centre: 'kalix',
      rules: KALIX,
      hasList: true,
      universityName: () => 'Umeå universitet',
      today: () => '2026-03-09',
      onChange: () => {},
      details: { ...ASA, phone: '', consent: false },
    });
    const draft = examMailDraft({
      flow,
      msg: (key, params) => stepText('sv', key, params),
      lang: 'sv',
      centreName: 'Kalix UniverCity',
      universityName: () => 'Umeå universitet',
    });
    assert.equal(draft.to, 'tentamen@kalix.example');
    assert.equal(draft.subject, 'Förfrågan om tentamen: Linjär algebra, ons 18 mars');
    assert.equal(
      draft.body.replace(/\u00a0/g, ' '),
      [
        'Lärcentrum: Kalix UniverCity',
        'Lärosäte: Umeå universitet',
        'Kurskod: MA1234',
        'Kursens namn: Linjär algebra',
        'Datum: ons 18 mars 2026',
        'Starttid: 09:00',
        'Skrivtid i minuter: 300',
        'Stöd: dator',
        'Namn: Åsa Öberg',
        'E-post: asa@example.se',
        'Kommun där du är folkbokförd: Luleå',
        'Avgift: 500 kr',
        '',
        'Åsa Öberg',
      ].join('\r\n'),
    );
    assert.ok(draft.href!.startsWith('mailto:tentamen@kalix.example?subject='));
  });
});
