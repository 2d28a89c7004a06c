import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  FALSE_SPELLINGS,
  PANDAS_NA_VALUES,
  TRUE_SPELLINGS
} from "./chunk-Z64SXLXG.js";
import {
  displayPath,
  readText,
  require_dist,
  resolveFiles
} from "./chunk-SXQYWGFC.js";
import {
  ByteDictionary,
  CodeColumnBuilder,
  LabelDictionary,
  NumberColumnBuilder,
  ReadProgress,
  isWanted,
  mergeDuplicateLabels
} from "./chunk-YEUO2G4O.js";
import {
  NotUtf8Error,
  decodeCell,
  findInvalidUtf8,
  locateInvalidUtf8
} from "./chunk-7LIEUWGZ.js";
import {
  InputError,
  messageOf
} from "./chunk-FI7I53I2.js";
import {
  __toESM
} from "./chunk-MQQLUTP6.js";

// src/load/table.ts
import * as path from "node:path";

// src/load/profile-check.ts
var import_yaml = __toESM(require_dist(), 1);
var ROOT_KEYS = ["version", "rows", "features", "description"];
var NUMERICAL_KEYS = ["type", "count", "edges", "counts", "quantiles", "std", "quantile_error"];
var CATEGORICAL_KEYS = ["type", "counts"];
var ProfileChecker = class {
  constructor(text, shown) {
    this.text = text;
    this.shown = shown;
  }
  text;
  shown;
  document = null;
  lines = null;
  check(root) {
    const duplicate = this.doc().errors.find((error) => error.code === "DUPLICATE_KEY");
    if (duplicate) {
      const { line, col } = duplicate.linePos[0];
      throw new InputError(
        `${this.shown}: line ${line}, column ${col}: a key appears twice in the same object`
      );
    }
    const top = this.object(root, [], 'a profile object with "version" and "features"');
    this.knownKeys(top, [], ROOT_KEYS);
    if (top.version !== 1)
      this.fail(["version"], `expected 1, found ${describe(top.version)}`, !("version" in top));
    let rows;
    if ("rows" in top) rows = this.count(top.rows, ["rows"]);
    if ("description" in top && typeof top.description !== "string") {
      this.fail(["description"], `expected a string, found ${describe(top.description)}`);
    }
    if (!("features" in top)) this.fail(["features"], "missing: expected an object of features", true);
    const features = this.object(top.features, ["features"], "an object mapping feature names to histograms");
    const names = Object.keys(features);
    if (names.length === 0) this.fail(["features"], "has no features; expected at least one");
    const result = /* @__PURE__ */ new Map();
    for (const name of names) {
      const feature = this.feature(name, features[name]);
      const total = totalOf(feature);
      const at = feature.kind === "numerical" && !feature.counts ? "count" : "counts";
      if (total === 0)
        this.fail(["features", name, at], "all counts are 0; expected at least one observation");
      if (rows !== void 0 && total > rows) {
        const what = at === "count" ? `count ${total} is` : `counts add up to ${total},`;
        this.fail(["features", name, at], `${what} more than "rows" (${rows})`);
      }
      result.set(name, feature);
    }
    return result;
  }
  feature(name, value) {
    const path2 = ["features", name];
    const spec = this.object(value, path2, 'an object with "type" and "counts"');
    if (spec.type === "numerical") {
      this.knownKeys(spec, path2, NUMERICAL_KEYS);
      return this.numerical(name, spec, path2);
    }
    if (spec.type === "categorical") {
      this.knownKeys(spec, path2, CATEGORICAL_KEYS);
      const counts = this.object(spec.counts, [...path2, "counts"], "an object mapping categories to counts");
      if (Object.keys(counts).length === 0)
        this.fail([...path2, "counts"], "is empty; expected at least one category");
      const checked = {};
      for (const [label, count] of Object.entries(counts))
        checked[label] = this.count(count, [...path2, "counts", label]);
      return { kind: "categorical", name, counts: checked };
    }
    return this.fail(
      [...path2, "type"],
      `expected "numerical" or "categorical", found ${describe(spec.type)}`,
      !("type" in spec)
    );
  }
  /** A numerical feature: a histogram (edges + counts), quantiles (+ count, std), or both. */
  numerical(name, spec, path2) {
    const hasHistogram = "edges" in spec || "counts" in spec;
    if (!hasHistogram && !("quantiles" in spec)) {
      this.fail(path2, 'a numerical feature needs a histogram ("edges" and "counts"), "quantiles", or both');
    }
    const feature = { kind: "numerical", name };
    if (hasHistogram) {
      const edges = this.numbers(
        spec.edges,
        [...path2, "edges"],
        "an array of at least 2 increasing bin edges"
      );
      if (edges.length < 2) this.fail([...path2, "edges"], `has ${edges.length} edge(s); expected at least 2`);
      this.increasing(edges, [...path2, "edges"], true);
      const counts = this.array(spec.counts, [...path2, "counts"], "an array of bin counts");
      if (counts.length !== edges.length - 1) {
        this.fail(
          [...path2, "counts"],
          `has ${counts.length} count(s); expected ${edges.length - 1} (one per bin: edges minus 1)`
        );
      }
      feature.edges = edges;
      feature.counts = counts.map((count2, i) => this.count(count2, [...path2, "counts", i]));
    }
    const count = "count" in spec ? this.count(spec.count, [...path2, "count"]) : void 0;
    if (count !== void 0 && feature.counts && count !== sum(feature.counts)) {
      this.fail(
        [...path2, "count"],
        `${count} differs from the histogram's total ${sum(feature.counts)} (both count the non-missing values)`
      );
    }
    if ("quantiles" in spec) feature.quantiles = this.quantiles(spec, path2, count);
    else {
      for (const key of ["std", "quantile_error"])
        if (key in spec) this.fail([...path2, key], 'is only read with "quantiles"', false, true);
    }
    return feature;
  }
  quantiles(spec, path2, count) {
    const values = this.numbers(spec.quantiles, [...path2, "quantiles"], "an array of at least 2 quantiles");
    if (values.length < 2) {
      this.fail(
        [...path2, "quantiles"],
        `has ${values.length} value(s); expected at least 2 (minimum and maximum)`
      );
    }
    this.increasing(values, [...path2, "quantiles"], false);
    if (count === void 0) {
      this.fail([...path2, "count"], "missing: quantiles need the number of values they summarise", true);
    }
    if (!("std" in spec))
      this.fail([...path2, "std"], "missing: quantiles need the standard deviation (stddev_pop)", true);
    const std = spec.std;
    if (typeof std !== "number" || !(std >= 0)) {
      this.fail(
        [...path2, "std"],
        `expected a non-negative number (stddev_pop of the values), found ${describe(std)}`
      );
    }
    const summary = { values, count, std };
    if ("quantile_error" in spec) {
      const error = spec.quantile_error;
      if (typeof error !== "number" || !(error >= 0 && error < 1)) {
        this.fail(
          [...path2, "quantile_error"],
          `expected the quantiles' rank error as a share of count, 0 <= error < 1, found ${describe(error)}`
        );
      }
      summary.rankError = error;
    }
    return summary;
  }
  numbers(value, path2, expected) {
    const items = this.array(value, path2, expected);
    items.forEach((item, i) => {
      if (typeof item !== "number") this.fail([...path2, i], `expected a number, found ${describe(item)}`);
    });
    return items;
  }
  /** Edges strictly increase; quantiles never decrease. */
  increasing(values, path2, strictly) {
    for (let i = 1; i < values.length; i++) {
      const [a, b] = [values[i - 1], values[i]];
      if (strictly ? b > a : b >= a) continue;
      this.fail(
        [...path2, i],
        strictly ? `${b} is not greater than the previous edge ${a} (edges must increase)` : `${b} is less than the previous quantile ${a} (quantiles must not decrease)`
      );
    }
  }
  count(value, path2) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
      this.fail(path2, `expected a non-negative integer count, found ${describe(value)}`);
    }
    return value;
  }
  object(value, path2, expected) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      this.fail(path2, `expected ${expected}, found ${describe(value)}`, value === void 0);
    }
    return value;
  }
  array(value, path2, expected) {
    if (!Array.isArray(value))
      this.fail(path2, `expected ${expected}, found ${describe(value)}`, value === void 0);
    return value;
  }
  knownKeys(value, path2, allowed) {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key))
        this.fail([...path2, key], `unknown key (allowed here: ${allowed.join(", ")})`, false, true);
    }
  }
  /** Throw an InputError at `path`; a missing key points at its parent object. */
  fail(path2, problem, missing = false, atKey = false) {
    const where = missing ? path2.slice(0, -1) : path2;
    throw new InputError(`${this.shown}: ${this.position(where, atKey)}${pathText(path2)}: ${problem}`);
  }
  position(path2, atKey) {
    const doc = this.doc();
    let range;
    if (atKey && path2.length > 0) {
      const parent = path2.length === 1 ? doc.contents : doc.getIn(path2.slice(0, -1), true);
      const items = parent?.items;
      range = items?.find((pair) => pair.key?.value === path2[path2.length - 1])?.key?.range;
    } else {
      const node = path2.length === 0 ? doc.contents : doc.getIn(path2, true);
      range = node?.range;
    }
    if (!range) return "";
    const { line, col } = this.lines.linePos(range[0]);
    return `line ${line}, column ${col}: `;
  }
  doc() {
    if (!this.document) {
      this.lines = new import_yaml.LineCounter();
      this.document = (0, import_yaml.parseDocument)(this.text, { lineCounter: this.lines, keepSourceTokens: false });
    }
    return this.document;
  }
};
function pathText(path2) {
  if (path2.length === 0) return "profile";
  return path2.map(
    (part, i) => typeof part === "number" ? `[${part}]` : /^[A-Za-z_][\w-]*$/.test(part) ? `${i ? "." : ""}${part}` : `[${JSON.stringify(part)}]`
  ).join("");
}
function describe(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}\u2026` : text;
}
function sum(values) {
  return values.reduce((total, value) => total + value, 0);
}
function totalOf(feature) {
  if (feature.kind === "categorical") return sum(Object.values(feature.counts));
  return feature.counts ? sum(feature.counts) : feature.quantiles.count;
}

// src/load/profile.ts
function parseProfile(text, shown) {
  let root;
  try {
    root = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${shown}: ${syntaxPosition(text, messageOf(error))}not valid JSON (${cleanJsonMessage(error)})`
    );
  }
  const checker = new ProfileChecker(text, shown);
  return { source: shown, features: checker.check(root) };
}
async function readProfile(file, shown) {
  return parseProfile(await readText(file, shown), shown);
}
async function loadProfiles(entries, what) {
  const features = /* @__PURE__ */ new Map();
  const origin = /* @__PURE__ */ new Map();
  for (const { file, shown } of entries) {
    const profile = await readProfile(file, shown);
    for (const [name, feature] of profile.features) {
      const earlier = features.get(name);
      if (!earlier) {
        features.set(name, feature);
        origin.set(name, shown);
        continue;
      }
      features.set(
        name,
        mergeFeature(earlier, feature, `${what}: feature '${name}' in ${shown} and ${origin.get(name)}`)
      );
    }
  }
  return { source: entries.map((e) => e.shown).join(", "), features };
}
function mergeFeature(a, b, where) {
  if (a.kind === "numerical" && b.kind === "numerical") {
    if (a.quantiles || b.quantiles) {
      throw new InputError(
        `${where}: quantiles cannot be merged across files; profile all rows of a side in one query`
      );
    }
    const [ea, eb] = [a.edges, b.edges];
    if (ea.length !== eb.length || ea.some((edge, i) => edge !== eb[i])) {
      throw new InputError(`${where}: histograms have different edges; merged profiles need identical edges`);
    }
    return { ...a, counts: a.counts.map((count, i) => count + b.counts[i]) };
  }
  if (a.kind === "categorical" && b.kind === "categorical") {
    const counts = { ...a.counts };
    for (const [label, count] of Object.entries(b.counts)) counts[label] = (counts[label] ?? 0) + count;
    return { ...a, counts };
  }
  throw new InputError(`${where}: one is numerical and the other categorical`);
}
function syntaxPosition(text, message) {
  const match = /at position (\d+)/.exec(message);
  const offset = match ? Number(match[1]) : /end of JSON input/.test(message) ? text.length : -1;
  if (offset < 0) return "";
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `line ${line}, column ${offset - before.lastIndexOf("\n")}: `;
}
function cleanJsonMessage(error) {
  return messageOf(error).replace(/, ".*" is not valid JSON$/s, "").replace(/ in JSON at position \d+.*$/s, "");
}

