// The CSS minifier for what we ship (scripts/minify-css-literals.mjs): smaller
// `css` templates that mean exactly the same CSS.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import {
  CSS_FILE,
  minifyCssLiterals,
  minifyCssLiteralsPlugin,
} from '../../../scripts/minify-css-literals.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('minifyCssLiterals', () => {
  it('drops comments and layout whitespace, keeps what the CSS means', () => {
    const source = [
      'const styles = css`',
      '  /* the card */',
      '  :host {',
      '    display: block;',
      '  }',
      '  .a > .b,',
      '  .c .d::before {',
      '    margin: 0 auto;',
      '    width: calc(100% - 2em);',
      '  }',
      '  @media (prefers-reduced-motion: reduce) {',
      '    .a { transition: none; }',
      '  }',
      '`;',
    ].join('\n');
    assert.equal(
      minifyCssLiterals(source),
      'const styles = css`:host{display:block}.a>.b,.c .d::before{margin:0 auto;width:calc(100% - 2em)}@media (prefers-reduced-motion:reduce){.a{transition:none}}`;',
    );
  });

  it('keeps quoted strings exactly, comment-like text and spaces included', () => {
    const source = "x = css`.s::before { content: '✓  /* no */ ' / ''; }`;";
    assert.equal(minifyCssLiterals(source), "x = css`.s::before{content:'✓  /* no */ ' / ''}`;");
  });

  it('copies ${…} expressions and keeps one space beside them', () => {
    const source =
      'x = css`\n  ${tokens}\n  .a ${sel} {\n    margin: ${token("space-1")} ${token(`s-${n}`)};\n  }\n`;';
    assert.equal(
      minifyCssLiterals(source),
      'x = css`${tokens} .a ${sel}{margin:${token("space-1")} ${token(`s-${n}`)}}`;',
    );
  });

  it('leaves everything outside css templates alone', () => {
    const source = 'const html = `  a  b  `; // css is great\nconst y = unsafeCSS(`  a  `);';
    assert.equal(minifyCssLiterals(source), source);
  });

  it('only style files are rewritten', () => {
    assert.ok(CSS_FILE.test('/x/partner-logos.styles.ts'));
    assert.ok(CSS_FILE.test('/x/core/src/tokens.ts'));
    assert.ok(CSS_FILE.test('/x/dist/booking-steps.styles.js'));
    assert.ok(!CSS_FILE.test('/x/partner-logos.ts'));
  });

  it('every style file of the widgets still builds, and gets smaller', async () => {
    const files = [
      'packages/core/src/states.styles.ts',
      'packages/event-calendar/src/event-calendar.styles.ts',
      'packages/course-finder/src/course-finder.styles.ts',
    ];
    for (const file of files) {
      const source = await readFile(`${root}${file}`, 'utf8');
      const minified = minifyCssLiterals(source);
      assert.ok(minified.length < source.length * 0.95, `${file} shrinks by more than 5 %`);
    }
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['packages/event-calendar/src/event-calendar.styles.ts'],
      bundle: true,
      write: false,
      format: 'esm',
      logLevel: 'silent',
      external: ['lit', '@learning-centre/*'],
      plugins: [minifyCssLiteralsPlugin],
    });
    const code = result.outputFiles[0].text;
    // The stylesheet's own section comments are gone.
    assert.ok(!code.includes("/* ---- a day's list"), 'no CSS comment is left');
    assert.match(code, /\.toolbar button\[aria-pressed='true'\]\{/);
  });
});
