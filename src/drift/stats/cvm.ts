import gammaln from '@stdlib/math-base-special-gammaln';

import { besselK } from './bessel.js';
import { assertSortedSample } from './contract.js';
import { exactCvmPValue } from './cvm-exact.js';
import { pairwiseSum } from './pairwise-sum.js';
import { midrank, walkTieGroups } from './ranks.js';
import type { TestResult } from './result.js';

/**
 * Two-sample Cramér-von Mises test: `scipy.stats.cramervonmises_2samp(ref, cur)` (method 'auto'), ported from
 * scipy/stats/_hypotests.py (`cramervonmises_2samp`, `_pval_cvm_2samp_asymptotic`, `_cdf_cvm_inf`).
 *
 * Statistic T = U/(n1·n2·N) - (4·n1·n2 - 1)/(6N), N = n1 + n2, with
 * U = n1·Σ(r(x_i) - i)² + n2·Σ(r(y_j) - j)² over midranks r in the pooled sample (Anderson 1962, eq. 9-10).
 * The squared terms are summed in numpy's order so T rounds like scipy's (T cancels two large numbers).
 *
 * p-value: exact (all lattice paths) when both samples have at most 20 values, else the normalised
 * statistic tn compared with the limiting distribution: p = max(1 - V(tn), 0), or 1 when tn < 0.003.
 * scipy sums the series for V until a term falls below 1e-7, so for very large tn (strong drift, big samples)
 * it reports p of order 1e-7..1e-5 instead of ~0; the same truncation is kept here to match it.
 *
 * Samples with fewer than 2 values give `{ statistic: NaN, pValue: NaN }` (scipy returns NaN too).
 */
export function cramerVonMises2samp(ref: Float64Array, cur: Float64Array): TestResult {
  assertSortedSample('cramerVonMises2samp', 'ref', ref);
  assertSortedSample('cramerVonMises2samp', 'cur', cur);
  const nx = ref.length;
  const ny = cur.length;
  if (nx < 2 || ny < 2) return { statistic: NaN, pValue: NaN };

  // (r(x_i) - i)² for each sample, in sample order, so they can be summed like numpy does.
  const refTerms = new Float64Array(nx);
  const curTerms = new Float64Array(ny);
  let i = 0;
  let j = 0;
  let before = 0;
  walkTieGroups(ref, cur, (_value, refCount, curCount) => {
    const r = midrank(before, refCount + curCount);
    for (let c = 0; c < refCount; c++, i++) refTerms[i] = (r - (i + 1)) * (r - (i + 1));
    for (let c = 0; c < curCount; c++, j++) curTerms[j] = (r - (j + 1)) * (r - (j + 1));
    before += refCount + curCount;
  });
  const u = nx * pairwiseSum(refTerms) + ny * pairwiseSum(curTerms);

  const k = nx * ny;
  const n = nx + ny;
  const t = u / (k * n) - (4 * k - 1) / (6 * n);
  const pValue = Math.max(nx, ny) > 20 ? asymptoticPValue(t, n, nx, ny, k) : exactCvmPValue(u, nx, ny);
  return { statistic: t, pValue };
}

/** scipy's `_pval_cvm_2samp_asymptotic`: mean and variance of T from Anderson (1962) eq. 11, 14 and 15. */
function asymptoticPValue(t: number, n: number, nx: number, ny: number, k: number): number {
  const et = (1 + 1 / n) / 6;
  const vt = ((n + 1) * (4 * k * n - 3 * (nx * nx + ny * ny) - 2 * k)) / (45 * n * n * 4 * k);
  const tn = 1 / 6 + (t - et) / Math.sqrt(45 * vt);
  // scipy: below 0.003 the limiting cdf is under 1.3e-18, so p = 1 directly.
  if (!(tn >= 0.003)) return 1;
  return Math.max(1 - cvmLimitCdf(tn), 0);
}

/**
 * Cdf of the limiting Cramér-von Mises distribution (Csörgő & Faraway 1996, eq. 1.2/1.3), scipy's
 * `_cdf_cvm_inf`: Σ_k Γ(k+½)/(Γ(k+1)·π^{3/2}·√x) · √(4k+1) · e^{-q} · K_{1/4}(q), q = (4k+1)²/(16x),
 * adding terms until one (after being added) is below 1e-7.
 */
export function cvmLimitCdf(x: number): number {
  let total = 0;
  for (let k = 0; ; k++) {
    const coefficient = Math.exp(gammaln(k + 0.5) - gammaln(k + 1)) / (Math.PI ** 1.5 * Math.sqrt(x));
    const y = 4 * k + 1;
    const q = (y * y) / (16 * x);
    const term = coefficient * Math.sqrt(y) * Math.exp(-q) * besselK(0.25, q);
    total += term;
    if (!(Math.abs(term) >= 1e-7)) return total;
  }
}