// src/load/csv-dialect.ts
import { promises as fs2 } from "node:fs";

// src/data/types.ts
var DELIMITERS = [",", ";", "	", "|"];

// src/load/csv-scan.ts
import { promises as fs } from "node:fs";

// src/load/eisel-lemire.ts
var FALLBACK = -1;
var SMALLEST_Q = -342;
var LARGEST_Q = 308;
var POW5 = new Uint32Array((LARGEST_Q - SMALLEST_Q + 1) * 4);
var READY = new Uint8Array(LARGEST_Q - SMALLEST_Q + 1);
var TWO32 = 4294967296;
var TWO128 = 1n << 128n;
var POW2 = new Float64Array(2047);
POW2[0] = 2 ** -1075;
for (let p = 1; p < 2047; p++) POW2[p] = 2 ** (p - 1075);
function bitLength(x) {
  return x.toString(2).length;
}
function powerOfFive(q) {
  if (q >= 0) {
    const p2 = 5n ** BigInt(q);
    const bits = bitLength(p2);
    return bits <= 128 ? p2 << BigInt(128 - bits) : p2 >> BigInt(bits - 128);
  }
  const p = 5n ** BigInt(-q);
  const z = bitLength(p);
  const b = q >= -27 ? z + 127 : 2 * z + 128;
  let c = (1n << BigInt(b)) / p + 1n;
  while (c >= TWO128) c >>= 1n;
  return c;
}
function tableIndex(q) {
  const i = q - SMALLEST_Q;
  if (READY[i] === 0) {
    const c = powerOfFive(q);
    for (let k = 0; k < 4; k++) POW5[4 * i + k] = Number(c >> BigInt(96 - 32 * k) & 0xffffffffn);
    READY[i] = 1;
  }
  return 4 * i;
}
var P3 = 0;
var P2 = 0;
var P1 = 0;
var P0 = 0;
var HI = 0;
var LO = 0;
function mul32(a, b) {
  LO = Math.imul(a, b) >>> 0;
  HI = Math.round((a * b - LO) / TWO32);
}
function mul64(aHi, aLo, bHi, bLo) {
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
  const mid = p00h + p01l + p10l;
  const midCarry = Math.floor(mid / TWO32);
  P1 = mid - midCarry * TWO32;
  const upper = p01h + p10h + LO + midCarry;
  const upperCarry = Math.floor(upper / TWO32);
  P2 = upper - upperCarry * TWO32;
  P3 = HI + upperCarry;
}
function eiselLemire(wHi, wLo, q) {
  if (wHi === 0 && wLo === 0) return 0;
  if (q < SMALLEST_Q || q > LARGEST_Q) return FALLBACK;
  const lz = wHi !== 0 ? Math.clz32(wHi) : 32 + Math.clz32(wLo);
  if (lz >= 32) {
    wHi = wLo << lz - 32 >>> 0;
    wLo = 0;
  } else if (lz > 0) {
    wHi = (wHi << lz | wLo >>> 32 - lz) >>> 0;
    wLo = wLo << lz >>> 0;
  }
  const t = tableIndex(q);
  mul64(wHi, wLo, POW5[t], POW5[t + 1]);
  let r3 = P3;
  let r2 = P2;
  let r1 = P1;
  let r0 = P0;
  if ((r2 & 511) === 511) {
    mul64(wHi, wLo, POW5[t + 2], POW5[t + 3]);
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
  const shift = upperbit + 9;
  let mh = r3 >>> shift;
  let ml = (r3 << 32 - shift | r2 >>> shift) >>> 0;
  let power2 = (217706 * q >> 16) + 63 + upperbit - lz + 1023;
  if (power2 <= 0) return FALLBACK;
  if (r1 === 0 && r0 <= 1 && q >= -4 && q <= 23 && (ml & 3) === 1 && (r2 & (1 << shift) - 1) === 0) {
    ml = (ml & ~1) >>> 0;
  }
  if ((ml & 1) === 1) {
    ml += 1;
    if (ml === TWO32) {
      ml = 0;
      mh += 1;
    }
  }
  ml = (ml >>> 1 | (mh & 1) << 31) >>> 0;
  mh >>>= 1;
  if (mh >= 2097152) {
    mh = 1048576;
    ml = 0;
    power2 += 1;
  }
  if (power2 >= 2047) return Infinity;
  return (mh * TWO32 + ml) * POW2[power2];
}

// src/load/table-number.ts
var POW10 = new Float64Array(23);
var TWO322 = 4294967296;
for (let k = 0, p = 1; k <= 22; k++, p *= 10) POW10[k] = p;
var SPACE = 32;
var TAB = 9;
var PLUS = 43;
var MINUS = 45;
var DOT = 46;
var ZERO = 48;
var LOWER_E = 101;
var UPPER_E = 69;
function parseNumberInto(bytes, start, end, out, index, decimalMark = DOT) {
  while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
  while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
  if (start === end) return false;
  const stop = scanDecimal(bytes, start, end, out, index, decimalMark);
  if (stop === end) return true;
  return stop < 0 && parseSpecialWord(bytes, start, end, out, index);
}
function scanDecimal(bytes, start, end, out, index, decimalMark = DOT) {
  let pos = start;
  const first = bytes[pos];
  const negative = first === MINUS;
  if (negative || first === PLUS) pos++;
  let mantissa = 0;
  const integerStart = pos;
  for (; pos < end; pos++) {
    const digit = bytes[pos] - ZERO;
    if (digit >>> 0 > 9) break;
    mantissa = mantissa * 10 + digit;
  }
  let digits = pos - integerStart;
  let exponent = 0;
  if (pos < end && bytes[pos] === decimalMark) {
    const fractionStart = ++pos;
    for (; pos < end; pos++) {
      const digit = bytes[pos] - ZERO;
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
      const digit = bytes[pos] - ZERO;
      if (digit >>> 0 > 9) break;
      if (written < 1e5) written = written * 10 + digit;
    }
    if (pos === expStart) pos = marker;
    else exponent += expNegative ? -written : written;
  }
  if (digits <= 15 && exponent >= -22 && exponent <= 22) {
    const value = exponent >= 0 ? mantissa * POW10[exponent] : mantissa / POW10[-exponent];
    out[index] = negative ? -value : value;
  } else {
    const value = exactDecimal(bytes, integerStart, significandEnd, exponent, decimalMark);
    const signed = value === FALLBACK ? Number(asciiText(bytes, start, pos, decimalMark)) : negative ? -value : value;
    out[index] = Number.isFinite(signed) ? signed : NaN;
  }
  return pos;
}
function exactDecimal(bytes, from, to, exponent, decimalMark) {
  let lead = 0;
  let tail = 0;
  let tailDigits = 0;
  for (let i = from; i < to; i++) {
    if (bytes[i] === decimalMark) continue;
    const digit = bytes[i] - ZERO;
    if (lead < 1e14) lead = lead * 10 + digit;
    else {
      tail = tail * 10 + digit;
      if (++tailDigits > 4) return FALLBACK;
    }
  }
  if (tailDigits === 0 && exponent >= -22 && exponent <= 22) {
    return exponent >= 0 ? lead * POW10[exponent] : lead / POW10[-exponent];
  }
  const scale = POW10[tailDigits];
  const leadHigh = Math.floor(lead / TWO322);
  const low = (lead - leadHigh * TWO322) * scale + tail;
  const lowCarry = Math.floor(low / TWO322);
  const high = leadHigh * scale + lowCarry;
  const lowWord = low - lowCarry * TWO322;
  if (high < 2097152 && exponent >= -22 && exponent <= 22) {
    const significand = high * TWO322 + lowWord;
    return exponent >= 0 ? significand * POW10[exponent] : significand / POW10[-exponent];
  }
  return eiselLemire(high, lowWord, exponent);
}
function parseSpecialWord(bytes, start, end, out, index) {
  if (end - start > 9) return false;
  let word = asciiText(bytes, start, end).toLowerCase();
  if (word.startsWith("-") || word.startsWith("+")) word = word.slice(1);
  if (word !== "nan" && word !== "inf" && word !== "infinity") return false;
  out[index] = NaN;
  return true;
}
function asciiText(bytes, start, end, decimalMark = DOT) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("latin1");
  return decimalMark === DOT ? text : text.replace(String.fromCharCode(decimalMark), ".");
}

