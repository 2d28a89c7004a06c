/**
 * The CSV reader's fast lane: plain rows parsed straight from the file's bytes into the typed columns, with no
 * per-row cell arrays and no callback. Numbers are parsed where they stand (table-number.ts, exact), text
 * cells are looked up in their column's dictionary, skipped columns (not among the compared features) are
 * only scanned to the next delimiter. Anything else — a quoted cell, text or a missing marker in a number
 * column, a non-finite number, a blank line, a wrong cell count, a row cut by the read buffer — ends the run:
 * that row goes through the general row splitter (csv-scan.ts) and table-csv.ts's cell rules, so both lanes
 * give the same columns and the same errors.
 */
import type { CsvDialect, FastRows } from './csv-scan.js';
import type { ByteDictionary, CodeColumnBuilder, NumberColumnBuilder } from './table-columns.js';
import { scanDecimal } from './table-number.js';

const QUOTE = 0x22;
const MINUS = 0x2d;
const ZERO = 0x30;
const POW10 = Float64Array.from({ length: 23 }, (_, k) => 10 ** k);
const LF = 0x0a;
const CR = 0x0d;

export type Mode = 'skip' | 'number' | 'text' | 'deferred';

/** One column being read (shared with table-csv.ts, which owns the cell rules). */
export interface ColumnState {
  name: string;
  mode: Mode;
  numbers: NumberColumnBuilder | null;
  codes: CodeColumnBuilder | null;
  dictionary: ByteDictionary | null;
  /** A cell that was not empty was stored as NaN (a marker, blanks, `nan`, an overflow). */
  nanText: boolean;
}

/** The columns and the count of data rows read so far, shared by both lanes. */
export interface CsvColumns {
  states: ColumnState[];
  rowCount: number;
}

const SKIP = 0;
const NUMBER = 1;
const TEXT = 2;

export class FastRowReader implements FastRows {
  rows = 0;
  /** Off until table-csv has sized the columns from the first rows. */
  enabled = false;
  private readonly endsCell = new Uint8Array(256);
  private readonly delimiter: number;
  private readonly decimal: number;
  private modes = new Uint8Array(0);
  private values: Float64Array[] = [];
  private codes: Int32Array[] = [];
  private dictionaries: ByteDictionary[] = [];

  constructor(
    private readonly table: CsvColumns,
    dialect: CsvDialect,
    private readonly fileSize: number,
  ) {
    this.delimiter = dialect.delimiter;
    this.decimal = dialect.decimal;
    this.endsCell[dialect.delimiter] = this.endsCell[LF] = this.endsCell[CR] = 1;
  }

  read(bytes: Buffer, pos: number, end: number, offset: number): number {
    this.rows = 0;
    if (!this.enabled) return pos;
    const room = this.prepare(offset);
    const { modes, values, codes, dictionaries, endsCell, delimiter, decimal } = this;
    const n = modes.length;
    const first = this.table.rowCount;
    let row = first;
    const last = first + room;
    let p = pos;
    rows: while (row < last && p < end) {
      const rowStart = p;
      if (bytes[p] === LF || bytes[p] === CR) break; // a blank line: the splitter skips it
      for (let c = 0; c < n; c++) {
        const mode = modes[c]!;
        let q: number;
        if (mode === NUMBER) {
          const b = bytes[p];
          if (b === delimiter || b === LF || b === CR) {
            values[c]![row] = NaN; // an empty cell
            q = p;
          } else {
            // The usual cell inline: [-]digits[.digits], at most 15 digits, no exponent — one IEEE operation,
            // as scanDecimal's fast path computes it. Anything else is handed to scanDecimal.
            q = p;
            const negative = b === MINUS;
            if (negative) q++;
            let mantissa = 0;
            const digitsStart = q;
            for (; q < end; q++) {
              const digit = bytes[q]! - ZERO;
              if (digit >>> 0 > 9) break;
              mantissa = mantissa * 10 + digit;
            }
            let digits = q - digitsStart;
            let scale = 0;
            if (q < end && bytes[q] === decimal) {
              const fractionStart = ++q;
              for (; q < end; q++) {
                const digit = bytes[q]! - ZERO;
                if (digit >>> 0 > 9) break;
                mantissa = mantissa * 10 + digit;
              }
              scale = q - fractionStart;
              digits += scale;
            }
            if (digits > 0 && digits <= 15 && scale <= 22 && q < end && endsCell[bytes[q]!] === 1) {
              const value = mantissa / POW10[scale]!;
              values[c]![row] = negative ? -value : value;
            } else {
              q = scanDecimal(bytes, p, end, values[c]!, row, decimal);
              if (q < 0 || q >= end || values[c]![row]! !== values[c]![row]!) {
                p = rowStart;
                break rows;
              }
            }
          }
        } else {
          if (bytes[p] === QUOTE) {
            p = rowStart;
            break rows;
          }
          q = p;
          while (q < end && endsCell[bytes[q]!] === 0) q++;
          if (q >= end) {
            p = rowStart;
            break rows;
          }
          if (mode === TEXT) codes[c]![row] = q === p ? -1 : dictionaries[c]!.codeOf(bytes, p, q);
        }
        const t = bytes[q]!;
        if (c < n - 1) {
          if (t !== delimiter) {
            p = rowStart;
            break rows;
          }
          p = q + 1;
        } else if (t === LF) p = q + 1;
        else if (t === CR && q + 1 < end && bytes[q + 1] === LF) p = q + 2;
        else {
          p = rowStart;
          break rows;
        }
      }
      row++;
    }
    this.commit(row);
    this.rows = row - first;
    return p;
  }

  /** Cache each column's lane and array; make sure every column has room. Returns the rows there is room for. */
  private prepare(offset: number): number {
    const states = this.table.states;
    const rowCount = this.table.rowCount;
    if (this.modes.length !== states.length) {
      this.modes = new Uint8Array(states.length);
      this.values = new Array<Float64Array>(states.length);
      this.codes = new Array<Int32Array>(states.length);
      this.dictionaries = new Array<ByteDictionary>(states.length);
    }
    let room = Infinity;
    for (const state of states) {
      const capacity = state.numbers?.values.length ?? state.codes?.codes.length ?? Infinity;
      room = Math.min(room, capacity - rowCount);
    }
    if (room < 1) {
      // The estimate from the first rows fell short: grow by the rest of the file at the average row length.
      const perRow = offset / Math.max(1, rowCount);
      const more = Math.ceil(((this.fileSize - offset) / perRow) * 1.02) + 1024;
      for (const state of states) {
        state.numbers?.reserve(more);
        state.codes?.reserve(more);
      }
      room = more;
    }
    states.forEach((state, c) => {
      this.modes[c] = state.mode === 'number' ? NUMBER : state.mode === 'text' ? TEXT : SKIP;
      if (state.numbers) this.values[c] = state.numbers.values;
      if (state.codes) this.codes[c] = state.codes.codes;
      if (state.dictionary) this.dictionaries[c] = state.dictionary;
    });
    return room;
  }

  private commit(rowCount: number): void {
    for (const state of this.table.states) {
      if (state.numbers) state.numbers.length = rowCount;
      if (state.codes) state.codes.length = rowCount;
    }
    this.table.rowCount = rowCount;
  }
}
