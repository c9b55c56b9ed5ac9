import { readFile } from 'node:fs/promises';
import { DEFAULT_MAX_BYTES, FeedLoadError, formatBytes, type LoadedFeed } from '../load.ts';
import { loadFeed, parseFeed } from '../load-feed.ts';

/** The feed could not be read at all (missing file, network, HTTP status, timeout): exit 2. */
export class SourceError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SourceError';
  }
}

const UNREADABLE = new Set(['network', 'http', 'timeout', 'aborted']);

/** True for the sources read over the network rather than from a file. */
export const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

/**
 * Reads, parses and validates the feed in a file or at an http(s) URL. URLs go
 * through `loadFeed`, exactly as a widget loads them. A file larger than widgets
 * accept is read anyway and reported as an error issue, so every other issue
 * is listed too.
 *
 * @throws SourceError when the feed cannot be read
 * @throws FeedLoadError (`parse`, `schema`, `too-large`) when it is not a usable feed
 */
export async function readFeed(source: string): Promise<LoadedFeed> {
  if (isUrl(source)) {
    try {
      return await loadFeed(source);
    } catch (error) {
      if (error instanceof FeedLoadError && UNREADABLE.has(error.kind))
        throw new SourceError(withCause(error), { cause: error });
      throw error;
    }
  }
  const bytes = await readBytes(source);
  const loaded = parseFeed(bytes.toString('utf8'), source);
  if (bytes.byteLength > DEFAULT_MAX_BYTES)
    loaded.issues.unshift({
      path: '',
      message: `the file is ${formatBytes(bytes.byteLength)}; widgets refuse feeds over ${formatBytes(DEFAULT_MAX_BYTES)}`,
      severity: 'error',
      rule: 'semantic',
    });
  return loaded;
}

/** A file's bytes. @throws SourceError saying in words why it cannot be read */
export async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new SourceError(fileProblem(error as NodeJS.ErrnoException), { cause: error });
  }
}

function fileProblem(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'no such file';
  if (error.code === 'EISDIR') return 'it is a folder, not a file';
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
  return error.message;
}

/** The loader's message, plus the low-level reason ("connect ECONNREFUSED …") a developer needs. */
function withCause(error: FeedLoadError): string {
  const cause = error.cause as { message?: string; cause?: { message?: string } } | undefined;
  const detail = cause?.cause?.message ?? cause?.message;
  return detail ? `${error.message} (${detail})` : error.message;
}
