/** Shared helpers for the rules tests. */
import type { RuleSpec } from '../../src/rules/index.js';
import type { Expr } from '../../src/rules/index.js';
import type { DriftFacts, FactRead, FactSources, MetricSet } from '../../src/rules/facts/types.js';
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
    case 'fact':
      return factText(expr);
    case 'fact-call':
      return `(${expr.fn} ${expr.args.map((a) => (a.kind === 'fact' ? factText(a) : a.kind === 'column' ? `{${a.name}}` : `<${a.text}>`)).join(' ')})`;
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

function factText(read: FactRead): string {
  if (read.namespace === 'metrics') return `[${read.name}]`;
  if (read.namespace === 'drift') return `drift.${read.name}`;
  return `(${read.namespace} [${read.name}])`;
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

/** What the rules read, from plain records (no baseline = null, no drift = null). */
export function sources(
  current: Record<string, unknown> | Map<string, number>,
  baseline: Record<string, unknown> | Map<string, number> | null = null,
  drift: DriftFacts | null = null,
): FactSources {
  return {
    metrics: side(current, 'metrics.json'),
    baseline: baseline && side(baseline, 'baseline.json'),
    drift,
  };
}

function side(record: Record<string, unknown> | Map<string, number>, file: string): MetricSet {
  const entries = record instanceof Map ? [...record] : Object.entries(record);
  const values = new Map<string, number>();
  const metadata = new Map<string, unknown>();
  for (const [name, value] of entries) {
    if (typeof value === 'number') values.set(name, value);
    else metadata.set(name, value);
  }
  return { values, metadata, files: [file] };
}
