/**
 * The pipeline's path through the engine (evaluateDriftFrom): columns are taken one feature at a time from a
 * ColumnSource, shown to the quality hook as read, then tested in place. It must decide exactly what the
 * in-memory path (evaluateDrift, which never changes its input) decides.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Column, ColumnSource, DriftSource, Table } from '../../src/data/types.js';
import { evaluateDrift, evaluateDriftFrom } from '../../src/drift/engine.js';
import { openDriftSource } from '../../src/load/table.js';
import { categoricalColumn, config, normals, numericColumn, table } from './helpers.js';

/** A column source over copies of a table's columns, recording what was taken. */
function source(t: Table, taken: string[]): DriftSource {
  const columns = new Map([...t.columns].map(([name, c]) => [name, copy(c)]));
  const columnSource: ColumnSource = {
    source: t.source,
    rowCount: t.rowCount,
    names: [...t.columns.keys()],
    take: (name) => {
      const column = columns.get(name);
      if (!column) throw new Error(`taken twice: ${name}`);
      columns.delete(name);
      taken.push(name);
      return Promise.resolve(column);
    },
  };
  return { type: 'columns', columns: columnSource };
}

function copy(c: Column): Column {
  return c.kind === 'numerical'
    ? { ...c, values: c.values.slice() }
    : { ...c, codes: c.codes.slice(), dictionary: [...c.dictionary] };
}

const withGaps = (values: number[]) => values.map((v, i) => (i % 17 === 0 ? NaN : v));
const flags = (n: number, p: number, seed: number) => normals(n, 0, 1, seed).map((v) => (v < p ? 1 : 0));

function sides(n: number, shift: number): [Table, Table] {
  const make = (s: number, seed: number) =>
    table(`t${seed}`, [
      numericColumn('x', withGaps(normals(n, s, 1, seed))),
      numericColumn('flag', flags(n, 0.2 + s / 10, seed + 1)),
      numericColumn('rating', normals(n, 3 + s, 1, seed + 2).map(Math.round)),
      categoricalColumn(
        'country',
        normals(n, s, 1, seed + 3).map((v) => (v > 1.5 ? null : v > 0 ? 'DE' : 'FR')),
      ),
    ]);
  return [make(0, 1), make(shift, 7)];
}

describe('evaluateDriftFrom (columns taken one feature at a time)', () => {
  for (const method of ['auto', 'ks', 't_test', 'psi', 'wasserstein'] as const) {
    it(`decides as evaluateDrift does (${method}), taking each column once, in order`, async () => {
      const [ref, cur] = sides(6000, 0.3);
      const settings = config({
        method,
        ...(method === 'auto' ? {} : { categorical: { method: 'psi' } }),
        perFeature: method === 'ks' || method === 't_test' ? { flag: { method: 'z' } } : {},
      });
      const expected = evaluateDrift({ type: 'table', table: ref }, { type: 'table', table: cur }, settings);
      const taken: string[] = [];
      const seen: { name: string; missing: number }[] = [];
      const result = await evaluateDriftFrom(
        source(ref, taken),
        source(cur, taken),
        settings,
        (name, _k, a) =>
          seen.push({ name, missing: a.kind === 'numerical' ? a.values.filter(Number.isNaN).length : -1 }),
      );
      expect(result).toEqual(expected);
      expect(taken).toEqual(['x', 'x', 'flag', 'flag', 'rating', 'rating', 'country', 'country']);
      // The hook sees the columns as read (missing cells still there), before the engine sorts them in place.
      expect(seen.find((s) => s.name === 'x')!.missing).toBe(Math.ceil(6000 / 17));
    });
  }

  it('tests the taken column in place: the engine keeps no copy', async () => {
    const [ref, cur] = sides(5000, 0.5);
    let taken: Float64Array | null = null;
    await evaluateDriftFrom(
      source(ref, []),
      source(cur, []),
      config({ method: 'ks', features: ['x'] }),
      (_name, _kind, a) => {
        if (a.kind === 'numerical') taken = a.values;
      },
    );
    const values = taken! as Float64Array;
    const finite = values.length - Math.ceil(5000 / 17);
    const prefix = values.subarray(0, finite);
    expect(prefix.every((v, i) => i === 0 || prefix[i - 1]! <= v)).toBe(true); // sorted where it was read
  });

  it('reads Parquet columns when they are taken, and only the wanted ones', async () => {
    const file = path.join(import.meta.dirname, '..', 'fixtures', 'tables', 'typed.parquet');
    const side = await openDriftSource([file], 'reference-data', '/', { wanted: (n) => n !== 'name' });
    if (side.type !== 'columns') throw new Error('expected columns');
    expect(side.columns.names).toContain('name'); // in the header, for did-you-mean and one-sided checks
    const f64 = await side.columns.take('f64');
    expect(f64.kind).toBe('numerical');
    await expect(side.columns.take('name')).rejects.toThrow(/not opened/);
  });
});