// src/load/csv-scan.ts
var QUOTE = 34;
var DOT2 = 46;
var LF = 10;
var CR = 13;
var CHUNK_BYTES = 1 << 20;
var DEFAULT_DIALECT = { delimiter: 44, decimal: DOT2 };
function delimiterName(delimiter) {
  return delimiter === 9 ? "tab" : `'${String.fromCharCode(delimiter)}'`;
}
async function scanCsv(file, shown, onRow, chunkBytes = CHUNK_BYTES, dialect = DEFAULT_DIALECT, options = {}) {
  const { fast, progress } = options;
  let handle;
  try {
    handle = await fs.open(file, "r");
  } catch (error) {
    throw new InputError(`${shown}: cannot read file (${error.code ?? "error"})`);
  }
  try {
    const { size } = await handle.stat();
    const splitter = new RowSplitter(shown, dialect);
    let bytes = Buffer.allocUnsafe(Math.max(chunkBytes, 4));
    let filled = 0;
    let pos = 0;
    let base = 0;
    let eof = false;
    let first = true;
    const row = {
      bytes,
      starts: splitter.starts,
      ends: splitter.ends,
      isNumber: splitter.isNumber,
      numbers: splitter.numbers,
      cellCount: 0,
      line: 0,
      fileOffset: 0,
      fileSize: size
    };
    while (!eof || pos < filled) {
      if (!eof) {
        const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, null);
        if (bytesRead === 0) eof = true;
        filled += bytesRead;
        progress?.(base + filled, size);
        if (first && filled >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) pos = 3;
        if (first && (filled >= 3 || eof)) first = false;
        if (first) continue;
      }
      while (pos < filled) {
        if (fast) {
          const after = fast.read(bytes, pos, filled, base + pos);
          if (after > pos) {
            splitter.skipLines(fast.rows);
            pos = after;
            continue;
          }
        }
        const next = splitter.split(bytes, pos, filled, eof);
        if (next < 0) break;
        if (splitter.cellCount > 0) {
          row.bytes = bytes;
          row.starts = splitter.starts;
          row.ends = splitter.ends;
          row.isNumber = splitter.isNumber;
          row.numbers = splitter.numbers;
          row.cellCount = splitter.cellCount;
          row.line = splitter.rowLine;
          row.fileOffset = base + pos;
          onRow(row);
        }
        pos = next;
      }
      if (eof) break;
      const rest = filled - pos;
      if (pos === 0 && rest === bytes.length) {
        const bigger = Buffer.allocUnsafe(bytes.length * 2);
        bytes.copy(bigger, 0, 0, filled);
        bytes = bigger;
      } else {
        bytes.copyWithin(0, pos, filled);
      }
      base += pos;
      filled = rest;
      pos = 0;
    }
  } finally {
    await handle.close();
  }
}
var RowSplitter = class {
  constructor(shown, dialect) {
    this.shown = shown;
    this.delimiter = dialect.delimiter;
    this.decimal = dialect.decimal;
    this.endsCell[dialect.delimiter] = this.endsCell[LF] = this.endsCell[CR] = 1;
  }
  shown;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  isNumber = new Uint8Array(64);
  numbers = new Float64Array(64);
  /** Per cell: 1 when it was quoted and contains `""` escapes to undo. */
  escaped = new Uint8Array(64);
  cellCount = 0;
  rowLine = 1;
  line = 1;
  /** 1 for the bytes that end an unquoted cell: one table load per byte instead of three compares. */
  endsCell = new Uint8Array(256);
  delimiter;
  decimal;
  /**
   * Split the row starting at `pos`. Returns the position after its line end, or -1 when the row is not
   * complete before `end` and more input may follow. `cellCount` is 0 for a blank line.
   */
  split(bytes, pos, end, eof) {
    let line = this.line;
    let count = 0;
    const rowStart = pos;
    const endsCell = this.endsCell;
    for (; ; ) {
      if (count === this.starts.length) this.growCells();
      let cellStart = pos;
      let cellEnd;
      let escaped = 0;
      let isNumber = 0;
      if (pos < end && bytes[pos] === QUOTE) {
        pos++;
        cellStart = pos;
        const openedOn = line;
        for (; ; ) {
          if (pos >= end) {
            if (!eof) return -1;
            throw new InputError(
              `${this.shown}: line ${openedOn}: a quoted cell opened on this line never closes (missing '"')`
            );
          }
          const c2 = bytes[pos];
          if (c2 === QUOTE) {
            if (pos + 1 >= end && !eof) return -1;
            if (pos + 1 >= end || bytes[pos + 1] !== QUOTE) break;
            escaped = 1;
            pos += 2;
            continue;
          }
          if (c2 === LF || c2 === CR && (pos + 1 >= end || bytes[pos + 1] !== LF)) line++;
          pos++;
        }
        cellEnd = pos;
        pos++;
      } else {
        const stop = pos < end ? scanDecimal(bytes, pos, end, this.numbers, count, this.decimal) : -1;
        if (stop >= 0 && stop < end && endsCell[bytes[stop]] === 1) {
          isNumber = 1;
          pos = stop;
        } else {
          while (pos < end && endsCell[bytes[pos]] === 0) pos++;
        }
        cellEnd = pos;
      }
      this.starts[count] = cellStart;
      this.ends[count] = cellEnd;
      this.escaped[count] = escaped;
      this.isNumber[count] = isNumber;
      count++;
      if (pos >= end) {
        if (!eof) return -1;
        break;
      }
      const c = bytes[pos];
      if (c === this.delimiter) {
        pos++;
        continue;
      }
      if (c === LF) {
        pos++;
        break;
      }
      if (c === CR) {
        if (pos + 1 >= end && !eof) return -1;
        pos += pos + 1 < end && bytes[pos + 1] === LF ? 2 : 1;
        break;
      }
      throw new InputError(
        `${this.shown}: line ${line}: expected ${delimiterName(this.delimiter)} or a line end after the closing quote, found '${String.fromCharCode(c)}' (a quote inside a quoted cell is written "")`
      );
    }
    this.rowLine = this.line;
    this.line = line + 1;
    const blank = count === 1 && this.ends[0] === this.starts[0] && (rowStart >= end || bytes[rowStart] !== QUOTE);
    this.cellCount = blank ? 0 : count;
    for (let i = 0; i < count; i++) if (this.escaped[i]) this.unescape(bytes, i);
    return pos;
  }
  /** Rows read by FastRows: one line each. */
  skipLines(rows) {
    this.line += rows;
  }
  unescape(bytes, cell) {
    let write = this.starts[cell];
    const end = this.ends[cell];
    for (let read = write; read < end; read++) {
      bytes[write++] = bytes[read];
      if (bytes[read] === QUOTE) read++;
    }
    this.ends[cell] = write;
  }
  growCells() {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const escaped = new Uint8Array(size);
    const isNumber = new Uint8Array(size);
    const numbers = new Float64Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    escaped.set(this.escaped);
    isNumber.set(this.isNumber);
    numbers.set(this.numbers);
    this.starts = starts;
    this.ends = ends;
    this.escaped = escaped;
    this.isNumber = isNumber;
    this.numbers = numbers;
  }
};

