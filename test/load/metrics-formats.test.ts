import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseMetricsText } from '../../src/load/metrics.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/metrics/${name}`, import.meta.url), 'utf8');

const entries = (map: Map<string, number>) => Object.fromEntries(map);

/** The InputError message parseMetricsText throws (fails the test when it does not throw one). */
function errorOf(text: string, file: string): string {
  try {
    parseMetricsText(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error(`expected ${file} to be rejected`);
}

describe('JSON', () => {
  it('flattens nested objects to dotted names, booleans to 1/0, empty objects to nothing', () => {
    const parsed = parseMetricsText(fixture('nested.json'), 'nested.json');
    expect(parsed.file).toBe('nested.json');
    expect(entries(parsed.current)).toEqual({
      'eval.accuracy': 0.91,
      'eval.f1': 0.87,
      'eval.by_class.cat': 0.9,
      'eval.by_class.dog': 0.92,
      rows: 12000,
      passed: 1,
      failed: 0,
    });
    expect(parsed.history).toEqual([]);
  });

  it('keeps names exactly, and accepts a BOM, CRLF and upper-case extensions', () => {
    const text =
      '\ufeff{\r\n  "p@10": 0.4,\r\n  "latency <ms>": 120, "précision": -1.5e-3, "a.b": 2\r\n}\r\n';
    expect(entries(parseMetricsText(text, 'M.JSON').current)).toEqual({
      'p@10': 0.4,
      'latency <ms>': 120,
      précision: -0.0015,
      'a.b': 2,
    });
  });

  it.each([
    ['{"a": x}', 'line 1, column 7: invalid JSON: unexpected "x", expected a value'],
    [
      '{\n  "a": 1,\n}',
      `line 3, column 1: invalid JSON: expected a property name in double quotes, found "}" (no comma`,
    ],
    [
      '{"a": 1\n "b": 2}',
      `line 2, column 2: invalid JSON: expected ',' or '}' after a property value, found "\\""`,
    ],
    [
      '{"a": [1, 2}',
      `line 1, column 12: invalid JSON: expected ',' or ']' after an array element, found "}"`,
    ],
    ['{"a": "b\nc"}', 'line 1, column 9: invalid JSON: control character in string'],
    ['{"a": "\\x"}', 'line 1, column 8: invalid JSON: invalid escape "\\x"'],
    [
      '{"a": 1',
      `line 1, column 8: invalid JSON: expected ',' or '}' after a property value, found end of input`,
    ],
    ['{"a": "open', 'line 1, column 7: invalid JSON: unterminated string'],
    ['{"a": -}', 'line 1, column 7: invalid JSON: invalid number'],
    [
      '{"a": 1}\n{"b": 2}',
      'line 2, column 1: invalid JSON: unexpected "{" after the end of the JSON value (for one object',
    ],
    ["{'a': 1}", `line 1, column 2: invalid JSON: expected a property name in double quotes, found "'"`],
  ])('reports syntax errors with line and column: %j', (text, expected) => {
    expect(errorOf(text, 'm.json')).toContain(`m.json: ${expected}`);
  });

  it('keeps strings, dates, null and lists as metadata, not metrics', () => {
    const parsed = parseMetricsText(
      '{"accuracy": 0.9, "model": "churn-v3", "trained_at": "2024-05-01", "eval": {"f1": "0.9"}, "note": null, "classes": ["a", "b"]}',
      'm.json',
    );
    expect(entries(parsed.current)).toEqual({ accuracy: 0.9 });
    expect(Object.fromEntries(parsed.metadata)).toEqual({
      model: 'churn-v3',
      trained_at: '2024-05-01',
      'eval.f1': '0.9',
      note: null,
      classes: ['a', 'b'],
    });
  });

  it.each([['{"a": 1e400}', `line 1, column 7: metric 'a': expected a finite number, got Infinity`]])(
    'reports bad values with metric name and position: %j',
    (text, expected) => {
      expect(errorOf(text, 'm.json')).toBe(
        `m.json: ${expected}${expected.endsWith('finite') ? ' numbers)' : ''}`,
      );
    },
  );

  it('refuses a top-level array and points to JSONL for history', () => {
    expect(errorOf('[{"a": 1}]', 'm.json')).toMatch(
      /^m\.json: line 1, column 1: the top level is a list.*\.jsonl/,
    );
    expect(errorOf('0.9', 'm.json')).toContain('the top level is 0.9, expected a mapping');
  });

  it('refuses names produced twice by flattening or by a repeated key, naming both places', () => {
    expect(errorOf('{"a.b": 1,\n "a": {"b": 2}}', 'm.json')).toBe(
      "m.json: line 2, column 8: metric 'a.b' is defined twice (first at line 1, column 2); " +
        'names must be unique after nested keys are joined with "."',
    );
    expect(errorOf('{"a": 1, "a": 1}', 'm.json')).toContain("line 1, column 10: metric 'a' is defined twice");
  });

  it('refuses empty names, empty files and files without metrics', () => {
    expect(errorOf('{"": 1}', 'm.json')).toBe(
      'm.json: line 1, column 2: empty metric name (a key must not be empty)',
    );
    expect(errorOf('  \n', 'm.json')).toBe(
      'm.json: no metrics found, expected an object such as {"accuracy": 0.93}',
    );
    expect(errorOf('{"a": {}}', 'm.json')).toContain('no metrics found');
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    expect(errorOf('['.repeat(100_000), 'm.json')).toContain('nested more than 100 levels deep');
    expect(errorOf(`${'{"a":'.repeat(150)}1${'}'.repeat(150)}`, 'm.json')).toContain('nested more than');
  });
});

describe('JSON Lines', () => {
  it('takes the last non-blank line as current and earlier lines as history, oldest first', () => {
    const parsed = parseMetricsText(fixture('history.jsonl'), 'history.jsonl');
    expect(entries(parsed.current)).toEqual({ accuracy: 0.91, rows: 12000, 'eval.f1': 0.87 });
    expect(parsed.history.map(entries)).toEqual([
      { accuracy: 0.95, rows: 10000 },
      { accuracy: 0.93, rows: 11000 },
    ]);
  });

  it('reads .ndjson with CRLF the same way', () => {
    const parsed = parseMetricsText('{"a": 1}\r\n{"a": 2}\r\n', 'm.ndjson');
    expect(entries(parsed.current)).toEqual({ a: 2 });
    expect(parsed.history.map(entries)).toEqual([{ a: 1 }]);
  });

  it('names the line of an error', () => {
    expect(errorOf('{"a": 1}\n\n{"a": tru}\n', 'm.jsonl')).toContain(
      'm.jsonl: line 3, column 7: invalid JSON: unexpected "tru"',
    );
    expect(errorOf('{"a": 1} {"a": 2}\n', 'm.jsonl')).toBe(
      'm.jsonl: line 1, column 10: invalid JSON: unexpected "{" after the end of the JSON value',
    );
    expect(errorOf('{"a": 1}\n[1, 2]\n', 'm.jsonl')).toBe(
      'm.jsonl: line 2, column 1: expected a JSON object of metrics on each line, found an array',
    );
    expect(errorOf('{"a": 1}\n{"b": 1e999}', 'm.jsonl')).toBe(
      `m.jsonl: line 2, column 7: metric 'b': expected a finite number, got Infinity`,
    );
    const meta = parseMetricsText('{"a": 1, "v": "old"}\n{"a": 2, "v": "new"}\n', 'm.jsonl');
    expect(Object.fromEntries(meta.metadata)).toEqual({ v: 'new' });
    expect(meta.history.map(entries)).toEqual([{ a: 1 }]);
  });

  it('needs metrics in the last line', () => {
    expect(errorOf('{"a": 1}\n{}\n', 'm.jsonl')).toContain(
      'm.jsonl: no metrics found, expected one JSON object per line',
    );
    expect(errorOf('\n\n', 'm.jsonl')).toContain('no metrics found');
  });
});

describe('YAML', () => {
  it('reads nested mappings, odd names and booleans', () => {
    const parsed = parseMetricsText(fixture('current.yaml'), 'current.yaml');
    expect(entries(parsed.current)).toEqual({
      'eval.accuracy': 0.91,
      'eval.f1': 0.87,
      'p@10': 0.4,
      'latency <ms>': 120,
      précision: 0.8,
      calibrated: 1,
    });
  });

  it('keeps non-string keys as written and resolves aliases of plain values', () => {
    const parsed = parseMetricsText('1.0: 3\nnull: 2\ntrue: 1\na: &x 0.5\nb: *x\n', 'm.yml');
    expect(entries(parsed.current)).toEqual({ '1.0': 3, null: 2, true: 1, a: 0.5, b: 0.5 });
  });

  it('keeps strings, dates, null and lists as metadata', () => {
    const parsed = parseMetricsText(
      'eval:\n  f1: "0.9"\nmodel: churn-v3\ntrained_at: 2024-05-01\nflag: yes\nnote:\nb: 1\nl: [1, 2]\n',
      'm.yaml',
    );
    expect(entries(parsed.current)).toEqual({ b: 1 });
    expect(Object.fromEntries(parsed.metadata)).toEqual({
      'eval.f1': '0.9',
      model: 'churn-v3',
      trained_at: '2024-05-01',
      flag: 'yes',
      note: null,
      l: [1, 2],
    });
  });

  it.each([
    ['a: .nan\n', `line 1, column 4: metric 'a': expected a finite number, got NaN`],
    ['b: 1\na: -.inf\n', `line 2, column 4: metric 'a': expected a finite number, got -Infinity`],
  ])('reports bad values with metric name and position: %j', (text, expected) => {
    expect(errorOf(text, 'm.yaml')).toBe(`m.yaml: ${expected}`);
  });

  it.each([
    ['a: 1\na: 2\n', 'line 2, column 1: invalid YAML: Map keys must be unique'],
    [
      'a: [1\n',
      'line 2, column 1: invalid YAML: Flow sequence in block collection must be sufficiently indented',
    ],
    ['a: 1\n---\nb: 2\n', 'line 2, column 1: invalid YAML: the file holds several YAML documents (---)'],
    [
      '- a: 1\n',
      'line 1, column 1: the top level is a list, expected a mapping of metric names to numbers such as accuracy: 0.93; for a history',
    ],
    ['just text\n', 'line 1, column 1: the top level is string "just text", expected a mapping'],
    ['a: &m {b: 1}\nc: *m\n', 'line 2, column 4: alias *m must refer to a plain value'],
    ['[a]: 1\n', 'line 1, column 1: a metric name must be a plain key'],
    ['a.b: 1\na:\n  b: 2\n', "line 3, column 3: metric 'a.b' is defined twice (first at line 1, column 1)"],
  ])('reports structural errors with position: %j', (text, expected) => {
    expect(errorOf(text, 'm.yaml')).toContain(`m.yaml: ${expected}`);
  });

  it('refuses empty documents', () => {
    expect(errorOf('# nothing yet\n', 'm.yaml')).toBe(
      'm.yaml: no metrics found, expected a mapping such as "accuracy: 0.93"',
    );
  });
});

describe('CSV', () => {
  it('reads the long form (metric,value or name,value, any case)', () => {
    expect(entries(parseMetricsText(fixture('long.csv'), 'long.csv').current)).toEqual({
      accuracy: 0.91,
      f1: 0.87,
      rows: 12000,
      passed: 1,
    });
    expect(entries(parseMetricsText('NAME,value\n"a b",+1.5e2\n', 'm.csv').current)).toEqual({ 'a b': 150 });
  });

  it('reads the wide form: last row current, earlier rows history with empty cells as missing', () => {
    const parsed = parseMetricsText(fixture('wide.csv'), 'wide.csv');
    expect(entries(parsed.current)).toEqual({ date: 20240301, accuracy: 0.91, f1: 0.87, rows: 12000 });
    expect(parsed.history.map(entries)).toEqual([
      { date: 20240101, accuracy: 0.95, rows: 10000 },
      { date: 20240201, accuracy: 0.93, f1: 0.89, rows: 11000 },
    ]);
  });

  it('handles quoted cells with commas, doubled quotes and line breaks', () => {
    expect(entries(parseMetricsText(fixture('quoted.csv'), 'quoted.csv').current)).toEqual({
      'accuracy, top-1': 0.91,
      'note "q"': 1,
      'multi\nline': 2,
      plain: 3,
    });
  });

  it('strips a BOM and reads CRLF line ends', () => {
    const parsed = parseMetricsText(fixture('bom-crlf.csv'), 'bom-crlf.csv');
    expect(entries(parsed.current)).toEqual({ accuracy: 0.91, f1: 0.87 });
    expect(parsed.history.map(entries)).toEqual([{ accuracy: 0.9, f1: 0.8 }]);
  });

  it('keeps text and empty cells of the current row as metadata (null when empty), numbers only in history', () => {
    const wide = parseMetricsText('a,b,model,when\n1,x,v1,\n3,,churn-v3,2024-05-01\n', 'm.csv');
    expect(entries(wide.current)).toEqual({ a: 3 });
    expect(Object.fromEntries(wide.metadata)).toEqual({ b: null, model: 'churn-v3', when: '2024-05-01' });
    expect(wide.history.map(entries)).toEqual([{ a: 1 }]);
    const long = parseMetricsText('metric,value\nacc,0.9\nmodel,churn-v3\nf1,\nn,NaN\n', 'm.csv');
    expect(entries(long.current)).toEqual({ acc: 0.9 });
    expect(Object.fromEntries(long.metadata)).toEqual({ model: 'churn-v3', f1: null, n: 'NaN' });
  });

  it('trims spaces around unquoted cells, keeps quoted ones exactly, skips blank lines', () => {
    const parsed = parseMetricsText('a , " b "\n\n 1 , 2 \n', 'm.csv');
    expect(entries(parsed.current)).toEqual({ a: 1, ' b ': 2 });
  });

  it.each([
    ['a,b\n1,2\n3\n', 'line 3: found 1 cells, expected 2 (one per metric, like the header on line 1)'],
    ['metric,value\nacc,0.9,1\n', 'line 2: found 3 cells, expected 2 (a metric name and a value'],
    ['metric,value\n,1\n', 'line 2: empty metric name in the first column'],
    ['metric,value\nacc,1\nacc,2\n', "line 3: metric 'acc' is listed twice (also line 2)"],
    ['metric,value\n', 'no metrics: the metric,value header has no rows under it'],
    ['a,,c\n1,2,3\n', 'line 1, column 2 of the header: empty metric name'],
    ['a,b,a\n1,2,3\n', "line 1, column 3 of the header: metric 'a' appears twice (also column 1)"],
    ['a,b\n', 'line 1: only a header, expected a row of values under it'],
    ['a,b\n1,"2\n', 'line 2, column 3: unterminated quoted cell'],
    ['a,b\n1,"2"x\n', 'line 2, column 6: unexpected "x" after a closing quote'],
    ['a,b\n1,2"\n', 'line 2, column 4: a quote inside an unquoted cell'],
    ['"x\ny",b\n1,"2"z\n', 'line 3, column 6: unexpected "z"'],
  ])('reports errors with line (and column): %j', (text, expected) => {
    expect(errorOf(text, 'm.csv')).toContain(`m.csv: ${expected}`);
  });

  it('refuses an empty file', () => {
    expect(errorOf('\n\n', 'm.csv')).toMatch(/^m\.csv: no metrics found, expected a header of metric names/);
  });
});

it('refuses unknown extensions, listing the supported ones', () => {
  expect(errorOf('a: 1', 'metrics.txt')).toBe(
    "metrics.txt: unsupported metrics file (extension '.txt'); supported: .json, .yaml, .yml, .jsonl, .ndjson, .csv",
  );
  expect(errorOf('a: 1', 'metrics')).toContain('unsupported metrics file (no extension)');
});
