/** Shared helpers for the drift tests: build prepared sides and tables from plain arrays. */
import type { PreparedSide } from '../../src/drift/binning.js';
import { finiteSorted } from '../../src/drift/columns.js';
import type { CategoricalColumn, Column, NumericColumn, Table } from '../../src/drift/types.js';

export function numbers(values: number[]): PreparedSide {
  return { form: 'numbers', sorted: finiteSorted(Float64Array.from(values)).sorted };
}

export function categories(values: (string | number)[]): PreparedSide {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  return { form: 'categories', labels: [...counts.keys()], counts: Float64Array.from(counts.values()) };
}

/** |actual − expected| <= rel·|expected| + abs. */
export function close(actual: number, expected: number, rel: number, abs = 0): boolean {
  if (expected === Infinity || Number.isNaN(expected)) return Object.is(actual, expected);
  return Math.abs(actual - expected) <= rel * Math.abs(expected) + abs;
}

export function numericColumn(name: string, values: number[]): NumericColumn {
  return { kind: 'numerical', name, values: Float64Array.from(values) };
}

/** A categorical column; `null` is an empty cell. */
export function categoricalColumn(name: string, values: (string | null)[]): CategoricalColumn {
  const dictionary: string[] = [];
  const codes = Int32Array.from(values, (v) => {
    if (v === null) return -1;
    let code = dictionary.indexOf(v);
    if (code < 0) code = dictionary.push(v) - 1;
    return code;
  });
  return { kind: 'categorical', name, codes, dictionary };
}

export function table(source: string, columns: Column[]): Table {
  const rowCount = columns[0]
    ? columns[0].kind === 'numerical'
      ? columns[0].values.length
      : columns[0].codes.length
    : 0;
  return { source, rowCount, columns: new Map(columns.map((c) => [c.name, c])) };
}
