/**
 * The rule AST and its printer. Every node carries `start`/`end`: offsets into the rule's expression text,
 * used to point error messages (column + caret) at the right place.
 */

export type CompareOp = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type ArithOp = '+' | '-' | '*' | '/';
export type LogicalOp = 'and' | 'or';
export type MathFunction = 'abs' | 'min' | 'max';
export type ChangeFunction = 'change' | 'rel_change';
export type DriftFact = 'share' | 'count' | 'detected';

interface Span {
  start: number;
  end: number;
}

/** A literal as written: `20%` is `{ value: 20, percent: true }` and evaluates to 0.2. */
export interface NumberLiteral extends Span {
  kind: 'number';
  value: number;
  percent: boolean;
}
export interface BooleanLiteral extends Span {
  kind: 'boolean';
  value: boolean;
}
/** Current value of a metric. */
export interface MetricRef extends Span {
  kind: 'metric';
  name: string;
}
/** `baseline.NAME`. */
export interface BaselineRef extends Span {
  kind: 'baseline';
  name: string;
}
/** `drift.share`, `drift.count`, `drift.detected`. */
export interface DriftRef extends Span {
  kind: 'drift';
  fact: DriftFact;
}
export interface Negate extends Span {
  kind: 'negate';
  operand: Expr;
}
export interface Not extends Span {
  kind: 'not';
  operand: Expr;
}
export interface Arithmetic extends Span {
  kind: 'arith';
  op: ArithOp;
  left: Expr;
  right: Expr;
}
export interface Comparison extends Span {
  kind: 'compare';
  op: CompareOp;
  left: Expr;
  right: Expr;
}
export interface Logical extends Span {
  kind: 'logical';
  op: LogicalOp;
  left: Expr;
  right: Expr;
}
/** `abs(x)`, `min(a, b, …)`, `max(a, b, …)`. */
export interface Call extends Span {
  kind: 'call';
  fn: MathFunction;
  args: Expr[];
}
/** `change(NAME)` = current − baseline; `rel_change(NAME)` = (current − baseline) / |baseline|. */
export interface Change extends Span {
  kind: 'change';
  fn: ChangeFunction;
  name: string;
}

export type Expr =
  | NumberLiteral
  | BooleanLiteral
  | MetricRef
  | BaselineRef
  | DriftRef
  | Negate
  | Not
  | Arithmetic
  | Comparison
  | Logical
  | Call
  | Change;

export const MATH_FUNCTIONS: readonly MathFunction[] = ['abs', 'max', 'min'];
export const CHANGE_FUNCTIONS: readonly ChangeFunction[] = ['change', 'rel_change'];
export const FUNCTION_NAMES: readonly string[] = [...MATH_FUNCTIONS, ...CHANGE_FUNCTIONS].sort();
export const DRIFT_FACTS: readonly DriftFact[] = ['count', 'detected', 'share'];
export const KEYWORDS: readonly string[] = ['and', 'or', 'not', 'true', 'false', 'baseline', 'drift'];

const RESERVED = new Set<string>([...KEYWORDS, ...FUNCTION_NAMES]);
const BARE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** True when a bare name would be read as `name` (a reserved first segment would mean something else). */
export function isBareName(name: string): boolean {
  return BARE_NAME.test(name) && !RESERVED.has(name.split('.')[0] ?? '');
}

export function isReservedWord(word: string): boolean {
  return RESERVED.has(word);
}

/** How a rule writes a metric name: bare when it parses bare, else quoted with `\"` and `\\` escaped. */
export function displayName(name: string): string {
  return isBareName(name) ? name : `"${name.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** True for expressions that are conditions (true/false); the rest are numbers. */
export function isCondition(expr: Expr): boolean {
  return (
    expr.kind === 'compare' ||
    expr.kind === 'logical' ||
    expr.kind === 'not' ||
    expr.kind === 'boolean' ||
    (expr.kind === 'drift' && expr.fact === 'detected')
  );
}

/** Binding strength used by the parser and the printer: higher binds tighter. */
export const PRECEDENCE = {
  or: 1,
  and: 2,
  not: 3,
  compare: 4,
  additive: 5,
  multiplicative: 6,
  negate: 7,
  atom: 8,
};

/** Binding strength of each infix operator or keyword. */
export const INFIX_PRECEDENCE: Partial<Record<string, number>> = {
  or: PRECEDENCE.or,
  and: PRECEDENCE.and,
  '<': PRECEDENCE.compare,
  '<=': PRECEDENCE.compare,
  '>': PRECEDENCE.compare,
  '>=': PRECEDENCE.compare,
  '==': PRECEDENCE.compare,
  '!=': PRECEDENCE.compare,
  '+': PRECEDENCE.additive,
  '-': PRECEDENCE.additive,
  '*': PRECEDENCE.multiplicative,
  '/': PRECEDENCE.multiplicative,
};

export function precedenceOf(expr: Expr): number {
  switch (expr.kind) {
    case 'logical':
      return PRECEDENCE[expr.op];
    case 'not':
      return PRECEDENCE.not;
    case 'compare':
      return PRECEDENCE.compare;
    case 'arith':
      return expr.op === '+' || expr.op === '-' ? PRECEDENCE.additive : PRECEDENCE.multiplicative;
    case 'negate':
      return PRECEDENCE.negate;
    default:
      return PRECEDENCE.atom;
  }
}

/** How the rule names a value it reads: `accuracy`, `baseline."p@5"`, `rel_change(rows)`, `drift.share`. */
export function valueKey(expr: MetricRef | BaselineRef | DriftRef | Change): string {
  switch (expr.kind) {
    case 'metric':
      return displayName(expr.name);
    case 'baseline':
      return `baseline.${displayName(expr.name)}`;
    case 'drift':
      return `drift.${expr.fact}`;
    case 'change':
      return `${expr.fn}(${displayName(expr.name)})`;
  }
}

function wrap(expr: Expr, needsParens: boolean): string {
  const text = printExpr(expr);
  return needsParens ? `(${text})` : text;
}

/**
 * Canonical text of an expression, with only the parentheses the tree needs, so that
 * `parseRule(printExpr(ast))` gives the same tree back (binary operators group to the left).
 */
export function printExpr(expr: Expr): string {
  switch (expr.kind) {
    case 'number':
      return `${String(expr.value)}${expr.percent ? '%' : ''}`;
    case 'boolean':
      return String(expr.value);
    case 'metric':
    case 'baseline':
    case 'drift':
    case 'change':
      return valueKey(expr);
    case 'negate':
      return `-${wrap(expr.operand, precedenceOf(expr.operand) < PRECEDENCE.negate)}`;
    case 'not':
      return `not ${wrap(expr.operand, precedenceOf(expr.operand) < PRECEDENCE.not)}`;
    case 'call':
      return `${expr.fn}(${expr.args.map(printExpr).join(', ')})`;
    case 'arith':
    case 'logical': {
      const own = precedenceOf(expr);
      const left = wrap(expr.left, precedenceOf(expr.left) < own);
      return `${left} ${expr.op} ${wrap(expr.right, precedenceOf(expr.right) <= own)}`;
    }
    case 'compare': {
      const own = PRECEDENCE.compare;
      const left = wrap(expr.left, precedenceOf(expr.left) <= own);
      return `${left} ${expr.op} ${wrap(expr.right, precedenceOf(expr.right) <= own)}`;
    }
  }
}
