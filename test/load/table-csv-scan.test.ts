import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { scanCsv, type CsvRow } from '../../src/load/csv-scan.js';
import { tempFile } from './table-helpers.js';

interface SeenRow {
  line: number;
  cells: string[];
  numbers: (number | null)[];
}

/** Scan with a given chunk size; rows as text (or the error message). */
async function scan(file: string, chunkBytes?: number): Promise<SeenRow[] | string> {
  const rows: SeenRow[] = [];
  const decoder = new TextDecoder();
  const onRow = (row: CsvRow) => {
    const cells: string[] = [];
    const numbers: (number | null)[] = [];
    for (let i = 0; i < row.cellCount; i++) {
      cells.push(decoder.decode(row.bytes.subarray(row.starts[i], row.ends[i])));
      numbers.push(row.isNumber[i] ? row.numbers[i]! : null);
    }
    rows.push({ line: row.line, cells, numbers });
  };
  try {
    await scanCsv(file, 'f.csv', onRow, chunkBytes);
    return rows;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.message;
  }
}

describe('CSV scanner chunking', () => {
  it('gives the same rows, lines, cells and pre-parsed numbers for any chunk size', async () => {
    const piece = fc.constantFrom(
      'a',
      '12',
      '-3.5e2',
      '1e',
      '.',
      ',',
      '"',
      '""',
      '\n',
      '\r\n',
      '\r',
      ' ',
      'é',
      '\ufeff',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 40 }),
        fc.integer({ min: 1, max: 12 }),
        async (pieces, chunk) => {
          const file = tempFile('.csv', pieces.join(''));
          expect(await scan(file, chunk)).toEqual(await scan(file));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('pre-parses unquoted numeric cells exactly as Number() does', async () => {
    const file = tempFile('.csv', '1.5,"2",x,-0,1e3,1e,3.,\n');
    const rows = await scan(file, 4);
    expect(rows).toEqual([
      {
        line: 1,
        cells: ['1.5', '2', 'x', '-0', '1e3', '1e', '3.', ''],
        numbers: [1.5, null, null, -0, 1000, null, 3, null],
      },
    ]);
  });
});
