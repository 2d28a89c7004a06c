/**
 * The rule AST and its printer. Every node carries `start`/`end`: offsets into the rule's expression text,
 * used to point error messages (column + caret) at the right place. Facts (metrics, baseline values, drift,
 * functions over them) are two generic nodes whose meaning comes from the facts registry (facts/registry.ts).
 */
import { FACTS, type FactRegistry } from './facts/registry.js';
import type { FactArg, FactRead } from './facts/types.js';

export type { FactArg, FactRead } from './facts/types.js';

export type CompareOp = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type ArithOp = '+' | '-' | '*' | '/';
export type LogicalOp = 'and' | 'or';
export type MathFunction = 'abs' | 'min' | 'max';

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
/** A function of the facts registry: `change(rows)`, `rel_change("p@5")`. */
export interface FactCall extends Span {
  kind: 'fact-call';
  fn: string;
  args: FactArg[];
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
/** `abs(x)`, `min(a, b, …)`, `max(a, b, …)`: math over expressions, not facts. */
export interface Call extends Span {
  kind: 'call';
  fn: MathFunction;
  args: Expr[];
}

export type Expr =
  | NumberLiteral
  | BooleanLiteral
  | FactRead
  | FactCall
  | Negate
  | Not
  | Arithmetic
  | Comparison
  | Logical
  | Call;

export const MATH_FUNCTIONS: readonly MathFunction[] = ['abs', 'max', 'min'];
export const KEYWORDS: readonly string[] = ['and', 'or', 'not', 'true', 'false'];

const RESERVED = new Set<string>([...KEYWORDS, ...MATH_FUNCTIONS, ...FACTS.reserved]);
const BARE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Every function a rule can call: math helpers and the registry's functions, sorted. */
export function functionNames(facts: FactRegistry = FACTS): string[] {
  return [...MATH_FUNCTIONS, ...facts.functions.keys()].sort();
}

/** True when a bare name would be read as `name` (a reserved first segment would mean something else). */
export function isBareName(name: string): boolean {
  return BARE_NAME.test(name) && !RESERVED.has(name.split('.')[0] ?? '');
}

export function isReservedWord(word: string, facts: FactRegistry = FACTS): boolean {
  return facts === FACTS ? RESERVED.has(word) : RESERVED.has(word) || facts.reserved.has(word);
}

/** How a rule writes a metric name: bare when it parses bare, else quoted with `\"` and `\\` escaped. */
export function displayName(name: string): string {
  return isBareName(name) ? name : quoted(name);
}

function quoted(name: string): string {
  return `"${name.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** True for expressions that are conditions (true/false); the rest are numbers. */
export function isCondition(expr: Expr, facts: FactRegistry = FACTS): boolean {
  switch (expr.kind) {
    case 'compare':
    case 'logical':
    case 'not':
    case 'boolean':
      return true;
    case 'fact':
      return facts.namespaces.get(expr.namespace)?.conditions?.includes(expr.name) ?? false;
    case 'fact-call':
      return facts.functions.get(expr.fn)?.returns === 'condition';
    default:
      return false;
  }
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
export function valueKey(expr: FactRead | FactCall): string {
  if (expr.kind === 'fact-call') return `${expr.fn}(${expr.args.map(printArg).join(', ')})`;
  return expr.namespace === FACTS.bare.name
    ? displayName(expr.name)
    : `${expr.namespace}.${displayName(expr.name)}`;
}

function printArg(arg: FactArg): string {
  switch (arg.kind) {
    case 'fact':
      return valueKey(arg);
    case 'column':
      return BARE_NAME.test(arg.name) ? arg.name : quoted(arg.name);
    case 'window':
      return arg.text;
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
    case 'fact':
    case 'fact-call':
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
