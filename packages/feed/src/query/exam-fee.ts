/**
 * What writing an exam at a centre costs a student: nothing for residents of
 * the municipalities the centre lists in `freeFor`, the centre's `fee` for
 * everyone else, nothing at all when the centre has no fee.
 */
import type { ExamFee, ExamInvigilation } from '../types.ts';

/** The fee that applies: `free`, or the amount to pay and how. */
export type ExamCharge = { free: true } | ({ free: false } & ExamFee);

/**
 * A municipality's name as people type it, for comparing: case and spacing
 * ignored, "kommun" or "stad" after it dropped ("Kalix kommun" is Kalix).
 */
export function municipalityKey(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ (kommun|stad)$/, '');
}

/** True when residents of `municipality` write for free at this centre. */
export function isFreeFor(rules: ExamInvigilation, municipality: string): boolean {
  const key = municipalityKey(municipality);
  if (!key) return false;
  // "Söderhamns kommun" is Söderhamn: the genitive s before "kommun" is allowed.
  return (rules.freeFor ?? []).some((name) => {
    const free = municipalityKey(name);
    return key === free || key === `${free}s`;
  });
}

/** The fee for a resident of `municipality` (undefined or empty: not yet known, so the full fee). */
export function examFee(rules: ExamInvigilation, municipality: string | undefined): ExamCharge {
  if (!rules.fee || rules.fee.amount === 0) return { free: true };
  if (municipality !== undefined && isFreeFor(rules, municipality)) return { free: true };
  return { free: false, ...rules.fee };
}
