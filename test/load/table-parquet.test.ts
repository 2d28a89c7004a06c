/**
 * Fixtures: typed.parquet, zstd.parquet, row-groups.parquet, nested.parquet, … were written by pyarrow 25
 * (test/fixtures/tables/make_parquet.py; typed.expected.json holds what pyarrow read back). The codec and
 * encoding fixtures in parquet/ were written by DuckDB (make_parquet_codecs.mjs: pyarrow was not available
 * for them); parquet/codecs.expected.json holds what DuckDB reads back, in the reader's documented units.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decompress } from '../../src/load/parquet/codecs.js';
import { readTable } from '../../src/load/table.js';
import { kinds, labels, numbers } from './table-helpers.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'tables');
const fixture = (name: string) => path.join(FIXTURES, name);
const json = <T>(name: string) => JSON.parse(readFileSync(fixture(name), 'utf8')) as T;
const pyarrow = json<Record<string, unknown[]>>('typed.expected.json');
const duckdb = json<Record<string, (number | string | null)[]>>('parquet/codecs.expected.json');
const layout = json<Record<string, string[]>>('parquet/layout.json');
const DAY_MS = 86_400_000;

const error = async (name: string, options = {}) => {
  const failure = await readTable(fixture(name), name, options).catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(InputError);
  return (failure as InputError).message;
};

describe('Parquet reader on pyarrow-written files', () => {
  const typedKinds = {
    i32: 'numerical',
    i64: 'numerical',
    f32: 'numerical',
    f64: 'numerical',
    dec: 'numerical',
    name: 'categorical',
    flag: 'categorical',
    day: 'numerical',
    when: 'numerical',
  };

  for (const file of ['typed.parquet', 'zstd.parquet']) {
    it(`${file}: numbers, decimals, strings, booleans; dates as days and timestamps as ms since 1970`, async () => {
      const table = await readTable(fixture(file), file);
      expect(table.rowCount).toBe(5);
      expect(kinds(table)).toEqual(typedKinds);
      for (const name of ['i32', 'i64', 'f32', 'f64', 'dec']) {
        expect(numbers(table, name), name).toEqual(pyarrow[name]!.map((v) => (v === null ? NaN : v)));
      }
      expect(labels(table, 'name')).toEqual(pyarrow.name);
      expect(labels(table, 'flag')).toEqual(pyarrow.flag!.map((v) => (v === null ? null : String(v))));
      const days = (pyarrow.day as (string | null)[]).map((d) => (d === null ? NaN : Date.parse(d) / DAY_MS));
      expect(numbers(table, 'day')).toEqual(days);
      const ms = (pyarrow.when as (string | null)[]).map((d) => (d === null ? NaN : Date.parse(d)));
      expect(numbers(table, 'when')).toEqual(ms);
    });
  }

  it('dates and timestamps configured categorical are labelled with ISO text', async () => {
    const table = await readTable(fixture('typed.parquet'), 'typed.parquet', {
      categorical: new Set(['day', 'when', 'i32']),
    });
    expect(labels(table, 'day')).toEqual(pyarrow.day);
    expect(labels(table, 'when')).toEqual(pyarrow.when);
    expect(labels(table, 'i32')).toEqual(['1', '2', null, '4', '5']);
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

  it('reads only the requested columns: a corrupt column that is not asked for does not matter', async () => {
    const table = await readTable(fixture('corrupt-pages.parquet'), 'c.parquet', {
      columns: new Set(['cat']),
    });
    expect(labels(table, 'cat').slice(0, 4)).toEqual(['a', 'b', 'c', 'a']);
  });

  it('rejects nested columns, empty files, and unreadable data with file, row group and column', async () => {
    expect(await error('nested.parquet')).toBe(
      "nested.parquet: column 'address' is nested (struct, list or map); expected flat columns of numbers, " +
        "strings, booleans, dates or timestamps; read only the other columns by listing the features to compare in 'features'",
    );
    expect(await error('empty.parquet')).toBe('empty.parquet: no data rows');
    expect(await error('truncated.parquet')).toMatch(/^truncated\.parquet: not a readable Parquet file \(/);
    expect(await error('corrupt-pages.parquet')).toMatch(
      /^corrupt-pages\.parquet: row group 1, column 'x': cannot decode \(/,
    );
  });
});

describe('Parquet reader: every codec and encoding (DuckDB-written)', () => {
  const files = Object.keys(layout);

  it('the fixtures cover every codec and the v1 / v2 encodings', () => {
    const seen = new Set(Object.values(layout).flatMap((rows) => rows.flatMap((row) => row.split(/[ ,]+/))));
    for (const name of ['UNCOMPRESSED', 'SNAPPY', 'GZIP', 'ZSTD', 'BROTLI', 'LZ4_RAW'])
      expect(seen).toContain(name);
    for (const name of ['PLAIN', 'PLAIN_DICTIONARY', 'RLE_DICTIONARY', 'DELTA_BINARY_PACKED'])
      expect(seen).toContain(name);
    for (const name of ['DELTA_LENGTH_BYTE_ARRAY', 'BYTE_STREAM_SPLIT']) expect(seen).toContain(name);
  });

  for (const file of files) {
    it(`${file} reads as DuckDB reads it (${layout[file]!.join('; ')})`, async () => {
      const table = await readTable(fixture(`parquet/${file}`), file);
      expect(table.rowCount).toBe(3000);
      expect([...table.columns.keys()]).toEqual(Object.keys(duckdb));
      for (const [name, values] of Object.entries(duckdb)) {
        const column = table.columns.get(name)!;
        const got =
          column.kind === 'numerical'
            ? numbers(table, name).map((v) => (Number.isNaN(v) ? null : v))
            : labels(table, name);
        expect(got, `${file} ${name}`).toEqual(values);
      }
      expect(kinds(table)).toMatchObject({
        flag: 'categorical',
        country: 'categorical',
        day: 'numerical',
        ts_ns: 'numerical',
      });
    });
  }

  it('reads one column of many without touching the others', async () => {
    const table = await readTable(fixture('parquet/v2-zstd.parquet'), 'v2', { columns: new Set(['dec38']) });
    expect([...table.columns.keys()]).toEqual(['dec38']);
    expect(numbers(table, 'dec38').map((v) => (Number.isNaN(v) ? null : v))).toEqual(duckdb.dec38);
  });

  it('names the nested or repeated column, even when only it is asked for', async () => {
    const options = { columns: new Set(['id', 'scores']) };
    expect(await error('parquet/nested.parquet', options)).toMatch(
      /^parquet\/nested\.parquet: column 'scores' is nested \(struct, list or map\); /,
    );
    const ok = await readTable(fixture('parquet/nested.parquet'), 'n', { columns: new Set(['id']) });
    expect(numbers(ok, 'id')).toEqual([0, 1, 2]);
  });
});

describe('Parquet codecs', () => {
  // An LZ4 block: literals 'abcd', a match of 8 at offset 4, final literals 'xyz'.
  const block = Uint8Array.from([0x44, ...Buffer.from('abcd'), 4, 0, 0x30, ...Buffer.from('xyz')]);
  const text = 'abcdabcdabcdxyz';
  const be32 = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

  it('LZ4 (Hadoop framing, as Spark writes it) and a raw block under the LZ4 codec', () => {
    const framed = Uint8Array.from([...be32(text.length), ...be32(block.length), ...block]);
    expect(Buffer.from(decompress('LZ4', framed, text.length)).toString()).toBe(text);
    expect(Buffer.from(decompress('LZ4', block, text.length)).toString()).toBe(text);
    expect(Buffer.from(decompress('LZ4_RAW', block, text.length)).toString()).toBe(text);
  });

  it('refuses LZO and pages whose size differs from their header', () => {
    expect(() => decompress('LZO', block, 15)).toThrow(
      /compression codec LZO is not supported \(supported: UNCOMPRESSED, SNAPPY/,
    );
    const gzip = gzipSync(Buffer.from(text));
    expect(Buffer.from(decompress('GZIP', gzip, 15)).toString()).toBe(text);
    expect(() => decompress('GZIP', gzip, 16)).toThrow(
      'GZIP page decompressed to 15 bytes, its header says 16',
    );
  });
});
