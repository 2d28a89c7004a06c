import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/file.js';
import { readConfigFile } from '../../src/config/file.js';
import { loadMetrics } from '../../src/load/metrics.js';
import { readTable } from '../../src/load/table.js';
import { Utf8Locator, decodeUtf8 } from '../../src/load/utf8.js';
import { labels, tempDir, tempFile } from './table-helpers.js';

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');
const errorOf = (work: () => Promise<unknown>): Promise<string> =>
  work().then(
    () => '',
    (e: Error) => e.message,
  );

function locate(bytes: number[]): ReturnType<Utf8Locator['feed']> {
  const locator = new Utf8Locator();
  return locator.feed(Uint8Array.from(bytes)) ?? locator.end();
}

describe('Utf8Locator', () => {
  it('names line and column (in characters) of the first invalid sequence', () => {
    expect(locate([...Buffer.from('ab\nçé\r\nx'), 0xe9, 0x22])).toEqual({
      line: 3,
      column: 2,
      bytes: [0xe9],
    });
    expect(locate([...Buffer.from('a\rb'), 0x80])).toEqual({ line: 2, column: 2, bytes: [0x80] });
    expect(locate([0xc0, 0x80])).toEqual({ line: 1, column: 1, bytes: [0xc0] }); // overlong
    expect(locate([0x61, 0xed, 0xa0, 0x80])).toEqual({ line: 1, column: 2, bytes: [0xed] }); // surrogate
    expect(locate([0xf4, 0x90, 0x80, 0x80])).toEqual({ line: 1, column: 1, bytes: [0xf4] }); // > U+10FFFF
    expect(locate([0x61, 0xe2, 0x82])).toEqual({ line: 1, column: 2, bytes: [0xe2, 0x82] }); // cut at the end
    expect(locate([...Buffer.from('😀 ok ünïcode')])).toBeNull();
  });

  it('agrees with the native strict decoder on arbitrary bytes, fed in any chunks (property)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const interesting = fc.constantFrom(
      0x00,
      0x0a,
      0x0d,
      0x41,
      0x7f,
      0x80,
      0xbf,
      0xc2,
      0xdf,
      0xe0,
      0xed,
      0xef,
      0xf0,
      0xf4,
      0xf5,
      0xff,
      0xa0,
      0x9f,
      0x90,
      0x8f,
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(interesting, fc.integer({ min: 0, max: 255 })), { maxLength: 40 }),
        fc.nat(40),
        (bytes, cut) => {
          const data = Uint8Array.from(bytes);
          let valid = true;
          try {
            strict.decode(data);
          } catch {
            valid = false;
          }
          const locator = new Utf8Locator();
          const at = Math.min(cut, data.length);
          const found =
            locator.feed(data.subarray(0, at)) ?? locator.feed(data.subarray(at)) ?? locator.end();
          expect(found === null).toBe(valid);
        },
      ),
    );
  });

  it('decodeUtf8 decodes valid text and drops a BOM', () => {
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]), 'f')).toBe('a');
  });
});

describe('invalid UTF-8 is an error naming file, line and column, never U+FFFD', () => {
  it('in a metrics file (Latin-1 é)', async () => {
    const file = tempFile('.json', latin1('{\n  "pr\u00e9cision": 0.9\n}\n'), 'latin1-metrics.json');
    expect(await errorOf(() => loadMetrics([file], 'metrics', tempDir))).toMatch(
      /^latin1-metrics\.json: line 2, column 6: invalid UTF-8 \(byte 0xE9\); the file must be UTF-8 — .*iconv -f latin1 -t utf-8/,
    );
  });

  it('in a CSV data table: Latin-1 é and è would both become U+FFFD and merge', async () => {
    const rows = [
      'city,x',
      ...Array.from({ length: 20 }, (_, i) => `${i % 2 ? 'Orl\u00e9ans' : 'Cr\u00e8ve'},${i}`),
    ];
    const file = tempFile('.csv', latin1(rows.join('\n') + '\n'), 'latin1-table.csv');
    expect(await errorOf(() => readTable(file, 'latin1-table.csv'))).toMatch(
      /^latin1-table\.csv: line 2, column 3: invalid UTF-8 \(byte 0xE8\)/,
    );
    // The same text in UTF-8 keeps the two categories apart.
    const good = tempFile('.csv', rows.join('\n') + '\n');
    expect(new Set(labels(await readTable(good, 'good.csv'), 'city'))).toEqual(new Set(['Orléans', 'Crève']));
  });

  it('in a CSV header', async () => {
    const file = tempFile('.csv', Buffer.concat([latin1('a,\u00e9t\u00e9\n'), Buffer.from('1,2\n')]));
    expect(await errorOf(() => readTable(file, 'h.csv'))).toMatch(/^h\.csv: line 1, column 3: invalid UTF-8/);
  });

  it('in a JSONL data table; a U+FFFD really in the file is kept', async () => {
    const file = tempFile(
      '.jsonl',
      Buffer.concat([Buffer.from('{"c": "a"}\n'), latin1('{"c": "\u00e9"}\n')]),
    );
    expect(await errorOf(() => readTable(file, 'd.jsonl'))).toMatch(
      /^d\.jsonl: line 2, column 8: invalid UTF-8/,
    );
    const real = tempFile('.jsonl', '{"c": "\ufffd"}\n{"c": "b"}\n');
    expect(labels(await readTable(real, 'r.jsonl'), 'c')).toEqual(['\ufffd', 'b']);
  });

  it('in the config file', async () => {
    const file = tempFile('.yml', latin1('metrics: m.json\nrules: "pr\u00e9cision < 0.9"\n'), 'latin1.yml');
    expect(await errorOf(() => readConfigFile(file, 'latin1.yml'))).toMatch(
      /^latin1\.yml: line 2, column 11: invalid UTF-8/,
    );
    expect(parseConfigText('metrics: m.json\n', 'ok.yml').data).toEqual({ metrics: 'm.json' });
  });
});
