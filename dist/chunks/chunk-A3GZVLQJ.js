import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  standardDeviation
} from "./chunk-XIZ7O7JT.js";
import {
  InputError
} from "./chunk-FI7I53I2.js";

// src/drift/columns.ts
function asCategorical(col) {
  if (col.kind === "categorical") return col;
  const codes = new Int32Array(col.values.length);
  const dictionary = [];
  const codeOf = /* @__PURE__ */ new Map();
  for (let i = 0; i < col.values.length; i++) {
    const x = col.values[i];
    if (Number.isNaN(x)) {
      codes[i] = -1;
      continue;
    }
    let code = codeOf.get(x);
    if (code === void 0) {
      code = dictionary.length;
      codeOf.set(x, code);
      dictionary.push(String(x));
    }
    codes[i] = code;
  }
  return { kind: "categorical", name: col.name, codes, dictionary };
}
function numbersByValue(col) {
  let numeric = 0;
  const spelt = col.dictionary.map((label) => {
    const x = label.trim() === "" ? NaN : Number(label);
    if (!Number.isFinite(x)) return label;
    numeric++;
    return String(x);
  });
  if (numeric === 0) return null;
  const index = /* @__PURE__ */ new Map();
  const dictionary = [];
  const remap = spelt.map((label) => {
    let code = index.get(label);
    if (code === void 0) {
      index.set(label, code = dictionary.length);
      dictionary.push(label);
    }
    return code;
  });
  const codes = Int32Array.from(col.codes, (code) => code < 0 ? -1 : remap[code]);
  return { kind: "categorical", name: col.name, codes, dictionary };
}
function asNumerical(col, source) {
  if (col.kind === "numerical") return col;
  const parsed = col.dictionary.map((label) => {
    if (label.trim() === "") return NaN;
    const x = Number(label);
    if (Number.isNaN(x)) {
      throw new InputError(
        `${source}: column '${col.name}' is configured as numerical but holds the value '${label}' (expected numbers; remove the 'type: numerical' override or clean the column)`
      );
    }
    return Number.isFinite(x) ? x : NaN;
  });
  const values = new Float64Array(col.codes.length);
  for (let i = 0; i < col.codes.length; i++) {
    const code = col.codes[i];
    values[i] = code < 0 ? NaN : parsed[code];
  }
  return { kind: "numerical", name: col.name, values };
}
function finiteSorted(values) {
  const { finite, dropped, copied } = finiteValues(values, false);
  const sorted = copied ? finite : finite.slice();
  sortFinite(sorted);
  return { sorted, dropped };
}
function finiteValues(values, owned) {
  let finite = 0;
  for (let i = 0; i < values.length; i++) if (values[i] - values[i] === 0) finite++;
  if (finite === values.length) return { finite: values, dropped: 0, copied: false };
  const into = owned ? values : new Float64Array(finite);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x - x === 0) into[k++] = x;
  }
  return {
    finite: owned ? values.subarray(0, finite) : into,
    dropped: values.length - finite,
    copied: !owned
  };
}
function distinctUpTo(a, b, limit) {
  const seen = new Float64Array(limit + 1);
  let count = 0;
  for (const sample of [a, b]) {
    let last = NaN;
    for (let i = 0; i < sample.length; i++) {
      const x = sample[i];
      if (x === last) continue;
      last = x;
      let k = 0;
      while (k < count && seen[k] !== x) k++;
      if (k < count) continue;
      seen[count++] = x;
      if (count > limit) return count;
    }
  }
  return count;
}
function categoryCounts(col) {
  const counts = new Float64Array(col.dictionary.length);
  let dropped = 0;
  for (let i = 0; i < col.codes.length; i++) {
    const code = col.codes[i];
    if (code < 0 || code >= counts.length) dropped++;
    else counts[code]++;
  }
  return { counts, dropped };
}
function distinctSorted(sorted, limit = Infinity) {
  let count = 0;
  for (let i = 0; i < sorted.length && count <= limit; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) count++;
  return count;
}
function distinctUnion(a, b, limit = Infinity) {
  let i = 0;
  let j = 0;
  let count = 0;
  while ((i < a.length || j < b.length) && count <= limit) {
    const x = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
    while (i < a.length && a[i] === x) i++;
    while (j < b.length && b[j] === x) j++;
    count++;
  }
  return count;
}
var LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 63;
var FEW_MIN = 4096;
var RADIX_MIN = 65536;
var COUNTS = new Uint32Array(4 * 65536);
var scratch = new Float64Array(0);
function sortFinite(a) {
  const n = a.length;
  if (n >= FEW_MIN && sortFewValues(a)) return;
  if (n < RADIX_MIN || !LITTLE_ENDIAN) {
    a.sort();
    return;
  }
  const bits = new Uint32Array(a.buffer, a.byteOffset, 2 * n);
  const counts = COUNTS.fill(0);
  if (scratch.length < n) scratch = new Float64Array(n);
  for (let j = 0; j < 2 * n; j += 2) {
    const lo2 = bits[j];
    const hi2 = bits[j + 1];
    counts[lo2 & 65535]++;
    counts[65536 + (lo2 >>> 16)]++;
    counts[131072 + (hi2 & 65535)]++;
    counts[196608 + (hi2 >>> 16)]++;
  }
  let src = a;
  let srcBits = bits;
  let dst = scratch.subarray(0, n);
  let dstBits = new Uint32Array(dst.buffer, 0, 2 * n);
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 65536;
    let sum = 0;
    let allInOneBucket = false;
    for (let d = 0; d < 65536; d++) {
      const c = counts[base + d];
      if (c === n) {
        allInOneBucket = true;
        break;
      }
      counts[base + d] = sum;
      sum += c;
    }
    if (allInOneBucket) continue;
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    for (let i = 0; i < n; i++) {
      const d = srcBits[2 * i + word] >>> shift & 65535;
      dst[counts[base + d]++] = src[i];
    }
    [src, dst] = [dst, src];
    [srcBits, dstBits] = [dstBits, srcBits];
  }
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (srcBits[2 * mid + 1] >= 2147483648) hi = mid;
    else lo = mid + 1;
  }
  const negatives = n - lo;
  if (src === a) {
    if (negatives === 0) return;
    dst.set(a);
    src = dst;
  }
  for (let k = 0; k < negatives; k++) a[k] = src[n - 1 - k];
  a.set(src.subarray(0, lo), negatives);
}
var FEW_VALUES = 16;
var PREFIX = 4096;
function countFewValues(a) {
  const values = new Float64Array(FEW_VALUES);
  const counts = new Float64Array(FEW_VALUES);
  let i = Math.min(a.length, PREFIX);
  let distinct = tally(a, 0, i, values, counts, 0);
  if (distinct < 0) return null;
  if (distinct <= 2 && i < a.length) {
    const v0 = values[0];
    const v1 = distinct === 2 ? values[1] : NaN;
    let c0 = 0;
    let c1 = 0;
    for (let j = i; j < a.length; j++) {
      const x = a[j];
      c0 += +(x === v0);
      c1 += +(x === v1);
    }
    if (c0 + c1 === a.length - i) {
      counts[0] += c0;
      counts[1] += c1;
      i = a.length;
    }
  }
  if (i < a.length) distinct = tally(a, i, a.length, values, counts, distinct);
  if (distinct < 0) return null;
  const order = Array.from({ length: distinct }, (_, k) => k).sort((p, q) => values[p] - values[q]);
  return {
    values: Float64Array.from(order, (k) => values[k]),
    counts: Float64Array.from(order, (k) => counts[k])
  };
}
function tally(a, from, to, values, counts, distinct) {
  for (let i = from; i < to; i++) {
    const x = a[i];
    let k = 0;
    while (k < distinct && values[k] !== x) k++;
    if (k === distinct) {
      if (distinct === FEW_VALUES) return -1;
      values[distinct++] = x;
    }
    counts[k]++;
  }
  return distinct;
}
function fillCounted(into, few) {
  let at = 0;
  for (let k = 0; k < few.values.length; k++) {
    into.fill(few.values[k], at, at + few.counts[k]);
    at += few.counts[k];
  }
}
function sortFewValues(a) {
  const few = countFewValues(a);
  if (!few) return false;
  fillCounted(a, few);
  return true;
}
function writeSorted(a, few, inPlace) {
  const into = inPlace ? a : new Float64Array(a.length);
  fillCounted(into, few);
  return into;
}
function releaseSortScratch() {
  scratch = new Float64Array(0);
}