// src/load/csv-dialect.ts
var SAMPLE_BYTES = 64 * 1024;
var SAMPLE_LINES = 50;
var DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
var DECIMAL_POINT = /^[+-]?\d*\.\d+$/;
async function chooseDialect(file, shown, format, isTsv) {
  const sample = await readSample(file);
  const lines = {};
  for (const d of DELIMITERS) lines[d] = splitLines(sample.text, d, sample.complete);
  const delimiter = format.delimiter ?? (isTsv ? "	" : detectDelimiter(lines));
  checkHeaderSplits(delimiter, lines, shown, format.delimiter !== void 0 || isTsv);
  const decimal = format.decimal ?? detectDecimal(delimiter, lines[delimiter]);
  if (delimiter === "," && decimal === ",") {
    throw new InputError(
      `${shown}: delimiter ',' and decimal ',' cannot be used together (European exports separate cells with ';'); set drift.delimiter`
    );
  }
  return { delimiter: delimiter.charCodeAt(0), decimal: decimal.charCodeAt(0) };
}
async function readSample(file) {
  let handle;
  try {
    handle = await fs2.open(file, "r");
  } catch {
    return { text: "", complete: true };
  }
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    const text = buffer.subarray(0, bytesRead).toString("utf8").replace(/^\uFEFF/, "");
    return { text, complete: bytesRead < SAMPLE_BYTES };
  } finally {
    await handle.close();
  }
}
function splitLines(text, d, complete) {
  const rows = [];
  let cells = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== "") rows.push(cells);
    cells = [];
    cell = "";
  };
  while (i < text.length && rows.length < SAMPLE_LINES) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === "") quoted = true;
    else if (c === d) {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else cell += c;
    i++;
  }
  if (complete && rows.length < SAMPLE_LINES && (cell !== "" || cells.length > 0)) endRow();
  return rows;
}
function evenSplit(rows) {
  const width = rows[0]?.length ?? 0;
  return width > 1 && rows.every((row) => row.length === width) ? width : 0;
}
function detectDelimiter(lines) {
  let best;
  let bestWidth = 0;
  for (const d of DELIMITERS) {
    const width = evenSplit(lines[d]);
    if (width > bestWidth) [best, bestWidth] = [d, width];
  }
  if (best) return best;
  for (const d of DELIMITERS) {
    const width = lines[d][0]?.length ?? 0;
    if (width > bestWidth) [best, bestWidth] = [d, width];
  }
  return best ?? ",";
}
function checkHeaderSplits(delimiter, lines, shown, explicit) {
  if (!explicit || (lines[delimiter][0]?.length ?? 0) !== 1) return;
  for (const d of DELIMITERS) {
    const width = evenSplit(lines[d]);
    if (d === delimiter || width === 0) continue;
    throw new InputError(
      `${shown}: with delimiter ${delimiterName(delimiter.charCodeAt(0))} the header is one column ('${clip(lines[delimiter][0][0])}'), but it and the lines after it split evenly into ${width} columns with ${delimiterName(d.charCodeAt(0))}: set drift.delimiter to ${settingText(d)} or leave it unset to detect it`
    );
  }
}
function detectDecimal(delimiter, rows) {
  if (delimiter === ",") return ".";
  let commas = 0;
  for (const row of rows.slice(1)) {
    for (const cell of row) {
      const text = cell.trim();
      if (DECIMAL_POINT.test(text)) return ".";
      if (DECIMAL_COMMA.test(text)) commas++;
    }
  }
  return commas > 0 ? "," : ".";
}
function looksLike(row, used, headerWidth) {
  let best = "";
  let bestCells = 1;
  let matches = false;
  for (const d of DELIMITERS) {
    const byte = d.charCodeAt(0);
    if (byte === used) continue;
    let cells = 1;
    for (let c = 0; c < row.cellCount; c++) {
      for (let i = row.starts[c]; i < row.ends[c]; i++) if (row.bytes[i] === byte) cells++;
    }
    const fits = cells === headerWidth;
    if (fits && !matches || !matches && cells > bestCells) {
      [best, bestCells, matches] = [d, cells, fits];
    }
  }
  if (best === "") return "";
  return `; the line looks ${delimiterName(best.charCodeAt(0))}-separated (${bestCells} cells)`;
}
function settingText(d) {
  return d === "	" ? "tab" : `'${d}'`;
}
function clip(text) {
  return text.length > 60 ? `${text.slice(0, 57)}\u2026` : text;
}

