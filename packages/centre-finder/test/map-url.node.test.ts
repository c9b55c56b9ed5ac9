import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapUrl } from '../src/map-url.ts';

const KALIX = { lat: 65.8537, lon: 23.1565 };

describe('mapUrl', () => {
  it('fills {lat}, {lon} and {name}', () => {
    assert.equal(
      mapUrl('https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=15/{lat}/{lon}', KALIX, 'x'),
      'https://www.openstreetmap.org/?mlat=65.8537&mlon=23.1565#map=15/65.8537/23.1565',
    );
    assert.equal(
      mapUrl('https://maps.example/search?q={name}&near={lat},{lon}', { lat: -1.5, lon: 0 }, 'K'),
      'https://maps.example/search?q=K&near=-1.5,0',
    );
  });

  it('URL-encodes the values, so a name cannot add parameters or change the address', () => {
    assert.equal(
      mapUrl('https://maps.example/?q={name}', KALIX, 'Lärcentrum Kalix & Co?x=1#y'),
      'https://maps.example/?q=L%C3%A4rcentrum%20Kalix%20%26%20Co%3Fx%3D1%23y',
    );
    // In the host, an encoded slash makes no valid address at all: no link rather than another site's path.
    assert.equal(mapUrl('https://{name}/', KALIX, 'evil.example/path'), undefined);
  });

  it('leaves other braces as they are', () => {
    assert.equal(
      mapUrl('https://maps.example/{zoom}/{lat}', KALIX, 'x'),
      'https://maps.example/%7Bzoom%7D/65.8537',
    );
  });

  it('gives nothing for an address that is not https: or http:', () => {
    assert.equal(mapUrl('javascript:alert({name})', KALIX, 'x'), undefined);
    assert.equal(mapUrl('{name}', KALIX, 'javascript:alert(1)'), undefined);
    assert.equal(mapUrl('data:text/html,{name}', KALIX, '<script>'), undefined);
    assert.equal(mapUrl('geo:{lat},{lon}', KALIX, 'x'), undefined);
    assert.equal(mapUrl('/relative/{lat}', KALIX, 'x'), undefined);
  });
});
