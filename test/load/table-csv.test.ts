import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readTable } from '../../src/load/table.js';
import { kinds, labels, numbers, tempFile } from './table-helpers.js';

const readCsvText = (text: string | Uint8Array, options = {}) =>
  readTable(tempFile('.csv', text), 'data.csv', options);

describe('CSV reader: types and cells', () => {
  it('infers numerical and categorical columns', async () => {
    const table = await readCsvText('age,country,score\n31,DE,0.5\n45,FR,1e-3\n');
    expect(table.rowCount).toBe(2);
    expect([...table.columns.keys()]).toEqual(['age', 'country', 'score']);
    expect(kinds(table)).toEqual({ age: 'numerical', country: 'categorical', score: 'numerical' });
    expect(numbers(table, 'age')).toEqual([31, 45]);
    expect(numbers(table, 'score')).toEqual([0.5, 0.001]);
    expect(labels(table, 'country')).toEqual(['DE', 'FR']);
    expect(table.source).toBe('data.csv');
  });

  it('reads empty cells as NaN (numerical) and -1 (categorical), whitespace-only numbers as missing', async () => {
    const table = await readCsvText('a,b\n1,x\n,\n  ,y\n');
    expect(numbers(table, 'a')).toEqual([1, NaN, NaN]);
    expect(labels(table, 'b')).toEqual(['x', null, 'y']);
  });

  it('counts nan / inf text as numbers, stored as NaN', async () => {
    const table = await readCsvText('a\n1\nnan\ninf\n-inf\nNaN\n2\n');
    expect(kinds(table)).toEqual({ a: 'numerical' });
    expect(numbers(table, 'a')).toEqual([1, NaN, NaN, NaN, NaN, 2]);
  });

  it('handles quotes, "" escapes, quoted commas and newlines (RFC 4180)', async () => {
    const table = await readCsvText(
      'name,"note, with comma",n\n"a ""quoted"" word","line1\nline2",7\n"","x,y","8"\n',
    );
    expect([...table.columns.keys()]).toEqual(['name', 'note, with comma', 'n']);
    expect(labels(table, 'name')).toEqual(['a "quoted" word', null]);
    expect(labels(table, 'note, with comma')).toEqual(['line1\nline2', 'x,y']);
    expect(numbers(table, 'n')).toEqual([7, 8]);
  });

  it('accepts CRLF, lone CR, a UTF-8 BOM, no final newline, and skips blank lines', async () => {
    const bom = '\ufeff';
    const table = await readCsvText(`${bom}a,b\r\n1,"x\r\ny"\r\n\r\n2,z\r3,w`);
    expect([...table.columns.keys()]).toEqual(['a', 'b']);
    expect(numbers(table, 'a')).toEqual([1, 2, 3]);
    expect(labels(table, 'b')).toEqual(['x\r\ny', 'z', 'w']);
  });

  it('keeps UTF-8 labels and headers', async () => {
    const table = await readCsvText('städte,n\nMünchen,1\n東京,2\nMünchen,3\n');
    expect(labels(table, 'städte')).toEqual(['München', '東京', 'München']);
  });

  it('names empty header cells like pandas (Unnamed: <index>)', async () => {
    const table = await readCsvText(',a\n0,1\n1,2\n');
    expect([...table.columns.keys()]).toEqual(['Unnamed: 0', 'a']);
  });
});

