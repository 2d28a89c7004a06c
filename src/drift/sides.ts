/**
 * One side of one feature, ready for its method: a profile's histogram or counts, a categorical column's
 * counts, or a numeric column's finite values — in row order until a method needs them sorted.
 *
 * Memory: a numeric side is the column's own array when every value is finite and the method reads values in
 * any order (t-test), or when the engine owns the column (the pipeline hands each column over once, see
 * data/types.ts ColumnSource): then missing values are squeezed out and the values sorted in place. Only a
 * borrowed column (an in-memory table the caller keeps) is copied before sorting.
 */
import type { PreparedSide } from './binning.js';
import {
  asCategorical,
  asNumerical,
  categoryCounts,
  countFewValues,
  distinctUpTo,
  finiteValues,
  sortFinite,
  writeSorted,
  type FewValues,
} from './columns.js';
import type { AutoFacts } from './select.js';
import { numericalProfileSide, quantileFacts } from './quantiles/side.js';
import type { FeatureKind } from '../data/types.js';
import type { Entry } from './features.js';

export interface Side {
  prepared: PreparedSide;
  size: number;
  dropped: number;
  /** Raw numbers are sorted (always true for other forms once `ordered` ran). */
  sorted?: boolean;
  /** The numbers' array belongs to the engine (may be sorted in place); false: it is the caller's column. */
  owned?: boolean;
  /** Numbers with at most 16 distinct values: those values and their counts (null: more; unset: not yet known). */
  few?: FewValues | null;
}

/** Shorter columns are sorted by comparison, as before (the counting below only pays off on long ones). */
const COUNT_MIN = 4096;

/** The side's few distinct values, counted once (auto selection and sorting both use them). */
function fewOf(side: Side): FewValues | null {
  if (side.few === undefined) {
    const p = side.prepared;
    side.few = p.form === 'numbers' && p.sorted.length >= COUNT_MIN ? countFewValues(p.sorted) : null;
  }
  return side.few;
}

export function prepare(entry: Entry, kind: FeatureKind, source: string, owned: boolean): Side {
  if (entry.type === 'profile') {
    const p = entry.profile;
    if (p.kind === 'numerical') return { ...numericalProfileSide(p, source), dropped: 0 };
    const labels = Object.keys(p.counts);
    const counts = Float64Array.from(labels, (l) => p.counts[l]!);
    return {
      prepared: { form: 'categories', labels, counts },
      size: counts.reduce((a, b) => a + b, 0),
      dropped: 0,
    };
  }
  if (kind === 'numerical') {
    const column = asNumerical(entry.column, source);
    // A column converted from text is a fresh array: the engine owns it.
    const mine = owned || column !== entry.column;
    const { finite, dropped, copied } = finiteValues(column.values, mine);
    return {
      prepared: { form: 'numbers', sorted: finite },
      size: finite.length,
      dropped,
      owned: mine || copied,
    };
  }
  const column = asCategorical(entry.column);
  const { counts, dropped } = categoryCounts(column);
  return {
    prepared: { form: 'categories', labels: column.dictionary, counts },
    size: column.codes.length - dropped,
    dropped,
  };
}

/** Sort a side's numbers once (prepare leaves them in row order); a borrowed array is copied first. */
export function ordered(side: Side): void {
  const prepared = side.prepared;
  if (prepared.form === 'numbers' && !side.sorted) {
    // Few distinct values (flags, ratings) are written out sorted from their counts: O(n), and a borrowed
    // array is not copied first. Others are sorted in place, a borrowed array after copying it.
    const few = fewOf(side);
    if (few) prepared.sorted = writeSorted(prepared.sorted, few, side.owned === true);
    else {
      if (!side.owned) prepared.sorted = prepared.sorted.slice();
      sortFinite(prepared.sorted);
    }
    side.owned = true;
  }
  side.sorted = true;
}

/** Facts for auto selection; the distinct count is only computed when auto selection asks for it. */
export function autoFacts(ref: Side, cur: Side, profile: boolean): AutoFacts {
  const a = ref.prepared;
  if (profile && a.form !== 'categories')
    return { referenceSize: ref.size, profile, ...quantileFacts(a, cur.prepared, 6) };
  let distinct: number | undefined | null = null; // null: not computed yet
  return {
    referenceSize: ref.size,
    profile,
    get distinct(): number | undefined {
      if (distinct === null) distinct = distinctOf(ref, cur);
      return distinct;
    },
  };
}

function distinctOf(ref: Side, cur: Side): number | undefined {
  const a = ref.prepared;
  const b = cur.prepared;
  if (a.form === 'numbers' && b.form === 'numbers') {
    const fa = fewOf(ref);
    const fb = fewOf(cur);
    return fa && fb ? new Set([...fa.values, ...fb.values]).size : distinctUpTo(a.sorted, b.sorted, 6);
  }
  if (a.form === 'categories' && b.form === 'categories') {
    const seen = new Set<string>();
    for (const side of [a, b]) side.labels.forEach((l, i) => side.counts[i]! > 0 && seen.add(l));
    return seen.size;
  }
  return undefined;
}
