/**
 * Growable typed columns shared by the CSV, JSONL and Parquet readers: numbers go into a Float64Array,
 * categories into Int32Array codes plus a dictionary. No JS object or string is kept per cell.
 */
import type { CategoricalColumn, NumericColumn } from '../data/types.js';
import { decodeCell } from './utf8.js';

/** Start capacity when the reader has no estimate of the row count. */
const DEFAULT_CAPACITY = 1024;

function grownCapacity(current: number, needed: number): number {
  return Math.max(needed, Math.ceil(current * 1.5), DEFAULT_CAPACITY);
}

/** Trim to the used length: copy when much is unused (frees the slack), else share the buffer. */
function trimmed<T extends Float64Array | Int32Array>(array: T, length: number): T {
  if (array.length === length) return array;
  return (
    array.length - length > array.length / 16 ? array.slice(0, length) : array.subarray(0, length)
  ) as T;
}

export class NumberColumnBuilder {
  values: Float64Array;
  length = 0;

  constructor(capacity = DEFAULT_CAPACITY) {
    this.values = new Float64Array(capacity);
  }

  /** Make room for `extra` more values; returns the array to write into (it may have been replaced). */
  reserve(extra: number): Float64Array {
    const needed = this.length + extra;
    if (needed > this.values.length) {
      const next = new Float64Array(grownCapacity(this.values.length, needed));
      next.set(this.values.subarray(0, this.length));
      this.values = next;
    }
    return this.values;
  }

  push(value: number): void {
    if (this.length === this.values.length) this.reserve(1);
    this.values[this.length++] = value;
  }

  /** Pad with NaN (missing) up to `rowCount` rows. */
  padTo(rowCount: number): void {
    if (rowCount <= this.length) return;
    this.reserve(rowCount - this.length).fill(NaN, this.length, rowCount);
    this.length = rowCount;
  }

  finish(name: string): NumericColumn {
    return { kind: 'numerical', name, values: trimmed(this.values, this.length) };
  }
}

export class CodeColumnBuilder {
  codes: Int32Array;
  length = 0;

  constructor(capacity = DEFAULT_CAPACITY) {
    this.codes = new Int32Array(capacity);
  }

  /** Make room for `extra` more codes. */
  reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed > this.codes.length) {
      const next = new Int32Array(grownCapacity(this.codes.length, needed));
      next.set(this.codes.subarray(0, this.length));
      this.codes = next;
    }
  }

  push(code: number): void {
    if (this.length === this.codes.length) this.reserve(1);
    this.codes[this.length++] = code;
  }

  /** Pad with -1 (missing) up to `rowCount` rows. */
  padTo(rowCount: number): void {
    if (rowCount <= this.length) return;
    this.reserve(rowCount - this.length);
    this.codes.fill(-1, this.length, rowCount);
    this.length = rowCount;
  }

  finish(name: string, dictionary: string[]): CategoricalColumn {
    return { kind: 'categorical', name, codes: trimmed(this.codes, this.length), dictionary };
  }
}

/** Dictionary of labels given as strings (JSONL, Parquet). */
export class LabelDictionary {
  private readonly codes = new Map<string, number>();
  readonly labels: string[] = [];

  codeOf(label: string): number {
    let code = this.codes.get(label);
    if (code === undefined) {
      code = this.labels.length;
      this.codes.set(label, code);
      this.labels.push(label);
    }
    return code;
  }
}

/**
 * Dictionary of labels given as UTF-8 byte ranges (CSV). Hand-written open-addressing hash table over the raw
 * bytes, so a repeated label costs a hash and a byte compare, not a new string per cell.
 */
export class ByteDictionary {
  private pool = new Uint8Array(4096);
  private poolLength = 0;
  /** [start, end) of each code's bytes in `pool`, interleaved: one cache line holds both. */
  private spans = new Int32Array(128);
  private count = 0;
  /**
   * Open addressing, two Int32 per slot: [hash, code + 1] (0 = empty), so a probe reads the hash where it
   * reads the code and compares bytes only on a hash match — a lookup touches the slot, the span and the
   * pooled bytes (three cache lines, not five: with 100,000 categories the lookups dominated reading).
   * The slot count is a power of two kept at most half full.
   */
  private slots = new Int32Array(256);

  get size(): number {
    return this.count;
  }

  codeOf(bytes: Uint8Array, start: number, end: number): number {
    let hash = 0x811c9dc5 | 0; // FNV-1a
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot + 1]! - 1;
      if (entry < 0) return this.add(bytes, start, end, hash, slot);
      if (slots[2 * slot] === hash && this.sameBytes(entry, bytes, start, end)) return entry;
    }
  }

  /** Labels in code order, decoded as strict UTF-8 (invalid bytes throw NotUtf8Error, never U+FFFD). */
  labels(): string[] {
    const labels: string[] = [];
    for (let i = 0; i < this.count; i++) {
      labels.push(decodeCell(this.pool.subarray(this.spans[2 * i], this.spans[2 * i + 1])));
    }
    return labels;
  }

  private sameBytes(entry: number, bytes: Uint8Array, start: number, end: number): boolean {
    const from = this.spans[2 * entry]!;
    if (this.spans[2 * entry + 1]! - from !== end - start) return false;
    for (let i = 0; i < end - start; i++) if (this.pool[from + i] !== bytes[start + i]) return false;
    return true;
  }

  private add(bytes: Uint8Array, start: number, end: number, hash: number, slot: number): number {
    const code = this.count;
    const length = end - start;
    if (this.poolLength + length > this.pool.length) {
      const next = new Uint8Array(Math.max(this.pool.length * 2, this.poolLength + length));
      next.set(this.pool.subarray(0, this.poolLength));
      this.pool = next;
    }
    this.pool.set(bytes.subarray(start, end), this.poolLength);
    if (2 * code === this.spans.length) this.spans = grownInt32(this.spans);
    this.spans[2 * code] = this.poolLength;
    this.spans[2 * code + 1] = this.poolLength + length;
    this.poolLength += length;
    this.count++;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = code + 1;
    if (this.count * 4 > this.slots.length) this.rehash();
    return code;
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue;
      let slot = old[i]! & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[i]!;
      slots[2 * slot + 1] = old[i + 1]!;
    }
    this.slots = slots;
  }
}

function grownInt32(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}

/**
 * Labels decoded from distinct byte strings can coincide (invalid UTF-8 becomes U+FFFD): merge such duplicates
 * so each label appears once in the dictionary, remapping codes in place.
 */
export function mergeDuplicateLabels(labels: string[], codes: Int32Array): string[] {
  const unique = new Map<string, number>();
  const remap = new Int32Array(labels.length);
  labels.forEach((label, code) => {
    let target = unique.get(label);
    if (target === undefined) unique.set(label, (target = unique.size));
    remap[code] = target;
  });
  if (unique.size === labels.length) return labels;
  for (let i = 0; i < codes.length; i++) if (codes[i]! >= 0) codes[i] = remap[codes[i]!]!;
  return [...unique.keys()];
}
