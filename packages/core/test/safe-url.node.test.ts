import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contactHref, safeUrl } from '../src/safe-url.ts';

describe('contactHref', () => {
  it('makes mailto: links for one e-mail address', () => {
    assert.equal(contactHref('email', 'info@larcentrum.se'), 'mailto:info@larcentrum.se');
    assert.equal(contactHref('email', ' info@larcentrum.se '), 'mailto:info@larcentrum.se');
  });

  it('refuses addresses that would add recipients or headers', () => {
    assert.equal(contactHref('email', 'a@b.se?bcc=spy@evil.example'), undefined);
    assert.equal(contactHref('email', 'a@b.se,c@d.se'), undefined);
    assert.equal(contactHref('email', 'javascript:alert(1)//@x.se'), undefined);
    assert.equal(contactHref('email', 'not an address'), undefined);
    assert.equal(contactHref('email', undefined), undefined);
  });

  it('makes tel: links of + and digits only', () => {
    assert.equal(contactHref('phone', '0923-650 00'), 'tel:092365000');
    assert.equal(contactHref('phone', '+46 (0)923-650 00'), 'tel:+4692365000');
    assert.equal(contactHref('phone', 'javascript:alert(1)'), undefined);
    assert.equal(contactHref('phone', ''), undefined);
  });
});

describe('safeUrl (re-exported from the feed package)', () => {
  it('lets web addresses through and stops the rest', () => {
    assert.equal(safeUrl('https://example.org/a'), 'https://example.org/a');
    assert.equal(safeUrl('javascript:alert(1)'), undefined);
  });
});
