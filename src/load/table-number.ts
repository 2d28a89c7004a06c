/**
 * Exact decimal-number parsing straight from file bytes, for the CSV reader.
 *
 * Hand-written for speed: calling `Number(text)` needs a string per cell, and a CSV of 10 million cells would
 * then allocate 10 million short-lived strings. The result is always identical to `Number(text)`:
 *
 * - Fast path (Clinger): when the decimal significand is an exact integer of at most 2^53 (all numbers of up
 *   to 15 significant digits) and 10^k is exact (|k| ≤ 22), `m * 10^k` or `m / 10^k` is one IEEE operation —
 *   correctly rounded, hence bit-identical to `Number(text)`.
 * - Up to 19 significant digits (pandas' `to_csv` and Python's repr write 17) and any exponent: the
 *   Eisel–Lemire algorithm (eisel-lemire.ts) on the exact 64-bit significand, also correctly rounded.
 * - Otherwise (more digits, subnormal results) the cell's bytes become one string for `Number()`.
 *
 * Accepted grammar (a subset of what `Number()` accepts, so the fallback never disagrees):
 *   [spaces] [+|-] digits [. digits] [(e|E) [+|-] digits] [spaces]   (digits may be empty on one side of `.`)
 * plus the words `nan`, `inf`, `infinity` in any case with an optional sign, which count as numbers and are
 * stored as NaN. Non-finite results (`1e999`) are stored as NaN too: NaN means "missing" downstream.
 * Hex (`0x1f`), `1_000`, and other text are not numbers. The decimal mark is `.` unless the caller passes `,`
 * (European exports); then `1,5` is 1.5 and `1.5` is text, as pandas reads with `decimal=','`.
 */

import { eiselLemire, FALLBACK } from './eisel-lemire.js';

const POW10 = new Float64Array(23);
const TWO32 = 4294967296;
for (let k = 0, p = 1; k <= 22; k++, p *= 10) POW10[k] = p;

const SPACE = 0x20;
const TAB = 0x09;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const LOWER_E = 0x65;
const UPPER_E = 0x45;

/**
 * Parse `bytes[start, end)` as a decimal number into `out[index]`. Returns false when the text is not a
 * number (`out[index]` may have been written). Whitespace-only text is not a number: callers treat it as an
 * empty cell.
 */
export function parseNumberInto(
  bytes: Uint8Array,
  start: number,
  end: number,
  out: Float64Array,
  index: number,
  decimalMark = DOT,
): boolean {
  while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
  while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
  if (start === end) return false;
  const stop = scanDecimal(bytes, start, end, out, index, decimalMark);
  if (stop === end) return true;
  return stop < 0 && parseSpecialWord(bytes, start, end, out, index);
}

/**
 * Parse the longest decimal number starting exactly at `start` (no spaces, no words) into `out[index]`.
 * Returns the position after it, or -1 when no number starts there. The CSV scanner calls this directly on
 * unquoted cells, so a numeric cell is parsed in the same pass that finds its end.
 */
export function scanDecimal(
  bytes: Uint8Array,
  start: number,
  end: number,
  out: Float64Array,
  index: number,
  decimalMark = DOT,
): number {
  let pos = start;
  const first = bytes[pos];
  const negative = first === MINUS;
  if (negative || first === PLUS) pos++;
  // All digits go into one double: exact while there are at most 15 (leading zeros included), the common
  // case; longer significands are read again, exactly, by `exactDecimal`.
  let mantissa = 0;
  const integerStart = pos;
  for (; pos < end; pos++) {
    const digit = bytes[pos]! - ZERO;
    if (digit >>> 0 > 9) break;
    mantissa = mantissa * 10 + digit;
  }
  let digits = pos - integerStart;
  let exponent = 0; // decimal exponent adjustment from the fraction
  if (pos < end && bytes[pos] === decimalMark) {
    const fractionStart = ++pos;
    for (; pos < end; pos++) {
      const digit = bytes[pos]! - ZERO;
      if (digit >>> 0 > 9) break;
      mantissa = mantissa * 10 + digit;
    }
    exponent = fractionStart - pos;
    digits += pos - fractionStart;
  }
  if (digits === 0) return -1;
  const significandEnd = pos;
  if (pos < end && (bytes[pos] === LOWER_E || bytes[pos] === UPPER_E)) {
    const marker = pos++;
    let expNegative = false;
    if (pos < end && (bytes[pos] === MINUS || bytes[pos] === PLUS)) {
      expNegative = bytes[pos] === MINUS;
      pos++;
    }
    const expStart = pos;
    let written = 0;
    for (; pos < end; pos++) {
      const digit = bytes[pos]! - ZERO;
      if (digit >>> 0 > 9) break;
      if (written < 100_000) written = written * 10 + digit; // capped: huge exponents go to Number()
    }
    // `1e` without digits: the number ends before the `e` (and the caller sees text follow it).
    if (pos === expStart) pos = marker;
    else exponent += expNegative ? -written : written;
  }
  if (digits <= 15 && exponent >= -22 && exponent <= 22) {
    const value = exponent >= 0 ? mantissa * POW10[exponent]! : mantissa / POW10[-exponent]!;
    out[index] = negative ? -value : value;
  } else {
    const value = exactDecimal(bytes, integerStart, significandEnd, exponent, decimalMark);
    const signed =
      value === FALLBACK ? Number(asciiText(bytes, start, pos, decimalMark)) : negative ? -value : value;
    out[index] = Number.isFinite(signed) ? signed : NaN;
  }
  return pos;
}

