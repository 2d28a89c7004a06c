/**
 * Which delimiter and decimal mark a CSV data file uses, decided from its first lines only (the scanner's hot
 * path stays untouched): people export `;`-separated files with decimal commas from spreadsheets, tab-separated
 * `.tsv`, and `|`-separated dumps as often as `,`-separated ones.
 *
 * Delimiter, when not set: among `,` `;` tab `|`, the one under which the header and every complete sampled line
 * split into the same number (> 1) of cells, the most cells winning (ties in that order); `.tsv` files are tab.
 * A file no candidate splits evenly is read with the one that gives its header most cells (the cell-count
 * error then says what the lines look like), a single-column file with `,`.
 * Decimal mark, when not set: `,` when the delimiter is not `,` and the sampled cells hold numbers written
 * with a decimal comma (`1,5`) and none with a decimal point; else `.`.
 * A header that splits evenly under another delimiter is never read as one column: with an explicit delimiter
 * that leaves the header one cell, that is an error naming the delimiter that fits.
 */
import { promises as fs } from 'node:fs';
import { DELIMITERS, type Delimiter, type TableFormat } from '../data/types.js';
import { InputError } from '../errors.js';
import { delimiterName, type CsvDialect, type CsvRow } from './csv-scan.js';

/** Bytes of the file's start that the decision looks at, and complete lines within them. */
const SAMPLE_BYTES = 64 * 1024;
const SAMPLE_LINES = 50;

const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const DECIMAL_POINT = /^[+-]?\d*\.\d+$/;

/** The dialect to read `file` with, from the settings and the file's first lines. */
export async function chooseDialect(
  file: string,
  shown: string,
  format: Partial<TableFormat>,
  isTsv: boolean,
): Promise<CsvDialect> {
  const sample = await readSample(file);
  const lines: Record<string, string[][]> = {};
  for (const d of DELIMITERS) lines[d] = splitLines(sample.text, d, sample.complete);
  const delimiter = format.delimiter ?? (isTsv ? '\t' : detectDelimiter(lines));
  checkHeaderSplits(delimiter, lines, shown, format.delimiter !== undefined || isTsv);
  const decimal = format.decimal ?? detectDecimal(delimiter, lines[delimiter]!);
  if (delimiter === ',' && decimal === ',') {
    throw new InputError(
      `${shown}: delimiter ',' and decimal ',' cannot be used together (European exports separate cells ` +
        `with ';'); set drift.delimiter`,
    );
  }
  return { delimiter: delimiter.charCodeAt(0), decimal: decimal.charCodeAt(0) };
}

async function readSample(file: string): Promise<{ text: string; complete: boolean }> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch {
    return { text: '', complete: true }; // the scanner reports the unreadable file
  }
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    const text = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    return { text, complete: bytesRead < SAMPLE_BYTES };
  } finally {
    await handle.close();
  }
}

/**
 * The sample's non-blank lines split into cells with delimiter `d` (RFC 4180 quotes, quotes removed). A line cut
 * by the sample's end is left out unless the sample is the whole file.
 */
export function splitLines(text: string, d: string, complete: boolean): string[][] {
  const rows: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') rows.push(cells);
    cells = [];
    cell = '';
  };
  while (i < text.length && rows.length < SAMPLE_LINES) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === d) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else cell += c;
    i++;
  }
  if (complete && rows.length < SAMPLE_LINES && (cell !== '' || cells.length > 0)) endRow();
  return rows;
}

function evenSplit(rows: string[][]): number {
  const width = rows[0]?.length ?? 0;
  return width > 1 && rows.every((row) => row.length === width) ? width : 0;
}

function detectDelimiter(lines: Record<string, string[][]>): Delimiter {
  let best: Delimiter | undefined;
  let bestWidth = 0;
  for (const d of DELIMITERS) {
    const width = evenSplit(lines[d]!);
    if (width > bestWidth) [best, bestWidth] = [d, width];
  }
  if (best) return best;
  for (const d of DELIMITERS) {
    const width = lines[d]![0]?.length ?? 0;
    if (width > bestWidth) [best, bestWidth] = [d, width];
  }
  return best ?? ',';
}

function checkHeaderSplits(
  delimiter: Delimiter,
  lines: Record<string, string[][]>,
  shown: string,
  explicit: boolean,
): void {
  if (!explicit || (lines[delimiter]![0]?.length ?? 0) !== 1) return;
  for (const d of DELIMITERS) {
    const width = evenSplit(lines[d]!);
    if (d === delimiter || width === 0) continue;
    throw new InputError(
      `${shown}: with delimiter ${delimiterName(delimiter.charCodeAt(0))} the header is one column ` +
        `('${clip(lines[delimiter]![0]![0]!)}'), but it and the lines after it split evenly into ${width} ` +
        `columns with ${delimiterName(d.charCodeAt(0))}: set drift.delimiter to ${settingText(d)} or leave it ` +
        `unset to detect it`,
    );
  }
}

function detectDecimal(delimiter: Delimiter, rows: string[][]): '.' | ',' {
  if (delimiter === ',') return '.';
  let commas = 0;
  for (const row of rows.slice(1)) {
    for (const cell of row) {
      const text = cell.trim();
      if (DECIMAL_POINT.test(text)) return '.';
      if (DECIMAL_COMMA.test(text)) commas++;
    }
  }
  return commas > 0 ? ',' : '.';
}

/**
 * For a cell-count error: what the row looks like under the other delimiters — the one whose count matches the
 * header, else the one that splits the row most — e.g. ` (the line looks ';'-separated: 5 cells)`; '' if none.
 */
export function looksLike(row: CsvRow, used: number, headerWidth: number): string {
  let best = '';
  let bestCells = 1;
  let matches = false;
  for (const d of DELIMITERS) {
    const byte = d.charCodeAt(0);
    if (byte === used) continue;
    let cells = 1;
    for (let c = 0; c < row.cellCount; c++) {
      for (let i = row.starts[c]!; i < row.ends[c]!; i++) if (row.bytes[i] === byte) cells++;
    }
    const fits = cells === headerWidth;
    if ((fits && !matches) || (!matches && cells > bestCells)) {
      [best, bestCells, matches] = [d, cells, fits];
    }
  }
  if (best === '') return '';
  return `; the line looks ${delimiterName(best.charCodeAt(0))}-separated (${bestCells} cells)`;
}

function settingText(d: Delimiter): string {
  return d === '\t' ? 'tab' : `'${d}'`;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
