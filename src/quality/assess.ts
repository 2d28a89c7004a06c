/**
 * Data quality of the compared features, after Evidently's data-quality tests:
 * - missing share — `ColumnMissingValuesMetric` (TestShareOfMissingValues): missing cells of all rows, where
 *   missing is empty, NaN or ±Infinity (Evidently's defaults ``, None/NaN, ±inf), plus the missing markers
 *   the readers apply (pandas' `na_values`, which pandas turns into NaN before Evidently sees them);
 * - new categories — `ColumnValueListMetric` with the reference's unique values (TestNumberOfNewValues /
 *   TestShareOfOutListValues): current labels the reference never had. Differs: the share counts rows with a
 *   new label of ALL current rows, and a missing cell is never "new";
 * - out of range — `ColumnValueRangeMetric` with the reference's min and max (TestShareOfOutRangeValues):
 *   non-missing current values outside [min, max], both ends inclusive, of the non-missing current values.
 * Features come from a profile on either side have no rows to count and are left out.
 * Each column is read once (O(rows + labels)); nothing is sorted.
 */
import type { CategoricalColumn, Column, DriftData, FeatureKind } from '../data/types.js';
import type { FeatureQuality, NewCategory, QualityChange, QualityResult } from './types.js';

/** New labels named per feature (the count says how many there are in all). */
const NAMED_NEW = 20;
/** A missing share that moved by less than this is not listed as a change. */
const MISSING_CHANGE = 0.01;

export interface ComparedFeature {
  name: string;
  kind: FeatureKind;
}

export function assessQuality(
  reference: DriftData,
  current: DriftData,
  features: readonly ComparedFeature[],
): QualityResult | null {
  if (reference.type !== 'table' || current.type !== 'table') return null;
  const result: FeatureQuality[] = [];
  for (const { name, kind } of features) {
    const ref = reference.table.columns.get(name);
    const cur = current.table.columns.get(name);
    if (!ref || !cur) continue;
    result.push(assessFeature(name, kind, ref, cur));
  }
  return summarizeQuality({ reference: reference.table.rowCount, current: current.table.rowCount }, result);
}

/** The result from features assessed one by one (assessFeature), in the order drift compared them. */
export function summarizeQuality(
  rows: { reference: number; current: number },
  features: FeatureQuality[],
): QualityResult {
  return { rows, features, changes: changesOf(features) };
}

// Indexed loops over the typed arrays: `for…of` over a Float64Array of millions of rows is several times slower.
function missingCount(column: Column): number {
  let missing = 0;
  if (column.kind === 'numerical') {
    const values = column.values;
    for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i]!)) missing++;
  } else {
    const codes = column.codes;
    for (let i = 0; i < codes.length; i++) if (codes[i]! < 0) missing++;
  }
  return missing;
}

function rowsOf(column: Column): number {
  return column.kind === 'numerical' ? column.values.length : column.codes.length;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

export function assessFeature(name: string, kind: FeatureKind, ref: Column, cur: Column): FeatureQuality {
  const missing = { reference: missingCount(ref), current: missingCount(cur) };
  const quality: FeatureQuality = {
    name,
    kind,
    missing,
    missingShare: {
      reference: share(missing.reference, rowsOf(ref)),
      current: share(missing.current, rowsOf(cur)),
    },
    newCategories: null,
    newCategoryCount: null,
    newShare: null,
    referenceRange: null,
    outOfRange: null,
    outOfRangeShare: null,
  };
  if (kind === 'categorical') {
    const fresh = newCategories(labelCounts(ref), labelCounts(cur), rowsOf(cur));
    quality.newCategories = fresh.slice(0, NAMED_NEW);
    quality.newCategoryCount = fresh.length;
    quality.newShare = share(
      fresh.reduce((sum, c) => sum + c.rows, 0),
      rowsOf(cur),
    );
  } else if (ref.kind === 'numerical' && cur.kind === 'numerical') {
    const range = finiteRange(ref.values);
    quality.referenceRange = range;
    if (range) {
      const [low, high] = range;
      const values = cur.values;
      let outside = 0;
      for (let i = 0; i < values.length; i++) {
        const x = values[i]!;
        // False for NaN; ±Infinity are missing (counted above), not out of range.
        if ((x < low || x > high) && Number.isFinite(x)) outside++;
      }
      const present = values.length - missing.current;
      quality.outOfRange = outside;
      quality.outOfRangeShare = share(outside, present);
    }
  }
  return quality;
}

/**
 * Rows per label. Numbers are labelled as the drift engine labels them (`String(x)`), and so are text labels
 * that are numbers, so `1` and `1.0` are one label on both sides (as drift compares them).
 */
function labelCounts(column: Column): Map<string, number> {
  const counts = new Map<string, number>();
  if (column.kind === 'numerical') {
    const values = column.values;
    for (let i = 0; i < values.length; i++) {
      const x = values[i]!;
      if (!Number.isFinite(x)) continue;
      const label = String(x);
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    return counts;
  }
  const perCode = codeCounts(column);
  column.dictionary.forEach((label, code) => {
    if (perCode[code] === 0) return;
    const x = label.trim() === '' ? NaN : Number(label);
    const key = Number.isFinite(x) ? String(x) : label;
    counts.set(key, (counts.get(key) ?? 0) + perCode[code]!);
  });
  return counts;
}

function codeCounts(column: CategoricalColumn): Float64Array {
  const counts = new Float64Array(column.dictionary.length);
  const codes = column.codes;
  for (let i = 0; i < codes.length; i++) if (codes[i]! >= 0) counts[codes[i]!]!++;
  return counts;
}

function newCategories(ref: Map<string, number>, cur: Map<string, number>, rows: number): NewCategory[] {
  const fresh: NewCategory[] = [];
  for (const [label, count] of cur) {
    if (!ref.has(label)) fresh.push({ label, rows: count, share: share(count, rows) });
  }
  return fresh.sort((a, b) => b.rows - a.rows || (a.label < b.label ? -1 : 1));
}

function finiteRange(values: Float64Array): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x < min && x !== -Infinity) min = x; // NaN compares false
    if (x > max && x !== Infinity) max = x;
  }
  return min <= max ? [min, max] : null;
}

function changesOf(features: FeatureQuality[]): QualityChange[] {
  const changes: { change: QualityChange; size: number }[] = [];
  for (const f of features) {
    if (f.newCategories && f.newCategories.length > 0) {
      const change: QualityChange = {
        type: 'new-categories',
        feature: f.name,
        categories: f.newCategories.slice(0, 3),
        count: f.newCategoryCount!,
        share: f.newShare!,
      };
      changes.push({ change, size: f.newShare! });
    }
    const moved = f.missingShare.current - f.missingShare.reference;
    if (Math.abs(moved) >= MISSING_CHANGE) {
      const change: QualityChange = { type: 'missing', feature: f.name, ...f.missingShare };
      changes.push({ change, size: Math.abs(moved) });
    }
    if (f.outOfRange && f.referenceRange) {
      const change: QualityChange = {
        type: 'out-of-range',
        feature: f.name,
        share: f.outOfRangeShare!,
        count: f.outOfRange,
        range: f.referenceRange,
      };
      changes.push({ change, size: f.outOfRangeShare! });
    }
  }
  return changes.sort((a, b) => b.size - a.size).map((c) => c.change);
}
