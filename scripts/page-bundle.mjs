// How a page of ours (the demo, the snippet builder) is bundled: one minified
// ES module with a source map, for the browsers the widgets support, with the
// CSS in the widgets' `css` templates minified as in the CDN folder.

import { build } from 'esbuild';
import { REPO_ROOT } from './define-entries.mjs';
import { minifyCssLiteralsPlugin } from './minify-css-literals.mjs';

/**
 * Bundles `entry` into `outfile`.
 * @param {{ entry: string, outfile: string, plugins?: import('esbuild').Plugin[] }} options
 */
export function bundlePage({ entry, outfile, plugins = [] }) {
  return build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    tsconfig: 'tsconfig.json',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [...plugins, minifyCssLiteralsPlugin],
  });
}
