/**
 * Defines widgets on demand: a tag's chunk is imported the first time the tag
 * is seen — in the document or in any open shadow root, at start or later.
 */

/** Each tag → a function importing the chunk that defines it. */
export type WidgetChunks = Readonly<Record<string, () => Promise<unknown>>>;

/** What every copy of the loader on a page shares, whatever URL it came from. */
interface SharedState {
  /** Tags whose chunk one of the copies is importing or has imported. */
  claimed: Set<string>;
  /** Whether a copy already reports the page height to a parent frame. */
  reportsHeight?: boolean;
}

const SHARED = Symbol.for('@learning-centre/widgets');

/** The state shared by every copy of the loader on this page. */
export function sharedState(): SharedState {
  const holder = globalThis as typeof globalThis & { [SHARED]?: SharedState };
  return (holder[SHARED] ??= { claimed: new Set() });
}

const ELEMENT_NODE = 1;

/**
 * Watches `document` and every open shadow root found in it, and imports a
 * tag's chunk when the tag first appears. Shadow roots are found when their
 * host is seen and again after any custom element is defined (its instances
 * have just attached theirs), so tags inside widgets and inside other
 * libraries' components are found too.
 *
 * A tag that is already defined (the page imported the widget package itself)
 * or claimed by another copy of the loader is not imported again; the define
 * files skip a tag that is taken, so the first definition wins.
 *
 * @param chunks each tag → its chunk import
 * @param root the document to watch
 * @returns a function that stops watching
 */
export function defineOnDemand(chunks: WidgetChunks, root: Document = document): () => void {
  const { claimed } = sharedState();
  /** Custom element names we wait for, to look into their shadow roots once defined. */
  const waiting = new Set<string>();
  const observed = new WeakSet<Node>();
  let rescanQueued = false;
  let stopped = false;

  const load = (tag: string): void => {
    if (claimed.has(tag) || customElements.get(tag)) return;
    claimed.add(tag);
    chunks[tag]!().catch((error: unknown) => {
      claimed.delete(tag);
      console.error(`<${tag}> could not be loaded:`, error);
    });
  };

  const rescan = (): void => {
    if (rescanQueued || stopped) return;
    rescanQueued = true;
    queueMicrotask(() => {
      rescanQueued = false;
      if (!stopped) watch(root);
    });
  };

  const visit = (element: Element): void => {
    const name = element.localName;
    if (name.includes('-') && !waiting.has(name) && !customElements.get(name)) {
      waiting.add(name);
      // Not a valid custom element name (`font-face` in SVG): nothing to wait for.
      customElements.whenDefined(name).then(rescan, () => {});
    }
    if (Object.hasOwn(chunks, name)) load(name);
    if (element.shadowRoot) watch(element.shadowRoot);
  };

  const walk = (node: ParentNode): void => {
    for (const element of node.querySelectorAll('*')) visit(element);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== ELEMENT_NODE) continue;
        visit(node as Element);
        walk(node as Element);
      }
    }
  });

  function watch(target: Document | ShadowRoot): void {
    if (!observed.has(target)) {
      observed.add(target);
      observer.observe(target, { childList: true, subtree: true });
    }
    walk(target);
  }

  watch(root);
  return () => {
    stopped = true;
    observer.disconnect();
  };
}
