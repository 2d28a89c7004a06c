/**
 * Exact quantiles for profiles: `q + 1` values at probabilities k/q of a sorted sample, by the inverted-CDF
 * definition (numpy's `method='inverted_cdf'`, SQL's `percentile_disc`): the value of 1-based rank
 * max(1, ⌈k·n/q⌉), the smallest value with at least k/q of the sample at or below it. Its rank error is 0,
 * and the SQL recipe in docs/profile-format.md selects exactly these ranks.
 */
import { populationStd } from '../drift/stats/distances.js';

/**
 * The 1-based rank of quantile k of q for n values: max(1, ⌈k·n/q⌉). Exact while k·n < 2^53 (n below 9e12
 * for q = 1000): k·n is then an exact integer, and the rounding error of the division, below half an ulp of
 * k·n/q < 2^53/q, stays under 1/q, the smallest fractional part k·n/q can have — so ⌈⌉ never crosses an integer.
 */
export function quantileRank(k: number, q: number, n: number): number {
  return Math.max(1, Math.ceil((k * n) / q));
}

/** The q + 1 inverted-CDF quantiles of a sorted, finite, non-empty sample. */
export function exactQuantiles(sorted: Float64Array, q: number): number[] {
  const values: number[] = [];
  for (let k = 0; k <= q; k++) values.push(sorted[quantileRank(k, q, sorted.length) - 1]!);
  return values;
}

/** Quantiles, count and standard deviation of a sorted sample: the `quantiles` part of a profile feature. */
export function quantileSummary(
  sorted: Float64Array,
  q: number,
): { values: number[]; count: number; std: number } {
  return { values: exactQuantiles(sorted, q), count: sorted.length, std: populationStd(sorted) };
}
