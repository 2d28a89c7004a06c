/**
 * CSV → typed columns. Every column starts as numerical; the first non-number cell turns it categorical.
 *
 * Switching keeps exact labels by a second pass: the earlier cells' text matters (`1.0` and `1` are different
 * categories, and a float cannot tell them apart), so a column that meets text is marked "deferred", its
 * numbers are dropped, and after the first pass the file is scanned once more reading only the deferred
 * columns as text. A column whose earlier cells were all empty turns text at once (there is no text to
 * recover), so files whose columns are all numbers or all text are read once.
 *
 * Rows of the usual shape are read by csv-fast.ts straight into the columns; the rest row by row below.
 * Columns that are not wanted (`columns` / `wanted`) are skipped: scanned to the next delimiter, not parsed.
 *
 * Cells: empty (or only spaces in a numerical column) = missing, and so are the missing markers
 * (`drift.na-values`, by default pandas' `NA`, `N/A`, `null`, `None`, … — see data/missing.ts): in a numerical
 * column they are NaN and do not make it categorical; in a categorical one they are the empty code, not a
 * label. Markers are matched only on cells that are not numbers, so the all-numbers path pays nothing.
 * Delimiter and decimal mark come from csv-dialect.ts. Empty header names become `Unnamed: <index>` as pandas
 * names them (a written DataFrame index has an empty header).
 */
import type { Column, Table } from '../data/types.js';
import { PANDAS_NA_VALUES } from '../data/missing.js';
import { InputError } from '../errors.js';
import { chooseDialect, looksLike } from './csv-dialect.js';
import { FastRowReader, type ColumnState, type CsvColumns, type Mode } from './csv-fast.js';
import { delimiterName, scanCsv, type CsvDialect, type CsvRow } from './csv-scan.js';
import { ByteMarkers, missingLabels } from './missing-markers.js';
import {
  ByteDictionary,
  CodeColumnBuilder,
  NumberColumnBuilder,
  mergeDuplicateLabels,
} from './table-columns.js';
import { parseNumberInto } from './table-number.js';
import { ReadProgress } from './progress.js';
import { isWanted, type ReadTableOptions } from './table-options.js';
import { NotUtf8Error, decodeCell, locateInvalidUtf8 } from './utf8.js';

/** Reserve capacity from the file size once this many data rows have shown the average row length. */
const ESTIMATE_AFTER_ROWS = 1000;

/** Where a cell is read: the dialect, and the missing markers for cells that are not numbers. */
interface CellContext {
  dialect: CsvDialect;
  markers: ByteMarkers;
}

/**
 * `fastAfterRows`: data rows read by the general lane before the fast lane starts (its estimate of the row
 * count sizes the columns); tests pass Infinity to compare both lanes on the same file.
 */
export async function readCsvTable(
  file: string,
  shown: string,
  options: ReadTableOptions = {},
  isTsv = false,
  fastAfterRows = ESTIMATE_AFTER_ROWS,
): Promise<Table> {
  try {
    return await readCsvColumns(file, shown, options, isTsv, fastAfterRows);
  } catch (error) {
    // Header names and labels are decoded as strict UTF-8 (only distinct labels are decoded, so this costs
    // nothing extra); where the bad bytes are is found on this error path only.
    if (error instanceof NotUtf8Error) throw await locateInvalidUtf8(file, shown);
    throw error;
  }
}

