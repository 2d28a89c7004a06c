import { describe, expect, it } from 'vitest';
import type { Column, DriftData } from '../../src/data/types.js';
import { assessQuality } from '../../src/quality/assess.js';
import { describeChange, describeChanges } from '../../src/report/quality.js';
import { categoricalColumn, numericColumn, table } from '../drift/helpers.js';

const side = (source: string, columns: Column[]): DriftData => ({
  type: 'table',
  table: table(source, columns),
});
const repeat = <T>(value: T, n: number): T[] => Array.from({ length: n }, () => value);
const plain = { name: (s: string) => s, label: (s: string) => `\`${s}\`` };

// 20 rows per side.
const reference = side('ref.csv', [
  categoricalColumn('country', [...repeat('DE', 10), ...repeat('FR', 10)]),
  categoricalColumn('device', [...repeat('ios', 19), null]),
  numericColumn('income', [...Array.from({ length: 19 }, (_, i) => 1000 + i * 100), NaN]),
]);
const current = side('cur.csv', [
  categoricalColumn('country', [...repeat('DE', 14), ...repeat('PL', 3), 'CZ', null, null]),
  categoricalColumn('device', [...repeat('ios', 17), null, null, null]),
  numericColumn('income', [999, 1000, 2800, 2801, ...repeat(1500, 15), NaN]),
]);
const features = [
  { name: 'country', kind: 'categorical' as const },
  { name: 'device', kind: 'categorical' as const },
  { name: 'income', kind: 'numerical' as const },
];

describe('assessQuality', () => {
  const quality = assessQuality(reference, current, features)!;
  const byName = (name: string) => quality.features.find((f) => f.name === name)!;

  it('counts rows and missing shares of all rows per side', () => {
    expect(quality.rows).toEqual({ reference: 20, current: 20 });
    expect(byName('device').missing).toEqual({ reference: 1, current: 3 });
    expect(byName('device').missingShare).toEqual({ reference: 0.05, current: 0.15 });
    expect(byName('income').missingShare).toEqual({ reference: 0.05, current: 0.05 });
  });

  it('names new categories with their share of all current rows; missing cells are never new', () => {
    const country = byName('country');
    expect(country.newCategories).toEqual([
      { label: 'PL', rows: 3, share: 0.15 },
      { label: 'CZ', rows: 1, share: 0.05 },
    ]);
    expect(country.newCategoryCount).toBe(2);
    expect(country.newShare).toBeCloseTo(0.2, 15);
    expect(byName('device').newShare).toBe(0);
    expect(byName('income').newShare).toBeNull();
  });

  it("counts values outside the reference's [min, max], both ends inclusive, of non-missing values", () => {
    const income = byName('income');
    expect(income.referenceRange).toEqual([1000, 2800]);
    expect(income.outOfRange).toBe(2); // 999 and 2801; 1000 and 2800 are in range
    expect(income.outOfRangeShare).toBeCloseTo(2 / 19, 15);
    expect(byName('country').outOfRangeShare).toBeNull();
  });

  it('lists what changed, largest share first', () => {
    expect(quality.changes.map((c) => describeChange(c, plain))).toEqual([
      'country: 2 new categories (`PL` 15%, `CZ` 5%), 20% of rows',
      'income: 11% of values outside the reference range [1000, 2800]',
      'country missing 0% → 10%',
      'device missing 5% → 15%',
    ]);
  });

  it('compares numbers and numeric labels by value (1 and 1.0 are one category)', () => {
    const q = assessQuality(
      side('ref.csv', [numericColumn('code', [1, 2, 2])]),
      side('cur.csv', [categoricalColumn('code', ['1.0', '2', '3'])]),
      [{ name: 'code', kind: 'categorical' }],
    )!;
    expect(q.features[0]!.newCategories).toEqual([{ label: '3', rows: 1, share: 1 / 3 }]);
  });

  it('says one new category the way people read it', () => {
    const q = assessQuality(
      side('ref.csv', [categoricalColumn('country', repeat('DE', 20))]),
      side('cur.csv', [categoricalColumn('country', [...repeat('DE', 17), ...repeat('PL', 3)])]),
      [{ name: 'country', kind: 'categorical' }],
    )!;
    expect(describeChanges(q, plain)).toEqual(['country: new category `PL`, 15% of rows']);
  });

  it('has nothing to count for profiles, and no change for unchanged data', () => {
    const profile: DriftData = { type: 'profile', profile: { source: 'p.json', features: new Map() } };
    expect(assessQuality(profile, current, features)).toBeNull();
    expect(assessQuality(reference, reference, features)!.changes).toEqual([]);
  });
});
