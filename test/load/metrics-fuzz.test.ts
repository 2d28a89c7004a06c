/**
 * Property-based checks of the metrics parsers: any text either parses or is refused with an InputError (never
 * another error); the JSON reader agrees with JSON.parse; metric maps written in every format read back equal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { InputError } from '../../src/errors.js';
import { parseMetricsText } from '../../src/load/metrics.js';
import { readJsonTree } from '../../src/load/metrics-json.js';
import type { MetricsNode } from '../../src/load/metrics-tree.js';

const EXTENSIONS = ['.json', '.yaml', '.yml', '.jsonl', '.ndjson', '.csv'];

/** Text built from the characters and tokens the parsers care about, plus arbitrary unicode. */
const trickyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...'{}[]":,\n\r\t -.+0123456789eE\'\\#&*!|>?%@`~\ufeff'.split('')),
        fc.constantFrom(
          'true',
          'null',
          'NaN',
          'inf',
          '.nan',
          '.inf',
          '---',
          'metric,value',
          '""',
          'é',
          'a',
          'b',
        ),
      ),
      { maxLength: 40 },
    )
    .map((tokens) => tokens.join('')),
  fc.json().map((json) => json.replace(/,/, '\n')),
  fc.json(),
);

/** The tree as the plain value JSON.parse would give (later duplicate keys win, like JSON.parse). */
function plain(node: MetricsNode): unknown {
  if (node.kind === 'leaf') return node.value;
  if (node.kind === 'list') return node.items.map(plain);
  return Object.fromEntries(node.entries.map((entry) => [entry.key, plain(entry.node)]));
}

describe('parseMetricsText on arbitrary text', () => {
  it.each(EXTENSIONS)('%s: returns metrics or throws InputError, nothing else', (extension) => {
    fc.assert(
      fc.property(trickyText, (text) => {
        try {
          const parsed = parseMetricsText(text, `m${extension}`);
          expect(parsed.current.size + parsed.metadata.size).toBeGreaterThan(0);
          for (const value of parsed.current.values()) expect(Number.isFinite(value)).toBe(true);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          expect(error.message.startsWith(`m${extension}: `)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('the JSON reader agrees with JSON.parse', () => {
  it('on valid JSON (same value) and on arbitrary text (same accept / reject)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.json().map((json) => ` ${json}\n`),
          trickyText,
        ),
        (text) => {
          let expected: unknown;
          let valid = true;
          try {
            expected = JSON.parse(text);
          } catch {
            valid = false;
          }
          if (valid) expect(plain(readJsonTree(text, 'x.json'))).toEqual(expected);
          else expect(() => readJsonTree(text, 'x.json')).toThrow(InputError);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('metric maps written in each format read back equal', () => {
  // Names mix arbitrary unicode with the characters that quoting and escaping in each format are about.
  const name = fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
    fc.string({
      unit: fc.constantFrom(...'"\',\n\r\t .:#-{}[]&*?!|>%@`~<é\\'.split(''), 'true', 'null', '0.5', '---'),
      minLength: 1,
      maxLength: 8,
    }),
  );
  // -0 is written as "0" by JSON.stringify; metrics do not distinguish the two.
  const value = fc
    .oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer())
    .map((v) => (v === 0 ? 0 : v));
  const metrics = fc
    .uniqueArray(fc.tuple(name, value), { selector: ([key]) => key, minLength: 1, maxLength: 8 })
    .map((pairs) => new Map(pairs));

  const jsonObject = (map: Map<string, number>): string =>
    `{${[...map].map(([key, v]) => `${JSON.stringify(key)}: ${JSON.stringify(v)}`).join(', ')}}`;
  const csvCell = (text: string): string => `"${text.replace(/"/g, '""')}"`;

  it('.json and .yaml', () => {
    fc.assert(
      fc.property(metrics, (map) => {
        expect(parseMetricsText(jsonObject(map), 'm.json').current).toEqual(map);
        expect(parseMetricsText(toYaml(map), 'm.yaml').current).toEqual(map);
      }),
      { numRuns: 300 },
    );
  });

  it('.jsonl with history', () => {
    fc.assert(
      fc.property(fc.array(metrics, { minLength: 1, maxLength: 4 }), (runs) => {
        const parsed = parseMetricsText(`${runs.map(jsonObject).join('\r\n')}\n`, 'm.jsonl');
        expect([...parsed.history, parsed.current]).toEqual(runs);
      }),
      { numRuns: 200 },
    );
  });

  it('.csv long form', () => {
    fc.assert(
      fc.property(metrics, (map) => {
        const rows = [...map].map(([key, v]) => `${csvCell(key)},${String(v)}`);
        expect(parseMetricsText(['metric,value', ...rows].join('\n'), 'm.csv').current).toEqual(map);
      }),
      { numRuns: 300 },
    );
  });

  it('.csv wide form with history rows that miss some values', () => {
    const table = fc
      .uniqueArray(name, { minLength: 1, maxLength: 6 })
      .filter((names) => names.length !== 2 || !['metric', 'name'].includes(names[0]!.trim().toLowerCase()))
      .chain((names) =>
        fc.tuple(
          fc.constant(names),
          // (a one-column row with no value would be a blank line, and blank lines are skipped)
          fc.array(
            fc
              .array(fc.option(value), { minLength: names.length, maxLength: names.length })
              .filter((cells) => cells.some((v) => v !== null)),
            { maxLength: 3 },
          ),
          fc.array(value, { minLength: names.length, maxLength: names.length }),
        ),
      );
    fc.assert(
      fc.property(table, ([names, history, current]) => {
        const line = (cells: (number | null)[]) => cells.map((v) => (v === null ? '' : String(v))).join(',');
        const text = [names.map(csvCell).join(','), ...history.map(line), line(current)].join('\r\n');
        const toMap = (cells: (number | null)[]) =>
          new Map(names.flatMap((key, i) => (cells[i] === null ? [] : [[key, cells[i]!] as const])));
        const parsed = parseMetricsText(text, 'm.csv');
        expect(parsed.current).toEqual(toMap(current));
        expect(parsed.history).toEqual(history.map(toMap));
      }),
      { numRuns: 300 },
    );
  });
});
