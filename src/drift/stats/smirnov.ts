/**
 * Survival function of the one-sided Kolmogorov-Smirnov statistic, P(D+_n >= x): scipy.special.smirnov,
 * ported from xsf/cephes/kolmogorov.h (`_smirnov`). The two-sided distribution (kolmogorov.ts) uses
 * 2·smirnov(n, x) in its upper tail.
 *
 * Birnbaum-Tingey / Smirnov sum (van Mulbregt, arXiv:1802.06966):
 *   P(D+_n >= x) = x · Σ_{v=0}^{⌈n(1-x)⌉-1} C(n,v) (x + v/n)^(v-1) (1 - x - v/n)^(n-v).
 * All terms are positive. scipy evaluates them in double-double arithmetic; here each term is evaluated as
 * the exponential of its logarithm in doubles (the binomial carried as mantissa·2^exponent so it never
 * overflows), which keeps about 1e-10 relative accuracy up to n = 10^6 — far inside the 1e-6 this module
 * is checked to. scipy's alternative "upper sum" (used only when x <= 0.5/√n) is not ported: the two-sided
 * distribution calls smirnov only for x >= 0.5 or n·x² >= 2.2, where scipy itself uses the sum above.
 */

const MAX_COMPUTE_N = 1_000_000; // scipy: SMIRNOV_MAX_COMPUTE_N, above it an approximation is used
const MIN_LOG = -745.1332191019412; // cephes MINLOG: exp() of anything below is 0
const EPSILON = Number.EPSILON;

export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;

  const { floor: nxFloor, fraction: alpha } = floorOfProduct(n, x);
  // Special case x <= 1/n: cdf = x (1 + x)^(n-1).
  if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) {
    return clip(1 - x * Math.exp((n - 1) * Math.log1p(x)));
  }
  // The tail underflows.
  if (-2 * n * x * x < MIN_LOG) return 0;
  // Special case x >= 1 - 1/n: only the v = 0 term is left.
  if (nxFloor >= n - 1) return clip(Math.exp(n * Math.log1p(-x)));
  // Very large n: scipy's approximation p ≈ exp(-(6nx+1)² / 18n).
  if (n > MAX_COMPUTE_N) {
    const logp = -Math.pow(6 * n * x + 1, 2) / 18 / n;
    return clip(logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp));
  }

  const terms = n - nxFloor; // v = 0 .. n - nxFloor - 1 (scipy's nTerms; the same whether or not alpha is 0)
  const middle = Math.floor(n / 2);
  let binomMantissa = 1; // C(n, v) = binomMantissa · 2^binomExponent
  let binomExponent = 0;
  let sum = Math.exp(n * Math.log1p(-x)) / x; // v = 0: (1-x)^n / x
  for (let v = 1; v < terms; v++) {
    // C(n, v) from C(n, v-1), renormalised to keep the mantissa in [0.5, 1) like scipy's frexp.
    binomMantissa *= (n - v + 1) / v;
    const e = Math.floor(Math.log2(binomMantissa)) + 1;
    binomMantissa /= Math.pow(2, e);
    binomExponent += e;
    const s = x + v / n;
    const logTerm =
      Math.log(binomMantissa) + binomExponent * Math.LN2 + (v - 1) * Math.log(s) + (n - v) * Math.log1p(-s);
    const term = Math.exp(logTerm);
    if (Number.isFinite(term) && term !== 0) sum += term;
    // scipy's early exit: the remaining terms cannot change the sum.
    if (term !== 0) {
      if (4 * (terms - v) * Math.abs(term) < EPSILON * sum && v !== terms - 1) break;
    } else if (v > middle) {
      break;
    }
  }
  return clip(x * sum);
}

/** floor(n·x) and n·x - floor(n·x) of the exact product (scipy uses double-double for this). */
function floorOfProduct(n: number, x: number): { floor: number; fraction: number } {
  const product = n * x;
  const error = twoProductError(n, x, product); // n·x = product + error exactly
  let floor = Math.floor(product);
  let fraction = product - floor + error;
  if (fraction < 0) {
    floor -= 1;
    fraction += 1;
  }
  if (fraction >= 1) {
    floor += 1;
    fraction = 0;
  }
  return { floor, fraction };
}

/** Rounding error of a·b (Dekker's TwoProduct with Veltkamp splitting): a·b = p + error exactly. */
function twoProductError(a: number, b: number, p: number): number {
  const split = 134217729; // 2^27 + 1
  const ca = split * a;
  const ahi = ca - (ca - a);
  const alo = a - ahi;
  const cb = split * b;
  const bhi = cb - (cb - b);
  const blo = b - bhi;
  return alo * blo - (p - ahi * bhi - alo * bhi - ahi * blo);
}

function clip(p: number): number {
  return Math.min(Math.max(p, 0), 1);
}
