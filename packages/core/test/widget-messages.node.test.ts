import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registerMessages, type Messages } from '../src/index.ts';
import { defineWidgetMessages } from '../src/widget-messages.ts';

const t = defineWidgetMessages({
  sv: { 'wm.hello': 'Hej {name}', 'wm.count': { one: '# kurs', other: '# kurser' } },
  en: { 'wm.hello': 'Hello {name}', 'wm.count': { one: '# course', other: '# courses' } },
});

describe('defineWidgetMessages', () => {
  it("fills placeholders and plurals from the locale's table", () => {
    assert.equal(t('sv', 'wm.hello', { name: 'Ada' }), 'Hej Ada');
    assert.equal(t('sv', 'wm.count', { count: 12 }), '12 kurser');
    assert.equal(t('en', 'wm.count', { count: 1 }), '1 course');
  });

  it("uses the tag's primary language, then English", () => {
    assert.equal(t('sv-FI', 'wm.count', { count: 2 }), '2 kurser');
    assert.equal(t('sv-SE', 'wm.hello', { name: 'Ada' }), 'Hej Ada');
    assert.equal(t('de', 'wm.hello', { name: 'Ada' }), 'Hello Ada');
  });

  it('lets a page override or translate a text with registerMessages', () => {
    // A page written in JavaScript registers widget keys like core's.
    registerMessages('sv', { 'wm.hello': 'Välkommen {name}' } as Partial<Messages>);
    registerMessages('ar', { 'wm.hello': 'مرحبا {name}' } as Partial<Messages>);
    assert.equal(t('sv', 'wm.hello', { name: 'Ada' }), 'Välkommen Ada');
    assert.equal(t('ar', 'wm.hello', { name: 'Ada' }), 'مرحبا Ada');
    const three = new Intl.NumberFormat('ar').format(3);
    assert.equal(t('ar', 'wm.count', { count: 3 }), `${three} courses`, 'unregistered: English');
  });
});
