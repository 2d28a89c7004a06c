/**
 * Page-level cases no available writer produces here (DuckDB writes neither INT96 nor unsigned 64-bit
 * columns the way Spark and parquet-mr do): hand-built DATA_PAGE headers in Thrift's compact protocol.
 */
import type { ColumnMetaData, SchemaElement } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { ChunkDecoder } from '../../src/load/parquet/chunk.js';
import { columnType, type ColumnType } from '../../src/load/parquet/column-type.js';
import { ColumnTarget } from '../../src/load/parquet/target.js';

function varint(n: number): number[] {
  const out: number[] = [];
  for (; n > 0x7f; n >>>= 7) out.push((n & 0x7f) | 0x80);
  out.push(n);
  return out;
}
const i32 = (delta: number, value: number) => [(delta << 4) | 5, ...varint(value * 2)];

/** One uncompressed PLAIN DATA_PAGE (v1) of `rows` values, no definition levels. */
function plainPage(rows: number, values: number[]): Uint8Array {
  const size = values.length;
  const dataHeader = [...i32(1, rows), ...i32(1, 0), ...i32(1, 3), ...i32(1, 3), 0];
  const header = [...i32(1, 0), ...i32(1, size), ...i32(1, size), 0x2c, ...dataHeader, 0];
  return Uint8Array.from([...header, ...values]);
}

function decode(element: SchemaElement, rows: number, page: Uint8Array): Float64Array {
  const type = columnType(element, false) as ColumnType;
  const target = new ColumnTarget(type, rows);
  new ChunkDecoder(type, target, 0).decode(page, { codec: 'UNCOMPRESSED' } as ColumnMetaData, 0, rows);
  return target.values;
}

const le32 = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];

describe('Parquet pages', () => {
  it("INT96 timestamps (Spark's legacy default) become milliseconds since 1970", () => {
    // [nanoseconds of the day: 8 bytes LE][Julian day: 4 bytes LE]
    const int96 = (julianDay: number, nanos: number) => [
      ...le32(nanos % 2 ** 32),
      ...le32(Math.floor(nanos / 2 ** 32)),
      ...le32(julianDay),
    ];
    const page = plainPage(2, [...int96(2440589, 5e8), ...int96(2451545, 0)]);
    const values = decode({ name: 'ts', type: 'INT96', repetition_type: 'REQUIRED' }, 2, page);
    expect(Array.from(values)).toEqual([86_400_500, Date.parse('2000-01-01T00:00:00Z')]);
  });

  it('unsigned 64-bit integers and MICROS timestamps keep their sign and unit', () => {
    const u64 = [...le32(0xffffffff), ...le32(0x1)]; // 2^33 - 1
    const unsigned = decode(
      { name: 'u', type: 'INT64', repetition_type: 'REQUIRED', converted_type: 'UINT_64' },
      1,
      plainPage(1, u64),
    );
    expect(Array.from(unsigned)).toEqual([2 ** 33 - 1]);
    const minusOne = [...le32(0xffffffff), ...le32(0xffffffff)];
    const micros = decode(
      {
        name: 't',
        type: 'INT64',
        repetition_type: 'REQUIRED',
        logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MICROS' },
      },
      1,
      plainPage(1, minusOne),
    );
    expect(Array.from(micros)).toEqual([-0.001]);
  });

  it('a page with more values than its row group is an error, not an overrun', () => {
    const page = plainPage(2, [...le32(1), ...le32(2)]);
    expect(() => decode({ name: 'x', type: 'INT32', repetition_type: 'REQUIRED' }, 1, page)).toThrow(
      'data pages hold more values than the row group has rows',
    );
  });
});
