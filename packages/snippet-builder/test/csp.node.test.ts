import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { cspDirectives, cspLines, cspPolicy, originOf, styleHash } from '../src/csp.ts';
import { DEFAULT_SCRIPT_URL } from '../src/snippet.ts';

describe('originOf', () => {
  it('is the origin of an absolute http(s) address, else undefined', () => {
    assert.equal(
      originOf('https://cdn.jsdelivr.net/npm/x@1/dist/w.js'),
      'https://cdn.jsdelivr.net',
    );
    assert.equal(originOf('http://localhost:8787/api'), 'http://localhost:8787');
    assert.equal(originOf('/widgets.js'), undefined);
    assert.equal(originOf('data:text/javascript,1'), undefined);
    assert.equal(originOf(undefined), undefined);
  });
});

describe('the CSP a page with the widgets needs', () => {
  it('names the CDN, the feed’s server and the booking service', () => {
    assert.deepEqual(
      cspLines({
        scriptUrl: DEFAULT_SCRIPT_URL,
        feedUrl: 'https://larcentrum.example/feed.json',
        bookingApi: 'https://boka.larcentrum.example/v1',
      }),
      [
        "script-src 'self' https://cdn.jsdelivr.net;",
        "style-src 'self';",
        "img-src 'self' https: data:;",
        "connect-src 'self' https://larcentrum.example https://boka.larcentrum.example;",
        "require-trusted-types-for 'script';",
        'trusted-types lit-html lc-widgets;',
      ],
    );
  });

  it('names each origin once, and only self for the page’s own files', () => {
    const directives = new Map(
      cspDirectives({
        scriptUrl: '/widgets/widgets.js',
        feedUrl: 'https://x.example/feed.json',
        bookingApi: 'https://x.example/booking',
      }),
    );
    assert.deepEqual(directives.get('script-src'), ["'self'"]);
    assert.deepEqual(directives.get('connect-src'), ["'self'", 'https://x.example']);
  });

  it('adds the style block’s hash to style-src', () => {
    const directives = new Map(
      cspDirectives({ scriptUrl: '/w.js', styleHashes: ["'sha256-abc='"] }),
    );
    assert.deepEqual(directives.get('style-src'), ["'self'", "'sha256-abc='"]);
  });

  it('with self-hosted files is the strict policy the widgets are built for', () => {
    assert.equal(
      cspPolicy({ scriptUrl: '/w.js', feedUrl: '/feed.json' }),
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; " +
        "connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html lc-widgets",
    );
  });
});

describe('styleHash', () => {
  it('is the base64 SHA-256 of the UTF-8 text, as a CSP source', async () => {
    const text = '\n  lc-x {\n    --lc-color-accent: #7a1f5c;\n  }\n';
    const expected = createHash('sha256').update(text, 'utf8').digest('base64');
    assert.equal(await styleHash(text), `'sha256-${expected}'`);
    assert.equal(await styleHash(''), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
