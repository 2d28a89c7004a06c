/**
 * The exact small-n algorithms behind kolmogorovSf (kolmogorov.ts), ported from scipy/stats/_ksstats.py
 * (`_kolmogn_DMTW`, `_kolmogn_Pomeranz`): both give P(D_n <= x), the cdf of the two-sided one-sample
 * Kolmogorov-Smirnov statistic, rescaling by powers of two so intermediate values neither overflow nor
 * underflow.
 */

// Powers of two used to rescale intermediate results (scipy: _EP128 / _EM128).
const TWO_128 = 2 ** 128;
const TWO_M128 = 2 ** -128;

/**
 * P(D_n <= x) by Durbin's matrix algorithm as arranged by Marsaglia, Tsang & Wang (2003): the (k,k) entry of
 * H^n · n!/n^n, with x = (k - h)/n. H^n is formed by repeated squaring with rescaling by 2^128.
 */
export function durbinMatrixCdf(n: number, x: number): number {
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
export function pomeranzCdf(n: number, x: number): number {
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
