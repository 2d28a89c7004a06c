import { assertFiniteSample } from './contract.js';
import { numpyMean, pairwiseSquaredDeviations } from './pairwise-sum.js';
import type { TestResult } from './result.js';
import { overflowExponent, scaleDown } from './scale.js';
import { studentTTwoSided } from './student-t.js';

/**
 * Student's two-sample t-test with pooled variance, two-sided: `scipy.stats.ttest_ind(ref, cur)` (1.17
 * defaults: equal_var=True). Ported from `ttest_ind` / `_equal_var_ttest_denom` / `_ttest_ind_from_stats` in
 * scipy/stats/_stats_py.py, with numpy's summation order so the arithmetic rounds like scipy's.
 *
 * Statistic t = (mean(ref) - mean(cur)) / sqrt(s²·(1/n1 + 1/n2)), s² the pooled variance (a sample of one
 * contributes no variance, as in scipy); p = 2·P(T_{n1+n2-2} >= |t|).
 *
 * Degenerate inputs (documented, as the engine must know when it sees NaN):
 * - both samples constant and equal, or n1 = n2 = 1: 0/0, so `{ statistic: NaN, pValue: NaN }` as scipy;
 * - both samples constant but different: `{ statistic: ±Infinity, pValue: 0 }` as scipy.
 * The samples may come in any order (no sort needed: the engine does not sort for this test). A constant
 * sample gets its value as its exact mean and variance 0.
 * scipy computes the mean by summation, and for values like 0.1 that leaves rounding noise (e.g.
 * ttest_ind([0.1]*3, [0.1]*2) reports t = 1.095, p = 0.353); here such inputs give NaN instead.
 */
export function tTestInd(sampleRef: Float64Array, sampleCur: Float64Array): TestResult {
  // One pass per sample checks the contract and finds what the arithmetic needs (largest magnitude, constancy).
  const refScan = scanSample('ref', sampleRef);
  const curScan = scanSample('cur', sampleCur);
  // t is scale-free: values near ±1.8e308 are tested at 2^-k scale, where their variance does not overflow.
  const k = overflowExponent(Float64Array.of(refScan.largest, curScan.largest));
  const ref = scaleDown(sampleRef, k);
  const cur = scaleDown(sampleCur, k);
  const n1 = ref.length;
  const n2 = cur.length;
  const [m1, v1] = meanAndVariance(ref, refScan.constant);
  const [m2, v2] = meanAndVariance(cur, curScan.constant);
  const df = n1 + n2 - 2;
  const pooled = ((n1 - 1) * v1 + (n2 - 1) * v2) / df;
  const denom = Math.sqrt(pooled * (1 / n1 + 1 / n2));
  const statistic = (m1 - m2) / denom;
  return { statistic, pValue: Number.isNaN(statistic) ? NaN : studentTTwoSided(statistic, df) };
}

/**
 * Mean and unbiased variance (ddof = 1) as scipy's `_var`: mean((x - mean)²) · n/(n-1); 0 for n = 1.
 * A constant sample has its value as exact mean and variance 0 (see above).
 */
function meanAndVariance(values: Float64Array, constant: boolean): [number, number] {
  const n = values.length;
  if (constant) return [values[0]!, 0];
  const mean = numpyMean(values);
  const meanSquare = pairwiseSquaredDeviations(values, mean) / n;
  return [mean, meanSquare * (n / (n - 1))];
}

/** The input contract (non-empty, finite: see contract.ts), the largest magnitude and whether all are equal. */
function scanSample(label: 'ref' | 'cur', values: Float64Array): { largest: number; constant: boolean } {
  if (values.length === 0) assertFiniteSample('tTestInd', label, values);
  const first = values[0]!;
  let largest = 0;
  let different = 0; // branch-free: a 0/1 column in random order would mispredict `if (x !== first)`
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x - x !== 0) assertFiniteSample('tTestInd', label, values); // throws, naming the index
    const magnitude = Math.abs(x);
    if (magnitude > largest) largest = magnitude;
    different |= +(x !== first);
  }
  return { largest, constant: different === 0 };
}
