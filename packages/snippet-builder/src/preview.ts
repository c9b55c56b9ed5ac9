/**
 * The live preview: the chosen widget in a container, with the editor's
 * attributes on it and the design tokens set on the container through the
 * CSSOM (`style.setProperty`), so it works under a CSP without
 * `style-src 'unsafe-inline'`. The element is kept while only its attributes
 * change, as on a real page.
 */
import { isSafeTokenValue } from './snippet.ts';

export interface PreviewState {
  tagName: string;
  feedUrl: string;
  /** `true` sets a boolean attribute; `''` and `false` remove the attribute. */
  attributes: Readonly<Record<string, string | boolean>>;
  tokens: Readonly<Record<string, string>>;
}

/** Makes `container` show `state` (nothing when undefined); returns the widget element. */
export function syncPreview(
  container: HTMLElement,
  state: PreviewState | undefined,
): HTMLElement | undefined {
  syncTokens(container, state?.tokens ?? {});
  if (!state) {
    container.replaceChildren();
    return undefined;
  }
  let element = container.firstElementChild as HTMLElement | null;
  if (element?.localName !== state.tagName) {
    element = document.createElement(state.tagName);
    container.replaceChildren(element);
  }
  const wanted = new Map<string, string>([['feed', state.feedUrl]]);
  for (const [name, value] of Object.entries(state.attributes)) {
    if (name === 'feed' || value === false) continue;
    if (value === true) wanted.set(name, '');
    else if (value.trim() !== '') wanted.set(name, value.trim());
  }
  for (const name of element.getAttributeNames())
    if (!wanted.has(name)) element.removeAttribute(name);
  for (const [name, value] of wanted)
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  return element;
}

/** `--lc-*` properties on the container: the safe ones set, the rest removed. */
function syncTokens(container: HTMLElement, tokens: Readonly<Record<string, string>>): void {
  const style = container.style;
  for (const name of [...style])
    if (name.startsWith('--lc-') && !(name in tokens && isSafeTokenValue(tokens[name])))
      style.removeProperty(name);
  for (const [name, value] of Object.entries(tokens))
    if (name.startsWith('--lc-') && isSafeTokenValue(value)) style.setProperty(name, value.trim());
}