/**
 * The magnitude of the decimal with significand digits in `bytes[from, to)` (a decimal mark may sit among
 * them) times 10^exponent, correctly rounded; FALLBACK when it needs `Number()` (over 19 significant digits,
 * subnormal results).
 */
function exactDecimal(
  bytes: Uint8Array,
  from: number,
  to: number,
  exponent: number,
  decimalMark: number,
): number {
  // The first 15 significant digits in `lead` (leading zeros add nothing; below 1e15 it is exact), the next
  // ones in `tail` (exact up to 4 of them).
  let lead = 0;
  let tail = 0;
  let tailDigits = 0;
  for (let i = from; i < to; i++) {
    if (bytes[i] === decimalMark) continue;
    const digit = bytes[i]! - ZERO;
    if (lead < 1e14) lead = lead * 10 + digit;
    else {
      tail = tail * 10 + digit;
      if (++tailDigits > 4) return FALLBACK;
    }
  }
  if (tailDigits === 0 && exponent >= -22 && exponent <= 22) {
    return exponent >= 0 ? lead * POW10[exponent]! : lead / POW10[-exponent]!;
  }
  // The significand lead · 10^tailDigits + tail (< 10^19 < 2^64) in two 32-bit words.
  const scale = POW10[tailDigits]!;
  const leadHigh = Math.floor(lead / TWO32);
  const low = (lead - leadHigh * TWO32) * scale + tail; // < 2^32 · 10^4 + 10^4: exact
  const lowCarry = Math.floor(low / TWO32);
  const high = leadHigh * scale + lowCarry;
  const lowWord = low - lowCarry * TWO32;
  if (high < 0x200000 && exponent >= -22 && exponent <= 22) {
    // Below 2^53: still exact as a double, so Clinger's one operation is correctly rounded.
    const significand = high * TWO32 + lowWord;
    return exponent >= 0 ? significand * POW10[exponent]! : significand / POW10[-exponent]!;
  }
  return eiselLemire(high, lowWord, exponent);
}

/** `nan`, `inf`, `infinity` (any case, optional sign) → NaN. */
function parseSpecialWord(
  bytes: Uint8Array,
  start: number,
  end: number,
  out: Float64Array,
  index: number,
): boolean {
  if (end - start > 9) return false;
  let word = asciiText(bytes, start, end).toLowerCase();
  if (word.startsWith('-') || word.startsWith('+')) word = word.slice(1);
  if (word !== 'nan' && word !== 'inf' && word !== 'infinity') return false;
  out[index] = NaN;
  return true;
}

/** The bytes as ASCII text (one string, not built character by character), with the decimal mark as `.`. */
function asciiText(bytes: Uint8Array, start: number, end: number, decimalMark = DOT): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
  return decimalMark === DOT ? text : text.replace(String.fromCharCode(decimalMark), '.');
}

/** Parse a whole string with the same rules (for tests and non-byte sources); undefined = not a number. */
export function parseNumberText(text: string, decimalMark: '.' | ',' = '.'): number | undefined {
  const bytes = Buffer.from(text, 'utf8');
  const out = new Float64Array(1);
  return parseNumberInto(bytes, 0, bytes.length, out, 0, decimalMark.charCodeAt(0)) ? out[0] : undefined;
}
