/**
 * Parquet → typed columns. Only the requested columns are read, one column chunk at a time (the footer,
 * then per column each row group's chunk: never whole rows, never the whole file), each decoded straight into
 * its typed array (parquet/chunk.ts). Types and units: parquet/column-type.ts; codecs: parquet/codecs.ts.
 *
 * Null → missing. Nested (struct, list, map) and repeated columns are refused naming the column.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { parquetMetadata, parquetSchema } from 'hyparquet';
import type { ColumnMetaData, FileMetaData, SchemaElement } from 'hyparquet';
import type { Column, Table } from '../data/types.js';
import { InputError, messageOf } from '../errors.js';
import { ChunkDecoder } from './parquet/chunk.js';
import { columnType, type ColumnType } from './parquet/column-type.js';
import { ColumnTarget } from './parquet/target.js';
import { ReadProgress } from './progress.js';
import { isWanted, type ReadTableOptions } from './table-options.js';

/** Footer bytes read at first try; a larger footer is read again in full. */
const FOOTER_GUESS = 1 << 16;

interface Field {
  element: SchemaElement;
  type: ColumnType;
  /** Index of the column chunk in each row group. */
  leaf: number;
}

/** An opened Parquet file: its footer read and checked; columns are read one at a time, when asked. */
export interface ParquetFile {
  source: string;
  rowCount: number;
  /** Every top-level column name in file order (also those not wanted). */
  header: string[];
  /** The wanted columns, in file order. */
  wanted: string[];
  /** Read one wanted column (`categorical`: strings and numbers as labels). */
  read(name: string, categorical?: boolean): Promise<Column>;
}