// src/drift/binning.ts
var VALUE_BINS_MAX_DISTINCT = 20;
function sturgesBinCount(n, ptp) {
  const width = ptp / (Math.log2(n) + 1);
  return width > 0 ? Math.ceil(ptp / width) : 1;
}
function rangeWidth(min, max) {
  const width = max - min;
  return Number.isFinite(width) ? width : max / 2 - min / 2;
}
function equalWidthEdges(min, max, bins) {
  const first = min === max ? min - 0.5 : min;
  const last = min === max ? max + 0.5 : max;
  const edges = new Array(bins + 1);
  const step = (last - first) / bins;
  if (Number.isFinite(step)) {
    for (let i = 0; i < bins; i++) edges[i] = i * step + first;
  } else {
    const halfStep = (last / 2 - first / 2) / bins;
    for (let i = 0; i < bins; i++) edges[i] = (first / 2 + i * halfStep) * 2;
  }
  edges[bins] = last;
  return edges;
}
function quantileEdges(sorted, bins) {
  const n = sorted.length;
  const step = 1 / bins;
  const edges = [];
  for (let i = 0; i <= bins; i++) {
    const q = i === bins ? 1 : i * step;
    const virtual = (n - 1) * q;
    const prev = Math.floor(virtual);
    let value;
    if (virtual >= n - 1) value = sorted[n - 1];
    else {
      const a = sorted[prev];
      const b = sorted[prev + 1];
      const t = virtual - prev;
      if (Number.isFinite(b - a))
        value = t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
      else value = a * (1 - t) + b * t;
    }
    if (edges.length === 0 || value !== edges[edges.length - 1]) edges.push(value);
  }
  return edges;
}
function lowerBound(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function countIntoBins(sorted, edges) {
  const bins = Math.max(1, edges.length - 1);
  const counts = new Float64Array(bins);
  let start = 0;
  for (let b = 0; b < bins - 1; b++) {
    const end = lowerBound(sorted, edges[b + 1]);
    counts[b] = end - start;
    start = end;
  }
  counts[bins - 1] = sorted.length - start;
  const n = sorted.length;
  const outside = n === 0 ? 0 : lowerBound(sorted, edges[0]) + (n - upperBound(sorted, edges[edges.length - 1]));
  return { counts, outside };
}
function upperBound(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function valueBins(ref, cur) {
  const labels = [];
  const refCounts = [];
  const curCounts = [];
  let i = 0;
  let j = 0;
  while (i < ref.length || j < cur.length) {
    const x = j >= cur.length || i < ref.length && ref[i] <= cur[j] ? ref[i] : cur[j];
    let r = 0;
    let c = 0;
    for (; i < ref.length && ref[i] === x; i++) r++;
    for (; j < cur.length && cur[j] === x; j++) c++;
    labels.push(String(x));
    refCounts.push(r);
    curCounts.push(c);
  }
  return { labels, reference: Float64Array.from(refCounts), current: Float64Array.from(curCounts) };
}
function categoryBins(ref, cur) {
  const totals = /* @__PURE__ */ new Map();
  const add = (side, labels2, counts) => {
    labels2.forEach((label, k) => {
      const n = counts[k];
      if (n <= 0) return;
      const entry = totals.get(label) ?? [0, 0];
      entry[side] += n;
      totals.set(label, entry);
    });
  };
  add(0, ref.labels, ref.counts);
  add(1, cur.labels, cur.counts);
  const labels = [...totals.keys()].sort();
  return {
    labels,
    reference: Float64Array.from(labels, (l) => totals.get(l)[0]),
    current: Float64Array.from(labels, (l) => totals.get(l)[1])
  };
}
function intervalLabels(edges) {
  return edges.slice(1).map((e, i) => `[${edges[i]}, ${e}${i === edges.length - 2 ? "]" : ")"}`);
}
function intervals(ref, cur, edges) {
  return {
    labels: intervalLabels(edges),
    edges,
    reference: countIntoBins(ref, edges).counts,
    current: countIntoBins(cur, edges).counts
  };
}
function binNumbers(ref, cur, options) {
  const min = Math.min(ref[0], cur[0]);
  const max = Math.max(ref[ref.length - 1], cur[cur.length - 1]);
  if (options.binning === "quantile") return intervals(ref, cur, quantileEdges(ref, options.bins ?? 10));
  if (options.rule === "hellinger" && options.binning === "auto") {
    const bins2 = options.bins ?? sturgesBinCount(distinctUnion(ref, cur), rangeWidth(min, max));
    return intervals(ref, cur, equalWidthEdges(min, max, bins2));
  }
  if (options.binning === "auto" && distinctSorted(ref, VALUE_BINS_MAX_DISTINCT) <= VALUE_BINS_MAX_DISTINCT)
    return valueBins(ref, cur);
  const bins = options.bins ?? sturgesBinCount(ref.length + cur.length, rangeWidth(min, max));
  return intervals(ref, cur, equalWidthEdges(min, max, bins));
}
function sameEdges(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
function binPair(feature, ref, cur, options, warnings) {
  if (ref.form === "categories" || cur.form === "categories") {
    if (ref.form !== "categories" || cur.form !== "categories") {
      throw new Error(`feature '${feature}': categories on one side only (engine bug)`);
    }
    return categoryBins(ref, cur);
  }
  if (ref.form === "quantiles" || cur.form === "quantiles") {
    throw new Error(`feature '${feature}': quantiles must be estimated into bins first (engine bug)`);
  }
  if (ref.form === "numbers" && cur.form === "numbers") return binNumbers(ref.sorted, cur.sorted, options);
  if (ref.form === "histogram" && cur.form === "histogram") {
    if (!sameEdges(ref.edges, cur.edges)) {
      throw new InputError(
        `feature '${feature}': the reference and current profiles have different histogram edges ([${ref.edges.join(", ")}] vs [${cur.edges.join(", ")}]); bin both with the same edges`
      );
    }
    return {
      labels: intervalLabels(ref.edges),
      edges: ref.edges,
      reference: Float64Array.from(ref.counts),
      current: Float64Array.from(cur.counts)
    };
  }
  const histogram = ref.form === "histogram" ? ref : cur;
  const numbers = ref.form === "numbers" ? ref : cur;
  const { counts, outside } = countIntoBins(numbers.sorted, histogram.edges);
  if (outside > 0) {
    const side = ref.form === "numbers" ? "reference" : "current";
    const first = histogram.edges[0];
    const last = histogram.edges[histogram.edges.length - 1];
    warnings.push(
      `feature '${feature}': ${outside} ${side} value(s) fall outside the profile's histogram [${first}, ${last}] and were counted in its outer bins`
    );
  }
  const fixed = Float64Array.from(histogram.counts);
  return {
    labels: intervalLabels(histogram.edges),
    edges: histogram.edges,
    reference: ref.form === "histogram" ? fixed : counts,
    current: ref.form === "histogram" ? counts : fixed
  };
}

// src/drift/stats/scale.ts
var SAFE_EXPONENT = 448;
function overflowExponent(...sorted) {
  let largest = 0;
  for (const x of sorted) {
    if (x.length > 0) largest = Math.max(largest, Math.abs(x[0]), Math.abs(x[x.length - 1]));
  }
  if (!(largest >= 2 ** SAFE_EXPONENT)) return 0;
  const k = Math.ceil(Math.log2(largest)) + 1 - SAFE_EXPONENT;
  return k + k % 2;
}
function scaleDown(sorted, k) {
  if (k === 0) return sorted;
  const factor = 2 ** -k;
  return sorted.map((v) => v * factor);
}

// src/drift/stats/distances.ts
function cdfIntegral(u, v, p) {
  const nu = u.length;
  const nv = v.length;
  const square = p === 2;
  let i = 0;
  let j = 0;
  let prev = Math.min(u[0], v[0]);
  let sum = 0;
  while (i < nu && j < nv) {
    const a = u[i];
    const b = v[j];
    const x = a <= b ? a : b;
    if (x !== prev) {
      const gap = Math.abs(i / nu - j / nv);
      sum += (square ? gap * gap : gap) * (x - prev);
      prev = x;
    }
    if (a <= b) i++;
    else j++;
  }
  for (; i < nu || j < nv; i < nu ? i++ : j++) {
    const x = i < nu ? u[i] : v[j];
    if (x !== prev) {
      const gap = Math.abs(i / nu - j / nv);
      sum += (square ? gap * gap : gap) * (x - prev);
      prev = x;
    }
  }
  return sum;
}
function wassersteinDistance(u, v) {
  return cdfIntegral(u, v, 1);
}
function energyDistance(u, v) {
  const k = overflowExponent(u, v);
  return Math.SQRT2 * Math.sqrt(cdfIntegral(scaleDown(u, k), scaleDown(v, k), 2)) * 2 ** (k / 2);
}
function populationStd(x) {
  return standardDeviation(x);
}
function wassersteinNormed(ref, cur) {
  const k = overflowExponent(ref, cur);
  const r = scaleDown(ref, k);
  return wassersteinDistance(r, scaleDown(cur, k)) / Math.max(populationStd(r), 1e-3 * 2 ** -k);
}

export {
  asCategorical,
  numbersByValue,
  asNumerical,
  finiteSorted,
  finiteValues,
  distinctUpTo,
  categoryCounts,
  sortFinite,
  countFewValues,
  writeSorted,
  releaseSortScratch,
  sturgesBinCount,
  equalWidthEdges,
  quantileEdges,
  countIntoBins,
  valueBins,
  binPair,
  overflowExponent,
  scaleDown,
  energyDistance,
  populationStd,
  wassersteinNormed
};