// src/load/csv-fast.ts
var QUOTE2 = 34;
var MINUS2 = 45;
var ZERO2 = 48;
var POW102 = Float64Array.from({ length: 23 }, (_, k) => 10 ** k);
var LF2 = 10;
var CR2 = 13;
var SKIP = 0;
var NUMBER = 1;
var TEXT = 2;
var FastRowReader = class {
  constructor(table, dialect, fileSize) {
    this.table = table;
    this.fileSize = fileSize;
    this.delimiter = dialect.delimiter;
    this.decimal = dialect.decimal;
    this.endsCell[dialect.delimiter] = this.endsCell[LF2] = this.endsCell[CR2] = 1;
  }
  table;
  fileSize;
  rows = 0;
  /** Off until table-csv has sized the columns from the first rows. */
  enabled = false;
  endsCell = new Uint8Array(256);
  delimiter;
  decimal;
  modes = new Uint8Array(0);
  values = [];
  codes = [];
  dictionaries = [];
  read(bytes, pos, end, offset) {
    this.rows = 0;
    if (!this.enabled) return pos;
    const room = this.prepare(offset);
    const { modes, values, codes, dictionaries, endsCell, delimiter, decimal } = this;
    const n = modes.length;
    const first = this.table.rowCount;
    let row = first;
    const last = first + room;
    let p = pos;
    rows: while (row < last && p < end) {
      const rowStart = p;
      if (bytes[p] === LF2 || bytes[p] === CR2) break;
      for (let c = 0; c < n; c++) {
        const mode = modes[c];
        let q;
        if (mode === NUMBER) {
          const b = bytes[p];
          if (b === delimiter || b === LF2 || b === CR2) {
            values[c][row] = NaN;
            q = p;
          } else {
            q = p;
            const negative = b === MINUS2;
            if (negative) q++;
            let mantissa = 0;
            const digitsStart = q;
            for (; q < end; q++) {
              const digit = bytes[q] - ZERO2;
              if (digit >>> 0 > 9) break;
              mantissa = mantissa * 10 + digit;
            }
            let digits = q - digitsStart;
            let scale = 0;
            if (q < end && bytes[q] === decimal) {
              const fractionStart = ++q;
              for (; q < end; q++) {
                const digit = bytes[q] - ZERO2;
                if (digit >>> 0 > 9) break;
                mantissa = mantissa * 10 + digit;
              }
              scale = q - fractionStart;
              digits += scale;
            }
            if (digits > 0 && digits <= 15 && scale <= 22 && q < end && endsCell[bytes[q]] === 1) {
              const value = mantissa / POW102[scale];
              values[c][row] = negative ? -value : value;
            } else {
              q = scanDecimal(bytes, p, end, values[c], row, decimal);
              if (q < 0 || q >= end || values[c][row] !== values[c][row]) {
                p = rowStart;
                break rows;
              }
            }
          }
        } else {
          if (bytes[p] === QUOTE2) {
            p = rowStart;
            break rows;
          }
          q = p;
          while (q < end && endsCell[bytes[q]] === 0) q++;
          if (q >= end) {
            p = rowStart;
            break rows;
          }
          if (mode === TEXT) codes[c][row] = q === p ? -1 : dictionaries[c].codeOf(bytes, p, q);
        }
        const t = bytes[q];
        if (c < n - 1) {
          if (t !== delimiter) {
            p = rowStart;
            break rows;
          }
          p = q + 1;
        } else if (t === LF2) p = q + 1;
        else if (t === CR2 && q + 1 < end && bytes[q + 1] === LF2) p = q + 2;
        else {
          p = rowStart;
          break rows;
        }
      }
      row++;
    }
    this.commit(row);
    this.rows = row - first;
    return p;
  }
  /** Cache each column's lane and array; make sure every column has room. Returns the rows there is room for. */
  prepare(offset) {
    const states = this.table.states;
    const rowCount = this.table.rowCount;
    if (this.modes.length !== states.length) {
      this.modes = new Uint8Array(states.length);
      this.values = new Array(states.length);
      this.codes = new Array(states.length);
      this.dictionaries = new Array(states.length);
    }
    let room = Infinity;
    for (const state of states) {
      const capacity = state.numbers?.values.length ?? state.codes?.codes.length ?? Infinity;
      room = Math.min(room, capacity - rowCount);
    }
    if (room < 1) {
      const perRow = offset / Math.max(1, rowCount);
      const more = Math.ceil((this.fileSize - offset) / perRow * 1.02) + 1024;
      for (const state of states) {
        state.numbers?.reserve(more);
        state.codes?.reserve(more);
      }
      room = more;
    }
    states.forEach((state, c) => {
      this.modes[c] = state.mode === "number" ? NUMBER : state.mode === "text" ? TEXT : SKIP;
      if (state.numbers) this.values[c] = state.numbers.values;
      if (state.codes) this.codes[c] = state.codes.codes;
      if (state.dictionary) this.dictionaries[c] = state.dictionary;
    });
    return room;
  }
  commit(rowCount) {
    for (const state of this.table.states) {
      if (state.numbers) state.numbers.length = rowCount;
      if (state.codes) state.codes.length = rowCount;
    }
    this.table.rowCount = rowCount;
  }
};

