/**
 * schema.org JSON-LD for search engines (`structured-data`), as a
 * `<script type="application/ld+json">` in the document's `<head>`.
 *
 * Why the head and not the shadow root: crawlers read the light DOM. Why it is
 * safe under a strict Content Security Policy: a JSON-LD script is a data
 * block the browser never runs, so `script-src` does not apply; the element is
 * made with `createElement` and filled through `textContent` with
 * `toJsonLdScriptText`, which escapes `<`, `>` and `&`, so feed text such as
 * `</script>` cannot end it. Where the page enforces Trusted Types, the text
 * goes through the `lc-widgets` policy (json-script.ts), which passes only
 * JSON. It is removed when the finder leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { setJsonScriptText } from './json-script.ts';

export class StructuredData implements ReactiveController {
  private script?: HTMLScriptElement;
  private text?: string;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The script now in the head, if any (for tests and debugging). */
  get element(): HTMLScriptElement | undefined {
    return this.script;
  }

  /** Shows `text` (from `toJsonLdScriptText`), or removes the script with `undefined`. */
  set(text: string | undefined): void {
    this.text = text;
    if (text === undefined) {
      this.remove();
      return;
    }
    if (!this.script) {
      this.script = document.createElement('script');
      this.script.type = 'application/ld+json';
      this.script.dataset.lcStructuredData = 'lc-course-finder';
    }
    if (this.script.textContent !== text && !setJsonScriptText(this.script, text)) {
      // The page's Trusted Types policy allows no `lc-widgets`: no JSON-LD, the list still works.
      this.remove();
      return;
    }
    if (!this.script.isConnected) document.head.append(this.script);
  }

  hostConnected(): void {
    // Back on the page (moved in the DOM): the same data again.
    if (this.text !== undefined) this.set(this.text);
  }

  hostDisconnected(): void {
    this.remove();
  }

  private remove(): void {
    this.script?.remove();
  }
}
