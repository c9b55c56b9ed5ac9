import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addSwedishWorkingDays,
  isSwedishWorkingDay,
  swedishHoliday,
  swedishHolidays,
} from '../src/query/swedish-holidays.ts';

const list = (year: number) =>
  swedishHolidays(year).map((h) => `${h.date} ${h.name.sv}${h.kind === 'eve' ? ' (eve)' : ''}`);

describe('swedishHolidays', () => {
  it('2026: Easter on 5 April, midsummer on 19–20 June, All Saints on 31 October', () => {
    assert.deepEqual(list(2026), [
      '2026-01-01 Nyårsdagen',
      '2026-01-06 Trettondedag jul',
      '2026-04-03 Långfredagen',
      '2026-04-05 Påskdagen',
      '2026-04-06 Annandag påsk',
      '2026-05-01 Första maj',
      '2026-05-14 Kristi himmelsfärds dag',
      '2026-05-24 Pingstdagen',
      '2026-06-06 Sveriges nationaldag',
      '2026-06-19 Midsommarafton (eve)',
      '2026-06-20 Midsommardagen',
      '2026-10-31 Alla helgons dag',
      '2026-12-24 Julafton (eve)',
      '2026-12-25 Juldagen',
      '2026-12-26 Annandag jul',
      '2026-12-31 Nyårsafton (eve)',
    ]);
  });

  it('2027: Easter on 28 March, midsummer on 25–26 June, All Saints on 6 November', () => {
    assert.deepEqual(list(2027), [
      '2027-01-01 Nyårsdagen',
      '2027-01-06 Trettondedag jul',
      '2027-03-26 Långfredagen',
      '2027-03-28 Påskdagen',
      '2027-03-29 Annandag påsk',
      '2027-05-01 Första maj',
      '2027-05-06 Kristi himmelsfärds dag',
      '2027-05-16 Pingstdagen',
      '2027-06-06 Sveriges nationaldag',
      '2027-06-25 Midsommarafton (eve)',
      '2027-06-26 Midsommardagen',
      '2027-11-06 Alla helgons dag',
      '2027-12-24 Julafton (eve)',
      '2027-12-25 Juldagen',
      '2027-12-26 Annandag jul',
      '2027-12-31 Nyårsafton (eve)',
    ]);
  });

  it('Easter far apart: 2019 (21 April), 2285 (22 March), 2038 (25 April)', () => {
    assert.equal(swedishHoliday('2019-04-21')?.name.sv, 'Påskdagen');
    assert.equal(swedishHoliday('2285-03-22')?.name.sv, 'Påskdagen');
    assert.equal(swedishHoliday('2038-04-25')?.name.sv, 'Påskdagen');
  });

  it('names in English too, and nothing on an ordinary day', () => {
    assert.deepEqual(swedishHoliday('2026-06-19')?.name, {
      sv: 'Midsommarafton',
      en: 'Midsummer Eve',
    });
    assert.equal(swedishHoliday('2026-06-18'), undefined);
    assert.throws(() => swedishHoliday('2026-02-30'));
  });
});

describe('working days', () => {
  it('weekends, holidays and holiday eves are not working days', () => {
    assert.equal(isSwedishWorkingDay('2026-03-09'), true); // Monday
    assert.equal(isSwedishWorkingDay('2026-03-14'), false); // Saturday
    assert.equal(isSwedishWorkingDay('2026-03-15'), false); // Sunday
    assert.equal(isSwedishWorkingDay('2026-06-19'), false); // midsummer eve, a Friday
    assert.equal(isSwedishWorkingDay('2026-12-24'), false); // Christmas Eve, a Thursday
    assert.equal(isSwedishWorkingDay('2026-12-31'), false); // New Year's Eve
    assert.equal(isSwedishWorkingDay('2026-06-05'), true); // the Friday before National Day
  });

  it('counts across a weekend', () => {
    // Monday 2 March + 7 working days: Tu We Th Fr, Mo Tu We.
    assert.equal(addSwedishWorkingDays('2026-03-02', 7), '2026-03-11');
    // Friday + 1 is Monday.
    assert.equal(addSwedishWorkingDays('2026-03-06', 1), '2026-03-09');
    assert.equal(addSwedishWorkingDays('2026-03-06', 0), '2026-03-06');
  });

  it('counts across midsummer and Easter', () => {
    // Wednesday 17 June 2026: Th 18, (Fr 19 eve, Sa, Su), Mo 22, Tu 23.
    assert.equal(addSwedishWorkingDays('2026-06-17', 3), '2026-06-23');
    // Thursday 2 April 2026: (Good Friday, weekend, Easter Monday) Tu 7 April.
    assert.equal(addSwedishWorkingDays('2026-04-02', 1), '2026-04-07');
  });

  it('counts across Christmas and New Year', () => {
    // Tuesday 22 December 2026: We 23, (24, 25, 26, 27), Mo 28, Tu 29, We 30, (31, 1 Jan, 2, 3),
    // Mo 4 Jan, Tu 5, (Epiphany 6), Th 7.
    assert.equal(addSwedishWorkingDays('2026-12-22', 7), '2027-01-07');
  });
});
