// web-test-runner middleware: the CDN folder, freshly built, on test pages
// served with a strict Content-Security-Policy header, under /__lc-widgets/.
// Nothing is built until a test asks, so other browser tests pay nothing.
//
//   /__lc-widgets/dist/…             the CDN folder (scripts/build.mjs into a temp dir)
//   /__lc-widgets/copy/…             the same files at another URL: a second copy of the loader
//   /__lc-widgets/slow/…             the same, each chunk answered a second late
//   /__lc-widgets/standalone/<id>.js one widget package's "./define", bundled on its own (own Lit)
//   /__lc-widgets/feed/…             the sample feed (without the booking API) and its logos
//   /__lc-widgets/vendor/…           bootstrap.min.css, axe.min.js
//   /__lc-widgets/page/all.html      every widget, strict CSP (`?axe` adds axe-core)
//   /__lc-widgets/page/one.html?tag=lc-x[&slow]   one widget, strict CSP
//   /__lc-widgets/page/twice.html    two loaders and a standalone package, strict CSP + 'allow-duplicates'
//   /__lc-widgets/page/blocked.html  every widget, scripts blocked
//   /__lc-widgets/page/<file>        page.js, reset.css (from test/page/)
//
// Responses are never cached, so every page's requests show in its resource timing.

import { build } from 'esbuild';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../../../scripts/define-entries.mjs';
import { contentType } from '../../../scripts/static-server.mjs';
import { buildWidgets, findWidgets } from '../scripts/build.mjs';
import { DUPLICATES_CSP, NO_SCRIPT_CSP, STRICT_CSP, testPage } from './cdn-pages.mjs';

export const CDN_PREFIX = '/__lc-widgets/';
const PAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'page');
const FEED_DIR = join(REPO_ROOT, 'packages/feed/examples');
const SLOW_CHUNK_MS = 1000;

/** axe-core, the copy @open-wc/testing's chai-a11y-axe uses. */
function axePath() {
  const testing = realpathSync(join(REPO_ROOT, 'node_modules/@open-wc/testing/package.json'));
  const chaiAxe = createRequire(testing).resolve('chai-a11y-axe');
  return createRequire(chaiAxe).resolve('axe-core/axe.min.js');
}

const VENDOR = {
  'bootstrap.min.css': () => join(REPO_ROOT, 'node_modules/bootstrap/dist/css/bootstrap.min.css'),
  'axe.min.js': axePath,
};

/** @type {Promise<{ outDir: string, manifest: import('../scripts/build.mjs').WidgetsManifest }> | undefined} */
let built;
/** @type {Map<string, Promise<Uint8Array>>} */
const standalone = new Map();

function cdnBuild() {
  built ??= (async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'lc-widgets-cdn-'));
    process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
    return buildWidgets({ outDir });
  })();
  return built;
}

/**
 * One widget package's define file bundled with its own Lit, the way a site
 * that imports the package itself would ship it.
 * @param {string} id
 */
function standaloneBundle(id) {
  let bundle = standalone.get(id);
  if (!bundle) {
    bundle = findWidgets().then(async (widgets) => {
      const widget = widgets.find((w) => w.id === id);
      if (!widget) throw new Error(`no widget ${id}`);
      const result = await build({
        absWorkingDir: REPO_ROOT,
        entryPoints: [widget.entry],
        bundle: true,
        format: 'esm',
        minify: true,
        write: false,
        platform: 'browser',
        target: 'es2022',
        tsconfig: join(REPO_ROOT, 'tsconfig.json'),
        logLevel: 'silent',
      });
      return result.outputFiles[0].contents;
    });
    standalone.set(id, bundle);
  }
  return bundle;
}

/** A file below `dir`, never outside it. */
function inside(dir, path) {
  const file = resolve(dir, path);
  return file.startsWith(dir + sep) ? file : undefined;
}

/**
 * @param {import('koa').Context} ctx
 * @param {string} path below the prefix
 * @returns {Promise<{ body: string | Uint8Array, type: string, csp?: string } | undefined>}
 */
async function respond(ctx, path) {
  const [area, ...rest] = path.split('/');
  const name = rest.join('/');
  switch (area) {
    case 'dist':
    case 'copy':
    case 'slow': {
      const { outDir } = await cdnBuild();
      const file = inside(outDir, name);
      if (!file) return undefined;
      if (area === 'slow' && name.startsWith('chunks/')) await delay(SLOW_CHUNK_MS);
      return { body: await readFile(file), type: contentType(file) };
    }
    case 'standalone':
      return { body: await standaloneBundle(name.replace(/\.js$/, '')), type: contentType(name) };
    case 'feed': {
      if (name === 'sample-feed.json') {
        const feed = JSON.parse(await readFile(join(FEED_DIR, name), 'utf8'));
        // The booking service is not part of these pages (and not same-origin).
        if (feed.guidance?.booking) delete feed.guidance.booking.api;
        return { body: JSON.stringify(feed), type: contentType(name) };
      }
      const file = inside(FEED_DIR, name);
      return file ? { body: await readFile(file), type: contentType(file) } : undefined;
    }
    case 'vendor': {
      const locate = VENDOR[/** @type {keyof typeof VENDOR} */ (name)];
      return locate ? { body: await readFile(locate()), type: contentType(name) } : undefined;
    }
    case 'page':
      return page(ctx, name);
    default:
      return undefined;
  }
}

/**
 * @param {import('koa').Context} ctx
 * @param {string} name
 */
async function page(ctx, name) {
  const html = (/** @type {string} */ body, /** @type {string} */ csp) => ({
    body,
    type: 'text/html; charset=utf-8',
    csp,
  });
  const { manifest } = await cdnBuild();
  const tags = manifest.widgets.flatMap((widget) => widget.tags);
  switch (name) {
    case 'all.html':
      return html(testPage({ tags, axe: 'axe' in ctx.query }), STRICT_CSP);
    case 'one.html': {
      const tag = String(ctx.query.tag);
      if (!tags.includes(tag)) return undefined;
      const loaders = ['slow' in ctx.query ? '../slow/widgets.js' : '../dist/widgets.js'];
      return html(testPage({ tags: [tag], loaders }), STRICT_CSP);
    }
    case 'twice.html': {
      const first = manifest.widgets[0];
      const id = first.package.split('/').pop();
      return html(
        testPage({
          tags,
          before: [`../standalone/${id}.js`],
          loaders: ['../dist/widgets.js', '../copy/widgets.js', '../dist/widgets.js'],
        }),
        DUPLICATES_CSP,
      );
    }
    case 'blocked.html':
      return html(testPage({ tags, scripts: false }), NO_SCRIPT_CSP);
    default: {
      if (extname(name) === '.html') return undefined;
      const file = inside(PAGE_DIR, name);
      return file ? { body: await readFile(file), type: contentType(file) } : undefined;
    }
  }
}

/** @type {import('koa').Middleware} */
export async function cdnMiddleware(ctx, next) {
  if (!ctx.path.startsWith(CDN_PREFIX)) return next();
  let answer;
  try {
    answer = await respond(ctx, ctx.path.slice(CDN_PREFIX.length));
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
  }
  ctx.set('Cache-Control', 'no-store');
  if (!answer) {
    ctx.status = 404;
    ctx.body = 'Not found';
    return;
  }
  if (answer.csp) ctx.set('Content-Security-Policy', answer.csp);
  ctx.type = answer.type;
  ctx.body = typeof answer.body === 'string' ? answer.body : Buffer.from(answer.body);
}
