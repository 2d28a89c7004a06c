/**
 * Exact decimal → double for significands of up to 19 digits: the Eisel–Lemire algorithm (D. Lemire, "Number
 * Parsing at a Gigabyte per Second", 2021, and N. Mushtak & D. Lemire, "Fast number parsing without
 * fallback", 2023 — as in fast_float's `compute_float`), so cells written with 16 or 17 significant digits
 * (pandas' default `to_csv`, Python's repr) are parsed from their bytes, correctly rounded, without making a
 * string for `Number()`.
 *
 * Hand-written because no library does it on bytes in JavaScript. JavaScript has no 64-bit integers, so the
 * 64 × 128-bit product is computed in 32-bit words (Math.imul for the low half of each 32 × 32 product, a
 * double for the high half, corrected to exact). The table of 128-bit powers of five is made on first use,
 * one entry per decimal exponent, with BigInt (generated as fast_float's script/table_generation.py does).
 * Subnormal results and exponents outside the table return FALLBACK: the caller then asks `Number()`.
 */

export const FALLBACK = -1;

const SMALLEST_Q = -342;
const LARGEST_Q = 308;
/** Four 32-bit words per exponent, most significant first. */
const POW5 = new Uint32Array((LARGEST_Q - SMALLEST_Q + 1) * 4);
const READY = new Uint8Array(LARGEST_Q - SMALLEST_Q + 1);

const TWO32 = 4294967296;
const TWO128 = 1n << 128n;

/** 2^(p − 1075) for a biased exponent p: the weight of a 53-bit significand's last bit. */
const POW2 = new Float64Array(2047);
POW2[0] = 2 ** -1075; // 0 (unused: subnormals fall back)
for (let p = 1; p < 2047; p++) POW2[p] = 2 ** (p - 1075);

function bitLength(x: bigint): number {
  return x.toString(2).length;
}

/** The 128-bit truncated power of five for exponent q, as fast_float's table holds it. */
function powerOfFive(q: number): bigint {
  if (q >= 0) {
    const p = 5n ** BigInt(q);
    const bits = bitLength(p);
    return bits <= 128 ? p << BigInt(128 - bits) : p >> BigInt(bits - 128);
  }
  const p = 5n ** BigInt(-q);
  const z = bitLength(p); // smallest z with 2^z >= 5^-q (never a power of two)
  const b = q >= -27 ? z + 127 : 2 * z + 128;
  let c = (1n << BigInt(b)) / p + 1n;
  while (c >= TWO128) c >>= 1n;
  return c;
}

function tableIndex(q: number): number {
  const i = q - SMALLEST_Q;
  if (READY[i] === 0) {
    const c = powerOfFive(q);
    for (let k = 0; k < 4; k++) POW5[4 * i + k] = Number((c >> BigInt(96 - 32 * k)) & 0xffffffffn);
    READY[i] = 1;
  }
  return 4 * i;
}

// The 128-bit product of the last mul64 call, most significant word first.
let P3 = 0;
let P2 = 0;
let P1 = 0;
let P0 = 0;

/** a · b for 32-bit unsigned words: [high word, low word] of the exact 64-bit product, into HI / LO. */
let HI = 0;
let LO = 0;
function mul32(a: number, b: number): void {
  LO = Math.imul(a, b) >>> 0;
  // a·b as a double is within 2^12 of the exact product, so rounding (a·b − LO) / 2^32 gives the exact high word.
  HI = Math.round((a * b - LO) / TWO32);
}

/** (aHi:aLo) · (bHi:bLo), 64 × 64 → 128 bits, into P3..P0. */
function mul64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  mul32(aLo, bLo);
  const p00h = HI;
  P0 = LO;
  mul32(aLo, bHi);
  const p01h = HI;
  const p01l = LO;
  mul32(aHi, bLo);
  const p10h = HI;
  const p10l = LO;
  mul32(aHi, bHi);
  const mid = p00h + p01l + p10l; // < 3 · 2^32: exact
  const midCarry = Math.floor(mid / TWO32);
  P1 = mid - midCarry * TWO32;
  const upper = p01h + p10h + LO + midCarry;
  const upperCarry = Math.floor(upper / TWO32);
  P2 = upper - upperCarry * TWO32;
  P3 = HI + upperCarry;
}

/**
 * The double nearest to w · 10^q (ties to even), for w = wHi · 2^32 + wLo < 2^64 the exact decimal
 * significand; FALLBACK when the result would be subnormal or q lies outside the table; Infinity on overflow.
 */
export function eiselLemire(wHi: number, wLo: number, q: number): number {
  if (wHi === 0 && wLo === 0) return 0;
  if (q < SMALLEST_Q || q > LARGEST_Q) return FALLBACK;
  // Normalise w so its top bit is set.
  const lz = wHi !== 0 ? Math.clz32(wHi) : 32 + Math.clz32(wLo);
  if (lz >= 32) {
    wHi = (wLo << (lz - 32)) >>> 0;
    wLo = 0;
  } else if (lz > 0) {
    wHi = ((wHi << lz) | (wLo >>> (32 - lz))) >>> 0;
    wLo = (wLo << lz) >>> 0;
  }
  const t = tableIndex(q);
  mul64(wHi, wLo, POW5[t]!, POW5[t + 1]!);
  let r3 = P3;
  let r2 = P2;
  let r1 = P1;
  let r0 = P0;
  // When the bits below the 55 kept ones are all ones, the truncated table's low half may carry into them.
  if ((r2 & 0x1ff) === 0x1ff) {
    mul64(wHi, wLo, POW5[t + 2]!, POW5[t + 3]!);
    const low = r0 + P2;
    r0 = low >= TWO32 ? low - TWO32 : low;
    const next = r1 + P3 + (low >= TWO32 ? 1 : 0);
    r1 = next >= TWO32 ? next - TWO32 : next;
    if (next >= TWO32) {
      r2 += 1;
      if (r2 === TWO32) {
        r2 = 0;
        r3 += 1;
      }
    }
  }
  const upperbit = r3 >>> 31;
  const shift = upperbit + 9; // keep 55 bits: 53, one to round, one lost when the top bit is clear
  let mh = r3 >>> shift;
  let ml = ((r3 << (32 - shift)) | (r2 >>> shift)) >>> 0;
  let power2 = ((217706 * q) >> 16) + 63 + upperbit - lz + 1023;
  if (power2 <= 0) return FALLBACK; // subnormal
  // Exactly halfway between two doubles (only possible for small q): round to even rather than up.
  if (r1 === 0 && r0 <= 1 && q >= -4 && q <= 23 && (ml & 3) === 1 && (r2 & ((1 << shift) - 1)) === 0) {
    ml = (ml & ~1) >>> 0;
  }
  if ((ml & 1) === 1) {
    ml += 1;
    if (ml === TWO32) {
      ml = 0;
      mh += 1;
    }
  }
  ml = ((ml >>> 1) | ((mh & 1) << 31)) >>> 0;
  mh >>>= 1;
  if (mh >= 0x200000) {
    // Rounding carried to 2^53: the significand is 2^52 one binary exponent up.
    mh = 0x100000;
    ml = 0;
    power2 += 1;
  }
  if (power2 >= 2047) return Infinity;
  return (mh * TWO32 + ml) * POW2[power2]!;
}
