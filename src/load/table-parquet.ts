/**
 * Parquet → typed columns with hyparquet, one row group and one column chunk at a time (never whole rows).
 *
 * Types: INT32 / INT64 / FLOAT / DOUBLE / DECIMAL / FLOAT16 → numerical (INT64 beyond 2^53 loses precision,
 * as in any float column); strings, booleans ("true" / "false"), dates and timestamps → categorical, dates as
 * ISO text (`2024-05-01` for DATE, `2024-05-01T12:00:00.000Z` for timestamps); TIME and INTERVAL → categorical.
 * Null → missing. Nested columns (struct, list, map) are rejected naming the column. Compression: what
 * hyparquet reads out of the box (uncompressed, snappy); other codecs are reported as unreadable.
 */
import { asyncBufferFromFile, parquetMetadataAsync, parquetScan, parquetSchema } from 'hyparquet';
import type { AsyncBuffer, DecodedArray, FileMetaData, SchemaElement } from 'hyparquet';
import type { Column, Table } from '../data/types.js';
import { InputError, messageOf } from '../errors.js';
import { CodeColumnBuilder, LabelDictionary, NumberColumnBuilder } from './table-columns.js';
import type { ReadTableOptions } from './table.js';

const NUMERIC_PHYSICAL = new Set(['INT32', 'INT64', 'FLOAT', 'DOUBLE']);
const NOT_NUMERIC_ANNOTATIONS = new Set([
  'DATE',
  'TIME',
  'TIME_MILLIS',
  'TIME_MICROS',
  'TIMESTAMP',
  'TIMESTAMP_MILLIS',
  'TIMESTAMP_MICROS',
  'INTERVAL',
]);

interface Field {
  element: SchemaElement;
  numbers: NumberColumnBuilder | null;
  codes: CodeColumnBuilder | null;
  dictionary: LabelDictionary | null;
}

export async function readParquet(
  file: string,
  shown: string,
  options: ReadTableOptions = {},
): Promise<Table> {
  let buffer: AsyncBuffer;
  try {
    buffer = await asyncBufferFromFile(file);
  } catch (error) {
    throw new InputError(`${shown}: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(buffer);
  } catch (error) {
    throw new InputError(`${shown}: not a readable Parquet file (${messageOf(error)})`);
  }
  const rowCount = Number(metadata.num_rows);
  const fields = selectFields(metadata, shown, options, rowCount);
  if (rowCount === 0) throw new InputError(`${shown}: no data rows`);

  const scan = await parquetScan({ file: buffer, metadata, columns: fields.map((f) => f.element.name) });
  let groupStart = 0;
  for (const [group, rowGroup] of metadata.row_groups.entries()) {
    const groupEnd = groupStart + Number(rowGroup.num_rows);
    for (const field of fields) {
      const name = field.element.name;
      let data: DecodedArray;
      try {
        data = await scan.readColumn({ column: name, rowStart: groupStart, rowEnd: groupEnd });
      } catch (error) {
        throw new InputError(
          `${shown}: row group ${group + 1}, column '${name}': cannot decode (${messageOf(error)})`,
        );
      }
      addValues(field, data, shown, group);
    }
    groupStart = groupEnd;
  }

  const columns = new Map<string, Column>();
  for (const { element, numbers, codes, dictionary } of fields) {
    columns.set(
      element.name,
      numbers ? numbers.finish(element.name) : codes!.finish(element.name, dictionary!.labels),
    );
  }
  return { source: shown, rowCount, columns };
}

function selectFields(
  metadata: FileMetaData,
  shown: string,
  options: ReadTableOptions,
  rows: number,
): Field[] {
  const fields: Field[] = [];
  for (const child of parquetSchema(metadata).children) {
    const { element } = child;
    if (options.columns && !options.columns.has(element.name)) continue;
    if (child.children.length > 0) {
      throw new InputError(
        `${shown}: column '${element.name}' is nested (struct, list or map); expected flat columns of ` +
          `numbers, strings, booleans or dates`,
      );
    }
    const numeric = isNumeric(element) && !options.categorical?.has(element.name);
    fields.push({
      element,
      numbers: numeric ? new NumberColumnBuilder(Math.max(rows, 1)) : null,
      codes: numeric ? null : new CodeColumnBuilder(Math.max(rows, 1)),
      dictionary: numeric ? null : new LabelDictionary(),
    });
  }
  return fields;
}

function isNumeric(element: SchemaElement): boolean {
  const logical = element.logical_type?.type;
  if (element.converted_type === 'DECIMAL' || logical === 'DECIMAL' || logical === 'FLOAT16') return true;
  if (!element.type || !NUMERIC_PHYSICAL.has(element.type)) return false;
  return (
    !NOT_NUMERIC_ANNOTATIONS.has(element.converted_type ?? '') && !NOT_NUMERIC_ANNOTATIONS.has(logical ?? '')
  );
}

function addValues(field: Field, data: DecodedArray, shown: string, group: number): void {
  const { numbers, codes, dictionary, element } = field;
  if (numbers) {
    const values = numbers.reserve(data.length);
    let at = numbers.length;
    for (let i = 0; i < data.length; i++) {
      const value: unknown = data[i];
      const number = typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : NaN;
      values[at++] = Number.isFinite(number) ? number : NaN;
    }
    numbers.length = at;
    return;
  }
  const dateOnly = element.converted_type === 'DATE' || element.logical_type?.type === 'DATE';
  for (let i = 0; i < data.length; i++) {
    const label = labelOf(data[i], dateOnly);
    if (label === undefined) {
      throw new InputError(
        `${shown}: row group ${group + 1}, column '${element.name}': unsupported value type ` +
          `(expected numbers, strings, booleans or dates)`,
      );
    }
    codes!.push(label === null ? -1 : dictionary!.codeOf(label));
  }
}

/** Category label of one Parquet value; null = missing, undefined = unsupported. */
function labelOf(value: unknown, dateOnly: boolean): string | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'bigint')
    return String(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const iso = value.toISOString();
    return dateOnly ? iso.slice(0, 10) : iso;
  }
  return undefined;
}
