import { loadFeedWith, parseFeedWith, type LoadedFeed, type LoadFeedOptions } from './load.ts';
import { validateFeed } from './validate.ts';

/**
 * Loads, parses and validates the whole feed at `url` (`validateFeed`, or
 * `options.validate`). However many callers ask, the page makes one request
 * per URL. A failed load is not cached, so a retry really tries again.
 * Widgets use `loadFeedWith` and their own validator, to carry only the
 * definitions they read.
 *
 * @throws FeedLoadError with `kind` network | http | timeout | parse | schema | too-large | aborted
 */
export function loadFeed(url: string, options: LoadFeedOptions = {}): Promise<LoadedFeed> {
  return loadFeedWith(options.validate ?? validateFeed, url, options);
}

/**
 * Parses and validates a whole feed's text (a leading byte-order mark is
 * ignored). What `loadFeed` does once the body is read; the CLI uses it for files.
 *
 * @throws FeedLoadError with `kind` parse | schema
 */
export function parseFeed(text: string, url: string): LoadedFeed {
  return parseFeedWith(validateFeed, text, url);
}
