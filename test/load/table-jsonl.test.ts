import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readTable } from '../../src/load/table.js';
import { kinds, labels, numbers, tempFile } from './table-helpers.js';

const readJsonlText = (text: string, extension = '.jsonl') =>
  readTable(tempFile(extension, text), 'rows.jsonl');

const error = async (text: string) => {
  const failure = await readJsonlText(text).catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(InputError);
  return (failure as InputError).message;
};

describe('JSONL reader', () => {
  it('types columns from JSON values; booleans are categories, null and missing keys are missing', async () => {
    const table = await readJsonlText(
      '{"age": 31, "country": "DE", "ok": true}\n{"age": null, "ok": false, "late": 2.5}\n\n{"country": "FR"}\n',
    );
    expect(table.rowCount).toBe(3);
    expect([...table.columns.keys()]).toEqual(['age', 'country', 'ok', 'late']);
    expect(kinds(table)).toEqual({
      age: 'numerical',
      country: 'categorical',
      ok: 'categorical',
      late: 'numerical',
    });
    expect(numbers(table, 'age')).toEqual([31, NaN, NaN]);
    expect(labels(table, 'country')).toEqual(['DE', null, 'FR']);
    expect(labels(table, 'ok')).toEqual(['true', 'false', null]);
    expect(numbers(table, 'late')).toEqual([NaN, 2.5, NaN]);
  });

  it('reads .ndjson, CRLF and a BOM', async () => {
    const table = await readJsonlText('\ufeff{"a": 1}\r\n{"a": 2}\r\n', '.ndjson');
    expect(numbers(table, 'a')).toEqual([1, 2]);
  });

  it("accepts Python's bare NaN / Infinity tokens as missing, but not inside strings", async () => {
    const table = await readJsonlText(
      '{"a": NaN, "s": "NaN"}\n{"a": -Infinity, "s": "x"}\n{"a": 3, "s": "Infinity"}\n',
    );
    expect(numbers(table, 'a')).toEqual([NaN, NaN, 3]);
    expect(labels(table, 's')).toEqual(['NaN', 'x', 'Infinity']);
  });

  it('turns a numerical column categorical when text appears, labelling earlier numbers by value', async () => {
    const table = await readJsonlText('{"v": 1.50}\n{"v": null}\n{"v": "b"}\n{"v": 2}\n');
    expect(labels(table, 'v')).toEqual(['1.5', null, 'b', '2']);
  });

  it('reports bad JSON with file and line', async () => {
    expect(await error('{"a": 1}\n{"a": }\n')).toMatch(/^rows\.jsonl: line 2: not valid JSON \(/);
  });

  it('rejects non-object lines and nested values, naming line and key', async () => {
    expect(await error('{"a": 1}\n[1, 2]\n')).toBe(
      'rows.jsonl: line 2: expected a JSON object like {"age": 31}, found an array',
    );
    expect(await error('{"a": 1}\n{"a": {"b": 2}}\n')).toBe(
      "rows.jsonl: line 2: key 'a' holds an object; expected a number, string, boolean or null (flatten nested values into their own keys)",
    );
    expect(await error('{"tags": [1]}\n')).toMatch(/line 1: key 'tags' holds an array/);
  });

  it('rejects a file without rows', async () => {
    expect(await error('\n  \n')).toBe('rows.jsonl: no rows (expected one JSON object per line)');
  });

  it('arbitrary JSONL-ish text gives a table or an InputError only', async () => {
    const piece = fc.constantFrom(
      '{',
      '}',
      '"a"',
      ':',
      '1',
      ',',
      'null',
      'true',
      '"x"',
      '[',
      ']',
      '\n',
      'NaN',
      ' ',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), async (pieces) => {
        const result = await readJsonlText(pieces.join('')).catch((e: unknown) => e);
        if (result instanceof Error) expect(result).toBeInstanceOf(InputError);
        else expect((result as { rowCount: number }).rowCount).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('random records round-trip through JSON.stringify', async () => {
    const value = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ x: value, y: value }), { minLength: 1, maxLength: 20 }),
        async (rows) => {
          const table = await readJsonlText(rows.map((row) => JSON.stringify(row)).join('\n'));
          for (const key of ['x', 'y'] as const) {
            const expected = rows.map((row) =>
              row[key] === null ? NaN : Object.is(row[key], -0) ? 0 : row[key],
            );
            expect(numbers(table, key).every((v, i) => Object.is(v, expected[i]))).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
