import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { checkRule, parseRule, type FactSources } from '../../src/rules/index.js';
import { errorOf, sources, spec } from './helpers.js';

/** The error parseRule throws for `expression`, written at line 2, column 14 of the rules input. */
function syntaxError(expression: string): InputError {
  const error = errorOf(() => parseRule(spec(expression, 'acc-floor', 2, 14)));
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

/** The message's first line and the column it names. */
function columnOf(error: Error): number {
  const match = /column (\d+):/.exec(error.message);
  return Number(match?.[1]);
}

/** The caret line's position under the echoed expression line (both indented by 4). */
function caretOffset(error: Error): number {
  const lines = error.message.split('\n');
  return (lines[2] ?? '').indexOf('^') - 4;
}

const known: FactSources = sources({ accuracy: 0.9, f1: 0.8, rows: 10, 'p@5': 0.3 }, { accuracy: 0.95 });
const onlyCurrent = (names: string[]): FactSources =>
  sources(Object.fromEntries(names.map((n) => [n, 1])), { accuracy: 0.95 });

describe('syntax errors', () => {
  it('gives the full message: position in the input, rule id and text, what was expected, caret', () => {
    expect(syntaxError('accuracy < < 0.85').message).toBe(
      "input 'rules': line 2, column 25: rule 'acc-floor' (accuracy < < 0.85): " +
        "expected a value (a number, a metric name or '('), found '<'\n" +
        '    accuracy < < 0.85\n' +
        '               ^',
    );
    expect(syntaxError('accuracy + 1').message).toBe(
      "input 'rules': line 2, column 14: rule 'acc-floor' (accuracy + 1): " +
        'rule must be a condition, e.g. `accuracy < 0.85`\n' +
        '    accuracy + 1\n' +
        '    ^',
    );
  });

  it('rejects chained comparisons with a hint', () => {
    const error = syntaxError('a < b < c');
    expect(error.message).toContain('comparisons cannot be chained; write `a < b and b < c`');
    expect(columnOf(error)).toBe(14 + 6);
    expect(caretOffset(error)).toBe(6);
  });

  it('points the column and caret at the offending token', () => {
    const cases: [string, number, string][] = [
      ['accuracy <', 10, 'the rule ends too early'],
      ['(a < 1', 6, "expected ')' to close the '('"],
      ['a < 1)', 5, "unmatched ')'"],
      ['a < 1 b', 6, "unexpected 'b'; expected an operator"],
      ['a = 1', 2, "'=' is not an operator; compare with '=='"],
      ['a < 1 && b < 2', 6, "'&&' is not an operator; use 'and'"],
      ['a < 1 || b < 2', 6, "'||' is not an operator; use 'or'"],
      ["'p@5' < 1", 0, 'names are quoted with double quotes'],
      ['a < 1 # low', 6, 'comments must be on a line of their own'],
      ['a % 2 < 1', 2, "'%' must directly follow a number"],
      ['a < 1e', 4, "malformed number '1e'"],
      ['a < 1.2.3', 4, "malformed number '1.2.3'"],
      ['a < 1e999', 4, "number '1e999' is too large"],
      ['"abc < 1', 0, 'quoted name is not closed'],
      ['"a\\nb" < 1', 2, "unknown escape '\\n' in a quoted name"],
      ['"" < 1', 0, 'empty quoted name'],
      ['a. < 1', 2, "expected a name after '.'"],
      ['a < 1 ≤ 2', 6, "unexpected character '≤'"],
      ['a\u0001 < 1', 1, 'unexpected control character U+0001'],
      ['', 0, 'the rule is empty'],
      ['x < 1 and y', 10, "'and' needs a condition on each side"],
      ['not x', 4, "'not' needs a condition"],
      ['1 + not x < 1', 4, "'not' must be in parentheses here"],
      ['and < 1', 0, "expected a value before 'and'"],
      ['abs < 1', 0, '\'abs\' is a function: call it as abs(…); to read a metric named abs, quote it: "abs"'],
      ['not.x < 1', 0, '\'not\' is a reserved word; quote the metric name: "not.x"'],
      ['baseline < 1', 0, "'baseline' needs a metric name"],
      ['baseline.min < 1', 9, '\'min\' is a reserved word; quote the metric name: "min"'],
      ['eval."x" < 1', 4, "only a namespace ('baseline.') can be followed by a quoted name"],
      ['drift > 1', 0, "'drift' needs a fact"],
      ['abs(a, b) < 1', 3, 'abs() takes exactly one argument, found 2'],
      ['max() < 1', 4, 'max() needs at least one argument'],
      ['min(a b) < 1', 6, "expected ',' or ')' to close min("],
      [
        'change(1) < 1',
        7,
        'change() takes one metric name, e.g. change(accuracy) or change("p@5"); found a number',
      ],
      ['change(baseline.x) < 1', 7, 'change() takes one metric name'],
      ['rel_change(a + b) < 1', 13, "expected ')' after the metric name"],
    ];
    for (const [expression, offset, message] of cases) {
      const error = syntaxError(expression);
      expect(error.message, expression).toContain(message);
      expect(columnOf(error), expression).toBe(14 + offset);
      expect(caretOffset(error), expression).toBe(offset);
    }
  });

  it('suggests the nearest function or drift fact', () => {
    expect(syntaxError('ab(x) < 1').message).toContain(
      "unknown function 'ab'; did you mean 'abs'? (functions: abs, change, cusum, ewma, highest, lowest, max, max_over, mean_over, median_over, min, min_over, page_hinkley, previous, quality.missing_share, quality.new_share, quality.out_of_range_share, quality.reference_missing_share, rel_change, slope)",
    );
    expect(syntaxError('relchange(x) < 1').message).toContain("did you mean 'rel_change'?");
    expect(syntaxError('sqrt(x) < 1').message).not.toContain('did you mean');
    expect(syntaxError('drift.shar > 0').message).toContain(
      "unknown drift fact 'drift.shar'; did you mean 'drift.share'? (known: drift.count, drift.detected, drift.share)",
    );
  });

  it('counts lines and columns inside a multi-line expression', () => {
    const error = syntaxError('a < 1 and\n  b <');
    expect(error.message).toMatch(/^input 'rules': line 3, column 6: /);
    expect(error.message.split('\n').slice(1)).toEqual(['      b <', '         ^']);
  });

  it('keeps tabs in the caret indentation', () => {
    const error = syntaxError('a <\t\t< 1');
    expect(error.message.split('\n')[2]).toBe('       \t\t^');
  });

  it('limits nesting instead of overflowing the stack', () => {
    for (const deep of [
      '('.repeat(10_000),
      `${'('.repeat(300)}a < 1${')'.repeat(300)}`,
      `${'-'.repeat(5000)}a < 1`,
    ]) {
      expect(syntaxError(deep).message).toContain('the rule is nested too deeply (more than 200 levels)');
    }
    const chain = `${Array.from({ length: 300 }, () => 'a').join(' + ')} > 1`;
    expect(syntaxError(chain).message).toContain('nested too deeply');
    const grouped = `${'(a + '.repeat(150)}a${') + a'.repeat(150)} > 1`;
    expect(syntaxError(grouped).message).toContain('nested too deeply');
    expect(parseRule(spec(`${'('.repeat(150)}a < 1${')'.repeat(150)}`)).ast.kind).toBe('compare');
  });
});

describe('checkRule', () => {
  const check = (expression: string, names = known) => {
    const error = errorOf(() => checkRule(parseRule(spec(expression, 'acc-floor', 2, 14)), names));
    expect(error).toBeInstanceOf(InputError);
    return error.message;
  };

  it('accepts rules whose names are all known', () => {
    const rule = parseRule(spec('accuracy < baseline.accuracy and "p@5" > 0 or change(accuracy) < 0'));
    expect(() => checkRule(rule, known)).not.toThrow();
  });

  it('names an unknown metric with a suggestion and the known names', () => {
    expect(check('f1 > 0 and acuracy < 0.85')).toBe(
      "input 'rules': line 2, column 25: rule 'acc-floor' (f1 > 0 and acuracy < 0.85): " +
        "unknown metric 'acuracy'; did you mean 'accuracy'? (known: accuracy, f1, \"p@5\", rows)\n" +
        '    f1 > 0 and acuracy < 0.85\n' +
        '               ^',
    );
    expect(check('"p@6" < 1')).toContain('unknown metric "p@6"; did you mean "p@5"?');
    expect(check('ACCURACY < 1')).toContain("did you mean 'accuracy'?");
    expect(check('zzz < 1')).not.toContain('did you mean');
  });

  it('shows at most 20 known names, then how many more', () => {
    const many = Array.from({ length: 25 }, (_, i) => `m${String(i).padStart(2, '0')}`);
    const message = check('zzz < 1', onlyCurrent(many));
    expect(message).toContain(
      '(known: m00, m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13,',
    );
    expect(message).toContain('m19 … and 5 more)');
    expect(message).not.toContain('m20');
  });

  it('says so when no metrics were loaded', () => {
    expect(check('a < 1', sources({}))).toContain("unknown metric 'a' (no metrics were loaded)");
  });

  it('needs a baseline input for baseline reads and change functions', () => {
    const noBaseline = { ...known, baseline: null };
    // Known on one side only: not a typo, but a value this run lacks — the rule errs when evaluated.
    expect(() => checkRule(parseRule(spec('change(rows) > 0')), known)).not.toThrow();
    expect(() => checkRule(parseRule(spec('baseline.rows > 0')), known)).not.toThrow();
    expect(() => checkRule(parseRule(spec('"model" > 0')), sources({ model: 'churn-v3' }))).not.toThrow();
    expect(check('accuracy < baseline.accuracy', noBaseline)).toContain(
      "column 25: rule 'acc-floor' (accuracy < baseline.accuracy): baseline.accuracy reads the baseline, " +
        "but no baseline files were given; set the 'baseline' input",
    );
    expect(check('rel_change(rows) > 0', noBaseline)).toContain(
      'rel_change(rows) reads the baseline, but no baseline',
    );
    expect(check('change(rowz) > 0')).toContain("unknown metric 'rowz'; did you mean 'rows'?");
    expect(check('baseline.acuracy > 0')).toContain(
      "unknown baseline metric 'acuracy'; did you mean 'accuracy'?",
    );
  });

  it('needs drift to be configured for drift facts', () => {
    expect(check('drift.share > 0.5')).toContain(
      'drift.share needs drift detection, but drift is not configured; give reference and current data',
    );
    const drift = { share: 0, count: 0, detected: false };
    expect(() => checkRule(parseRule(spec('drift.detected')), { ...known, drift })).not.toThrow();
  });
});