// src/load/missing-markers.ts
var ByteMarkers = class {
  markers;
  lengths = /* @__PURE__ */ new Set();
  constructor(values) {
    this.markers = values.filter((v) => v !== "").map((v) => Buffer.from(v, "utf8"));
    for (const m of this.markers) this.lengths.add(m.length);
  }
  has(bytes, start, end) {
    const length = end - start;
    if (!this.lengths.has(length)) return false;
    outer: for (const marker of this.markers) {
      if (marker.length !== length) continue;
      for (let i = 0; i < length; i++) if (marker[i] !== bytes[start + i]) continue outer;
      return true;
    }
    return false;
  }
};
function missingLabels(column, naValues) {
  const missing = new Set(naValues);
  const remap = new Int32Array(column.dictionary.length);
  const dictionary = [];
  const index = /* @__PURE__ */ new Map();
  let changed = false;
  column.dictionary.forEach((label, code) => {
    if (missing.has(label)) {
      remap[code] = -1;
      changed = true;
      return;
    }
    const canonical = TRUE_SPELLINGS.includes(label) ? "true" : FALSE_SPELLINGS.includes(label) ? "false" : label;
    if (canonical !== label) changed = true;
    let target = index.get(canonical);
    if (target === void 0) {
      target = dictionary.length;
      index.set(canonical, target);
      dictionary.push(canonical);
    } else changed = true;
    remap[code] = target;
  });
  if (!changed) return column;
  const codes = column.codes;
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) codes[i] = remap[codes[i]];
  return { ...column, dictionary };
}

// src/load/table-csv.ts
var ESTIMATE_AFTER_ROWS = 1e3;
async function readCsvTable(file, shown, options = {}, isTsv = false, fastAfterRows = ESTIMATE_AFTER_ROWS) {
  try {
    return await readCsvColumns(file, shown, options, isTsv, fastAfterRows);
  } catch (error) {
    if (error instanceof NotUtf8Error) throw await locateInvalidUtf8(file, shown);
    throw error;
  }
}
async function readCsvColumns(file, shown, options, isTsv, fastAfterRows) {
  let header = null;
  const table = { states: [], rowCount: 0 };
  let dataStart = 0;
  const dialect = await chooseDialect(file, shown, options.format ?? {}, isTsv);
  const naValues = options.format?.naValues ?? PANDAS_NA_VALUES;
  const context = { dialect, markers: new ByteMarkers(naValues) };
  let fast = null;
  const progress = new ReadProgress(shown, options.log);
  const onRow = (row) => {
    if (header === null) {
      header = headerNames(row, shown);
      table.states = header.map((name) => newState(name, options));
      dataStart = row.fileOffset;
      fast = new FastRowReader(table, dialect, row.fileSize);
      return;
    }
    checkCellCount(row, header, shown, dialect);
    const rowCount2 = table.rowCount;
    if (rowCount2 === ESTIMATE_AFTER_ROWS)
      reserveFromEstimate(table.states, rowCount2, row.fileOffset - dataStart, row.fileSize);
    if (rowCount2 >= fastAfterRows) fast.enabled = true;
    const states = table.states;
    for (let c = 0; c < states.length; c++) {
      const state = states[c];
      if (state.mode === "number") addNumberCell(state, row, c, rowCount2, context);
      else if (state.mode === "text") addTextCell(state, row, c, rowCount2);
    }
    table.rowCount++;
  };
  await scanCsv(file, shown, onRow, void 0, dialect, {
    fast: {
      // The header row creates the reader; until then (and for the first rows) every row takes the slow lane.
      read: (bytes, pos, end, offset) => fast ? fast.read(bytes, pos, end, offset) : pos,
      get rows() {
        return fast ? fast.rows : 0;
      }
    },
    progress: (bytes, size) => progress.update(table.rowCount, bytes, size)
  });
  const rowCount = table.rowCount;
  if (header === null)
    throw new InputError(`${shown}: the file is empty (expected a header line and data rows)`);
  if (rowCount === 0) throw new InputError(`${shown}: no data rows, only the header line`);
  const deferred = table.states.filter((state) => state.mode === "deferred");
  if (deferred.length > 0) await readDeferredColumns(file, shown, table.states, dialect, options.log);
  const columns = /* @__PURE__ */ new Map();
  for (const state of table.states) {
    if (state.mode === "skip") continue;
    columns.set(state.name, finishColumn(state, naValues));
  }
  progress.finish(rowCount);
  return { source: shown, rowCount, columns, header: [...header] };
}
function newState(name, options) {
  const mode = !isWanted(options, name) ? "skip" : options.categorical?.has(name) ? "text" : "number";
  return {
    name,
    mode,
    numbers: mode === "number" ? new NumberColumnBuilder() : null,
    codes: mode === "text" ? new CodeColumnBuilder() : null,
    dictionary: mode === "text" ? new ByteDictionary() : null,
    nanText: false
  };
}
function addNumberCell(state, row, c, rowIndex, context) {
  const numbers = state.numbers;
  const values = numbers.length === numbers.values.length ? numbers.reserve(1) : numbers.values;
  numbers.length = rowIndex + 1;
  const start = row.starts[c];
  const end = row.ends[c];
  if (row.isNumber[c] === 1) {
    values[rowIndex] = row.numbers[c];
  } else if (start === end || !parseNumberInto(row.bytes, start, end, values, rowIndex, context.dialect.decimal)) {
    if (!isBlank(row.bytes, start, end) && !context.markers.has(row.bytes, start, end)) {
      if (!state.nanText && allMissing(values, rowIndex)) {
        state.mode = "text";
        state.numbers = null;
        state.codes = new CodeColumnBuilder(values.length);
        state.codes.padTo(rowIndex);
        state.dictionary = new ByteDictionary();
        addTextCell(state, row, c, rowIndex);
        return;
      }
      state.mode = "deferred";
      state.numbers = null;
      return;
    }
    values[rowIndex] = NaN;
  }
  if (start !== end && Number.isNaN(values[rowIndex])) state.nanText = true;
}
function allMissing(values, rows) {
  for (let i = 0; i < rows; i++) if (!Number.isNaN(values[i])) return false;
  return true;
}
function addTextCell(state, row, c, rowIndex) {
  const start = row.starts[c];
  const end = row.ends[c];
  const codes = state.codes;
  if (codes.length === codes.codes.length) codes.reserve(1);
  codes.codes[rowIndex] = start === end ? -1 : state.dictionary.codeOf(row.bytes, start, end);
  codes.length = rowIndex + 1;
}
function isBlank(bytes, start, end) {
  for (let i = start; i < end; i++) if (bytes[i] !== 32 && bytes[i] !== 9) return false;
  return true;
}
async function readDeferredColumns(file, shown, states, dialect, log) {
  const progress = new ReadProgress(`${shown} (text columns, second pass)`, log);
  const wanted = [];
  states.forEach((state, c) => {
    if (state.mode !== "deferred") return;
    state.mode = "text";
    state.codes = new CodeColumnBuilder();
    state.dictionary = new ByteDictionary();
    wanted.push(c);
  });
  let headerSeen = false;
  let rowIndex = 0;
  const onRow = (row) => {
    if (!headerSeen) {
      headerSeen = true;
      return;
    }
    for (const c of wanted) addTextCell(states[c], row, c, rowIndex);
    rowIndex++;
  };
  await scanCsv(file, shown, onRow, void 0, dialect, {
    progress: (bytes, size) => progress.update(rowIndex, bytes, size)
  });
  progress.finish(rowIndex);
}
function finishColumn(state, naValues) {
  if (state.mode === "number") return state.numbers.finish(state.name);
  const codes = state.codes;
  const column = codes.finish(state.name, []);
  column.dictionary = mergeDuplicateLabels(state.dictionary.labels(), column.codes);
  return missingLabels(column, naValues);
}
function headerNames(row, shown) {
  const names = [];
  const seen = /* @__PURE__ */ new Map();
  for (let c = 0; c < row.cellCount; c++) {
    let name = decodeCell(row.bytes.subarray(row.starts[c], row.ends[c]));
    if (name.trim() === "") name = `Unnamed: ${c}`;
    const earlier = seen.get(name);
    if (earlier !== void 0) {
      throw new InputError(
        `${shown}: line ${row.line}: column ${c + 1} repeats the header name '${name}' of column ${earlier + 1} (header names must be unique)`
      );
    }
    seen.set(name, c);
    names.push(name);
  }
  return names;
}
function checkCellCount(row, header, shown, dialect) {
  if (row.cellCount === header.length) return;
  const used = delimiterName(dialect.delimiter);
  throw new InputError(
    `${shown}: line ${row.line}: found ${row.cellCount} cell${row.cellCount === 1 ? "" : "s"} with delimiter ${used}, expected ${header.length} as in the header${looksLike(row, dialect.delimiter, header.length)} (check for a missing or extra ${used} or an unquoted ${used} in a value, or set drift.delimiter / drift.decimal)`
  );
}
function reserveFromEstimate(states, rows, bytes, fileSize) {
  if (bytes <= 0) return;
  const estimate = Math.ceil(fileSize / bytes * rows * 1.02) + 16;
  for (const state of states) {
    if (state.numbers && estimate > state.numbers.values.length) state.numbers.reserve(estimate - rows);
  }
}

