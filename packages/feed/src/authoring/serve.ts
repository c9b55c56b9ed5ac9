/**
 * `lc-feed serve feed.json`: what an editor needs to try a feed before
 * publishing it. The feed at /feed.json with the headers a published feed
 * needs (CORS), the files next to it (logos), a preview page of every widget
 * at /, and a Server-Sent Events stream (/__lc/events) that tells the page
 * to reload when the file changes.
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '../load-feed.ts';
import { formatIssue } from '../validate.ts';
import { previewPage } from './preview-page.ts';

export interface ServeOptions {
  /** The feed file. */
  feedPath: string;
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (this computer only). */
  host?: string;
  /** The widgets bundle's URL; default the workspace's packages/widgets/dist/widgets.js when built. */
  widgetsUrl?: string;
  /** Where the workspace's widgets bundle is looked for (tests point it elsewhere). */
  widgetsDir?: string;
}

/** A running preview server. */
export interface FeedServer {
  /** `http://127.0.0.1:8080` */
  url: string;
  /** The bundle the page loads, if any. */
  widgetsUrl?: string;
  /** Stops watching, ends the event streams and closes the server. */
  close(): Promise<void>;
}

const WORKSPACE_WIDGETS = fileURLToPath(new URL('../../../widgets/dist/', import.meta.url));
const PREVIEW_ASSETS = new URL('./preview/', import.meta.url);
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': '*',
  'Access-Control-Max-Age': '600',
};
/** What may be served from the feed's folder: images and data, not whatever else lives there. */
const TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
};
const SCRIPT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
/** Editors save in bursts (write, rename, touch): one reload per burst. */
const SETTLE_MS = 100;
const HEARTBEAT_MS = 15_000;

