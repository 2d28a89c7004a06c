/**
 * Byte-level RFC 4180 CSV scanner: reads the file in large chunks and hands each row over as byte ranges.
 *
 * Hand-written for speed and memory: csv-parse / papaparse allocate a string per cell (and an array per row);
 * on 10 million cells that is several times slower and holds far more memory than the typed columns built
 * from these byte ranges. Handles quotes, `""` escapes, quoted newlines, CRLF / LF / CR line ends, a UTF-8
 * BOM, and skips blank lines. A row is only reported once complete, so a row cut by a chunk boundary is
 * re-split after the next read.
 */
import { promises as fs } from 'node:fs';
import { InputError } from '../errors.js';
import { scanDecimal } from './table-number.js';

const QUOTE = 0x22;
const DOT = 0x2e;
const LF = 0x0a;
const CR = 0x0d;
const CHUNK_BYTES = 1 << 20;

/** How cells are separated and how numbers are written: `,` and `.` unless the table says otherwise. */
export interface CsvDialect {
  /** The cell delimiter's byte (`,` `;` tab `|`). */
  delimiter: number;
  /** The decimal mark's byte (`.` or `,`). */
  decimal: number;
}

export const DEFAULT_DIALECT: CsvDialect = { delimiter: 0x2c, decimal: DOT };

/** Printable name of a delimiter byte, for messages. */
export function delimiterName(delimiter: number): string {
  return delimiter === 0x09 ? 'tab' : `'${String.fromCharCode(delimiter)}'`;
}

/** One complete row. Cell i is `bytes[starts[i], ends[i])`, with quotes removed and `""` unescaped. */
export interface CsvRow {
  bytes: Buffer;
  starts: Int32Array;
  ends: Int32Array;
  cellCount: number;
  /**
   * isNumber[i] is 1 when unquoted cell i is exactly a decimal number, already parsed into numbers[i] while
   * its end was searched (one pass over the bytes instead of two). 0 says nothing: parse the bytes then.
   */
  isNumber: Uint8Array;
  numbers: Float64Array;
  /** 1-based line where the row starts. */
  line: number;
  /** Offset of the row start in the file, in bytes (for row-count estimates). */
  fileOffset: number;
  /** Size of the whole file in bytes. */
  fileSize: number;
}

/**
 * A reader of plain rows straight from the bytes (table-csv's typed columns), tried before the row splitter:
 * it consumes complete rows of the expected shape from `bytes[pos, end)` and returns the position after the
 * last one (`pos` when the next row is anything else: quotes, text where a number was expected, a blank line,
 * a cut row, the file's last line without a line end). Each row it consumes is one line ending in LF or CRLF.
 */
export interface FastRows {
  /** `offset` is the file offset of `bytes[pos]`. */
  read(bytes: Buffer, pos: number, end: number, offset: number): number;
  /** Rows consumed by the last `read`. */
  rows: number;
}

export interface ScanOptions {
  /** Initial read size (tests use tiny chunks to exercise rows cut between reads). */
  chunkBytes?: number;
  dialect?: CsvDialect;
  fast?: FastRows;
  /** Called after every read with the bytes read so far and the file's size. */
  progress?: (bytes: number, fileSize: number) => void;
}

/**
 * Calls `onRow` for every non-blank row of the file, header included, except the rows `fast` consumed. The row
 * object is reused: copy what you keep. `chunkBytes` is the initial read size.
 */