async function readCsvColumns(
  file: string,
  shown: string,
  options: ReadTableOptions,
  isTsv: boolean,
  fastAfterRows: number,
): Promise<Table> {
  let header: string[] | null = null;
  const table: CsvColumns = { states: [], rowCount: 0 };
  let dataStart = 0;
  const dialect = await chooseDialect(file, shown, options.format ?? {}, isTsv);
  const naValues = options.format?.naValues ?? PANDAS_NA_VALUES;
  const context: CellContext = { dialect, markers: new ByteMarkers(naValues) };
  let fast: FastRowReader | null = null;
  const progress = new ReadProgress(shown, options.log);

  const onRow = (row: CsvRow) => {
    if (header === null) {
      header = headerNames(row, shown);
      table.states = header.map((name) => newState(name, options));
      dataStart = row.fileOffset;
      fast = new FastRowReader(table, dialect, row.fileSize);
      return;
    }
    checkCellCount(row, header, shown, dialect);
    const rowCount = table.rowCount;
    if (rowCount === ESTIMATE_AFTER_ROWS)
      reserveFromEstimate(table.states, rowCount, row.fileOffset - dataStart, row.fileSize);
    if (rowCount >= fastAfterRows) fast!.enabled = true;
    const states = table.states;
    for (let c = 0; c < states.length; c++) {
      const state = states[c]!;
      if (state.mode === 'number') addNumberCell(state, row, c, rowCount, context);
      else if (state.mode === 'text') addTextCell(state, row, c, rowCount);
    }
    table.rowCount++;
  };
  await scanCsv(file, shown, onRow, undefined, dialect, {
    fast: {
      // The header row creates the reader; until then (and for the first rows) every row takes the slow lane.
      read: (bytes, pos, end, offset) => (fast ? fast.read(bytes, pos, end, offset) : pos),
      get rows() {
        return fast ? fast.rows : 0;
      },
    },
    progress: (bytes, size) => progress.update(table.rowCount, bytes, size),
  });
  const rowCount = table.rowCount;

  if (header === null)
    throw new InputError(`${shown}: the file is empty (expected a header line and data rows)`);
  if (rowCount === 0) throw new InputError(`${shown}: no data rows, only the header line`);

  const deferred = table.states.filter((state) => state.mode === 'deferred');
  if (deferred.length > 0) await readDeferredColumns(file, shown, table.states, dialect, options.log);

  const columns = new Map<string, Column>();
  for (const state of table.states) {
    if (state.mode === 'skip') continue;
    columns.set(state.name, finishColumn(state, naValues));
  }
  progress.finish(rowCount);
  return { source: shown, rowCount, columns, header: [...header] };
}

function newState(name: string, options: ReadTableOptions): ColumnState {
  const mode: Mode = !isWanted(options, name) ? 'skip' : options.categorical?.has(name) ? 'text' : 'number';
  return {
    name,
    mode,
    numbers: mode === 'number' ? new NumberColumnBuilder() : null,
    codes: mode === 'text' ? new CodeColumnBuilder() : null,
    dictionary: mode === 'text' ? new ByteDictionary() : null,
    nanText: false,
  };
}

function addNumberCell(
  state: ColumnState,
  row: CsvRow,
  c: number,
  rowIndex: number,
  context: CellContext,
): void {
  const numbers = state.numbers!;
  const values = numbers.length === numbers.values.length ? numbers.reserve(1) : numbers.values;
  numbers.length = rowIndex + 1;
  const start = row.starts[c]!;
  const end = row.ends[c]!;
  if (row.isNumber[c] === 1) {
    values[rowIndex] = row.numbers[c]!;
  } else if (
    start === end ||
    !parseNumberInto(row.bytes, start, end, values, rowIndex, context.dialect.decimal)
  ) {
    if (!isBlank(row.bytes, start, end) && !context.markers.has(row.bytes, start, end)) {
      if (!state.nanText && allMissing(values, rowIndex)) {
        // Every earlier cell was empty: no text to recover, so the column turns text here, in this pass.
        state.mode = 'text';
        state.numbers = null;
        state.codes = new CodeColumnBuilder(values.length);
        state.codes.padTo(rowIndex);
        state.dictionary = new ByteDictionary();
        addTextCell(state, row, c, rowIndex);
        return;
      }
      // Text in a numerical column: re-read it as text in a second pass (see the file comment).
      state.mode = 'deferred';
      state.numbers = null;
      return;
    }
    values[rowIndex] = NaN;
  }
  if (start !== end && Number.isNaN(values[rowIndex])) state.nanText = true;
}

