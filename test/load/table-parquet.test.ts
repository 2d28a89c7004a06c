/**
 * Fixtures are written by test/fixtures/tables/make_parquet.py (pyarrow); typed.expected.json holds what
 * pyarrow itself reads from typed.parquet.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readTable } from '../../src/load/table.js';
import { kinds, labels, numbers } from './table-helpers.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'tables');
const fixture = (name: string) => path.join(FIXTURES, name);
const expected = JSON.parse(readFileSync(fixture('typed.expected.json'), 'utf8')) as Record<
  string,
  unknown[]
>;

describe('Parquet reader', () => {
  it('maps numeric, decimal, string, boolean, date and timestamp columns as pyarrow reads them', async () => {
    const table = await readTable(fixture('typed.parquet'), 'typed.parquet');
    expect(table.rowCount).toBe(5);
    expect(kinds(table)).toEqual({
      i32: 'numerical',
      i64: 'numerical',
      f32: 'numerical',
      f64: 'numerical',
      dec: 'numerical',
      name: 'categorical',
      flag: 'categorical',
      day: 'categorical',
      when: 'categorical',
    });
    for (const name of ['i32', 'i64', 'f32', 'f64', 'dec']) {
      expect(numbers(table, name), name).toEqual(expected[name]!.map((v) => (v === null ? NaN : v)));
    }
    expect(labels(table, 'name')).toEqual(expected.name);
    expect(labels(table, 'flag')).toEqual(expected.flag!.map((v) => (v === null ? null : String(v))));
    expect(labels(table, 'day')).toEqual(expected.day);
    expect(labels(table, 'when')).toEqual(expected.when);
  });

  it('reads several row groups in order and honours column selection / forced categories', async () => {
    const table = await readTable(fixture('row-groups.parquet'), 'rg.parquet', {
      columns: new Set(['x']),
      categorical: new Set(['x']),
    });
    expect([...table.columns.keys()]).toEqual(['x']);
    expect(table.rowCount).toBe(2500);
    const all = await readTable(fixture('row-groups.parquet'), 'rg.parquet');
    const x = numbers(all, 'x');
    expect(x.every((value, i) => value === i * 0.5)).toBe(true);
    expect(labels(all, 'cat').slice(999, 1002)).toEqual(['a', 'b', 'c']);
    expect(labels(table, 'x').slice(0, 3)).toEqual(['0', '0.5', '1']);
  });

  const error = async (name: string) => {
    const failure = await readTable(fixture(name), name).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(InputError);
    return (failure as InputError).message;
  };

  it('rejects nested columns, empty files, and unreadable data with file, row group and column', async () => {
    expect(await error('nested.parquet')).toBe(
      "nested.parquet: column 'address' is nested (struct, list or map); expected flat columns of numbers, strings, booleans or dates",
    );
    expect(await error('empty.parquet')).toBe('empty.parquet: no data rows');
    expect(await error('truncated.parquet')).toMatch(/^truncated\.parquet: not a readable Parquet file \(/);
    expect(await error('corrupt-pages.parquet')).toMatch(
      /^corrupt-pages\.parquet: row group 1, column 'x': cannot decode \(/,
    );
    expect(await error('zstd.parquet')).toMatch(
      /^zstd\.parquet: row group 1, column 'i32': cannot decode \(.*ZSTD/,
    );
  });
});
