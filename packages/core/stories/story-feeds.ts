/**
 * Feed addresses for the stories that need no server: `https://story.invalid/…`
 * is answered here, in the page, so every state shows the same every time
 * (a load that never ends, a 404, the test fixtures).
 */
import emptyFeed from '../test/fixtures/empty-feed.json';
import miniFeed from '../test/fixtures/mini-feed.json';

const ORIGIN = 'https://story.invalid';

export const STORY_FEEDS = {
  /** Never answers: the loading state. */
  pending: `${ORIGIN}/pending.json`,
  /** 404 Not Found. */
  missing: `${ORIGIN}/missing.json`,
  /** Two centres, one broken course and an unknown property (two issues). */
  mini: `${ORIGIN}/mini-feed.json`,
  /** A valid feed without centres. */
  empty: `${ORIGIN}/empty-feed.json`,
} as const;

const BODIES: Record<string, unknown> = {
  [STORY_FEEDS.mini]: miniFeed,
  [STORY_FEEDS.empty]: emptyFeed,
};

let installed = false;

/** Wraps `fetch` once so the addresses above answer; any other address goes to the network. */
export function installStoryFeeds(): void {
  if (installed) return;
  installed = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(ORIGIN)) return realFetch(input, init);
    if (url === STORY_FEEDS.pending) return new Promise<Response>(() => {});
    const body = BODIES[url];
    return Promise.resolve(
      body === undefined
        ? new Response('{"error":"not found"}', { status: 404, statusText: 'Not Found' })
        : new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }),
    );
  };
}
