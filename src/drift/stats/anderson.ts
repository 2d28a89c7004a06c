import { assertSortedSample } from './contract.js';
import { pairwiseSum } from './pairwise-sum.js';
import { walkTieGroups } from './ranks.js';
import type { TestResult } from './result.js';

/**
 * k-sample Anderson-Darling test for k = 2: `scipy.stats.anderson_ksamp([ref, cur])` with the 1.17 defaults
 * (midrank variant, p-value interpolated from the critical values). Ported from `anderson_ksamp` and
 * `_anderson_ksamp_midrank` in scipy/stats/_morestats.py; Scholz & Stephens, "K-Sample Anderson-Darling
 * Tests", JASA 82(399), 1987.
 *
 * Statistic: the standardised A2 = (A2akN - (k-1)) / σ, A2akN the midrank statistic (eq. 7), σ² its variance
 * under H0 (eq. 4) — what scipy returns as `statistic`.
 * p-value: scipy fits a quadratic to log(significance level) against the table 2 critical values and
 * evaluates it at A2, but only inside the table: below the smallest critical value it reports 0.25
 * ("p-value capped: true value larger than 0.25" warning) and above the largest 0.001 ("p-value floored")
 * — so p always lies in [0.001, 0.25]. In 1.17 that value is both `pvalue` and `significance_level`.
 *
 * Degenerate inputs, where scipy raises or returns NaN, give `{ statistic: NaN, pValue: NaN }`:
 * fewer than 4 values in total (scipy: IndexError for 2, NaN for 3), or a single distinct value across
 * both samples (scipy: "anderson_ksamp needs more than one distinct observation").
 */
export function andersonKsamp(ref: Float64Array, cur: Float64Array): TestResult {
  assertSortedSample('andersonKsamp', 'ref', ref);
  assertSortedSample('andersonKsamp', 'cur', cur);
  const n1 = ref.length;
  const n2 = cur.length;
  const total = n1 + n2;
  if (total < 4 || (ref[0] === ref[n1 - 1] && cur[0] === cur[n2 - 1] && ref[0] === cur[0])) {
    return { statistic: NaN, pValue: NaN };
  }

  const a2akn = midrankStatistic(ref, cur);
  const sigma = Math.sqrt(varianceUnderH0(total, 1 / n1 + 1 / n2));
  const statistic = (a2akn - 1) / sigma;
  return { statistic, pValue: interpolatedPValue(statistic) };
}

/**
 * A2akN (Scholz & Stephens eq. 7) with midranks: for every distinct pooled value z_j with l_j copies and
 * B_j = (#pooled < z_j) + l_j/2, and each sample i with M_ij = (#sample <= z_j) - (#sample = z_j)/2,
 *   A2akN = (N-1)/N · Σ_i 1/n_i · Σ_j l_j/N · (N·M_ij - B_j·n_i)² / (B_j(N - B_j) - N·l_j/4).
 * The inner sums are collected per sample and summed in numpy's order, as scipy does.
 */
function midrankStatistic(ref: Float64Array, cur: Float64Array): number {
  const n1 = ref.length;
  const n2 = cur.length;
  const total = n1 + n2;
  const refInner = new Float64Array(total); // one entry per distinct value (at most N of them)
  const curInner = new Float64Array(total);
  let groups = 0;
  let before = 0; // pooled values below the current one
  let refAtOrBelow = 0;
  let curAtOrBelow = 0;
  walkTieGroups(ref, cur, (_value, refCount, curCount) => {
    const l = refCount + curCount;
    const b = before + l / 2;
    const denominator = b * (total - b) - (total * l) / 4;
    refAtOrBelow += refCount;
    curAtOrBelow += curCount;
    const mRef = refAtOrBelow - refCount / 2;
    const mCur = curAtOrBelow - curCount / 2;
    const refGap = total * mRef - b * n1;
    const curGap = total * mCur - b * n2;
    refInner[groups] = ((l / total) * (refGap * refGap)) / denominator;
    curInner[groups] = ((l / total) * (curGap * curGap)) / denominator;
    groups++;
    before += l;
  });
  let sum = 0;
  sum += pairwiseSum(refInner.subarray(0, groups)) / n1;
  sum += pairwiseSum(curInner.subarray(0, groups)) / n2;
  return (sum * (total - 1)) / total;
}

