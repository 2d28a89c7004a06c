/**
 * `.csv` metrics files, in two shapes:
 * - long form: header `metric,value` (or `name,value`, any case), then one metric per row;
 * - wide form: any other header, whose cells are the metric names, then rows of values. The last row is
 *   current, earlier rows are history (oldest first).
 * CSV has only text, so cells are read as numbers here (`true` / `false` count as 1 / 0). Any other text in the
 * current row (`churn-v3`, `2024-05-01`, `NA`) is metadata, and an empty cell is metadata `null` (no value this
 * run); history keeps numbers only.
 *
 * The reader underneath is a small RFC 4180 CSV reader: quoted cells (`"a,b"`), `""` for a quote inside quotes, line breaks inside
 * quotes, LF / CRLF / CR line ends. Hand-written because metrics files are a few lines long and correctness
 * with line numbers in errors matters more than speed; no CSV package is among the dependencies.
 *
 * Two deliberate leniencies: spaces and tabs around an unquoted cell (or around the quotes of a quoted one)
 * are dropped, and blank lines are skipped. Quoted cells keep their text exactly.
 */
import { InputError } from '../errors.js';
import { errorAt, quote, type ParsedMetrics } from './metrics-tree.js';

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  cells: string[];
}

const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';
const isLineEnd = (ch: string | undefined): boolean => ch === '\n' || ch === '\r';

export function parseCsvRows(text: string, file: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let pos = 0;
  let line = 1;
  let lineStart = 0; // offset where `line` starts, for columns
  const at = (offset: number) => ({ line, column: offset - lineStart + 1 });
  /** Step over a line end at `pos` (CRLF counts once). */
  const newLine = (): void => {
    pos += text[pos] === '\r' && text[pos + 1] === '\n' ? 2 : 1;
    line++;
    lineStart = pos;
  };

  while (pos < text.length) {
    const row: CsvRow = { line, cells: [] };
    let quotedCell = false;
    for (;;) {
      while (isBlank(text[pos])) pos++;
      if (text[pos] === '"') {
        quotedCell = true;
        const open = at(pos);
        let cell = '';
        pos++;
        for (;;) {
          const ch = text[pos];
          if (ch === undefined) {
            throw errorAt(file, open, 'unterminated quoted cell: the quote opened here is never closed');
          }
          if (ch === '"' && text[pos + 1] === '"') {
            cell += '"';
            pos += 2;
          } else if (ch === '"') {
            pos++;
            break;
          } else if (isLineEnd(ch)) {
            cell += text.slice(pos, ch === '\r' && text[pos + 1] === '\n' ? pos + 2 : pos + 1);
            newLine();
          } else {
            cell += ch;
            pos++;
          }
        }
        while (isBlank(text[pos])) pos++;
        const next = text[pos];
        if (next !== undefined && next !== ',' && !isLineEnd(next)) {
          throw errorAt(
            file,
            at(pos),
            `unexpected ${JSON.stringify(next)} after a closing quote; inside a quoted cell write "" for a quote`,
          );
        }
        row.cells.push(cell);
      } else {
        const start = pos;
        while (pos < text.length && text[pos] !== ',' && !isLineEnd(text[pos])) {
          if (text[pos] === '"') {
            throw errorAt(
              file,
              at(pos),
              'a quote inside an unquoted cell; put the whole cell in quotes and write "" for each quote in it',
            );
          }
          pos++;
        }
        row.cells.push(text.slice(start, pos).replace(/[ \t]+$/, ''));
      }
      if (text[pos] !== ',') break;
      pos++;
    }
    if (pos < text.length) newLine(); // the loop above stopped at a line end
    const blank = !quotedCell && row.cells.length === 1 && row.cells[0] === '';
    if (!blank) rows.push(row);
  }
  return rows;
}

const DECIMAL = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;

/** A cell: a finite number, or metadata (the text, or null when empty). */
function cellValue(cell: string): { value: number } | { metadata: string | null } {
  const text = cell.trim();
  if (text === '') return { metadata: null };
  const lower = text.toLowerCase();
  if (lower === 'true' || lower === 'false') return { value: lower === 'true' ? 1 : 0 };
  const value = DECIMAL.test(text) ? Number(text) : NaN;
  return Number.isFinite(value) ? { value } : { metadata: text };
}

function isLongHeader(cells: readonly string[]): boolean {
  const [first, second] = cells.map((cell) => cell.trim().toLowerCase());
  return cells.length === 2 && (first === 'metric' || first === 'name') && second === 'value';
}

function checkWidth(row: CsvRow, width: number, file: string, expected: string): void {
  if (row.cells.length !== width) {
    throw new InputError(
      `${file}: line ${row.line}: found ${row.cells.length} cells, expected ${width} (${expected})`,
    );
  }
}

/** `metric,value` rows: one metric per row, no history. */
function longForm(rows: readonly CsvRow[], file: string): ParsedMetrics {
  const current = new Map<string, number>();
  const metadata = new Map<string, string | null>();
  const lineOf = new Map<string, number>();
  for (const row of rows.slice(1)) {
    checkWidth(row, 2, file, 'a metric name and a value, like the header');
    const [name = '', cell = ''] = row.cells;
    if (name === '') throw new InputError(`${file}: line ${row.line}: empty metric name in the first column`);
    const first = lineOf.get(name);
    if (first !== undefined) {
      throw new InputError(
        `${file}: line ${row.line}: metric ${quote(name)} is listed twice (also line ${first})`,
      );
    }
    const read = cellValue(cell);
    if ('value' in read) current.set(name, read.value);
    else metadata.set(name, read.metadata);
    lineOf.set(name, row.line);
  }
  if (lineOf.size === 0) {
    throw new InputError(`${file}: no metrics: the metric,value header has no rows under it`);
  }
  return { current, metadata, history: [] };
}

/** Header of metric names, then rows of values; the last row is current. */
function wideForm(rows: readonly CsvRow[], file: string): ParsedMetrics {
  const [header, ...data] = rows as [CsvRow, ...CsvRow[]];
  const names = header.cells;
  const columnOf = new Map<string, number>(); // a Map, not indexOf: wide files have 100k columns
  names.forEach((name, index) => {
    const where = `${file}: line ${header.line}, column ${index + 1} of the header`;
    if (name === '') throw new InputError(`${where}: empty metric name`);
    const first = columnOf.get(name);
    if (first !== undefined) {
      throw new InputError(`${where}: metric ${quote(name)} appears twice (also column ${first + 1})`);
    }
    columnOf.set(name, index);
  });
  if (data.length === 0) {
    throw new InputError(
      `${file}: line ${header.line}: only a header, expected a row of values under it ` +
        '(or use the long form: a metric,value header and one metric per row)',
    );
  }
  const last = data.length - 1;
  const metadata = new Map<string, string | null>();
  const maps = data.map((row, rowIndex) => {
    checkWidth(row, names.length, file, `one per metric, like the header on line ${header.line}`);
    const values = new Map<string, number>();
    row.cells.forEach((cell, index) => {
      const name = names[index] ?? '';
      const read = cellValue(cell);
      if ('value' in read) values.set(name, read.value);
      else if (rowIndex === last) metadata.set(name, read.metadata);
    });
    return values;
  });
  const current = maps.pop() ?? new Map<string, number>();
  return { current, metadata, history: maps };
}

export function parseCsvMetrics(text: string, file: string): ParsedMetrics {
  const rows = parseCsvRows(text, file);
  const header = rows[0];
  if (!header) return { current: new Map(), metadata: new Map(), history: [] };
  return isLongHeader(header.cells) ? longForm(rows, file) : wideForm(rows, file);
}
