/**
 * Count-based tests Evidently has besides chi-square and z: the G-test (`g_test`, g_stattest.py) and Fisher's
 * exact test (`fisher_exact`, fisher_exact_stattest.py), on the counts of both samples over the same bins or
 * categories (see ../binning.ts).
 */
import gammainc from '@stdlib/math-base-special-gammainc';
import gammaln from '@stdlib/math-base-special-gammaln';
import type { TestResult } from './result.js';

function total(counts: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < counts.length; i++) sum += counts[i]!;
  return sum;
}

/**
 * Evidently `g_test`: scipy.stats.power_divergence(cur_counts, expected, lambda_='log-likelihood'), i.e.
 * G = 2 Σ obs·ln(obs / exp), chi-square with bins − 1 degrees of freedom over the bins non-empty in either
 * sample. Deliberate difference: the expected counts are the reference counts scaled to the current total
 * (ref · n_cur / n_ref), as Evidently's own chisquare does. Evidently passes the raw reference counts, which
 * scipy ≥ 1.9 refuses whenever the two samples differ in size ("the sum of the observed frequencies must agree
 * with the sum of the expected frequencies"); with equal sizes both agree. A bin empty in the reference but
 * not in the current sample makes G infinite and p = 0 (as in scipy); one bin only: p = 1 (scipy: NaN).
 */
export function gTest(ref: Float64Array, cur: Float64Array): TestResult {
  const scale = total(cur) / total(ref);
  let statistic = 0;
  let bins = 0;
  for (let i = 0; i < ref.length; i++) {
    if (ref[i] === 0 && cur[i] === 0) continue;
    bins++;
    const observed = cur[i]!;
    const expected = ref[i]! * scale;
    if (observed === 0) continue; // xlogy(0, ·) = 0
    statistic += expected === 0 ? Infinity : 2 * observed * Math.log(observed / expected);
  }
  if (bins < 2) return { statistic: 0, pValue: 1 };
  // Rounding can leave G a hair below 0 for identical shares; the chi-square survival function needs x ≥ 0.
  const g = Math.max(0, statistic);
  const pValue = g === Infinity ? 0 : gammainc(g / 2, (bins - 1) / 2, true, true);
  return { statistic, pValue };
}

function logChoose(n: number, k: number): number {
  return gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1);
}

/**
 * Relative tolerance under which two hypergeometric probabilities count as equal ("as extreme as observed").
 * scipy uses 1e-14 on probabilities from Boost; ours come from log-gamma sums whose rounding grows with the row
 * count (~1e-9 relative at a million rows), and mirror-image tables (equal sample sizes) must tie exactly as
 * they do mathematically. Distinct probabilities of one hypergeometric law never come this close in practice.
 */
const TIE = 1e-7;

/**
 * Evidently `fisher_exact`: scipy.stats.fisher_exact on the 2×2 table [[cur₁, cur₀], [ref₁, ref₀]], two-sided:
 * p = Σ P(x) over the tables x with the same margins whose hypergeometric probability is at most the
 * observed one's. The statistic is scipy's (sample) odds ratio (cur₁·ref₀)/(cur₀·ref₁), with the first
 * category in label order as 0 (Evidently maps through a set, so its orientation is arbitrary; the two-sided
 * p-value does not depend on it); NaN when a row or column of the table is empty (then p = 1, as in scipy).
 * Deliberate difference: Evidently refuses samples of different sizes; the test itself needs no such thing.
 * At most two non-empty categories are allowed (the caller checks). Cost: a binary search with log-gamma for
 * the far tail's start, then ratio walks along both tails until their terms fall below rounding (O(√n) steps
 * for n rows), never the whole support.
 */
export function fisherExact(ref: Float64Array, cur: Float64Array): TestResult {
  const used: number[] = [];
  for (let i = 0; i < ref.length; i++) if (ref[i]! > 0 || cur[i]! > 0) used.push(i);
  if (used.length > 2) throw new Error(`fisherExact: ${used.length} categories, at most 2 allowed`);
  if (used.length < 2) return { statistic: NaN, pValue: 1 };
  const [zero, one] = used as [number, number];
  const a = cur[one]!; // table [[a, b], [c, d]]
  const b = cur[zero]!;
  const c = ref[one]!;
  const d = ref[zero]!;
  const statistic = c > 0 && b > 0 ? (a * d) / (c * b) : Infinity;
  const n1 = a + b; // first row (current) total
  const n2 = c + d;
  const n = a + c; // first column total
  if (n1 === 0 || n2 === 0 || n === 0 || b + d === 0) return { statistic: NaN, pValue: 1 };

  // log P(x) for x successes in the first row: C(n1, x)·C(n2, n − x) / C(n1 + n2, n).
  const norm = logChoose(n1 + n2, n);
  const logP = (x: number): number => logChoose(n1, x) + logChoose(n2, n - x) - norm;
  const observed = logP(a);
  const lo = Math.max(0, n - n2);
  const hi = Math.min(n, n1);
  const mode = Math.min(hi, Math.max(lo, Math.floor(((n + 1) * (n1 + 1)) / (n1 + n2 + 2))));
  const limit = Math.log1p(TIE);
  if (logP(mode) - observed <= limit) return { statistic, pValue: 1 };

  // P(x±1) / P(x), for walking away from the mode with ratios instead of log-gamma calls.
  const up = (x: number): number => ((n1 - x) * (n - x)) / ((x + 1) * (n2 - n + x + 1));
  const down = (x: number): number => (x * (n2 - n + x)) / ((n1 - x + 1) * (n - x + 1));
  /** Σ P(x)/P(observed) from `start` (ratio `first`) away from the mode, until the terms stop counting. */
  const tail = (start: number, direction: 1 | -1, first: number): number => {
    let sum = 0;
    let ratio = first;
    for (let x = start; x >= lo && x <= hi; x += direction) {
      sum += ratio;
      if (ratio < 1e-17 * sum) break; // the pmf decreases away from the mode: the rest is below rounding
      ratio *= direction === 1 ? up(x) : down(x);
    }
    return sum;
  };

  // The observed side: the tail from `a` outwards. The other side: the tail from the first x past the mode
  // as unlikely as the observed table (binary search, P decreases away from the mode), outwards.
  const direction = a < mode ? -1 : 1;
  let relative = tail(a, direction, 1);
  let near = mode; // P(near) > P(observed)·(1 + TIE)
  let far = direction === -1 ? hi + 1 : lo - 1; // beyond the support: "as unlikely" by convention
  while (Math.abs(far - near) > 1) {
    const mid = Math.trunc((near + far) / 2);
    if (logP(mid) - observed <= limit) far = mid;
    else near = mid;
  }
  if (far >= lo && far <= hi)
    relative += tail(far, direction === -1 ? 1 : -1, Math.exp(logP(far) - observed));
  return { statistic, pValue: Math.min(1, Math.exp(observed + Math.log(relative))) };
}