// src/load/table-jsonl.ts
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
async function readJsonl(file, shown, options = {}) {
  const states = /* @__PURE__ */ new Map();
  let rowCount = 0;
  let lineNumber = 0;
  const stream = createReadStream(file, { encoding: "utf8" });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let bytesChecked = false;
  try {
    for await (let line of lines) {
      lineNumber++;
      if (lineNumber === 1 && line.charCodeAt(0) === 65279) line = line.slice(1);
      if (!bytesChecked && line.includes("\uFFFD")) {
        bytesChecked = true;
        const invalid = await findInvalidUtf8(file, shown);
        if (invalid) throw invalid;
      }
      if (line.trim() === "") continue;
      const record = parseLine(line, shown, lineNumber);
      for (const key in record) {
        if (options.columns && !options.columns.has(key)) continue;
        let state = states.get(key);
        if (!state) states.set(key, state = newState2(key, options));
        addValue(state, record[key], rowCount, shown, lineNumber);
      }
      rowCount++;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = error.code;
    throw new InputError(`${shown}: cannot read file (${code ?? messageOf(error)})`);
  } finally {
    lines.close();
    stream.destroy();
  }
  if (rowCount === 0) throw new InputError(`${shown}: no rows (expected one JSON object per line)`);
  const columns = /* @__PURE__ */ new Map();
  for (const state of states.values()) {
    if (state.numbers) {
      state.numbers.padTo(rowCount);
      columns.set(state.name, state.numbers.finish(state.name));
    } else {
      state.codes.padTo(rowCount);
      columns.set(state.name, state.codes.finish(state.name, state.dictionary.labels));
    }
  }
  return { source: shown, rowCount, columns };
}
function parseLine(line, shown, lineNumber) {
  let value;
  try {
    value = JSON.parse(line);
  } catch (error) {
    try {
      value = JSON.parse(nonFiniteToNull(line));
    } catch {
      throw new InputError(`${shown}: line ${lineNumber}: not valid JSON (${messageOf(error)})`);
    }
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const found = Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`;
    throw new InputError(
      `${shown}: line ${lineNumber}: expected a JSON object like {"age": 31}, found ${found}`
    );
  }
  return value;
}
function nonFiniteToNull(line) {
  let out = "";
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (inString) {
      out += ch;
      if (ch === "\\") out += line[++i] ?? "";
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    const word = /^(?:-?Infinity|NaN)/.exec(line.slice(i, i + 9));
    if (word) {
      out += "null";
      i += word[0].length - 1;
    } else {
      out += ch;
    }
  }
  return out;
}
function newState2(name, options) {
  const text = options.categorical?.has(name) ?? false;
  return {
    name,
    numbers: text ? null : new NumberColumnBuilder(),
    codes: text ? new CodeColumnBuilder() : null,
    dictionary: text ? new LabelDictionary() : null
  };
}
function addValue(state, value, row, shown, lineNumber) {
  if (value !== null && typeof value === "object") {
    throw new InputError(
      `${shown}: line ${lineNumber}: key '${state.name}' holds ${Array.isArray(value) ? "an array" : "an object"}; expected a number, string, boolean or null (flatten nested values into their own keys)`
    );
  }
  if (state.numbers) {
    if (value === null || typeof value === "number") {
      state.numbers.padTo(row);
      state.numbers.push(typeof value === "number" && Number.isFinite(value) ? value : NaN);
      return;
    }
    switchToCategorical(state);
  }
  const codes = state.codes;
  codes.padTo(row);
  codes.push(value === null ? -1 : state.dictionary.codeOf(String(value)));
}
function switchToCategorical(state) {
  const numbers = state.numbers;
  const codes = new CodeColumnBuilder(Math.max(numbers.length, 16));
  const dictionary = new LabelDictionary();
  for (let i = 0; i < numbers.length; i++) {
    const value = numbers.values[i];
    codes.push(Number.isNaN(value) ? -1 : dictionary.codeOf(String(value)));
  }
  state.numbers = null;
  state.codes = codes;
  state.dictionary = dictionary;
}

// src/load/table.ts
var TABLE_EXTENSIONS = ".csv, .tsv, .jsonl, .ndjson, .parquet";
async function readTable(file, shown, options = {}) {
  const extension = path.extname(file).toLowerCase();
  switch (extension) {
    case ".csv":
    case ".tsv":
      return readCsvTable(file, shown, options, extension === ".tsv");
    case ".jsonl":
    case ".ndjson":
      return readJsonl(file, shown, options);
    case ".parquet":
      return (await import("./table-parquet-2AKJIVS2.js")).readParquet(file, shown, options);
    default:
      throw new InputError(
        `${shown}: unsupported file type '${extension || "(none)"}' (expected ${TABLE_EXTENSIONS}, or .json for a profile)`
      );
  }
}
async function sideFiles(patterns, what, cwd) {
  const files = await resolveFiles(patterns, what, cwd);
  if (files.length === 0) throw new InputError(`${what}: no file given`);
  const profiles = files.filter(isProfile);
  if (profiles.length > 0 && profiles.length < files.length) {
    const table = files.find((file) => !isProfile(file));
    throw new InputError(
      `${what}: mixes a profile (${displayPath(profiles[0], cwd)}) with a data file (${displayPath(table, cwd)}); one side must be all profiles (.json) or all tables (${TABLE_EXTENSIONS})`
    );
  }
  return { files, profiles: profiles.length > 0 };
}
var isProfile = (file) => path.extname(file).toLowerCase() === ".json";
var isParquet = (file) => path.extname(file).toLowerCase() === ".parquet";
async function loadDriftData(patterns, what, cwd, options = {}) {
  const { files, profiles } = await sideFiles(patterns, what, cwd);
  if (profiles) {
    const entries = files.map((file) => ({ file, shown: displayPath(file, cwd) }));
    return { type: "profile", profile: await loadProfiles(entries, what) };
  }
  return { type: "table", table: await readTables(files, cwd, options) };
}
async function openDriftSource(patterns, what, cwd, options = {}) {
  const { files, profiles } = await sideFiles(patterns, what, cwd);
  if (profiles) {
    const entries = files.map((file) => ({ file, shown: displayPath(file, cwd) }));
    return { type: "profile", profile: await loadProfiles(entries, what) };
  }
  if (files.every(isParquet)) return { type: "columns", columns: await parquetSource(files, cwd, options) };
  return { type: "columns", columns: tableSource(await readTables(files, cwd, options)) };
}
function tableSource(table) {
  const columns = new Map(table.columns);
  return {
    source: table.source,
    rowCount: table.rowCount,
    names: table.header ?? [...columns.keys()],
    take: (name) => {
      const column = columns.get(name);
      if (!column) throw new Error(`${table.source}: column '${name}' was not read or taken already`);
      columns.delete(name);
      return Promise.resolve(column);
    }
  };
}
async function parquetSource(files, cwd, options) {
  const { openParquet } = await import("./table-parquet-2AKJIVS2.js");
  const opened = [];
  for (const file of files) opened.push(await openParquet(file, displayPath(file, cwd), options));
  const first = opened[0];
  for (const other of opened.slice(1)) {
    checkSameColumns(
      { source: first.source, names: first.header },
      { source: other.source, names: other.header }
    );
  }
  return {
    source: opened.map((file) => file.source).join(", "),
    rowCount: opened.reduce((sum2, file) => sum2 + file.rowCount, 0),
    names: first.header,
    take: async (name) => {
      let parts = [];
      for (const file of opened) parts.push(await file.read(name));
      if (parts.length === 1) return parts[0];
      if (parts.some((part) => part.kind === "categorical") && parts.some((part) => part.kind === "numerical")) {
        parts = [];
        for (const file of opened) parts.push(await file.read(name, true));
      }
      const rows = opened.reduce((sum2, file) => sum2 + file.rowCount, 0);
      return parts[0].kind === "numerical" ? concatNumbers(name, parts, rows) : concatCategories(name, parts, rows);
    }
  };
}
async function readTables(files, cwd, options) {
  const tables = [];
  for (const file of files) tables.push(await readTable(file, displayPath(file, cwd), options));
  if (tables.length === 1) return tables[0];
  const first = tables[0];
  const names = (table) => ({
    source: table.source,
    names: table.header ?? [...table.columns.keys()]
  });
  for (const table of tables.slice(1)) checkSameColumns(names(first), names(table));
  const categorical = new Set(options.categorical ?? []);
  for (const table of tables) {
    for (const column of table.columns.values())
      if (column.kind === "categorical") categorical.add(column.name);
  }
  for (const [i, table] of tables.entries()) {
    const mixed = [...table.columns.values()].some((c) => c.kind === "numerical" && categorical.has(c.name));
    if (mixed) tables[i] = await readTable(files[i], table.source, { ...options, categorical });
  }
  return concatenate(tables);
}
function checkSameColumns(first, other) {
  const firstNames = new Set(first.names);
  const otherNames = new Set(other.names);
  const missing = first.names.filter((name) => !otherNames.has(name));
  const extra = other.names.filter((name) => !firstNames.has(name));
  if (missing.length === 0 && extra.length === 0) return;
  const parts = [];
  if (missing.length > 0) parts.push(`lacks ${quoteList(missing)}`);
  if (extra.length > 0) parts.push(`has extra ${quoteList(extra)}`);
  throw new InputError(
    `${other.source}: ${parts.join(" and ")} compared with ${first.source} (files of one side are concatenated and need the same columns)`
  );
}
function quoteList(names) {
  const shown = names.slice(0, 5).map((name) => `'${name}'`);
  return `column${names.length === 1 ? "" : "s"} ${shown.join(", ")}${names.length > 5 ? ` and ${names.length - 5} more` : ""}`;
}
function concatenate(tables) {
  const rowCount = tables.reduce((sum2, table) => sum2 + table.rowCount, 0);
  const columns = /* @__PURE__ */ new Map();
  for (const [name, column] of tables[0].columns) {
    const parts = tables.map((table) => table.columns.get(name));
    columns.set(
      name,
      column.kind === "numerical" ? concatNumbers(name, parts, rowCount) : concatCategories(name, parts, rowCount)
    );
  }
  const header = tables[0].header;
  return {
    source: tables.map((table) => table.source).join(", "),
    rowCount,
    columns,
    ...header ? { header } : {}
  };
}
function concatNumbers(name, parts, rowCount) {
  const values = new Float64Array(rowCount);
  let at = 0;
  for (const part of parts) {
    values.set(part.values, at);
    at += part.values.length;
  }
  return { kind: "numerical", name, values };
}
function concatCategories(name, parts, rowCount) {
  const codes = new Int32Array(rowCount);
  const index = /* @__PURE__ */ new Map();
  const dictionary = [];
  let at = 0;
  for (const part of parts) {
    const remap = part.dictionary.map((label) => {
      let code = index.get(label);
      if (code === void 0) {
        index.set(label, code = dictionary.length);
        dictionary.push(label);
      }
      return code;
    });
    for (let i = 0; i < part.codes.length; i++) {
      const code = part.codes[i];
      codes[at++] = code < 0 ? -1 : remap[code];
    }
  }
  return { kind: "categorical", name, codes, dictionary };
}

export {
  readProfile,
  readTable,
  loadDriftData,
  openDriftSource
};