function allMissing(values: Float64Array, rows: number): boolean {
  for (let i = 0; i < rows; i++) if (!Number.isNaN(values[i]!)) return false;
  return true;
}

function addTextCell(state: ColumnState, row: CsvRow, c: number, rowIndex: number): void {
  const start = row.starts[c]!;
  const end = row.ends[c]!;
  const codes = state.codes!;
  if (codes.length === codes.codes.length) codes.reserve(1);
  codes.codes[rowIndex] = start === end ? -1 : state.dictionary!.codeOf(row.bytes, start, end);
  codes.length = rowIndex + 1;
}

function isBlank(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] !== 0x20 && bytes[i] !== 0x09) return false;
  return true;
}

async function readDeferredColumns(
  file: string,
  shown: string,
  states: ColumnState[],
  dialect: CsvDialect,
  log: ReadTableOptions['log'],
): Promise<void> {
  const progress = new ReadProgress(`${shown} (text columns, second pass)`, log);
  const wanted: number[] = [];
  states.forEach((state, c) => {
    if (state.mode !== 'deferred') return;
    state.mode = 'text';
    state.codes = new CodeColumnBuilder();
    state.dictionary = new ByteDictionary();
    wanted.push(c);
  });
  let headerSeen = false;
  let rowIndex = 0;
  const onRow = (row: CsvRow) => {
    if (!headerSeen) {
      headerSeen = true;
      return;
    }
    for (const c of wanted) addTextCell(states[c]!, row, c, rowIndex);
    rowIndex++;
  };
  await scanCsv(file, shown, onRow, undefined, dialect, {
    progress: (bytes, size) => progress.update(rowIndex, bytes, size),
  });
  progress.finish(rowIndex);
}

function finishColumn(state: ColumnState, naValues: readonly string[]): Column {
  if (state.mode === 'number') return state.numbers!.finish(state.name);
  const codes = state.codes!;
  const column = codes.finish(state.name, []);
  column.dictionary = mergeDuplicateLabels(state.dictionary!.labels(), column.codes);
  return missingLabels(column, naValues);
}

function headerNames(row: CsvRow, shown: string): string[] {
  const names: string[] = [];
  const seen = new Map<string, number>();
  for (let c = 0; c < row.cellCount; c++) {
    let name = decodeCell(row.bytes.subarray(row.starts[c], row.ends[c]));
    if (name.trim() === '') name = `Unnamed: ${c}`;
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      throw new InputError(
        `${shown}: line ${row.line}: column ${c + 1} repeats the header name '${name}' of column ${earlier + 1} ` +
          `(header names must be unique)`,
      );
    }
    seen.set(name, c);
    names.push(name);
  }
  return names;
}

function checkCellCount(row: CsvRow, header: string[], shown: string, dialect: CsvDialect): void {
  if (row.cellCount === header.length) return;
  const used = delimiterName(dialect.delimiter);
  throw new InputError(
    `${shown}: line ${row.line}: found ${row.cellCount} cell${row.cellCount === 1 ? '' : 's'} with delimiter ` +
      `${used}, expected ${header.length} as in the header${looksLike(row, dialect.delimiter, header.length)} ` +
      `(check for a missing or extra ${used} or an unquoted ${used} in a value, or set drift.delimiter / ` +
      `drift.decimal)`,
  );
}

/** After the first rows, size the columns for the whole file so they grow at most once more. */
function reserveFromEstimate(states: ColumnState[], rows: number, bytes: number, fileSize: number): void {
  if (bytes <= 0) return;
  const estimate = Math.ceil((fileSize / bytes) * rows * 1.02) + 16;
  for (const state of states) {
    if (state.numbers && estimate > state.numbers.values.length) state.numbers.reserve(estimate - rows);
  }
}
