/** Shared helpers for the drift tests: build prepared sides and tables from plain arrays. */
import type { PreparedSide } from '../../src/drift/binning.js';
import { finiteSorted } from '../../src/drift/columns.js';
import type {
  CategoricalColumn,
  Column,
  DriftData,
  FeatureProfile,
  NumericColumn,
  ProfileSet,
  Table,
} from '../../src/data/types.js';
import type { DriftConfig } from '../../src/drift/types.js';

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

/** A drift configuration with the defaults of the action, overridden per test. */
export function config(overrides: Partial<DriftConfig> = {}): DriftConfig {
  return {
    reference: ['ref.csv'],
    current: ['cur.csv'],
    method: 'auto',
    share: 0.5,
    numerical: {},
    categorical: {},
    perFeature: {},
    binning: 'auto',
    minSamples: 1,
    correction: 'none',
    seed: 42,
    ...overrides,
  };
}

/** Deterministic pseudo-normal values (sum of uniforms from a small LCG). */
export function normals(n: number, mean: number, sd: number, seed: number): number[] {
  let s = seed;
  const u = (): number => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: n }, () => mean + sd * (u() + u() + u() + u() + u() + u() - 3) * Math.SQRT2);
}

export function repeat<T>(pairs: [T, number][]): T[] {
  return pairs.flatMap(([v, n]) => Array<T>(n).fill(v));
}

export const tableData = (source: string, ...columns: Parameters<typeof table>[1]): DriftData => ({
  type: 'table',
  table: table(source, columns),
});

export function profileData(source: string, features: FeatureProfile[]): DriftData {
  const profile: ProfileSet = { source, features: new Map(features.map((f) => [f.name, f])) };
  return { type: 'profile', profile };
}
