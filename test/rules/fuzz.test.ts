/** Property-based tests: the parser never fails with anything but InputError, and printing round-trips. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { Expr } from '../../src/rules/index.js';
import { evaluateRule, parseRule, printExpr } from '../../src/rules/index.js';
import { sources, spec, withoutSpans } from './helpers.js';

/** parseRule's outcome: the tree, or the InputError message; any other failure fails the property. */
function tryParse(expression: string): Expr | string {
  try {
    return parseRule(spec(expression)).ast;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.message).toContain(`rule 'r' (`);
    expect(error.message).toMatch(/\n {4}.*\n {4}[ \t]*\^$/);
    return error.message;
  }
}

const TOKENS = [
  'accuracy',
  'f1',
  'eval.acc',
  'a_b',
  '"p@5"',
  '"a\\"b"',
  '""',
  '"',
  '\\',
  'baseline.accuracy',
  'baseline."p@5"',
  'baseline.',
  'baseline',
  'drift',
  'drift.share',
  'drift.count',
  'drift.detected',
  'drift.x',
  '0',
  '0.85',
  '.5',
  '1e-3',
  '1e',
  '20%',
  '%',
  '1.2.3',
  '1e999',
  '+',
  '-',
  '*',
  '/',
  '<',
  '<=',
  '>',
  '>=',
  '==',
  '!=',
  '=',
  '!',
  '(',
  ')',
  ',',
  '.',
  'and',
  'or',
  'not',
  'true',
  'false',
  'abs',
  'min',
  'max',
  'change',
  'rel_change',
  'sqrt',
  '#',
  '&&',
  '||',
  "'",
  ':',
  ' ',
  '\t',
  '\n',
  'é',
  '😀',
];

const tokenText = fc
  .array(fc.constantFrom(...TOKENS), { maxLength: 40 })
  .chain((tokens) => fc.constantFrom(tokens.join(' '), tokens.join('')));

describe('parser robustness', () => {
  it('returns a tree or throws InputError for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => {
        tryParse(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('returns a tree or throws InputError for strings of the language’s tokens', () => {
    fc.assert(
      fc.property(tokenText, (text) => {
        tryParse(text);
      }),
      { numRuns: 5000 },
    );
  });

  it('gives InputError, not a stack overflow, for deep nesting of any prefix', () => {
    const prefix = fc.constantFrom('(', '-', 'not ', 'abs(', 'min(1, ', '- (');
    fc.assert(
      fc.property(prefix, fc.integer({ min: 150, max: 10_000 }), (open, depth) => {
        const result = tryParse(`${open.repeat(depth)}a < 1`);
        expect(typeof result === 'string' || depth <= 200).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('parses its own printout back to the same text (print is a fixed point)', () => {
    fc.assert(
      fc.property(tokenText, (text) => {
        const ast = tryParse(text);
        if (typeof ast === 'string') return;
        const printed = printExpr(ast);
        const again = tryParse(printed);
        expect(typeof again === 'string' ? again : printExpr(again)).toBe(printed);
      }),
      { numRuns: 5000 },
    );
  });
});

// ---- generated syntax trees (no positions; printExpr ignores them) ----

/** Awkward metric names: reserved words, dots, spaces, quotes and backslashes (all must round-trip quoted). */
const NAMES = [
  'accuracy',
  'eval.f1',
  'and',
  'min',
  'true',
  'drift.share',
  'baseline.x',
  'a b',
  'p@5',
  'x"y',
  'a\\b',
];

const metricName = fc.oneof(fc.constantFrom(...NAMES), fc.string({ minLength: 1, maxLength: 8 }));
const literal = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1e300, noNaN: true })),
    fc.boolean(),
  )
  .filter(([value]) => !Object.is(value, -0))
  .map(([value, percent]) => ({ kind: 'number', value, percent }));
const arithOp = fc.constantFrom('+', '-', '*', '/');
const compareOp = fc.constantFrom('<', '<=', '>', '>=', '==', '!=');

const trees = fc.letrec<{ num: unknown; cond: unknown }>((tie) => ({
  num: fc.oneof(
    { maxDepth: 5, depthIdentifier: 'rule' },
    literal,
    metricName.map((name) => ({ kind: 'fact', namespace: 'metrics', name })),
    metricName.map((name) => ({ kind: 'fact', namespace: 'baseline', name })),
    fc.constantFrom('share', 'count').map((name) => ({ kind: 'fact', namespace: 'drift', name })),
    fc
      .tuple(fc.constantFrom('change', 'rel_change'), metricName)
      .map(([fn, name]) => ({ kind: 'fact-call', fn, args: [{ kind: 'fact', namespace: 'metrics', name }] })),
    tie('num').map((operand) => ({ kind: 'negate', operand })),
    fc
      .tuple(arithOp, tie('num'), tie('num'))
      .map(([op, left, right]) => ({ kind: 'arith', op, left, right })),
    tie('num').map((arg) => ({ kind: 'call', fn: 'abs', args: [arg] })),
    fc
      .tuple(fc.constantFrom('min', 'max'), fc.array(tie('num'), { minLength: 1, maxLength: 3 }))
      .map(([fn, args]) => ({ kind: 'call', fn, args })),
    tie('cond'),
  ),
  cond: fc.oneof(
    { maxDepth: 5, depthIdentifier: 'rule' },
    fc.boolean().map((value) => ({ kind: 'boolean', value })),
    fc.constant({ kind: 'fact', namespace: 'drift', name: 'detected' }),
    fc
      .tuple(compareOp, tie('num'), tie('num'))
      .map(([op, left, right]) => ({ kind: 'compare', op, left, right })),
    fc
      .tuple(fc.constantFrom('and', 'or'), tie('cond'), tie('cond'))
      .map(([op, left, right]) => ({ kind: 'logical', op, left, right })),
    tie('cond').map((operand) => ({ kind: 'not', operand })),
  ),
}));

describe('round trip', () => {
  it('prints generated trees to text that parses back to the same tree', () => {
    const kindsSeen = new Set<string>();
    let nestedGroups = false;
    fc.assert(
      fc.property(trees.cond, (tree) => {
        const text = printExpr(tree as Expr);
        const parsed = parseRule(spec(text)).ast;
        expect(withoutSpans(parsed)).toEqual(tree);
        JSON.stringify(
          tree,
          (key, value: unknown) => (key === 'kind' && kindsSeen.add(String(value)), value),
        );
        nestedGroups ||= /\(.*\(/.test(text);
      }),
      { numRuns: 2000 },
    );
    // The generator really covers the language: every node kind, quoted names, nested groups.
    expect([...kindsSeen].sort()).toEqual([
      'arith',
      'boolean',
      'call',
      'compare',
      'fact',
      'fact-call',
      'logical',
      'negate',
      'not',
      'number',
    ]);
    expect(nestedGroups).toBe(true);
  });

  it('evaluates generated trees to an outcome, never an exception', () => {
    const names = NAMES;
    const values = new Map(names.map((name, i) => [name, i - 3]));
    const facts = sources(values, values, { share: 0.5, count: 1, detected: true });
    fc.assert(
      fc.property(trees.cond, (tree) => {
        const rule = parseRule(spec(printExpr(tree as Expr)));
        const result = evaluateRule(rule, facts);
        expect(['triggered', 'ok', 'error']).toContain(result.outcome);
        expect(result.reason === undefined).toBe(result.outcome !== 'triggered');
        expect(result.error === undefined).toBe(result.outcome !== 'error');
      }),
      { numRuns: 1000 },
    );
  });
});