async function openFile(file: string, shown: string): Promise<FileHandle> {
  try {
    return await open(file, 'r');
  } catch (error) {
    throw new InputError(`${shown}: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Read and check the footer; the wanted columns' types are checked here, before any column is read. */
export async function openParquet(
  file: string,
  shown: string,
  options: ReadTableOptions = {},
): Promise<ParquetFile> {
  const handle = await openFile(file, shown);
  let size: number;
  let metadata: FileMetaData;
  try {
    size = (await handle.stat()).size;
    metadata = await readMetadata(handle, size, shown);
  } finally {
    await handle.close();
  }
  const rowCount = Number(metadata.num_rows);
  const fields = selectFields(metadata, shown, options);
  if (rowCount === 0) throw new InputError(`${shown}: no data rows`);
  const byName = new Map(fields.map((field) => [field.element.name, field]));
  let done = 0;
  return {
    source: shown,
    rowCount,
    header: parquetSchema(metadata).children.map((child) => child.element.name),
    wanted: fields.map((field) => field.element.name),
    async read(name, categorical = false) {
      let field = byName.get(name);
      if (!field) throw new Error(`${shown}: column '${name}' was not opened for reading`);
      if (categorical && !options.categorical?.has(name)) {
        const type = columnType(field.element, true);
        if (typeof type !== 'string') field = { ...field, type };
      }
      const what = `${shown}: column '${name}' (${++done} of ${fields.length})`;
      const progress = new ReadProgress(what, options.log);
      const column = await readColumnOf(file, shown, size, metadata, field, (rows, bytes) =>
        progress.update(rows, bytes, size),
      );
      progress.finish(rowCount);
      return column;
    },
  };
}

export async function readParquet(
  file: string,
  shown: string,
  options: ReadTableOptions = {},
): Promise<Table> {
  const parquet = await openParquet(file, shown, options);
  const columns = new Map<string, Column>();
  for (const name of parquet.wanted) columns.set(name, await parquet.read(name));
  return { source: shown, rowCount: parquet.rowCount, columns, header: parquet.header };
}

async function readColumnOf(
  file: string,
  shown: string,
  size: number,
  metadata: FileMetaData,
  field: Field,
  onBytes: (rows: number, bytes: number) => void,
): Promise<Column> {
  const handle = await openFile(file, shown);
  try {
    return await readColumn(handle, size, metadata, field, shown, onBytes);
  } finally {
    await handle.close();
  }
}

/** `length` bytes from `start`, into `into` when it is large enough (column chunks reuse one buffer). */
async function readBytes(
  handle: FileHandle,
  start: number,
  length: number,
  into?: Uint8Array,
): Promise<Uint8Array> {
  const bytes = into && into.length >= length ? into.subarray(0, length) : new Uint8Array(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(bytes, done, length - done, start + done);
    if (bytesRead === 0) throw new Error(`file ends at byte ${start + done}, expected ${start + length}`);
    done += bytesRead;
  }
  return bytes;
}

async function readMetadata(handle: FileHandle, size: number, shown: string): Promise<FileMetaData> {
  try {
    if (size < 12) throw new Error(`${size} bytes is too short for a Parquet file`);
    let tail = await readBytes(handle, Math.max(0, size - FOOTER_GUESS), Math.min(size, FOOTER_GUESS));
    const view = new DataView(tail.buffer);
    const footer = view.getUint32(tail.length - 8, true);
    if (footer + 8 > tail.length && footer + 8 <= size)
      tail = await readBytes(handle, size - footer - 8, footer + 8);
    return parquetMetadata(
      tail.buffer.slice(tail.byteOffset, tail.byteOffset + tail.byteLength) as ArrayBuffer,
    );
  } catch (error) {
    throw new InputError(`${shown}: not a readable Parquet file (${messageOf(error)})`);
  }
}

function selectFields(metadata: FileMetaData, shown: string, options: ReadTableOptions): Field[] {
  const fields: Field[] = [];
  let leaf = 0;
  for (const child of parquetSchema(metadata).children) {
    const { element } = child;
    const leaves = countLeaves(child);
    const index = leaf;
    leaf += leaves;
    if (!isWanted(options, element.name)) continue;
    const teach = `; read only the other columns by listing the features to compare in 'features'`;
    if (child.children.length > 0 || element.repetition_type === 'REPEATED') {
      throw new InputError(
        `${shown}: column '${element.name}' is ${child.children.length > 0 ? 'nested (struct, list or map)' : 'repeated'}; ` +
          `expected flat columns of numbers, strings, booleans, dates or timestamps${teach}`,
      );
    }
    const type = columnType(element, options.categorical?.has(element.name) ?? false);
    if (typeof type === 'string') throw new InputError(`${shown}: ${type}${teach}`);
    fields.push({ element, type, leaf: index });
  }
  return fields;
}

function countLeaves(node: { children: unknown[] }): number {
  if (node.children.length === 0) return 1;
  return (node.children as { children: unknown[] }[]).reduce((sum, child) => sum + countLeaves(child), 0);
}

async function readColumn(
  handle: FileHandle,
  size: number,
  metadata: FileMetaData,
  field: Field,
  shown: string,
  onBytes: (rows: number, bytes: number) => void,
): Promise<Column> {
  const { name } = field.element;
  const target = new ColumnTarget(field.type, Number(metadata.num_rows));
  const decoder = new ChunkDecoder(field.type, target, field.element.repetition_type === 'OPTIONAL' ? 1 : 0);
  let rowStart = 0;
  let buffer: Uint8Array = new Uint8Array(0);
  for (const [group, rowGroup] of metadata.row_groups.entries()) {
    const rows = Number(rowGroup.num_rows);
    const where = `${shown}: row group ${group + 1}, column '${name}'`;
    const chunk = rowGroup.columns[field.leaf];
    const meta: ColumnMetaData | undefined = chunk?.meta_data;
    if (!meta || meta.path_in_schema.length !== 1 || meta.path_in_schema[0] !== name || chunk?.file_path) {
      throw new InputError(`${where}: the column chunk is missing or stored in another file`);
    }
    if (rowStart + rows > target.length) {
      throw new InputError(`${where}: the row groups hold more rows than the file's ${target.length}`);
    }
    const dictionaryOffset = Number(meta.dictionary_page_offset ?? 0n);
    const dataOffset = Number(meta.data_page_offset);
    const start = dictionaryOffset > 0 && dictionaryOffset < dataOffset ? dictionaryOffset : dataOffset;
    const length = Number(meta.total_compressed_size);
    if (start < 4 || length < 0 || start + length > size) {
      throw new InputError(
        `${where}: the column chunk lies outside the file (bytes ${start}–${start + length} of ${size})`,
      );
    }
    try {
      const bytes = await readBytes(handle, start, length, buffer);
      if (bytes.buffer !== buffer.buffer) buffer = bytes;
      decoder.decode(bytes, meta, rowStart, rows);
      onBytes(rowStart + rows, start + length);
    } catch (error) {
      throw new InputError(`${where}: cannot decode (${messageOf(error)})`);
    }
    rowStart += rows;
  }
  if (rowStart !== target.length) {
    throw new InputError(`${shown}: the row groups hold ${rowStart} rows, the footer says ${target.length}`);
  }
  return target.finish();
}
