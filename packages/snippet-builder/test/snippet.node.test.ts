import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_SCRIPT_URL,
  escapeAttribute,
  isSafeTokenValue,
  snippetText,
  tokenStyle,
} from '../src/snippet.ts';

const FEED = 'https://larcentrum.example/feed.json';

describe('snippetText', () => {
  it('is the script tag and the element with its feed', () => {
    assert.equal(
      snippetText({ scriptUrl: DEFAULT_SCRIPT_URL, tagName: 'lc-event-calendar', feedUrl: FEED }),
      `<script type="module" src="${DEFAULT_SCRIPT_URL}"></script>\n` +
        `<lc-event-calendar feed="${FEED}"></lc-event-calendar>\n`,
    );
  });

  it('writes attributes in order: booleans bare, empty and off ones left out', () => {
    const text = snippetText({
      scriptUrl: '/widgets.js',
      tagName: 'lc-course-finder',
      feedUrl: FEED,
      attributes: {
        centre: 'kalix',
        q: '',
        'open-only': true,
        'sync-url': false,
        layout: ' grid ',
      },
    });
    assert.match(
      text,
      /<lc-course-finder feed="https:\/\/larcentrum\.example\/feed\.json" centre="kalix" open-only layout="grid"><\/lc-course-finder>/,
    );
  });

  it('escapes what an editor types, so it stays inside its attribute', () => {
    const text = snippetText({
      scriptUrl: 'https://cdn.example/w.js?a=1&b="2"',
      tagName: 'lc-course-finder',
      feedUrl: 'https://x.example/f.json?"><script>alert(1)</script>',
      attributes: { q: 'a"b<c>&d', 'bad name"': 'x', feed: 'https://evil.example/' },
    });
    assert.ok(text.includes('src="https://cdn.example/w.js?a=1&amp;b=&quot;2&quot;"'));
    assert.ok(text.includes('feed="https://x.example/f.json?&quot;&gt;&lt;script&gt;'));
    assert.ok(text.includes('q="a&quot;b&lt;c&gt;&amp;d"'));
    assert.equal(text.includes('bad name'), false);
    assert.equal(text.includes('evil'), false);
    assert.equal(text.match(/<script/g)?.length, 1);
  });

  it('adds a style block with the tokens, on the widget’s tag', () => {
    const text = snippetText({
      scriptUrl: '/w.js',
      tagName: 'lc-partner-logos',
      feedUrl: FEED,
      tokens: { '--lc-color-accent': '#7a1f5c', '--lc-radius': '0' },
    });
    assert.ok(
      text.includes(
        '<style>\n  lc-partner-logos {\n    --lc-color-accent: #7a1f5c;\n    --lc-radius: 0;\n  }\n</style>\n',
      ),
    );
  });

  it('puts a fallback link inside the element, as text', () => {
    const text = snippetText({
      scriptUrl: '/w.js',
      tagName: 'lc-course-finder',
      feedUrl: FEED,
      fallback: { href: 'https://larcentrum.example/?a=1&b=2', text: 'Kurser <hos> oss' },
    });
    assert.ok(
      text.endsWith(
        `<lc-course-finder feed="${FEED}">\n` +
          '  <p><a href="https://larcentrum.example/?a=1&amp;b=2">Kurser &lt;hos&gt; oss</a></p>\n' +
          '</lc-course-finder>\n',
      ),
    );
  });
});

describe('tokenStyle', () => {
  it('is empty without tokens', () => {
    assert.equal(tokenStyle('lc-x'), '');
    assert.equal(tokenStyle('lc-x', {}), '');
  });

  it('leaves out values that could end the declaration, the rule or the element, and odd names', () => {
    assert.equal(
      tokenStyle('lc-x', {
        '--lc-radius': '0;} body{display:none',
        '--lc-color-text': '</style><script>',
        '--lc-font-family': '"Open Sans", sans-serif',
        color: 'red',
      }),
      '\n  lc-x {\n    --lc-font-family: "Open Sans", sans-serif;\n  }\n',
    );
  });
});

describe('isSafeTokenValue', () => {
  it('allows ordinary CSS values', () => {
    for (const value of [
      '#7a1f5c',
      '0.5em',
      'rgb(0 0 0 / 0.5)',
      "'Inter', serif",
      '0 1px 2px #000',
    ])
      assert.equal(isSafeTokenValue(value), true, value);
  });
  it('refuses what could break out', () => {
    for (const value of [
      '',
      ' ',
      'a;b',
      'a}',
      '{',
      '<',
      '>',
      'a\\b',
      'a\nb',
      '/* x',
      '"open',
      "it's",
    ])
      assert.equal(isSafeTokenValue(value), false, JSON.stringify(value));
  });
});

describe('escapeAttribute', () => {
  it('escapes & " < >', () => assert.equal(escapeAttribute(`&"<>'`), `&amp;&quot;&lt;&gt;'`));
});
