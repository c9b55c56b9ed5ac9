// A tiny static file server for the demo page and the benchmark pages.
//
//   import { startStaticServer } from './static-server.mjs';
//   const server = await startStaticServer({ root: 'packages/demo/dist', port: 4173 });
//   console.log(server.url); // http://127.0.0.1:4173
//   await server.close();
//
// GET and HEAD only; a directory serves its index.html; nothing outside `root`
// is ever read (`..` segments, encoded or not, are refused with 403, and a
// symlink that leads out of `root` is a 404). An optional `handler` sees every
// request first, the same contract as createFaultHandler() in test-server.mjs:
// it answers and returns true, or returns false to fall through to the files.

import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';

/** Content types by file extension (lower case, with the dot). */
export const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
});

const FALLBACK_TYPE = 'application/octet-stream';

/**
 * The Content-Type to send for a file name.
 * @param {string} file
 * @returns {string}
 */
export function contentType(file) {
  return (
    MIME_TYPES[/** @type {keyof typeof MIME_TYPES} */ (extname(file).toLowerCase())] ??
    FALLBACK_TYPE
  );
}

/**
 * Maps a request target (`/feed/a.json?x=1`) to a path below `root`, or says
 * why it cannot: `'bad-request'` when it does not decode, `'forbidden'` when it
 * tries to leave `root` (any `..` segment, a backslash or a NUL byte).
 * Browsers and `new URL()` already remove `..`; raw HTTP clients do not, so we
 * look at the target as it arrived.
 * @param {string} root absolute directory
 * @param {string} target the request's URL as sent (path and query)
 * @returns {{ file: string, trailingSlash: boolean } | { error: 'bad-request' | 'forbidden' }}
 */
export function resolveRequestPath(root, target) {
  const rawPath = target.split(/[?#]/, 1)[0] ?? '';
  if (!rawPath.startsWith('/')) return { error: 'bad-request' };
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { error: 'bad-request' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { error: 'forbidden' };
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..')) return { error: 'forbidden' };
  const file = resolve(root, '.' + decoded);
  // Belt and braces: whatever the segments said, the result must lie in root.
  if (file !== root && !file.startsWith(root + sep)) return { error: 'forbidden' };
  return { file, trailingSlash: decoded.endsWith('/') };
}

/**
 * @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean | Promise<boolean>} RouteHandler
 * @typedef {{
 *   root: string,
 *   port?: number,
 *   host?: string,
 *   handler?: RouteHandler,
 *   headers?: Record<string, string>,
 * }} StaticServerOptions
 * @typedef {{ url: string, port: number, server: import('node:http').Server, close(): Promise<void> }} StaticServer
 */

/**
 * Serves the files below `options.root` over HTTP.
 * `port` defaults to 0 (a free port), `host` to 127.0.0.1; `headers` are added
 * to every file response (default `Cache-Control: no-cache`, so an edited file
 * is seen on reload).
 * @param {StaticServerOptions} options
 * @returns {Promise<StaticServer>}
 */
export async function startStaticServer({
  root,
  port = 0,
  host = '127.0.0.1',
  handler,
  headers = {},
}) {
  const rootDir = await realpath(resolve(root));
  const extraHeaders = { 'Cache-Control': 'no-cache', ...headers };

  const server = createServer((req, res) => {
    respond(req, res).catch((error) => {
      if (!res.headersSent) sendText(res, 500, 'Internal server error');
      else res.destroy();
      console.error(`static-server: ${req.method} ${req.url}:`, error);
    });
  });

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function respond(req, res) {
    if (handler && (await handler(req, res))) return;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendText(res, 405, 'Method not allowed');
      return;
    }
    const resolved = resolveRequestPath(rootDir, req.url ?? '/');
    if ('error' in resolved) {
      sendText(
        res,
        resolved.error === 'forbidden' ? 403 : 400,
        resolved.error === 'forbidden' ? 'Forbidden' : 'Bad request',
      );
      return;
    }
    let file = resolved.file;
    let info = await statOrNull(file);
    if (info?.isDirectory()) {
      if (!resolved.trailingSlash) {
        // Relative links in index.html need the slash: /demo → /demo/. One
        // leading slash only, so `//host` can never become an off-site redirect.
        const [path, query] = splitTarget(req.url ?? '/');
        res.writeHead(301, { Location: `/${path.replace(/^\/+/, '')}/${query}` });
        res.end();
        return;
      }
      file = resolve(file, 'index.html');
      info = await statOrNull(file);
    }
    if (!info?.isFile() || !(await isInside(rootDir, file))) {
      sendText(res, 404, 'Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': contentType(file),
      'Content-Length': String(info.size),
      'X-Content-Type-Options': 'nosniff',
      ...extraHeaders,
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done(undefined);
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actualPort}`,
    port: actualPort,
    server,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** @param {string} file */
async function statOrNull(file) {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

/** A symlink inside root may point anywhere: check where the file really is. */
async function isInside(rootDir, file) {
  const real = await realpath(file);
  return real.startsWith(rootDir + sep);
}

/** @param {string} target */
function splitTarget(target) {
  const index = target.search(/[?#]/);
  return index === -1 ? [target, ''] : [target.slice(0, index), target.slice(index)];
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {string} text */
function sendText(res, status, text) {
  const body = Buffer.from(`${text}\n`, 'utf8');
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(body.length),
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}