describe('CSV reader: switching to categorical keeps exact labels', () => {
  it('re-reads a column that meets text after numbers, keeping each cell as written', async () => {
    const table = await readCsvText('code,v\n1.0,1\n1,2\n01,3\n,4\nx,5\n1.0,6\n');
    expect(kinds(table)).toEqual({ code: 'categorical', v: 'numerical' });
    expect(labels(table, 'code')).toEqual(['1.0', '1', '01', null, 'x', '1.0']);
    expect(numbers(table, 'v')).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('forces categorical columns on request and reads only the selected columns', async () => {
    const file = tempFile('.csv', 'zip,age,other\n01234,31,a\n99,45,b\n');
    const table = await readTable(file, 'f.csv', {
      categorical: new Set(['zip']),
      columns: new Set(['zip', 'age']),
    });
    expect([...table.columns.keys()]).toEqual(['zip', 'age']);
    expect(labels(table, 'zip')).toEqual(['01234', '99']);
    expect(numbers(table, 'age')).toEqual([31, 45]);
  });
});

describe('CSV reader: errors teach', () => {
  const error = async (text: string) => {
    const failure = await readCsvText(text).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(InputError);
    return (failure as InputError).message;
  };

  it('reports a ragged row with file, line and counts (line numbers count quoted newlines)', async () => {
    expect(await error('a,b,c\n1,2,3\n4,5\n')).toBe(
      "data.csv: line 3: found 2 cells with delimiter ',', expected 3 as in the header (check for a missing or extra ',' or an unquoted ',' in a value, or set drift.delimiter / drift.decimal)",
    );
    expect(await error('a,b\n"x\ny",1\n1,2,3\n')).toMatch(
      /^data\.csv: line 4: found 3 cells with delimiter ',', expected 2/,
    );
  });

  it('rejects an empty file and a header without rows', async () => {
    expect(await error('')).toBe('data.csv: the file is empty (expected a header line and data rows)');
    expect(await error('\n\n')).toBe('data.csv: the file is empty (expected a header line and data rows)');
    expect(await error('a,b\n')).toBe('data.csv: no data rows, only the header line');
  });

  it('rejects duplicate header names', async () => {
    expect(await error('a,b,a\n1,2,3\n')).toBe(
      "data.csv: line 1: column 3 repeats the header name 'a' of column 1 (header names must be unique)",
    );
  });

  it('rejects an unterminated quote and text after a closing quote', async () => {
    expect(await error('a,b\n1,"open\n2,3\n')).toBe(
      `data.csv: line 2: a quoted cell opened on this line never closes (missing '"')`,
    );
    expect(await error('a\n"x"y\n')).toMatch(
      /^data\.csv: line 2: expected ',' or a line end after the closing quote, found 'y'/,
    );
  });

  it('names a missing file', async () => {
    const failure = await readTable('/nonexistent/x.csv', 'x.csv').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(InputError);
    expect((failure as Error).message).toBe('x.csv: cannot read file (ENOENT)');
  });
});

describe('CSV reader: large files cross chunk boundaries', () => {
  it('reads rows cut by 1 MiB chunk boundaries, multi-line quoted cells, and a late switch to text', async () => {
    const rows = 60_000;
    let text = 'id,x,label,late\n';
    for (let i = 0; i < rows; i++) {
      const label = i % 7 === 0 ? `"multi\nline ""${i % 5}"""` : `plain${i % 3}`;
      text += `${i},${(i * 0.1).toFixed(1)},${label},${i === rows - 1 ? 'text' : i % 10}\r\n`;
    }
    expect(text.length).toBeGreaterThan(1 << 20);
    const table = await readCsvText(text);
    expect(table.rowCount).toBe(rows);
    const ids = numbers(table, 'id');
    expect(ids.every((id, i) => id === i)).toBe(true);
    expect(numbers(table, 'x')[59_999]).toBe(Number('5999.9'));
    const labelColumn = labels(table, 'label');
    expect(labelColumn[0]).toBe('multi\nline "0"');
    expect(labelColumn[1]).toBe('plain1');
    expect(labelColumn[7 * 1234]).toBe(`multi\nline "${(7 * 1234) % 5}"`);
    const late = labels(table, 'late');
    expect(late[12345]).toBe('5');
    expect(late[rows - 1]).toBe('text');
  });

  it('keeps tens of thousands of distinct labels apart (byte dictionary growth)', async () => {
    const rows = 40_000;
    let text = 'id\n';
    for (let i = 0; i < rows; i++) text += `id-${i % 25_000}\n`;
    const table = await readCsvText(text);
    const column = table.columns.get('id');
    expect(column?.kind === 'categorical' && column.dictionary.length).toBe(25_000);
    const read = labels(table, 'id');
    expect(read.every((label, i) => label === `id-${i % 25_000}`)).toBe(true);
  });

  it('grows its buffer for a single cell larger than a chunk', async () => {
    const big = 'y'.repeat(3 << 20);
    const table = await readCsvText(`a,b\n1,"${big}"\n2,z\n`);
    expect(labels(table, 'b').map((label) => label?.length)).toEqual([big.length, 1]);
  });
});

describe('CSV reader: properties', () => {
  const cellNumber = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => String(x)),
    fc
      .tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 8 }))
      .map(([x, d]) => x.toFixed(d)),
    fc.integer().map(String),
    fc.constant(''),
  );

  it('random numeric tables written as CSV read back bit-exactly (as Number(text))', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }).chain((width) =>
          fc.array(fc.array(cellNumber, { minLength: width, maxLength: width }), {
            minLength: 1,
            maxLength: 30,
          }),
        ),
        async (rows) => {
          const width = rows[0]!.length;
          const header = Array.from({ length: width }, (_, i) => `c${i}`);
          const text = [header, ...rows].map((row) => row.join(',')).join('\n');
          // A row of only empty cells in a one-column file is a blank line, which is skipped.
          const kept = width === 1 ? rows.filter((row) => row[0] !== '') : rows;
          if (kept.length === 0) {
            await expect(readCsvText(text)).rejects.toThrow('no data rows');
            return;
          }
          const table = await readCsvText(text);
          expect(table.rowCount).toBe(kept.length);
          header.forEach((name, c) => {
            const expected = kept.map((row) => (row[c] === '' ? NaN : Number(row[c])));
            const actual = numbers(table, name);
            expect(actual.every((value, r) => Object.is(value, expected[r]))).toBe(true);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('random text tables written with RFC 4180 quoting read back as the same labels', async () => {
    const cellText = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'Z', '1', '.', ',', '"', '\n', '\r', ' ', 'ß', '😀', '\t') }),
      fc.string({ unit: 'grapheme' }),
    );
    const quote = (text: string) =>
      /[",\r\n]/.test(text) || text === '' ? `"${text.replaceAll('"', '""')}"` : text;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3 }).chain((width) =>
          fc.array(fc.array(cellText, { minLength: width, maxLength: width }), {
            minLength: 1,
            maxLength: 20,
          }),
        ),
        fc.constantFrom('\n', '\r\n'),
        async (rows, newline) => {
          const header = rows[0]!.map((_, i) => `c${i}`);
          const text = [header.join(','), ...rows.map((row) => row.map(quote).join(','))].join(newline);
          const table = await readTable(tempFile('.csv', text), 't.csv', { categorical: new Set(header) });
          expect(table.rowCount).toBe(rows.length);
          header.forEach((name, c) => {
            expect(labels(table, name)).toEqual(rows.map((row) => (row[c] === '' ? null : row[c])));
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('arbitrary CSV-ish text gives a table or an InputError, never another failure', async () => {
    const csvChar = fc.constantFrom('a', '1', '.', '-', 'e', ',', '"', '\n', '\r', ' ', 'é', '\ufeff');
    await fc.assert(
      fc.asyncProperty(fc.array(csvChar, { maxLength: 60 }), async (chars) => {
        const result = await readCsvText(chars.join('')).catch((e: unknown) => e);
        if (result instanceof Error) expect(result).toBeInstanceOf(InputError);
        else expect((result as { rowCount: number }).rowCount).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