/** σ² of A2akN under H0 for k = 2 samples, N values in total, H = Σ 1/n_i (Scholz & Stephens eq. 4). */
function varianceUnderH0(total: number, bigH: number): number {
  const k = 2;
  // hs_cs = cumsum(1/(N-1), 1/(N-2), ..., 1/2); h = hs_cs[-1] + 1; g = Σ hs_cs[i] / (i + 2)
  const partial = new Float64Array(total - 2);
  let running = 0;
  for (let i = 0; i < total - 2; i++) {
    running += 1 / (total - 1 - i);
    partial[i] = running;
  }
  const h = running + 1;
  const quotients = partial.map((v, i) => v / (i + 2));
  const g = pairwiseSum(quotients);
  const a = (4 * g - 6) * (k - 1) + (10 - 6 * g) * bigH;
  const b = (2 * g - 4) * k ** 2 + 8 * h * k + (2 * g - 14 * h - 4) * bigH - 8 * h + 4 * g - 6;
  const c = (6 * h + 2 * g - 2) * k ** 2 + (4 * h - 4 * g + 6) * k + (2 * h - 6) * bigH + 4 * h;
  const d = (2 * h + 6) * k ** 2 - 4 * h * k;
  const n = total;
  return (a * (n * n * n) + b * (n * n) + c * n + d) / ((n - 1) * (n - 2) * (n - 3));
}

// Scholz & Stephens table 2 interpolation coefficients; for k = 2 (m = k - 1 = 1) the critical values are
// b0 + b1/√m + b2/m at these significance levels.
const B0 = [0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085];
const B1 = [-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615];
const B2 = [-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154];
const SIGNIFICANCE = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001];
const CRITICAL = B0.map((b0, i) => b0 + B1[i]! / Math.sqrt(1) + B2[i]! / 1);
const LOG_FIT = quadraticLeastSquares(
  CRITICAL,
  SIGNIFICANCE.map((s) => Math.log(s)),
);

function interpolatedPValue(a2: number): number {
  if (a2 < Math.min(...CRITICAL)) return Math.max(...SIGNIFICANCE); // capped
  if (a2 > Math.max(...CRITICAL)) return Math.min(...SIGNIFICANCE); // floored
  const [c2, c1, c0] = LOG_FIT;
  return Math.exp((c2 * a2 + c1) * a2 + c0); // np.polyval (Horner)
}

/**
 * Least-squares quadratic through (x_i, y_i), highest power first like `np.polyfit(x, y, 2)`: the columns of
 * the Vandermonde matrix are scaled to unit norm (as numpy does) and the 3×3 normal equations solved by
 * Gaussian elimination with partial pivoting — ample for 7 well-spread points.
 */
export function quadraticLeastSquares(x: number[], y: number[]): [number, number, number] {
  const columns = [x.map((v) => v * v), x.map((v) => v), x.map(() => 1)];
  const scale = columns.map((col) => Math.sqrt(col.reduce((s, v) => s + v * v, 0)));
  const scaled = columns.map((col, j) => col.map((v) => v / scale[j]!));
  // Augmented normal equations [AᵀA | Aᵀy].
  const system = scaled.map((ci) => [
    ...scaled.map((cj) => ci.reduce((s, v, r) => s + v * cj[r]!, 0)),
    ci.reduce((s, v, r) => s + v * y[r]!, 0),
  ]);
  for (let col = 0; col < 3; col++) {
    let pivot = col;
    for (let r = col + 1; r < 3; r++)
      if (Math.abs(system[r]![col]!) > Math.abs(system[pivot]![col]!)) pivot = r;
    [system[col], system[pivot]] = [system[pivot]!, system[col]!];
    for (let r = col + 1; r < 3; r++) {
      const factor = system[r]![col]! / system[col]![col]!;
      for (let c = col; c < 4; c++) system[r]![c]! -= factor * system[col]![c]!;
    }
  }
  const solution = [0, 0, 0];
  for (let r = 2; r >= 0; r--) {
    let s = system[r]![3]!;
    for (let c = r + 1; c < 3; c++) s -= system[r]![c]! * solution[c]!;
    solution[r] = s / system[r]![r]!;
  }
  return [solution[0]! / scale[0]!, solution[1]! / scale[1]!, solution[2]! / scale[2]!];
}
