import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FeedLoadError } from '@learning-centre/feed';
import { FeedConfigError, errorMessageKey, toWidgetError } from '../src/widget-error.ts';
import { translate } from '../src/i18n/i18n.ts';

describe('errorMessageKey', () => {
  it('has plain words for every kind', () => {
    const kinds = [
      'config',
      'network',
      'http',
      'timeout',
      'parse',
      'schema',
      'too-large',
      'aborted',
    ] as const;
    const texts = kinds.map((kind) =>
      translate('sv', errorMessageKey({ kind, status: 500 }), { status: 500 }),
    );
    assert.equal(new Set(texts).size, kinds.length, 'one distinct text per kind');
    assert.equal(texts[kinds.indexOf('timeout')], 'Flödet tog för lång tid att svara.');
  });

  it('says "not found" for 404 and 410, a server error otherwise', () => {
    assert.equal(errorMessageKey({ kind: 'http', status: 404 }), 'error.notFound');
    assert.equal(errorMessageKey({ kind: 'http', status: 410 }), 'error.notFound');
    assert.equal(errorMessageKey({ kind: 'http', status: 503 }), 'error.http');
  });
});

describe('toWidgetError', () => {
  it('passes feed and config errors through', () => {
    const feedError = new FeedLoadError('timeout', 'https://x.example/feed.json', 'slow');
    assert.equal(toWidgetError(feedError, 'u'), feedError);
    const config = new FeedConfigError();
    assert.equal(toWidgetError(config, ''), config);
    assert.deepEqual(
      [config.kind, config.url, config.status, config.issues],
      ['config', '', undefined, []],
    );
  });

  it('turns anything else into an unusable feed, keeping the cause', () => {
    const bug = new TypeError('x is undefined');
    const error = toWidgetError(bug, 'https://x.example/feed.json');
    assert.ok(error instanceof FeedLoadError);
    assert.equal(error.kind, 'schema');
    assert.equal(error.url, 'https://x.example/feed.json');
    assert.equal(error.cause, bug);
    assert.match(error.message, /x is undefined/);
  });
});
