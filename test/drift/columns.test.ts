/** Column preparation: kind changes, dropping missing cells, the radix sort, distinct counts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asCategorical,
  asNumerical,
  categoryCounts,
  distinctSorted,
  distinctUnion,
  distinctUpTo,
  finiteSorted,
  sortFinite,
} from '../../src/drift/columns.js';
import { InputError } from '../../src/errors.js';
import { categoricalColumn, numericColumn } from './helpers.js';

describe('sortFinite (radix sort for long columns)', () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

  it('sorts like Float64Array.prototype.sort, on long arrays with negatives, zeros and duplicates', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(finite, fc.constantFrom(0, -0, 1, -1, 5e-324, -5e-324)), {
          minLength: 0,
          maxLength: 300,
        }),
        fc.integer({ min: 65_536, max: 70_000 }), // the radix sort's range (shorter: the native sort)
        (pool, n) => {
          const values = Float64Array.from(
            { length: n },
            (_, i) => (pool.length ? pool[i % pool.length]! : i) * 1,
          );
          const expected = values.slice().sort();
          sortFinite(values);
          // -0 and 0 compare equal; the native sort may order them either way
          expect(Array.from(values, (x) => x + 0)).toEqual(Array.from(expected, (x) => x + 0));
        },
      ),
      { numRuns: 12 },
    );
  });

  it('columns of few distinct values (counted, not radix-sorted) and just too many come out sorted', () => {
    for (let distinct = 1; distinct <= 20; distinct++) {
      const pool = Array.from({ length: distinct }, (_, k) => (k % 2 ? -k : k) * 0.75);
      const values = Float64Array.from({ length: 5000 }, (_, i) => pool[(i * 7919) % distinct]!);
      const expected = values.slice().sort();
      sortFinite(values);
      expect(values, `${distinct} values`).toEqual(expected);
    }
  });

  it('handles all-positive, all-negative and constant columns', () => {
    for (const make of [(i: number) => i * 0.5, (i: number) => -i * 3.25, () => 7]) {
      const values = Float64Array.from({ length: 70_000 }, (_, i) => make((i * 7919) % 70_000));
      const expected = values.slice().sort();
      sortFinite(values);
      expect(values).toEqual(expected);
    }
  });
});

describe('finiteSorted', () => {
  it('drops NaN and ±Infinity, counting them, and sorts the rest', () => {
    const { sorted, dropped } = finiteSorted(Float64Array.from([3, NaN, -1, Infinity, 2, -Infinity]));
    expect(Array.from(sorted)).toEqual([-1, 2, 3]);
    expect(dropped).toBe(3);
  });
});

describe('asCategorical / asNumerical', () => {
  it('labels numbers with String(x): 1.0 and 1 meet, -0 is 0, NaN is empty', () => {
    const col = asCategorical(numericColumn('n', [1.0, 1, -0, 0, NaN, 2.5]));
    expect(col.dictionary).toEqual(['1', '0', '2.5']);
    expect(Array.from(col.codes)).toEqual([0, 0, 1, 1, -1, 2]);
    expect(categoryCounts(col)).toEqual({ counts: Float64Array.from([2, 2, 1]), dropped: 1 });
  });

  it('parses labels as numbers; blank and non-finite become missing; words are an error naming the file', () => {
    const col = asNumerical(categoricalColumn('n', ['1.5', ' ', 'Infinity', '2', null]), 'cur.csv');
    expect(Array.from(col.values)).toEqual([1.5, NaN, NaN, 2, NaN]);
    const bad = (): unknown => asNumerical(categoricalColumn('n', ['1', 'abc']), 'cur.csv');
    expect(bad).toThrow(InputError);
    expect(bad).toThrow("cur.csv: column 'n' is configured as numerical but holds the value 'abc'");
  });
});

describe('distinct counts', () => {
  it('counts distinct values of one and of two sorted samples, with an optional limit', () => {
    const a = Float64Array.from([1, 1, 2, 5, 5]);
    const b = Float64Array.from([0, 2, 2, 6]);
    expect(distinctSorted(a)).toBe(3);
    expect(distinctUnion(a, b)).toBe(5);
    expect(distinctUnion(a, b, 2)).toBe(3);
    expect(distinctUnion(new Float64Array(0), b)).toBe(3);
    const shuffled = Float64Array.from([5, 1, 2, 1, 5]);
    expect(distinctUpTo(shuffled, Float64Array.from([6, 2, 0, 2]), 10)).toBe(5);
    expect(distinctUpTo(shuffled, b, 2)).toBe(3);
  });
});
