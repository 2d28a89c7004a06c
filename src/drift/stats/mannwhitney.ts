import erfc from '@stdlib/math-base-special-erfc';

import { assertSortedSample } from './contract.js';
import { midrank, walkTieGroups } from './ranks.js';
import type { TestResult } from './result.js';

/**
 * Mann-Whitney U test, two-sided: `scipy.stats.mannwhitneyu(ref, cur, alternative='two-sided')` with the 1.17
 * defaults use_continuity=True, method='auto' (ported from scipy/stats/_mannwhitneyu.py).
 *
 * Statistic: U1 = R1 - n1(n1+1)/2, the U of the reference sample (R1 = sum of its midranks in the pooled
 * sample), as scipy returns it. p-value from U = max(U1, n1·n2 - U1):
 * - 'exact' when there are no ties and at least one sample has 8 or fewer values. (scipy's
 *   `_mwu_choose_method` goes asymptotic only when *both* sizes exceed 8, or on ties; its docstring says
 *   "less than or equal to 8", which is what the code does.) p = 2·P(U' <= n1·n2 - U), clipped to 1.
 * - otherwise the normal approximation with tie correction and continuity correction:
 *   z = (U - n1·n2/2 - 0.5) / sqrt(n1·n2/12 · ((n+1) - Σ(t³ - t)/(n(n-1)))), p = 2·Φ(-z), clipped to [0, 1].
 *   When every value is the same, z = -0.5/0 = -Infinity and p = 1, as in scipy.
 */
export function mannWhitneyU(ref: Float64Array, cur: Float64Array): TestResult {
  assertSortedSample('mannWhitneyU', 'ref', ref);
  assertSortedSample('mannWhitneyU', 'cur', cur);
  const n1 = ref.length;
  const n2 = cur.length;

  let rankSumRef = 0; // exact: sums of half-integers far below 2^53
  let tieTerm = 0;
  let hasTies = false;
  let before = 0;
  walkTieGroups(ref, cur, (_value, refCount, curCount) => {
    const size = refCount + curCount;
    rankSumRef += refCount * midrank(before, size);
    if (size > 1) {
      hasTies = true;
      tieTerm += size * size * size - size; // scipy: t**3 - t, one rounding like the correctly rounded pow
    }
    before += size;
  });

  const u1 = rankSumRef - (n1 * (n1 + 1)) / 2;
  const u = Math.max(u1, n1 * n2 - u1);
  const exact = !(n1 > 8 && n2 > 8) && !hasTies;
  const p = exact ? 2 * exactCdf(n1, n2, n1 * n2 - u) : asymptoticTwoSided(u, n1, n2, tieTerm);
  return { statistic: u1, pValue: Math.min(Math.max(p, 0), 1) };
}

/** 2·Φ(-z) for the standardised U, scipy's `_get_mwu_z` with continuity correction then `2 * ndtr(-z)`. */
function asymptoticTwoSided(u: number, n1: number, n2: number, tieTerm: number): number {
  const mu = (n1 * n2) / 2;
  const n = n1 + n2;
  const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  const z = (u - mu - 0.5) / s;
  // ndtr(-z) = erfc(z/√2)/2, so the two-sided p is erfc(z/√2).
  return erfc(z / Math.SQRT2);
}

/**
 * P(U <= k) under H0 for sample sizes n1, n2 (no ties). The number of arrangements with U = u is the
 * coefficient of q^u in the Gaussian binomial [n1+n2 choose m]_q = Π_{i=1..m} (1 - q^(M+i)) / (1 - q^i)
 * (m = min(n1, n2), M = max). scipy (`_MWU.build_u_freqs_array`) uses Löffler's recurrence, which costs
 * O(k²); dividing by each (1 - q^i) (a running sum with stride i) then multiplying by each (1 - q^(M+i))
 * costs O(m·k), so a tiny sample against a 500,000-row one stays fast. The counts are doubles: the divisions
 * only add positive numbers, and the 2^m inclusion-exclusion terms of the multiplications are each smaller
 * than the result at u <= n1·n2/2, so the relative error stays near 1e-13.
 */
function exactCdf(n1: number, n2: number, k: number): number {
  const small = Math.min(n1, n2);
  const large = Math.max(n1, n2);
  const counts = new Float64Array(k + 1);
  counts[0] = 1;
  for (let i = 1; i <= small; i++) {
    for (let u = i; u <= k; u++) counts[u]! += counts[u - i]!;
  }
  for (let i = 1; i <= small; i++) {
    const shift = large + i;
    for (let u = k; u >= shift; u--) counts[u]! -= counts[u - shift]!;
  }
  let arrangements = 1; // binom(n1 + n2, small)
  for (let i = 1; i <= small; i++) arrangements = (arrangements * (large + i)) / i;
  let total = 0;
  for (let u = 0; u <= k; u++) total += counts[u]!;
  return total / arrangements;
}
