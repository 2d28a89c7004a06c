import { smirnovSf } from './smirnov.js';
import { durbinMatrixCdf, pomeranzCdf } from './kolmogorov-exact.js';

/**
 * Survival function of the two-sided one-sample Kolmogorov-Smirnov statistic, P(D_n >= x):
 * `scipy.stats.kstwo.sf(x, n)`, ported from scipy/stats/_ksstats.py (`_kolmogn` with cdf=False and the
 * helpers it selects), which follows Simard & L'Ecuyer, "Computing the Two-Sided Kolmogorov-Smirnov
 * Distribution", J. Stat. Soft. 39(11), 2011:
 * - Ruben-Gambino closed forms for x <= 1/n and x >= 1 - 1/n;
 * - 2·smirnov(n, x) (exact for x >= 0.5, Miller's approximation elsewhere in the upper tail);
 * - the Durbin matrix (Marsaglia-Tsang-Wang) or the Pomeranz recursion for small n;
 * - the Pelz-Good asymptotic series for large n.
 * ks2samp uses it for its asymptotic p-value with n = round(n1·n2/(n1+n2)).
 */
export function kolmogorovSf(n: number, x: number): number {
  if (Number.isNaN(n) || Number.isNaN(x)) return NaN;
  if (!Number.isInteger(n) || n <= 0) return NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    // Ruben-Gambino: for 1/2n <= x <= 1/n, cdf = n!/n^n · (2t - 1)^n.
    if (t <= 0.5) return 1;
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clip(1 - cdf);
  }
  if (t >= n - 1) return clip(2 * Math.pow(1 - x, n)); // Ruben-Gambino
  if (x >= 0.5) return clip(2 * smirnovSf(n, x)); // exact

  const nxSquared = t * x;
  if (n <= 140) {
    if (nxSquared <= 0.754693) return clip(1 - durbinMatrixCdf(n, x));
    if (nxSquared <= 4) return clip(1 - pomeranzCdf(n, x));
    return clip(2 * smirnovSf(n, x)); // Miller's approximation
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clip(2 * smirnovSf(n, x));
  const cdf = n <= 100000 && n * Math.pow(x, 1.5) <= 1.4 ? durbinMatrixCdf(n, x) : pelzGoodCdf(n, x);
  return clip(1 - cdf);
}

/** log(n! / n^n) by Stirling's series with n·log(n) removed up front (scipy `_log_nfactorial_div_n_pow_n`). */
function logFactorialOverPower(n: number): number {
  // B_{2j}/(2j)/(2j-1) for j = 8 .. 1, highest power first.
  const stirling = [-3617 / 122400, 1 / 156, -691 / 360360, 1 / 1188, -1 / 1680, 1 / 1260, -1 / 360, 1 / 12];
  const rn = 1 / n;
  let series = 0;
  for (const c of stirling) series = series * (rn / n) + c;
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * series;
}

/**
 * Pelz & Good (1976) approximation of P(D_n <= x): the Li-Chien/Korolyuk expansion
 * K0(z) + K1(z)/√n + K2(z)/n + K3(z)/n^1.5 (z = x√n) rewritten with Jacobi theta identities for small z.
 */
function pelzGoodCdf(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const pi2 = Math.PI ** 2;
  const pi4 = Math.PI ** 4;
  const pi6 = Math.PI ** 6;
  const sqrt2pi = Math.sqrt(2 * Math.PI);

  const qlog = -pi2 / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);

  const k1a = -z2;
  const k1b = pi2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * pi2) / 4;
  const k2c = (pi4 * (1 - 2 * z2)) / 16;
  const k3d = (pi6 * (5 - 30 * z2)) / 64;
  const k3c = (pi4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (pi2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;

  // Horner scheme over the odd integers m = 2k - 1 for the sums c_m q^(m²).
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qpower = Math.pow(q, 8 * k);
    K[0] = K[0]! * qpower + 1;
    K[1] = K[1]! * qpower + (k1a + k1b * m2);
    K[2] = K[2]! * qpower + (k2a + k2b * m2 + k2c * m4);
    K[3] = K[3]! * qpower + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = (K[i]! * q * sqrt2pi) / divisors[i]!;

  // The remaining sums over all integers k for K2 and K3.
  q = Math.exp(-pi2 / 2 / z2);
  const sqrt3z = Math.sqrt(3) * z;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qpower = Math.pow(q, k2);
    const kpi = Math.PI * k;
    k2extra += k2 * qpower;
    k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qpower;
  }
  K[2] = K[2]! + (k2extra * pi2 * sqrt2pi) / (-36 * z3);
  K[3] = K[3]! + (k3extra * pi2 * sqrt2pi) / (216 * z6);
  return K[0]! + K[1]! / Math.sqrt(n) + K[2]! / n + K[3]! / Math.pow(n, 1.5);
}

function clip(p: number): number {
  return Math.min(Math.max(p, 0), 1);
}
