import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { renderSettled, shadow } from './test-widget.ts';

describe('tokens in the page', () => {
  it('a page themes widgets from :root', async () => {
    const root = document.documentElement;
    root.style.setProperty('--lc-color-accent', 'rgb(1, 2, 3)');
    try {
      const { el } = await renderSettled(
        html`<lc-test-widget lang="sv" feed="/__faults/404"></lc-test-widget>`,
      );
      const button = shadow(el).querySelector('button')!;
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(1, 2, 3)');
    } finally {
      root.style.removeProperty('--lc-color-accent');
    }
  });

  it('unstyled, the defaults apply', async () => {
    const { el } = await renderSettled(
      html`<lc-test-widget lang="sv" feed="/__faults/404"></lc-test-widget>`,
    );
    const button = shadow(el).querySelector('button')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(11, 92, 173)');
    expect(getComputedStyle(el).color).to.equal('rgb(31, 35, 40)');
  });

  it('text size follows the surrounding text, not a shrunken root', async () => {
    const root = document.documentElement;
    root.style.fontSize = '62.5%';
    try {
      const wrapper = await fixture(
        html`<div style="font-size: 18px"><lc-test-widget lang="sv"></lc-test-widget></div>`,
      );
      expect(getComputedStyle(wrapper.firstElementChild!).fontSize).to.equal('18px');
    } finally {
      root.style.fontSize = '';
    }
  });

  it('the hidden attribute hides the widget', async () => {
    const el = await fixture(html`<lc-test-widget hidden></lc-test-widget>`);
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('a keyboard user sees a focus ring', async () => {
    const { el } = await renderSettled(
      html`<lc-test-widget lang="sv" feed="/__faults/404"></lc-test-widget>`,
    );
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    try {
      before.focus();
      await sendKeys({ press: 'Tab' });
      const button = shadow(el).querySelector('button')!;
      expect(shadow(el).activeElement).to.equal(button);
      const style = getComputedStyle(button);
      expect(style.outlineStyle).to.equal('solid');
      expect(style.outlineWidth).to.equal('3px');
    } finally {
      before.remove();
    }
  });
});
