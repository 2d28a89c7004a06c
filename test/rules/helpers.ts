/** Shared helpers for the rules tests. */
import type { RuleSpec } from '../../src/config/types.js';
import type { Expr } from '../../src/rules/index.js';
import { parseRule } from '../../src/rules/index.js';

export function spec(expression: string, id = 'r', line = 1, column = 1): RuleSpec {
  return { id, expression, origin: { source: "input 'rules'", line, column } };
}

/** Fully parenthesized prefix form, so tests state the tree shape exactly: `(< accuracy 0.85)`. */
export function sexpr(expr: Expr): string {
  switch (expr.kind) {
    case 'number':
      return `${expr.value}${expr.percent ? '%' : ''}`;
    case 'boolean':
      return String(expr.value);
    case 'metric':
      return `[${expr.name}]`;
    case 'baseline':
      return `(baseline [${expr.name}])`;
    case 'drift':
      return `drift.${expr.fact}`;
    case 'change':
      return `(${expr.fn} [${expr.name}])`;
    case 'negate':
      return `(neg ${sexpr(expr.operand)})`;
    case 'not':
      return `(not ${sexpr(expr.operand)})`;
    case 'call':
      return `(${expr.fn} ${expr.args.map(sexpr).join(' ')})`;
    case 'arith':
    case 'compare':
    case 'logical':
      return `(${expr.op} ${sexpr(expr.left)} ${sexpr(expr.right)})`;
  }
}

export function parse(expression: string): string {
  return sexpr(parseRule(spec(expression)).ast);
}

/** The message of the error `run` throws (fails the test when it does not throw). */
export function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error, but none was thrown');
}

/** The tree without source positions, for structural comparison. */
export function withoutSpans(expr: Expr): unknown {
  return JSON.parse(
    JSON.stringify(expr, (key, value: unknown) => (key === 'start' || key === 'end' ? undefined : value)),
  );
}