export async function scanCsv(
  file: string,
  shown: string,
  onRow: (row: CsvRow) => void,
  chunkBytes = CHUNK_BYTES,
  dialect: CsvDialect = DEFAULT_DIALECT,
  options: Pick<ScanOptions, 'fast' | 'progress'> = {},
): Promise<void> {
  const { fast, progress } = options;
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    throw new InputError(`${shown}: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const { size } = await handle.stat();
    const splitter = new RowSplitter(shown, dialect);
    let bytes = Buffer.allocUnsafe(Math.max(chunkBytes, 4)); // room for the BOM check
    let filled = 0;
    let pos = 0;
    let base = 0; // file offset of bytes[0]
    let eof = false;
    let first = true;
    const row: CsvRow = {
      bytes,
      starts: splitter.starts,
      ends: splitter.ends,
      isNumber: splitter.isNumber,
      numbers: splitter.numbers,
      cellCount: 0,
      line: 0,
      fileOffset: 0,
      fileSize: size,
    };
    while (!eof || pos < filled) {
      if (!eof) {
        const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, null);
        if (bytesRead === 0) eof = true;
        filled += bytesRead;
        progress?.(base + filled, size);
        if (first && filled >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) pos = 3;
        if (first && (filled >= 3 || eof)) first = false;
        if (first) continue;
      }
      while (pos < filled) {
        if (fast) {
          const after = fast.read(bytes, pos, filled, base + pos);
          if (after > pos) {
            splitter.skipLines(fast.rows);
            pos = after;
            continue;
          }
        }
        const next = splitter.split(bytes, pos, filled, eof);
        if (next < 0) break; // row continues in the next chunk
        if (splitter.cellCount > 0) {
          // One row object, updated in place: nothing is allocated per row.
          row.bytes = bytes;
          row.starts = splitter.starts;
          row.ends = splitter.ends;
          row.isNumber = splitter.isNumber;
          row.numbers = splitter.numbers;
          row.cellCount = splitter.cellCount;
          row.line = splitter.rowLine;
          row.fileOffset = base + pos;
          onRow(row);
        }
        pos = next;
      }
      if (eof) break;
      // Keep the unfinished row: move it to the front, or grow the buffer when it fills the whole buffer.
      const rest = filled - pos;
      if (pos === 0 && rest === bytes.length) {
        const bigger = Buffer.allocUnsafe(bytes.length * 2);
        bytes.copy(bigger, 0, 0, filled);
        bytes = bigger;
      } else {
        bytes.copyWithin(0, pos, filled);
      }
      base += pos;
      filled = rest;
      pos = 0;
    }
  } finally {
    await handle.close();
  }
}

/** Splits one row at a time; keeps the cell bounds in reusable typed arrays. */
class RowSplitter {
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  isNumber = new Uint8Array(64);
  numbers = new Float64Array(64);
  /** Per cell: 1 when it was quoted and contains `""` escapes to undo. */
  private escaped = new Uint8Array(64);
  cellCount = 0;
  rowLine = 1;
  private line = 1;
  /** 1 for the bytes that end an unquoted cell: one table load per byte instead of three compares. */
  private readonly endsCell = new Uint8Array(256);
  private readonly delimiter: number;
  private readonly decimal: number;

  constructor(
    private readonly shown: string,
    dialect: CsvDialect,
  ) {
    this.delimiter = dialect.delimiter;
    this.decimal = dialect.decimal;
    this.endsCell[dialect.delimiter] = this.endsCell[LF] = this.endsCell[CR] = 1;
  }

  /**
   * Split the row starting at `pos`. Returns the position after its line end, or -1 when the row is not
   * complete before `end` and more input may follow. `cellCount` is 0 for a blank line.
   */
  split(bytes: Buffer, pos: number, end: number, eof: boolean): number {
    let line = this.line;
    let count = 0;
    const rowStart = pos;
    const endsCell = this.endsCell;
    for (;;) {
      if (count === this.starts.length) this.growCells();
      let cellStart = pos;
      let cellEnd: number;
      let escaped = 0;
      let isNumber = 0;
      if (pos < end && bytes[pos] === QUOTE) {
        pos++;
        cellStart = pos;
        const openedOn = line;
        for (;;) {
          if (pos >= end) {
            if (!eof) return -1;
            throw new InputError(
              `${this.shown}: line ${openedOn}: a quoted cell opened on this line never closes (missing '"')`,
            );
          }
          const c = bytes[pos]!;
          if (c === QUOTE) {
            if (pos + 1 >= end && !eof) return -1;
            if (pos + 1 >= end || bytes[pos + 1] !== QUOTE) break; // (never read past `end`: stale bytes)
            escaped = 1;
            pos += 2;
            continue;
          }
          if (c === LF || (c === CR && (pos + 1 >= end || bytes[pos + 1] !== LF))) line++;
          pos++;
        }
        cellEnd = pos;
        pos++; // closing quote
      } else {
        const stop = pos < end ? scanDecimal(bytes, pos, end, this.numbers, count, this.decimal) : -1;
        if (stop >= 0 && stop < end && endsCell[bytes[stop]!] === 1) {
          isNumber = 1;
          pos = stop;
        } else {
          while (pos < end && endsCell[bytes[pos]!] === 0) pos++;
        }
        cellEnd = pos;
      }
      this.starts[count] = cellStart;
      this.ends[count] = cellEnd;
      this.escaped[count] = escaped;
      this.isNumber[count] = isNumber;
      count++;

      if (pos >= end) {
        if (!eof) return -1;
        break;
      }
      const c = bytes[pos]!;
      if (c === this.delimiter) {
        pos++;
        continue;
      }
      if (c === LF) {
        pos++;
        break;
      }
      if (c === CR) {
        if (pos + 1 >= end && !eof) return -1;
        pos += pos + 1 < end && bytes[pos + 1] === LF ? 2 : 1;
        break;
      }
      throw new InputError(
        `${this.shown}: line ${line}: expected ${delimiterName(this.delimiter)} or a line end after the closing quote, found ` +
          `'${String.fromCharCode(c)}' (a quote inside a quoted cell is written "")`,
      );
    }
    // Complete row: commit line numbers and undo `""` escapes in place (safe now: the row is never re-split).
    this.rowLine = this.line;
    this.line = line + 1;
    const blank =
      count === 1 && this.ends[0] === this.starts[0] && (rowStart >= end || bytes[rowStart] !== QUOTE);
    this.cellCount = blank ? 0 : count;
    for (let i = 0; i < count; i++) if (this.escaped[i]) this.unescape(bytes, i);
    return pos;
  }

  /** Rows read by FastRows: one line each. */
  skipLines(rows: number): void {
    this.line += rows;
  }

  private unescape(bytes: Buffer, cell: number): void {
    let write = this.starts[cell]!;
    const end = this.ends[cell]!;
    for (let read = write; read < end; read++) {
      bytes[write++] = bytes[read]!;
      if (bytes[read] === QUOTE) read++; // skip the second quote of the pair
    }
    this.ends[cell] = write;
  }

  private growCells(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const escaped = new Uint8Array(size);
    const isNumber = new Uint8Array(size);
    const numbers = new Float64Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    escaped.set(this.escaped);
    isNumber.set(this.isNumber);
    numbers.set(this.numbers);
    this.starts = starts;
    this.ends = ends;
    this.escaped = escaped;
    this.isNumber = isNumber;
    this.numbers = numbers;
  }
}