/** Starts the preview server. @throws the listen error (EADDRINUSE…) */
export async function serveFeed(options: ServeOptions): Promise<FeedServer> {
  const feedPath = resolve(options.feedPath);
  const folder = dirname(feedPath);
  const feedName = basename(feedPath);
  const widgetsDir = options.widgetsDir ?? WORKSPACE_WIDGETS;
  const widgetsUrl =
    options.widgetsUrl ??
    (existsSync(resolve(widgetsDir, 'widgets.js')) ? '/widgets/widgets.js' : undefined);
  const assets = {
    js: await readFile(new URL('preview.js', PREVIEW_ASSETS), 'utf8'),
    css: await readFile(new URL('preview.css', PREVIEW_ASSETS), 'utf8'),
  };
  const tags = await bundleTags(widgetsDir, options.widgetsUrl);
  const streams = new Set<ServerResponse>();

  const server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      if (!response.headersSent)
        send(response, 500, 'text/plain; charset=utf-8', `lc-feed serve: ${error.message}\n`);
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, CORS).end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'text/plain; charset=utf-8', 'GET, HEAD or OPTIONS\n', {
        Allow: 'GET, HEAD, OPTIONS',
      });
      return;
    }
    if (path === '/')
      return send(
        response,
        200,
        'text/html; charset=utf-8',
        previewPage({ feedUrl: '/feed.json', feedName, widgetsUrl, tags }),
        {
          'Content-Security-Policy': policy(widgetsUrl),
        },
      );
    if (path === '/favicon.ico') {
      response.writeHead(204, CORS).end();
      return;
    }
    if (path === '/feed.json' || path === `/${feedName}`)
      return sendFile(response, feedPath, TYPES['.json']);
    if (path === '/__lc/preview.js') return send(response, 200, SCRIPT_TYPES['.js'], assets.js);
    if (path === '/__lc/preview.css') return send(response, 200, SCRIPT_TYPES['.css'], assets.css);
    if (path === '/__lc/status')
      return send(response, 200, TYPES['.json'], JSON.stringify(await status()));
    if (path === '/__lc/events') return openStream(response);
    if (path.startsWith('/widgets/')) {
      const file = inside(widgetsDir, path.slice('/widgets/'.length));
      const type = file && SCRIPT_TYPES[extname(file)];
      if (type) return sendFile(response, file, type);
    }
    const file = inside(folder, path.slice(1));
    const type = file && TYPES[extname(file).toLowerCase()];
    if (type) return sendFile(response, file, type);
    send(response, 404, 'text/plain; charset=utf-8', `Not found: ${path}\n`);
  }

  /** What `lc-feed validate` would say about the file now, for the page. */
  async function status(): Promise<{
    valid: boolean;
    summary: string;
    issues: string[];
    language?: string;
  }> {
    let text: string;
    try {
      text = await readFile(feedPath, 'utf8');
    } catch (error) {
      return {
        valid: false,
        summary: `${feedName} cannot be read: ${(error as Error).message}`,
        issues: [],
      };
    }
    try {
      const { feed, issues } = parseFeed(text, feedName);
      const errors = issues.filter((issue) => issue.severity === 'error').length;
      const counts = [
        plural(feed.centres.length, 'centre'),
        plural(feed.courses.length, 'course'),
        plural(feed.events.length, 'event'),
        plural(feed.partners.length, 'partner'),
      ].join(', ');
      return {
        language: feed.language,
        valid: errors === 0,
        summary: errors
          ? `${feedName}: invalid — ${plural(errors, 'error')}; widgets show ${counts}`
          : `${feedName}: valid — ${counts}`,
        issues: issues.map(
          (issue) => `${formatIssue(issue)}${issue.severity === 'warning' ? ' (warning)' : ''}`,
        ),
      };
    } catch (error) {
      return {
        valid: false,
        summary: `${feedName}: widgets cannot use it: ${(error as Error).message}`,
        issues: [],
      };
    }
  }

  function openStream(response: ServerResponse): void {
    response.writeHead(200, {
      ...CORS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write('retry: 1000\n\nevent: hello\ndata: {}\n\n');
    streams.add(response);
    response.on('close', () => streams.delete(response));
  }

  // The folder, not the file: editors that save by renaming replace the file watched.
  let settle: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(folder, (_event, name) => {
    if (name !== null && name !== feedName) return;
    clearTimeout(settle);
    settle = setTimeout(() => {
      const message = `event: reload\ndata: ${JSON.stringify({ file: feedName, at: new Date().toISOString() })}\n\n`;
      for (const stream of streams) stream.write(message);
    }, SETTLE_MS);
  });
  const heartbeat = setInterval(() => {
    for (const stream of streams) stream.write(': still here\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  }).catch((error) => {
    watcher.close();
    clearInterval(heartbeat);
    throw error;
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    widgetsUrl,
    close: () =>
      new Promise<void>((done) => {
        clearTimeout(settle);
        clearInterval(heartbeat);
        watcher.close();
        for (const stream of streams) stream.end();
        streams.clear();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/**
 * Every tag the widgets bundle defines, from the widgets.manifest.json its
 * build writes next to widgets.js (so a new widget shows without editing
 * this file); undefined (the default list) when there is none to read.
 */
async function bundleTags(dir: string, url: string | undefined): Promise<string[] | undefined> {
  try {
    const manifest = (
      url && /^https?:\/\//.test(url)
        ? await (
            await fetch(new URL('widgets.manifest.json', url), {
              signal: AbortSignal.timeout(3000),
            })
          ).json()
        : JSON.parse(await readFile(resolve(dir, 'widgets.manifest.json'), 'utf8'))
    ) as { widgets?: { tags?: unknown }[] };
    const tags = (manifest.widgets ?? []).flatMap((w) => (Array.isArray(w.tags) ? w.tags : []));
    return tags.length &&
      tags.every((tag) => typeof tag === 'string' && /^lc-[a-z0-9-]+$/.test(tag))
      ? tags
      : undefined;
  } catch {
    return undefined;
  }
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    ...CORS,
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

async function sendFile(response: ServerResponse, path: string, type: string): Promise<void> {
  const found = await stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!found)
    return send(response, 404, 'text/plain; charset=utf-8', `Not found: ${basename(path)}\n`);
  send(response, 200, type, await readFile(path));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `relative` inside `folder`, or undefined when it would leave it (`../`). */
function inside(folder: string, relative: string): string | undefined {
  const path = resolve(folder, relative);
  return path.startsWith(folder.endsWith(sep) ? folder : folder + sep) ? path : undefined;
}

/** Scripts only from here (and the widgets bundle's origin); feeds may load images from anywhere. */
function policy(widgetsUrl: string | undefined): string {
  let scripts = "'self'";
  if (widgetsUrl && /^https?:\/\//.test(widgetsUrl)) scripts += ` ${new URL(widgetsUrl).origin}`;
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    'img-src * data:',
    'connect-src *',
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}
