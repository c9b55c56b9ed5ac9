/** Registers `<lc-snippet-builder>`; importing it twice is harmless. */
import { LcSnippetBuilder } from './snippet-builder.ts';

export { LcSnippetBuilder };

if (!customElements.get('lc-snippet-builder'))
  customElements.define('lc-snippet-builder', LcSnippetBuilder);
