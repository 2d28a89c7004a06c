import { assertSortedSample } from './contract.js';
import { kolmogorovSf } from './kolmogorov.js';
import { probOutsideBand, probOutsideSquare } from './ks-exact.js';
import type { TestResult } from './result.js';

/** scipy's MAX_AUTO_N: method 'auto' is exact when both samples have at most this many values. */
const MAX_EXACT_N = 10000;

/**
 * Two-sample Kolmogorov-Smirnov test, two-sided: `scipy.stats.ks_2samp(ref, cur)` with method 'auto', ported
 * from `ks_2samp` / `_attempt_exact_2kssamp` in scipy/stats/_stats_py.py.
 *
 * Statistic D = max |F_ref(v) - F_cur(v)| over the pooled values, found by one merge of the two sorted
 * samples: O(n1 + n2), no allocation, no recursion (it runs on 500,000-row columns).
 * p-value:
 * - exact when max(n1, n2) <= 10000: D is snapped to h/lcm(n1, n2) with h = round(D·lcm) — and that snapped
 *   value is also the statistic scipy returns — then lattice-path counting (ks-exact.ts);
 * - otherwise, or if the exact value is not a probability (scipy then warns and falls back), the
 *   one-sample distribution `kstwo.sf(D, round(n1·n2/(n1+n2)))` (kolmogorov.ts).
 * The p-value is clipped to [0, 1].
 */
export function ks2samp(ref: Float64Array, cur: Float64Array): TestResult {
  assertSortedSample('ks2samp', 'ref', ref);
  assertSortedSample('ks2samp', 'cur', cur);
  return ksPValue(ksStatistic(ref, cur), ref.length, cur.length);
}

/**
 * The statistic and p-value `ks2samp` reports for a statistic `d` of samples of n1 and n2 values (also used
 * for a `d` measured on quantile profiles, drift/quantiles/methods.ts).
 */
export function ksPValue(d: number, n1: number, n2: number): TestResult {
  if (Math.max(n1, n2) <= MAX_EXACT_N) {
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    d = h / lcm;
    if (h === 0) return { statistic: d, pValue: 1 };
    const p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, g, h);
    if (p >= 0 && p <= 1) return { statistic: d, pValue: p };
    // scipy: "ks_2samp: Exact calculation unsuccessful. Switching to method=asymp" (never seen in practice).
  }
  const en = (n1 * n2) / (n1 + n2);
  const p = kolmogorovSf(roundHalfEven(en), d);
  return { statistic: d, pValue: Math.min(Math.max(p, 0), 1) };
}

/**
 * max over pooled values v of |c1(v)/n1 - c2(v)/n2|, c = number of sample values <= v — the same floating
 * point differences scipy forms with `searchsorted(..., side='right')`, so the maximum is bit-identical.
 */
export function ksStatistic(ref: Float64Array, cur: Float64Array): number {
  const n1 = ref.length;
  const n2 = cur.length;
  let i = 0;
  let j = 0;
  let maxDiff = 0;
  let minDiff = 0;
  while (i < n1 && j < n2) {
    const a = ref[i]!;
    const b = cur[j]!;
    const v = a <= b ? a : b;
    while (i < n1 && ref[i] === v) i++;
    while (j < n2 && cur[j] === v) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxDiff) maxDiff = diff;
    else if (diff < minDiff) minDiff = diff;
  }
  // Once one sample is used up its ecdf is 1 and the other's only rises towards 1: |diff| only shrinks.
  return Math.max(maxDiff, Math.min(-minDiff, 1));
}

/** numpy's `np.round`: round half to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function gcd(x: number, y: number): number {
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
