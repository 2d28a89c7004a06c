import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseRule, parseRuleLines } from '../../src/rules/index.js';
import { errorOf } from './helpers.js';

const SOURCE = "input 'rules'";

describe('parseRuleLines', () => {
  it('splits named and unnamed rules, skipping blanks and comments, with origins', () => {
    const text = [
      '# retraining rules',
      '',
      'accuracy < 0.85',
      '  acc-floor:   accuracy < 0.8  ',
      '   # indented comment',
      'rel_change(rows) > 20%',
      'eval.v2_x-y :f1 < 0.5',
    ].join('\n');
    expect(parseRuleLines(text, SOURCE)).toEqual([
      { id: 'rule-1', expression: 'accuracy < 0.85', origin: { source: SOURCE, line: 3, column: 1 } },
      {
        id: 'acc-floor',
        name: 'acc-floor',
        expression: 'accuracy < 0.8',
        origin: { source: SOURCE, line: 4, column: 16 },
      },
      { id: 'rule-3', expression: 'rel_change(rows) > 20%', origin: { source: SOURCE, line: 6, column: 1 } },
      {
        id: 'eval.v2_x-y',
        name: 'eval.v2_x-y',
        expression: 'f1 < 0.5',
        origin: { source: SOURCE, line: 7, column: 14 },
      },
    ]);
  });

  it('numbers unnamed rules from firstIndex and handles CRLF', () => {
    const rules = parseRuleLines('a < 1\r\nnamed: b < 2\r\nc < 3\r\n', SOURCE, 4);
    expect(rules.map((r) => r.id)).toEqual(['rule-4', 'named', 'rule-6']);
    expect(rules[2]?.expression).toBe('c < 3');
    expect(rules[2]?.origin.line).toBe(3);
  });

  it('returns no rules for empty or comment-only text', () => {
    expect(parseRuleLines('', SOURCE)).toEqual([]);
    expect(parseRuleLines('\n  \n# only a comment\n', SOURCE)).toEqual([]);
  });

  it('ignores colons inside quoted names', () => {
    const [rule] = parseRuleLines('"time:total" > 5', SOURCE);
    expect(rule).toEqual({
      id: 'rule-1',
      expression: '"time:total" > 5',
      origin: { source: SOURCE, line: 1, column: 1 },
    });
    const [named] = parseRuleLines('slow: "a\\":b" > 5', SOURCE);
    expect(named?.expression).toBe('"a\\":b" > 5');
  });

  it('rejects duplicate names and ids', () => {
    const error = errorOf(() => parseRuleLines('x: a < 1\nb < 2\nx: c < 3', SOURCE));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      "input 'rules': line 3, column 1: rule name 'x' is already used on line 1; rule names must be unique",
    );
    expect(errorOf(() => parseRuleLines('rule-2: a < 1\nb < 2', SOURCE)).message).toBe(
      "input 'rules': line 2, column 1: the id 'rule-2' of this unnamed rule is already used on line 1; " +
        'rule names must be unique',
    );
  });

  it('rejects an invalid name before a colon', () => {
    const error = errorOf(() => parseRuleLines('\n  acc floor: accuracy < 1', SOURCE));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain(
      "input 'rules': line 2, column 3: 'acc floor' is not a valid rule name before ':'",
    );
    expect(errorOf(() => parseRuleLines('1st: a < 1', SOURCE)).message).toContain(
      "'1st' is not a valid rule name",
    );
  });

  it('gives origins that make parse errors point into the input', () => {
    const [rule] = parseRuleLines('\n\n  floor:  accuracy <', SOURCE);
    const error = errorOf(() => parseRule(rule!));
    expect(error.message).toMatch(
      /^input 'rules': line 3, column 21: rule 'floor' \(accuracy <\): the rule ends too early/,
    );
    const [empty] = parseRuleLines('floor:', SOURCE);
    expect(errorOf(() => parseRule(empty!)).message).toContain(
      "line 1, column 7: rule 'floor' (): the rule is empty",
    );
  });
});
