import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dispatchLcEvent } from '../src/events.ts';

describe('dispatchLcEvent', () => {
  it('dispatches a bubbling, composed CustomEvent with the detail', () => {
    const target = new EventTarget();
    let heard: CustomEvent | undefined;
    target.addEventListener('lc-select', (event) => (heard = event as CustomEvent));
    const event = dispatchLcEvent(target, 'lc-select', { id: 'kalix' });
    assert.equal(heard, event);
    assert.deepEqual(event.detail, { id: 'kalix' });
    assert.equal(event.bubbles, true);
    assert.equal(event.composed, true);
    assert.equal(event.cancelable, false);
  });

  it('can be cancelable, and tells whether a listener prevented it', () => {
    const target = new EventTarget();
    target.addEventListener('lc-navigate', (event) => event.preventDefault());
    assert.equal(
      dispatchLcEvent(target, 'lc-navigate', {}, { cancelable: true }).defaultPrevented,
      true,
    );
    assert.equal(dispatchLcEvent(target, 'lc-navigate', {}).defaultPrevented, false);
  });
});
