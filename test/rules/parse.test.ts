import { describe, expect, it } from 'vitest';
import { parseRule, printExpr } from '../../src/rules/index.js';
import { parse, spec } from './helpers.js';

describe('parseRule: tree shape', () => {
  it('parses comparisons against numbers in every literal form', () => {
    expect(parse('accuracy < 0.85')).toBe('(< [accuracy] 0.85)');
    expect(parse('x >= 1e-3')).toBe('(>= [x] 0.001)');
    expect(parse('x > .5')).toBe('(> [x] 0.5)');
    expect(parse('x > 1.')).toBe('(> [x] 1)');
    expect(parse('x > 2E+3')).toBe('(> [x] 2000)');
    expect(parse('x > 20%')).toBe('(> [x] 20%)');
    expect(parse('x > 1.5e1%')).toBe('(> [x] 15%)');
    expect(parse('x > -20%')).toBe('(> [x] (neg 20%))');
  });

  it('knows every comparison operator', () => {
    for (const op of ['<', '<=', '>', '>=', '==', '!=']) {
      expect(parse(`a ${op} b`)).toBe(`(${op} [a] [b])`);
      expect(parse(`a${op}b`)).toBe(`(${op} [a] [b])`);
    }
  });

  it('gives * and / precedence over + and -, grouping to the left', () => {
    expect(parse('a + b * c > 0')).toBe('(> (+ [a] (* [b] [c])) 0)');
    expect(parse('a * b + c > 0')).toBe('(> (+ (* [a] [b]) [c]) 0)');
    expect(parse('a - b - c > 0')).toBe('(> (- (- [a] [b]) [c]) 0)');
    expect(parse('a / b / c > 0')).toBe('(> (/ (/ [a] [b]) [c]) 0)');
    expect(parse('a - (b - c) > 0')).toBe('(> (- [a] (- [b] [c])) 0)');
    expect(parse('(a + b) * c > 0')).toBe('(> (* (+ [a] [b]) [c]) 0)');
  });

  it('binds unary minus tighter than * and allows it repeated', () => {
    expect(parse('-a * b > 0')).toBe('(> (* (neg [a]) [b]) 0)');
    expect(parse('- -a > 0')).toBe('(> (neg (neg [a])) 0)');
    expect(parse('a - -1 > 0')).toBe('(> (- [a] (neg 1)) 0)');
  });

  it('orders not > and > or, with comparisons binding tighter than all three', () => {
    expect(parse('a < 1 or b < 2 and c < 3')).toBe('(or (< [a] 1) (and (< [b] 2) (< [c] 3)))');
    expect(parse('a < 1 and b < 2 or c < 3')).toBe('(or (and (< [a] 1) (< [b] 2)) (< [c] 3))');
    expect(parse('not a < 1 and b < 2')).toBe('(and (not (< [a] 1)) (< [b] 2))');
    expect(parse('not not a < 1')).toBe('(not (not (< [a] 1)))');
    expect(parse('not (a < 1 or b < 2)')).toBe('(not (or (< [a] 1) (< [b] 2)))');
    expect(parse('a < 1 or b < 2 or c < 3')).toBe('(or (or (< [a] 1) (< [b] 2)) (< [c] 3))');
  });

  it('treats conditions as 1/0 numbers inside arithmetic and comparisons', () => {
    expect(parse('(a < 1) + (b < 2) >= 2')).toBe('(>= (+ (< [a] 1) (< [b] 2)) 2)');
    expect(parse('(a < 1) == (b < 2)')).toBe('(== (< [a] 1) (< [b] 2))');
    expect(parse('drift.detected')).toBe('drift.detected');
    expect(parse('true')).toBe('true');
    expect(parse('not false')).toBe('(not false)');
  });

  it('reads dotted, quoted and baseline names', () => {
    expect(parse('eval.accuracy < 0.9')).toBe('(< [eval.accuracy] 0.9)');
    expect(parse('f1_macro < 0.9')).toBe('(< [f1_macro] 0.9)');
    expect(parse('"precision@5" < 0.5')).toBe('(< [precision@5] 0.5)');
    expect(parse('"a \\"b\\" \\\\ c" < 1')).toBe('(< [a "b" \\ c] 1)');
    expect(parse('"and" < 1')).toBe('(< [and] 1)');
    expect(parse('"x < 1: y" < 1')).toBe('(< [x < 1: y] 1)');
    expect(parse('baseline.accuracy > 0')).toBe('(> (baseline [accuracy]) 0)');
    expect(parse('baseline.eval.accuracy > 0')).toBe('(> (baseline [eval.accuracy]) 0)');
    expect(parse('baseline."p@5" > 0')).toBe('(> (baseline [p@5]) 0)');
    expect(parse('drift.share > 0.5 or drift.count >= 3')).toBe(
      '(or (> drift.share 0.5) (>= drift.count 3))',
    );
  });

  it('parses the functions', () => {
    expect(parse('abs(a - b) > 1')).toBe('(> (abs (- [a] [b])) 1)');
    expect(parse('min(a, b, 3) < 1')).toBe('(< (min [a] [b] 3) 1)');
    expect(parse('max(a) < 1')).toBe('(< (max [a]) 1)');
    expect(parse('change(rows) < -100')).toBe('(< (change [rows]) (neg 100))');
    expect(parse('rel_change(rows) > 20%')).toBe('(> (rel_change [rows]) 20%)');
    expect(parse('rel_change("p@5") > 20%')).toBe('(> (rel_change [p@5]) 20%)');
    expect(parse('change(eval.loss) > 0')).toBe('(> (change [eval.loss]) 0)');
    expect(parse('max(abs(a), min(b, c)) < 1')).toBe('(< (max (abs [a]) (min [b] [c])) 1)');
  });

  it('lists what the rule reads', () => {
    const rule = parseRule(
      spec('accuracy < baseline.f1 or rel_change(rows) > 0 or accuracy > 1 or drift.share > 0'),
    );
    expect(rule.metrics).toEqual(['accuracy', 'rows']);
    expect(rule.baseline).toEqual(['f1', 'rows']);
    expect(rule.usesDrift).toBe(true);
    expect(parseRule(spec('a < 1')).usesDrift).toBe(false);
  });

  it('records source offsets for each node', () => {
    const { ast } = parseRule(spec('x + (y * 2) > 1'));
    expect(ast.kind === 'compare' && ast.left.kind === 'arith' && ast.left.right).toMatchObject({
      start: 4,
      end: 11,
    });
  });

  it('prints trees back with only the parentheses they need', () => {
    const print = (text: string) => printExpr(parseRule(spec(text)).ast);
    expect(print('((a + (b * c))) > ((1))')).toBe('a + b * c > 1');
    expect(print('a - (b - c) > 0')).toBe('a - (b - c) > 0');
    expect(print('-(a + b) > 0')).toBe('-(a + b) > 0');
    expect(print('not (a < 1 and b < 2)')).toBe('not (a < 1 and b < 2)');
    expect(print('"p@5" < baseline."a\\"b" + 20%')).toBe('"p@5" < baseline."a\\"b" + 20%');
    expect(print('"accuracy" < 1')).toBe('accuracy < 1');
  });
});
