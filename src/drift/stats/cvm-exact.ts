/**
 * Exact p-value of the two-sample Cramér-von Mises statistic, scipy's `_pval_cvm_2samp_exact`
 * (scipy/stats/_hypotests.py), after Xiao, Gordon & Yakovlev, "A C++ Program for the Cramér-Von Mises
 * Two-Sample Test", J. Stat. Soft. 17(8), 2006, Algorithm 1, and Anderson (1962) eq. 9.
 *
 * Every arrangement of the pooled sample is a lattice path from (0, 0) to (n, m) (u steps of one sample, v of
 * the other); U is, up to constants, the sum of (a·v - b·u)² along the path, a = lcm/m, b = lcm/n. For each
 * lattice point we keep the frequency table {value → number of paths reaching it with that partial sum},
 * built from the point's left and lower neighbours. Only used for m, n <= 20: values stay below
 * lcm²·(m+n) < 2^23 and counts below binom(40, 20) < 2^38, all exact in doubles.
 */

/** A frequency table: `values` strictly ascending, `counts[i]` paths with partial sum `values[i]`. */
interface Frequencies {
  values: Float64Array;
  counts: Float64Array;
}

const EMPTY: Frequencies = { values: new Float64Array(0), counts: new Float64Array(0) };

/** p = P(U' >= u) for samples of sizes m and n (scipy's argument order: m = len(x), n = len(y)). */
export function exactCvmPValue(u: number, m: number, n: number): number {
  const lcm = (m / gcd(m, n)) * n;
  const a = lcm / m;
  const b = lcm / n;
  const mn = m * n;
  // scipy: zeta = lcm**2 * (m + n) * (6 * s - mn * (4 * mn - 1)) // (6 * mn ** 2), a float floor division.
  const zeta = floorDivide(lcm * lcm * (m + n) * (6 * u - mn * (4 * mn - 1)), 6 * mn * mn);

  // row[v] = frequencies at lattice point (current u-step, v); starts with only (0, 0) reachable.
  let row: Frequencies[] = [{ values: Float64Array.of(0), counts: Float64Array.of(1) }];
  for (let v = 1; v <= m; v++) row.push(EMPTY);
  for (let step = 0; step <= n; step++) {
    const next: Frequencies[] = [];
    let left = EMPTY;
    for (let v = 0; v <= m; v++) {
      const cell = merge(left, row[v]!);
      const d = a * v - b * step;
      const shift = d * d;
      for (let i = 0; i < cell.values.length; i++) cell.values[i]! += shift;
      next.push(cell);
      left = cell;
    }
    row = next;
  }

  const final = row[m]!;
  let atLeast = 0;
  for (let i = 0; i < final.values.length; i++) {
    if (final.values[i]! >= zeta) atLeast += final.counts[i]!;
  }
  return atLeast / binomial(m + n, m);
}

/** Union of two frequency tables, adding the counts of equal values (a merge of two sorted lists). */
function merge(x: Frequencies, y: Frequencies): Frequencies {
  const values = new Float64Array(x.values.length + y.values.length);
  const counts = new Float64Array(values.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < x.values.length || j < y.values.length) {
    const xv = i < x.values.length ? x.values[i]! : Infinity;
    const yv = j < y.values.length ? y.values[j]! : Infinity;
    if (xv === yv) {
      values[k] = xv;
      counts[k++] = x.counts[i++]! + y.counts[j++]!;
    } else if (xv < yv) {
      values[k] = xv;
      counts[k++] = x.counts[i++]!;
    } else {
      values[k] = yv;
      counts[k++] = y.counts[j++]!;
    }
  }
  return { values: values.subarray(0, k), counts: counts.subarray(0, k) };
}

/** Python's float `//` (CPython `float_floor_div` / numpy `npy_floor_divide`): exact floor of x / y. */
function floorDivide(x: number, y: number): number {
  let mod = x % y; // C fmod, exact
  let div = (x - mod) / y;
  if (mod !== 0 && y < 0 !== mod < 0) {
    mod += y;
    div -= 1;
  }
  if (div === 0) return 0 * (x / y); // keeps the sign of zero, as CPython does
  const floor = Math.floor(div);
  return div - floor > 0.5 ? floor + 1 : floor;
}

function gcd(x: number, y: number): number {
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** binom(n, k) exactly for the small arguments used here (the result stays below 2^53). */
function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}
