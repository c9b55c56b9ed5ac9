import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filterPartners, groupPartnersByKind } from '../src/query/partners.ts';
import type { Partner } from '../src/types.ts';
import { ids } from './helpers/query-feed.ts';

const partners: Partner[] = [
  { id: 'ltu', name: 'Luleå tekniska universitet', kind: 'university', tier: 'Huvudpartner' },
  { id: 'kalix', name: 'Kalix kommun', kind: 'municipality', tier: 'Huvudman', centres: ['kalix'] },
  { id: 'abb', name: 'ABB', kind: 'employer', centres: ['motala', 'kalix'] },
  { id: 'kth', name: 'KTH', kind: 'university', centres: ['motala'] },
  { id: 'bibl', name: 'Biblioteket', kind: 'library', tier: 'huvudpartner' },
  { id: 'vision', name: 'Vision', kind: 'union', tier: 'Stödjande' },
];

describe('filterPartners', () => {
  it('keeps every partner, in feed order, without a filter', () => {
    assert.deepEqual(ids(filterPartners(partners)), ids(partners));
    assert.deepEqual(ids(filterPartners(partners, { kinds: [] })), ids(partners));
  });

  it('keeps the kinds asked for', () => {
    assert.deepEqual(ids(filterPartners(partners, { kinds: ['university'] })), ['ltu', 'kth']);
    assert.deepEqual(ids(filterPartners(partners, { kinds: ['union', 'employer'] })), [
      'abb',
      'vision',
    ]);
    assert.deepEqual(ids(filterPartners(partners, { kinds: ['region'] })), []);
  });

  it('compares the tier without regard to case or spacing, and drops partners without one', () => {
    assert.deepEqual(ids(filterPartners(partners, { tier: 'HUVUDPARTNER' })), ['ltu', 'bibl']);
    assert.deepEqual(ids(filterPartners(partners, { tier: ' STÖDJANDE ' })), ['vision']);
    // Swedish folding: ö is a letter of its own, not an o with dots.
    assert.deepEqual(ids(filterPartners(partners, { tier: 'Stodjande' })), []);
    assert.deepEqual(ids(filterPartners(partners, { tier: 'Guld' })), []);
  });

  it("keeps a centre's own partners and those that stand behind every centre", () => {
    assert.deepEqual(ids(filterPartners(partners, { centre: 'motala' })), [
      'ltu',
      'abb',
      'kth',
      'bibl',
      'vision',
    ]);
    assert.deepEqual(ids(filterPartners(partners, { centre: 'kalix' })), [
      'ltu',
      'kalix',
      'abb',
      'bibl',
      'vision',
    ]);
  });

  it('requires every criterion given', () => {
    assert.deepEqual(
      ids(
        filterPartners(partners, { kinds: ['university'], centre: 'kalix', tier: 'huvudpartner' }),
      ),
      ['ltu'],
    );
  });
});

describe('groupPartnersByKind', () => {
  it('groups in the order the feed first names each kind, members in feed order', () => {
    const groups = groupPartnersByKind(partners);
    assert.deepEqual(
      groups.map((g) => [g.kind, ids(g.partners)]),
      [
        ['university', ['ltu', 'kth']],
        ['municipality', ['kalix']],
        ['employer', ['abb']],
        ['library', ['bibl']],
        ['union', ['vision']],
      ],
    );
  });

  it("follows the page's order of kinds first, then the feed's, and leaves out empty kinds", () => {
    const groups = groupPartnersByKind(partners, ['union', 'region', 'university']);
    assert.deepEqual(
      groups.map((g) => g.kind),
      ['union', 'university', 'municipality', 'employer', 'library'],
    );
  });

  it('gives no groups for no partners', () => {
    assert.deepEqual(groupPartnersByKind([], ['university']), []);
  });
});
