import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  decodeCell
} from "./chunk-7LIEUWGZ.js";

// src/load/progress.ts
var PROGRESS_SECONDS = 5;
function megabytes(bytes) {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}
function count(rows) {
  return rows.toLocaleString("en-US");
}
var ReadProgress = class {
  constructor(what, log, seconds = PROGRESS_SECONDS, now = () => performance.now()) {
    this.what = what;
    this.log = log;
    this.seconds = seconds;
    this.now = now;
    this.started = this.lastLine = now();
  }
  what;
  log;
  seconds;
  now;
  started;
  lastLine;
  printed = false;
  bytes = 0;
  /** Called as the read goes on (cheap: one clock read). */
  update(rows, bytes, totalBytes) {
    this.bytes = bytes;
    if (!this.log) return;
    const now = this.now();
    if (now - this.lastLine < this.seconds * 1e3) return;
    this.lastLine = now;
    this.printed = true;
    const share = totalBytes > 0 ? ` (${Math.floor(100 * bytes / totalBytes)}%)` : "";
    this.log(
      `${this.what}: ${count(rows)} rows, ${megabytes(bytes)} of ${megabytes(totalBytes)}${share}, ${this.speed(now)} MB/s`
    );
  }
  /** The totals, when progress lines were printed. */
  finish(rows) {
    if (!this.log || !this.printed) return;
    const now = this.now();
    this.log(
      `${this.what}: read ${count(rows)} rows (${megabytes(this.bytes)}) in ${((now - this.started) / 1e3).toFixed(1)} s, ${this.speed(now)} MB/s`
    );
  }
  speed(now) {
    const seconds = Math.max(1e-3, (now - this.started) / 1e3);
    return (this.bytes / 1e6 / seconds).toFixed(0);
  }
};

// src/load/table-options.ts
function isWanted(options, name) {
  if (options.columns && !options.columns.has(name)) return false;
  return options.wanted ? options.wanted(name) : true;
}

// src/load/table-columns.ts
var DEFAULT_CAPACITY = 1024;
function grownCapacity(current, needed) {
  return Math.max(needed, Math.ceil(current * 1.5), DEFAULT_CAPACITY);
}
function trimmed(array, length) {
  if (array.length === length) return array;
  return array.length - length > array.length / 16 ? array.slice(0, length) : array.subarray(0, length);
}
var NumberColumnBuilder = class {
  values;
  length = 0;
  constructor(capacity = DEFAULT_CAPACITY) {
    this.values = new Float64Array(capacity);
  }
  /** Make room for `extra` more values; returns the array to write into (it may have been replaced). */
  reserve(extra) {
    const needed = this.length + extra;
    if (needed > this.values.length) {
      const next = new Float64Array(grownCapacity(this.values.length, needed));
      next.set(this.values.subarray(0, this.length));
      this.values = next;
    }
    return this.values;
  }
  push(value) {
    if (this.length === this.values.length) this.reserve(1);
    this.values[this.length++] = value;
  }
  /** Pad with NaN (missing) up to `rowCount` rows. */
  padTo(rowCount) {
    if (rowCount <= this.length) return;
    this.reserve(rowCount - this.length).fill(NaN, this.length, rowCount);
    this.length = rowCount;
  }
  finish(name) {
    return { kind: "numerical", name, values: trimmed(this.values, this.length) };
  }
};
var CodeColumnBuilder = class {
  codes;
  length = 0;
  constructor(capacity = DEFAULT_CAPACITY) {
    this.codes = new Int32Array(capacity);
  }
  /** Make room for `extra` more codes. */
  reserve(extra) {
    const needed = this.length + extra;
    if (needed > this.codes.length) {
      const next = new Int32Array(grownCapacity(this.codes.length, needed));
      next.set(this.codes.subarray(0, this.length));
      this.codes = next;
    }
  }
  push(code) {
    if (this.length === this.codes.length) this.reserve(1);
    this.codes[this.length++] = code;
  }
  /** Pad with -1 (missing) up to `rowCount` rows. */
  padTo(rowCount) {
    if (rowCount <= this.length) return;
    this.reserve(rowCount - this.length);
    this.codes.fill(-1, this.length, rowCount);
    this.length = rowCount;
  }
  finish(name, dictionary) {
    return { kind: "categorical", name, codes: trimmed(this.codes, this.length), dictionary };
  }
};
var LabelDictionary = class {
  codes = /* @__PURE__ */ new Map();
  labels = [];
  codeOf(label) {
    let code = this.codes.get(label);
    if (code === void 0) {
      code = this.labels.length;
      this.codes.set(label, code);
      this.labels.push(label);
    }
    return code;
  }
};
var ByteDictionary = class {
  pool = new Uint8Array(4096);
  poolLength = 0;
  /** [start, end) of each code's bytes in `pool`, interleaved: one cache line holds both. */
  spans = new Int32Array(128);
  count = 0;
  /**
   * Open addressing, two Int32 per slot: [hash, code + 1] (0 = empty), so a probe reads the hash where it
   * reads the code and compares bytes only on a hash match — a lookup touches the slot, the span and the
   * pooled bytes (three cache lines, not five: with 100,000 categories the lookups dominated reading).
   * The slot count is a power of two kept at most half full.
   */
  slots = new Int32Array(256);
  get size() {
    return this.count;
  }
  codeOf(bytes, start, end) {
    let hash = 2166136261 | 0;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], 16777619);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = slot + 1 & mask) {
      const entry = slots[2 * slot + 1] - 1;
      if (entry < 0) return this.add(bytes, start, end, hash, slot);
      if (slots[2 * slot] === hash && this.sameBytes(entry, bytes, start, end)) return entry;
    }
  }
  /** Labels in code order, decoded as strict UTF-8 (invalid bytes throw NotUtf8Error, never U+FFFD). */
  labels() {
    const labels = [];
    for (let i = 0; i < this.count; i++) {
      labels.push(decodeCell(this.pool.subarray(this.spans[2 * i], this.spans[2 * i + 1])));
    }
    return labels;
  }
  sameBytes(entry, bytes, start, end) {
    const from = this.spans[2 * entry];
    if (this.spans[2 * entry + 1] - from !== end - start) return false;
    for (let i = 0; i < end - start; i++) if (this.pool[from + i] !== bytes[start + i]) return false;
    return true;
  }
  add(bytes, start, end, hash, slot) {
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
  rehash() {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue;
      let slot = old[i] & mask;
      while (slots[2 * slot + 1] !== 0) slot = slot + 1 & mask;
      slots[2 * slot] = old[i];
      slots[2 * slot + 1] = old[i + 1];
    }
    this.slots = slots;
  }
};
function grownInt32(array) {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}
function mergeDuplicateLabels(labels, codes) {
  const unique = /* @__PURE__ */ new Map();
  const remap = new Int32Array(labels.length);
  labels.forEach((label, code) => {
    let target = unique.get(label);
    if (target === void 0) unique.set(label, target = unique.size);
    remap[code] = target;
  });
  if (unique.size === labels.length) return labels;
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) codes[i] = remap[codes[i]];
  return [...unique.keys()];
}

export {
  NumberColumnBuilder,
  CodeColumnBuilder,
  LabelDictionary,
  ByteDictionary,
  mergeDuplicateLabels,
  ReadProgress,
  isWanted
};
