/**
 * schema.org JSON-LD for search engines (`structured-data`), as a
 * `<script type="application/ld+json">` in the document's `<head>`.
 *
 * Why the head and not the shadow root: crawlers read the light DOM. Why it is
 * safe under a strict Content Security Policy: a JSON-LD script is a data
 * block the browser never runs, so `script-src` does not apply; the element is
 * made with `createElement` and filled through `textContent` with
 * `toJsonLdScriptText`, which escapes `<`, `>` and `&`, so feed text such as
 * `</script>` cannot end it. It is removed when the finder leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
    if (this.script.textContent !== text) this.script.textContent = text;
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
