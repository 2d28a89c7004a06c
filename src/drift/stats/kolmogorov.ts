import { smirnovSf } from './smirnov.js';

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

// Powers of two used to rescale intermediate results (scipy: _EP128 / _EM128).
const TWO_128 = 2 ** 128;
const TWO_M128 = 2 ** -128;

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
 * P(D_n <= x) by Durbin's matrix algorithm as arranged by Marsaglia, Tsang & Wang (2003): the (k,k) entry of
 * H^n · n!/n^n, with x = (k - h)/n. H^n is formed by repeated squaring with rescaling by 2^128.
 */
function durbinMatrixCdf(n: number, x: number): number {
  if (x >= 1) return 1;
  const nd = n * x;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;

  // First column v[j] = (1 - h^(j+1)) / (j+1)!, last row its mirror; band of 1/(i-j+1)!.
  const w = new Float64Array(m);
  const v = new Float64Array(m);
  let factorial = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = factorial;
    factorial /= j;
    v[j - 1] = (1 - Math.pow(h, j)) * factorial;
  }
  const tt = Math.pow(Math.max(2 * h - 1, 0), m) - 2 * Math.pow(h, m);
  v[m - 1] = (1 + tt) * factorial;
  let H: Float64Array = new Float64Array(m * m);
  for (let col = 1; col < m; col++) {
    for (let row = col - 1; row < m; row++) H[row * m + col] = w[row - col + 1]!;
  }
  for (let row = 0; row < m; row++) H[row * m] = v[row]!;
  for (let col = 0; col < m; col++) H[(m - 1) * m + col] = v[m - 1 - col]!;

  // Only entry (k, k) of H^n is wanted, so only row k of the running product is kept (a vector-matrix
  // product per step instead of scipy's full matrix product; the same sums).
  let row: Float64Array = new Float64Array(m);
  row[k - 1] = 1;
  let exponent = 0; // row is scaled by 2^-exponent
  let hExponent = 0; // H is scaled by 2^-hExponent
  for (let e = n; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) {
      row = multiplyRow(row, H, m);
      exponent += hExponent;
    }
    H = multiply(H, H, m);
    hExponent *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]!) > TWO_128) {
      for (let i = 0; i < H.length; i++) H[i]! /= TWO_128;
      hExponent += 128;
    }
  }
  let p = row[k - 1]!;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < TWO_M128) {
      p *= TWO_128;
      exponent -= 128;
    }
  }
  return clip(ldexp(p, exponent));
}

/**
 * P(D_n <= x) by the Pomeranz (1974) recursion: 2n+1 convolutions of a short row with Poisson-like weights,
 * keeping only the non-zero window of each row and rescaling by 2^128 against underflow.
 */
function pomeranzCdf(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  // (g/n)^i/i!, (2g/n)^i/i!, ((1-2g)/n)^i/i!
  const gPower = new Float64Array(npwrs);
  const twoGPower = new Float64Array(npwrs);
  const oneMinusTwoGPower = new Float64Array(npwrs);
  gPower[0] = twoGPower[0] = oneMinusTwoGPower[0] = 1;
  for (let i = 1; i < npwrs; i++) {
    gPower[i] = (gPower[i - 1]! * (g / n)) / i;
    twoGPower[i] = (twoGPower[i - 1]! * ((2 * g) / n)) / i;
    oneMinusTwoGPower[i] = (oneMinusTwoGPower[i - 1]! * ((1 - 2 * g) / n)) / i;
  }

  let v0 = new Float64Array(npwrs);
  let v1 = new Float64Array(npwrs);
  v1[0] = 1;
  let v0Start = 0;
  let v1Start = 0;
  let exponent = 0;
  let [j1, j2] = pomeranzWindow(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [v0, v1] = [v1, v0];
    [v0Start, v1Start] = [v1Start, v0Start];
    v1.fill(0);
    [j1, j2] = pomeranzWindow(i, n, ll, ceilf, roundf);
    const weights = i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
    const len = j2 - k1 + 1;
    if (len > 0) {
      // Entries conv[j1-k1 .. j2-k1] of the full convolution of v0[k1-v0Start ..][:len] with weights[:len].
      // (numpy's slice stops at the end of the row, hence lenA).
      const offset = k1 - v0Start;
      const lenA = Math.min(len, v0.length - offset);
      let max = 0;
      for (let out = j1 - k1, idx = 0; out <= j2 - k1; out++, idx++) {
        let acc = 0;
        const last = Math.min(out, lenA - 1);
        for (let a = 0; a <= last; a++) acc += v0[offset + a]! * weights[out - a]!;
        v1[idx] = acc;
        if (acc > max) max = acc;
      }
      if (max > 0 && max < TWO_M128) {
        for (let idx = 0; idx < v1.length; idx++) v1[idx]! *= TWO_128;
        exponent -= 128;
      }
      v1Start = v0Start + j1 - k1;
    }
  }
  let answer = v1[n - v1Start]!;
  for (let i = 1; i <= n; i++) {
    if (Math.abs(answer) > TWO_128) {
      answer *= TWO_M128;
      exponent += 128;
    }
    answer *= i;
  }
  return clip(ldexp(answer, exponent));
}

/** Column window [j1, j2] of the non-zero entries of Pomeranz row i (scipy `_pomeranz_compute_j1j2`). */
function pomeranzWindow(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
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

/** Row vector times an m×m row-major matrix. */
function multiplyRow(row: Float64Array, b: Float64Array, m: number): Float64Array {
  const result = new Float64Array(m);
  for (let l = 0; l < m; l++) {
    const rl = row[l]!;
    if (rl === 0) continue;
    for (let j = 0; j < m; j++) result[j]! += rl * b[l * m + j]!;
  }
  return result;
}

/** Product of two m×m row-major matrices. */
function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const result = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    const rowStart = i * m;
    for (let l = 0; l < m; l++) {
      const ail = a[rowStart + l]!;
      if (ail === 0) continue;
      const bStart = l * m;
      for (let j = 0; j < m; j++) result[rowStart + j] = result[rowStart + j]! + ail * b[bStart + j]!;
    }
  }
  return result;
}

/** x · 2^e without overflowing or underflowing the power of two on the way. */
function ldexp(x: number, e: number): number {
  let result = x;
  let rest = e;
  while (rest > 1000) {
    result *= 2 ** 1000;
    rest -= 1000;
  }
  while (rest < -1000) {
    result *= 2 ** -1000;
    rest += 1000;
  }
  return result * 2 ** rest;
}

function clip(p: number): number {
  return Math.min(Math.max(p, 0), 1);
}
