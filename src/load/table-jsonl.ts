/**
 * JSON Lines → typed columns: one JSON object per line, streamed line by line.
 *
 * Values: numbers → numerical; strings → categorical; booleans → the categories "true" / "false";
 * null or a missing key → missing. Keys may differ between lines; columns are ordered by first appearance.
 * Nested objects and arrays are rejected with the line and key (flatten them before writing — silently
 * flattening would invent column names the config cannot predict). Python's `json.dumps` writes bare
 * `NaN` / `Infinity` tokens, which are not JSON: they are accepted and read as missing.
 *
 * When a numerical column meets a string or boolean it turns categorical; its earlier numbers become labels
 * by JavaScript number formatting (`1.50` in the file becomes "1.5"). In JSON the number's value — not its
 * spelling — is the datum, so this loses nothing that JSON itself keeps.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Column, Table } from '../data/types.js';
import { InputError, messageOf } from '../errors.js';
import { CodeColumnBuilder, LabelDictionary, NumberColumnBuilder } from './table-columns.js';
import type { ReadTableOptions } from './table-options.js';
import { findInvalidUtf8 } from './utf8.js';

interface ColumnState {
  name: string;
  numbers: NumberColumnBuilder | null;
  codes: CodeColumnBuilder | null;
  dictionary: LabelDictionary | null;
}

export async function readJsonl(file: string, shown: string, options: ReadTableOptions = {}): Promise<Table> {
  const states = new Map<string, ColumnState>();
  let rowCount = 0;
  let lineNumber = 0;
  const stream = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  // The stream decodes invalid UTF-8 as U+FFFD. A line holding one is checked against the file's bytes once:
  // bad bytes are an error naming line and column; a U+FFFD really written in the file is kept.
  let bytesChecked = false;
  try {
    for await (let line of lines) {
      lineNumber++;
      if (lineNumber === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
      if (!bytesChecked && line.includes('\ufffd')) {
        bytesChecked = true;
        const invalid = await findInvalidUtf8(file, shown);
        if (invalid) throw invalid;
      }
      if (line.trim() === '') continue;
      const record = parseLine(line, shown, lineNumber);
      for (const key in record) {
        if (options.columns && !options.columns.has(key)) continue;
        let state = states.get(key);
        if (!state) states.set(key, (state = newState(key, options)));
        addValue(state, record[key], rowCount, shown, lineNumber);
      }
      rowCount++;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${shown}: cannot read file (${code ?? messageOf(error)})`);
  } finally {
    lines.close();
    stream.destroy();
  }
  if (rowCount === 0) throw new InputError(`${shown}: no rows (expected one JSON object per line)`);

  const columns = new Map<string, Column>();
  for (const state of states.values()) {
    if (state.numbers) {
      state.numbers.padTo(rowCount);
      columns.set(state.name, state.numbers.finish(state.name));
    } else {
      state.codes!.padTo(rowCount);
      columns.set(state.name, state.codes!.finish(state.name, state.dictionary!.labels));
    }
  }
  return { source: shown, rowCount, columns };
}

function parseLine(line: string, shown: string, lineNumber: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    try {
      value = JSON.parse(nonFiniteToNull(line));
    } catch {
      throw new InputError(`${shown}: line ${lineNumber}: not valid JSON (${messageOf(error)})`);
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const found = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    throw new InputError(
      `${shown}: line ${lineNumber}: expected a JSON object like {"age": 31}, found ${found}`,
    );
  }
  return value as Record<string, unknown>;
}

/** Replace the bare tokens NaN, Infinity, -Infinity (outside strings) with null. */
function nonFiniteToNull(line: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (inString) {
      out += ch;
      if (ch === '\\') out += line[++i] ?? '';
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    const word = /^(?:-?Infinity|NaN)/.exec(line.slice(i, i + 9));
    if (word) {
      out += 'null';
      i += word[0].length - 1;
    } else {
      out += ch;
    }
  }
  return out;
}

function newState(name: string, options: ReadTableOptions): ColumnState {
  const text = options.categorical?.has(name) ?? false;
  return {
    name,
    numbers: text ? null : new NumberColumnBuilder(),
    codes: text ? new CodeColumnBuilder() : null,
    dictionary: text ? new LabelDictionary() : null,
  };
}

function addValue(state: ColumnState, value: unknown, row: number, shown: string, lineNumber: number): void {
  if (value !== null && typeof value === 'object') {
    throw new InputError(
      `${shown}: line ${lineNumber}: key '${state.name}' holds ${Array.isArray(value) ? 'an array' : 'an object'}; ` +
        `expected a number, string, boolean or null (flatten nested values into their own keys)`,
    );
  }
  if (state.numbers) {
    if (value === null || typeof value === 'number') {
      state.numbers.padTo(row);
      state.numbers.push(typeof value === 'number' && Number.isFinite(value) ? value : NaN);
      return;
    }
    switchToCategorical(state);
  }
  const codes = state.codes!;
  codes.padTo(row);
  codes.push(value === null ? -1 : state.dictionary!.codeOf(String(value)));
}

function switchToCategorical(state: ColumnState): void {
  const numbers = state.numbers!;
  const codes = new CodeColumnBuilder(Math.max(numbers.length, 16));
  const dictionary = new LabelDictionary();
  for (let i = 0; i < numbers.length; i++) {
    const value = numbers.values[i]!;
    codes.push(Number.isNaN(value) ? -1 : dictionary.codeOf(String(value)));
  }
  state.numbers = null;
  state.codes = codes;
  state.dictionary = dictionary;
}
