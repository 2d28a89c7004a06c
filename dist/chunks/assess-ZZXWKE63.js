import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import "./chunk-MQQLUTP6.js";

// src/quality/assess.ts
var NAMED_NEW = 20;
var MISSING_CHANGE = 0.01;
function assessQuality(reference, current, features) {
  if (reference.type !== "table" || current.type !== "table") return null;
  const result = [];
  for (const { name, kind } of features) {
    const ref = reference.table.columns.get(name);
    const cur = current.table.columns.get(name);
    if (!ref || !cur) continue;
    result.push(assessFeature(name, kind, ref, cur));
  }
  return summarizeQuality({ reference: reference.table.rowCount, current: current.table.rowCount }, result);
}
function summarizeQuality(rows, features) {
  return { rows, features, changes: changesOf(features) };
}
function missingCount(column) {
  let missing = 0;
  if (column.kind === "numerical") {
    const values = column.values;
    for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) missing++;
  } else {
    const codes = column.codes;
    for (let i = 0; i < codes.length; i++) if (codes[i] < 0) missing++;
  }
  return missing;
}
function rowsOf(column) {
  return column.kind === "numerical" ? column.values.length : column.codes.length;
}
var share = (part, whole) => whole > 0 ? part / whole : 0;
function assessFeature(name, kind, ref, cur) {
  const missing = { reference: missingCount(ref), current: missingCount(cur) };
  const quality = {
    name,
    kind,
    missing,
    missingShare: {
      reference: share(missing.reference, rowsOf(ref)),
      current: share(missing.current, rowsOf(cur))
    },
    newCategories: null,
    newCategoryCount: null,
    newShare: null,
    referenceRange: null,
    outOfRange: null,
    outOfRangeShare: null
  };
  if (kind === "categorical") {
    const fresh = newCategories(labelCounts(ref), labelCounts(cur), rowsOf(cur));
    quality.newCategories = fresh.slice(0, NAMED_NEW);
    quality.newCategoryCount = fresh.length;
    quality.newShare = share(
      fresh.reduce((sum, c) => sum + c.rows, 0),
      rowsOf(cur)
    );
  } else if (ref.kind === "numerical" && cur.kind === "numerical") {
    const range = finiteRange(ref.values);
    quality.referenceRange = range;
    if (range) {
      const [low, high] = range;
      const values = cur.values;
      let outside = 0;
      for (let i = 0; i < values.length; i++) {
        const x = values[i];
        if ((x < low || x > high) && Number.isFinite(x)) outside++;
      }
      const present = values.length - missing.current;
      quality.outOfRange = outside;
      quality.outOfRangeShare = share(outside, present);
    }
  }
  return quality;
}
function labelCounts(column) {
  const counts = /* @__PURE__ */ new Map();
  if (column.kind === "numerical") {
    const values = column.values;
    for (let i = 0; i < values.length; i++) {
      const x = values[i];
      if (!Number.isFinite(x)) continue;
      const label = String(x);
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    return counts;
  }
  const perCode = codeCounts(column);
  column.dictionary.forEach((label, code) => {
    if (perCode[code] === 0) return;
    const x = label.trim() === "" ? NaN : Number(label);
    const key = Number.isFinite(x) ? String(x) : label;
    counts.set(key, (counts.get(key) ?? 0) + perCode[code]);
  });
  return counts;
}
function codeCounts(column) {
  const counts = new Float64Array(column.dictionary.length);
  const codes = column.codes;
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) counts[codes[i]]++;
  return counts;
}
function newCategories(ref, cur, rows) {
  const fresh = [];
  for (const [label, count] of cur) {
    if (!ref.has(label)) fresh.push({ label, rows: count, share: share(count, rows) });
  }
  return fresh.sort((a, b) => b.rows - a.rows || (a.label < b.label ? -1 : 1));
}
function finiteRange(values) {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x < min && x !== -Infinity) min = x;
    if (x > max && x !== Infinity) max = x;
  }
  return min <= max ? [min, max] : null;
}
function changesOf(features) {
  const changes = [];
  for (const f of features) {
    if (f.newCategories && f.newCategories.length > 0) {
      const change = {
        type: "new-categories",
        feature: f.name,
        categories: f.newCategories.slice(0, 3),
        count: f.newCategoryCount,
        share: f.newShare
      };
      changes.push({ change, size: f.newShare });
    }
    const moved = f.missingShare.current - f.missingShare.reference;
    if (Math.abs(moved) >= MISSING_CHANGE) {
      const change = { type: "missing", feature: f.name, ...f.missingShare };
      changes.push({ change, size: Math.abs(moved) });
    }
    if (f.outOfRange && f.referenceRange) {
      const change = {
        type: "out-of-range",
        feature: f.name,
        share: f.outOfRangeShare,
        count: f.outOfRange,
        range: f.referenceRange
      };
      changes.push({ change, size: f.outOfRangeShare });
    }
  }
  return changes.sort((a, b) => b.size - a.size).map((c) => c.change);
}
export {
  assessFeature,
  assessQuality,
  summarizeQuality
};
