/**
 * What a flat Parquet column means to the drift engine: numbers (and in which unit) or category labels.
 *
 * - INT32, INT64 (signed or unsigned), FLOAT, DOUBLE, FLOAT16 → numbers; INT64 beyond 2^53 is rounded to the
 *   nearest double, as any float column.
 * - DECIMAL (on INT32, INT64, FIXED_LEN_BYTE_ARRAY or BYTE_ARRAY) → the number unscaled / 10^scale, rounded
 *   to the nearest double.
 * - DATE → days since 1970-01-01; TIMESTAMP (MILLIS, MICROS, NANOS, and Spark's legacy INT96) →
 *   milliseconds since 1970-01-01T00:00Z, with a fraction for micro- and nanoseconds (timestamps without
 *   a time zone count their wall-clock time as UTC); TIME → milliseconds since midnight. Numbers keep the
 *   tests meaningful (KS, Wasserstein and binning see the time axis). When such a column is configured
 *   categorical (`drift.types`), its labels are ISO text (`2024-05-01`, `2024-05-01T12:00:00.000Z`).
 * - BOOLEAN → categories `true` / `false`; strings (UTF8 / STRING, ENUM, JSON, un-annotated BYTE_ARRAY) →
 *   categories labelled with their UTF-8 text.
 * - UUID, INTERVAL and other fixed-length byte arrays are refused naming the column (leave them out with
 *   `features`).
 */
import type { ParquetType, SchemaElement } from 'hyparquet';

export type Physical = 'boolean' | 'int32' | 'int64' | 'int96' | 'float' | 'double' | 'bytes';

export interface ColumnType {
  name: string;
  physical: Physical;
  /** Byte width of FIXED_LEN_BYTE_ARRAY values; undefined for BYTE_ARRAY and other types. */
  fixedLength: number | undefined;
  /** Bytes read as text labels (true) or converted to numbers (false: DECIMAL, FLOAT16 in bytes). */
  text: boolean;
  /** How `bytes` columns become numbers when not text. */
  bytesAs: 'decimal' | 'float16' | null;
  unsigned: boolean;
  /** The physical integer is divided by this (10^scale for DECIMAL, 1000 for MICROS, 1e6 for NANOS). */
  divisor: number;
  kind: 'numerical' | 'categorical';
  /** The label of a number when the column is read as categories. */
  label: (value: number) => string;
}

const PHYSICAL: Record<ParquetType, Physical> = {
  BOOLEAN: 'boolean',
  INT32: 'int32',
  INT64: 'int64',
  INT96: 'int96',
  FLOAT: 'float',
  DOUBLE: 'double',
  BYTE_ARRAY: 'bytes',
  FIXED_LEN_BYTE_ARRAY: 'bytes',
};

const DAY_MS = 86_400_000;
const UNIT_DIVISOR = { MILLIS: 1, MICROS: 1000, NANOS: 1e6 } as const;

const plain = (value: number): string => String(value);
const isoDate = (days: number): string => new Date(days * DAY_MS).toISOString().slice(0, 10);
const isoTime = (ms: number): string =>
  Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : String(ms);
const boolean = (value: number): string => (value === 0 ? 'false' : 'true');

/** The column's type, or what is wrong with it (the caller names the file and suggests `features`). */
export function columnType(element: SchemaElement, categorical: boolean): ColumnType | string {
  const { name } = element;
  if (!element.type) return `column '${name}' has no physical type`;
  const physical = PHYSICAL[element.type];
  const logical = element.logical_type;
  const converted = element.converted_type;
  const type: ColumnType = {
    name,
    physical,
    fixedLength: element.type === 'FIXED_LEN_BYTE_ARRAY' ? element.type_length : undefined,
    text: false,
    bytesAs: null,
    unsigned: false,
    divisor: 1,
    kind: 'numerical',
    label: plain,
  };
  const finish = (): ColumnType => {
    if (categorical) type.kind = 'categorical';
    return type;
  };

  if (logical?.type === 'DECIMAL' || converted === 'DECIMAL') {
    const scale = logical?.type === 'DECIMAL' ? logical.scale : (element.scale ?? 0);
    type.divisor = 10 ** scale;
    if (physical === 'bytes') type.bytesAs = 'decimal';
    return finish();
  }
  if (logical?.type === 'FLOAT16') {
    type.bytesAs = 'float16';
    return finish();
  }
  if (logical?.type === 'INTERVAL' || converted === 'INTERVAL') {
    return `column '${name}' is an INTERVAL, which is not supported`;
  }
  if (logical?.type === 'UUID') {
    return `column '${name}' holds UUIDs, which are identifiers rather than features`;
  }
  if (physical === 'bytes') {
    if (element.type === 'FIXED_LEN_BYTE_ARRAY' && !logical && !converted) {
      return `column '${name}' holds fixed-length binary values of no known type`;
    }
    type.text = true;
    type.kind = 'categorical';
    return type;
  }
  if (physical === 'boolean') {
    type.kind = 'categorical';
    type.label = boolean;
    return type;
  }
  if (physical === 'int96') {
    type.label = isoTime; // Spark's legacy timestamps
    return finish();
  }
  if (logical?.type === 'TIMESTAMP' || logical?.type === 'TIME') {
    type.divisor = UNIT_DIVISOR[logical.unit];
    type.label = logical.type === 'TIMESTAMP' ? isoTime : plain;
    return finish();
  }
  if (converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS') {
    type.divisor = converted === 'TIMESTAMP_MICROS' ? 1000 : 1;
    type.label = isoTime;
    return finish();
  }
  if (converted === 'TIME_MICROS') type.divisor = 1000;
  if (logical?.type === 'DATE' || converted === 'DATE') type.label = isoDate;
  if (logical?.type === 'INTEGER') type.unsigned = !logical.isSigned;
  if (converted?.startsWith('UINT_')) type.unsigned = true;
  return finish();
}
