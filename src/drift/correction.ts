/**
 * Multiple-testing correction across the p-value features of one run (distance methods are not corrected).
 * Testing many features at p < 0.05 flags about 5% of them by chance alone; correction keeps that in check.
 *
 * - Bonferroni: p·m, capped at 1 (controls the chance of any false alarm).
 * - Benjamini–Hochberg: the step-up adjusted p-values, min over j >= i of p(j)·m / j in ascending order,
 *   capped at 1 — monotone in p (controls the expected share of false alarms). Same values as
 *   statsmodels `multipletests(method='fdr_bh')` and R `p.adjust(method='BH')`.
 * A NaN p-value (a test that could not decide) is treated as 1.
 */
import type { MultipleTesting } from './types.js';

export function bonferroni(pValues: readonly number[]): number[] {
  const m = pValues.length;
  return pValues.map((p) => Math.min(1, (Number.isNaN(p) ? 1 : p) * m));
}

export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const clean = pValues.map((p) => (Number.isNaN(p) ? 1 : p));
  const order = clean.map((_, i) => i).sort((a, b) => clean[a]! - clean[b]!);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1]!;
    running = Math.min(running, (clean[index]! * m) / rank);
    adjusted[index] = running;
  }
  return adjusted;
}

/** Adjusted p-values in input order, or null when no correction is configured. */
export function adjustPValues(pValues: readonly number[], correction: MultipleTesting): number[] | null {
  if (correction === 'bonferroni') return bonferroni(pValues);
  if (correction === 'benjamini-hochberg') return benjaminiHochberg(pValues);
  return null;
}
