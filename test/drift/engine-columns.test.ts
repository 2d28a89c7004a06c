import { describe, expect, it } from 'vitest';
import { evaluateDrift } from '../../src/drift/engine.js';
import { categoricalColumn, config, numericColumn, table } from './helpers.js';
import type { Column, DriftData } from '../../src/data/types.js';

const side = (source: string, columns: Column[]): DriftData => ({
  type: 'table',
  table: table(source, columns),
});
const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

const ref = side('ref.csv', [
  numericColumn(
    'income',
    range(40, (i) => 1000 + i * 7.5),
  ),
  numericColumn(
    'age',
    range(40, (i) => 20 + (i % 30)),
  ),
  categoricalColumn(
    'country',
    range(40, (i) => ['DE', 'FR'][i % 2]!),
  ),
]);
const cur = side('cur.csv', [
  numericColumn(
    'income',
    range(40, (i) => 1010 + i * 7.5),
  ),
  numericColumn(
    'age',
    range(40, (i) => 21 + (i % 30)),
  ),
  categoricalColumn(
    'country',
    range(40, (i) => ['DE', 'FR'][i % 2]!),
  ),
]);

describe('column names in the settings', () => {
  it('refuses per-feature and types names that are no column, with did-you-mean', () => {
    expect(() => evaluateDrift(ref, cur, config({ perFeature: { incme: { method: 'ks' } } }))).toThrow(
      "drift per-feature: 'incme' is no column of the reference (ref.csv) or current (cur.csv) data; " +
        "did you mean 'income'? (columns: age, country, income)",
    );
    expect(() =>
      evaluateDrift(ref, cur, config({ perFeature: { zipcode: { type: 'categorical' } } })),
    ).toThrow(
      "drift types: 'zipcode' is no column of the reference (ref.csv) or current (cur.csv) data (columns: " +
        'age, country, income)',
    );
    expect(() => evaluateDrift(ref, cur, config({ exclude: ['contry'] }))).toThrow(
      "drift exclude: 'contry' is no column of the reference (ref.csv) or current (cur.csv) data; did you " +
        "mean 'country'?",
    );
    expect(() => evaluateDrift(ref, cur, config({ exclude: ['*_id'] }))).toThrow(
      "drift exclude: the pattern '*_id' matches no column of the reference (ref.csv) or current (cur.csv) data",
    );
  });
});

describe('exclude', () => {
  it('leaves named and globbed columns out of the test and the share', () => {
    const result = evaluateDrift(ref, cur, config({ exclude: ['income', 'c*'] }));
    expect(result.features.map((f) => f.name)).toEqual(['age']);
    expect(result.tested).toBe(1);
  });

  it('also removes a one-sided column, so the sides match again', () => {
    const withId = side('cur.csv', [
      ...[...(cur.type === 'table' ? cur.table.columns.values() : [])],
      numericColumn(
        'row_id',
        range(40, (i) => i),
      ),
    ]);
    expect(() => evaluateDrift(ref, withId, config())).toThrow(/different columns/);
    expect(evaluateDrift(ref, withId, config({ exclude: ['row_id'] })).tested).toBe(3);
  });

  it('wins over features', () => {
    const result = evaluateDrift(ref, cur, config({ features: ['age', 'income'], exclude: ['income'] }));
    expect(result.features.map((f) => f.name)).toEqual(['age']);
  });
});

describe('identifier and timestamp warnings', () => {
  const ids = (offset: number) => range(30, (i) => `C-${offset + i}`);
  const times = (day: number) =>
    range(30, (i) => `2024-05-${String(day).padStart(2, '0')}T10:${String(i).padStart(2, '0')}:00`);
  const a = side('ref.csv', [
    categoricalColumn('customer_id', ids(0)),
    categoricalColumn('event_time', times(1)),
    numericColumn(
      'account_id',
      range(30, (i) => 5000 + i),
    ),
    numericColumn(
      'amount',
      range(30, (i) => 10 + i * 1.25),
    ),
  ]);
  const b = side('cur.csv', [
    categoricalColumn('customer_id', ids(100)),
    categoricalColumn('event_time', times(9)),
    numericColumn(
      'account_id',
      range(30, (i) => 9000 + i),
    ),
    numericColumn(
      'amount',
      range(30, (i) => 11 + i * 1.25),
    ),
  ]);

  it('warns, naming the column and how to exclude it', () => {
    const warnings = evaluateDrift(a, b, config()).warnings;
    expect(warnings).toContain(
      "drift: 'customer_id' looks like an identifier (every value is distinct in the reference and in the " +
        'current data), so every value is new and it always drifts — leave it out with exclude-features: ' +
        "customer_id (config drift.exclude), or list the features to test in 'features'",
    );
    expect(warnings).toContain(
      "drift: 'event_time' looks like a timestamp; time moves on, so it always drifts — leave it out with " +
        "exclude-features: event_time (config drift.exclude), or list the features to test in 'features'",
    );
    expect(warnings.some((w) => w.includes("'account_id' looks like an identifier"))).toBe(true);
    // Distinct decimals are ordinary measurements, not identifiers.
    expect(warnings.some((w) => w.includes("'amount'"))).toBe(false);
  });

  it('says nothing once they are excluded', () => {
    const result = evaluateDrift(a, b, config({ exclude: ['*_id', 'event_time'] }));
    expect(result.warnings.filter((w) => w.includes('looks like'))).toEqual([]);
    expect(result.features.map((f) => f.name)).toEqual(['amount']);
  });
});

describe('a column numeric on one side and text on the other', () => {
  const numbersSide = side('ref.csv', [
    numericColumn(
      'code',
      range(40, (i) => (i % 4) + 1),
    ),
  ]);

  it('compares labels by value: 1 and 1.0 are the same category', () => {
    const text = side('cur.csv', [
      categoricalColumn(
        'code',
        range(40, (i) => ['1.0', '2', '3.0', '4'][i % 4]!),
      ),
    ]);
    const result = evaluateDrift(numbersSide, text, config());
    const feature = result.features[0]!;
    expect(feature.kind).toBe('categorical');
    expect(feature.drifted).toBe(false);
    expect(feature.statistic).toBeCloseTo(0, 12);
  });

  it('is an error naming both files, the column and a value when no text label is a number', () => {
    const text = side('cur.csv', [
      categoricalColumn(
        'code',
        range(40, (i) => ['a', 'b'][i % 2]!),
      ),
    ]);
    expect(() => evaluateDrift(numbersSide, text, config())).toThrow(
      "drift: column 'code' holds numbers in the reference data (ref.csv) but text in the current data " +
        "(cur.csv), e.g. 'a': no current value is a number, so every label would be new. Fix the export, " +
        'or set drift.types: {code: categorical} to compare them as labels',
    );
    expect(
      evaluateDrift(numbersSide, text, config({ perFeature: { code: { type: 'categorical' } } })).tested,
    ).toBe(1);
  });
});
