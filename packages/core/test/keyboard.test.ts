import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { nextOutcome, renderSettled, shadow } from './test-widget.ts';

describe('LcElement retry by keyboard', () => {
  it('retries when the focused "Försök igen" button gets Enter, keeping focus on it', async () => {
    const { el, event } = await renderSettled(
      html`<lc-test-widget lang="sv" feed="/__faults/404"></lc-test-widget>`,
    );
    expect(event.type).to.equal('lc-error');
    const button = shadow(el).querySelector('button')!;
    expect(button.textContent?.trim()).to.equal('Försök igen');
    button.focus();

    const again = nextOutcome(el);
    await sendKeys({ press: 'Enter' });
    const second = await again;
    expect(second.type).to.equal('lc-error');
    await el.updateComplete;
    // The button stayed through the retry (busy, not removed), so focus was never lost.
    expect(shadow(el).querySelector('button')).to.equal(button);
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    expect(shadow(el).activeElement).to.equal(button);
  });
});
