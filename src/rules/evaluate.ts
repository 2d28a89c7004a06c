/** Evaluates a parsed rule over numbers (conditions are 1/0) and explains why it triggered. */
import type { Expr } from './ast.js';
import { displayName, valueKey } from './ast.js';
import { ruleError } from './format.js';
import { quoteName } from './names.js';
import { explain } from './reason.js';
import type { ParsedRule } from './rule.js';
import type { MetricValues, RuleResult } from './types.js';

const COMPARE = {
  '<': (a: number, b: number) => a < b,
  '<=': (a: number, b: number) => a <= b,
  '>': (a: number, b: number) => a > b,
  '>=': (a: number, b: number) => a >= b,
  '==': (a: number, b: number) => a === b,
  '!=': (a: number, b: number) => a !== b,
};

class Evaluation {
  /** Every node's value, for the explanation. */
  readonly results = new Map<Expr, number>();
  readonly values: Record<string, number> = {};

  constructor(
    private readonly rule: ParsedRule,
    private readonly input: MetricValues,
  ) {}

  private fail(node: Expr, what: string): never {
    throw ruleError(this.rule.spec, node.start, what);
  }

  private text(node: Expr): string {
    return this.rule.spec.expression.slice(node.start, node.end);
  }

  private read(node: Expr, map: ReadonlyMap<string, number>, name: string, label: string): number {
    const value = map.get(name);
    if (value === undefined) this.fail(node, `${label} ${quoteName(name)} has no value`);
    if (Number.isNaN(value)) this.fail(node, `${label} ${quoteName(name)} is not a number`);
    return value;
  }

  evaluate(node: Expr): number {
    const value = this.compute(node);
    if (Number.isNaN(value)) this.fail(node, `${this.text(node)} is not a number (NaN)`);
    this.results.set(node, value);
    if (
      node.kind === 'metric' ||
      node.kind === 'baseline' ||
      node.kind === 'drift' ||
      node.kind === 'change'
    ) {
      // defineProperty: a metric named `__proto__` must become a plain entry, not touch the prototype.
      Object.defineProperty(this.values, valueKey(node), {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return value;
  }

  private compute(node: Expr): number {
    switch (node.kind) {
      case 'number':
        return node.percent ? node.value / 100 : node.value;
      case 'boolean':
        return node.value ? 1 : 0;
      case 'metric':
        return this.read(node, this.input.current, node.name, 'metric');
      case 'baseline':
        return this.read(node, this.input.baseline, node.name, 'baseline metric');
      case 'drift': {
        const drift = this.input.drift;
        if (drift === undefined) this.fail(node, `drift.${node.fact} is read, but drift is not configured`);
        if (node.fact === 'detected') return drift.detected ? 1 : 0;
        return drift[node.fact];
      }
      case 'change': {
        const current = this.read(node, this.input.current, node.name, 'metric');
        const baseline = this.read(node, this.input.baseline, node.name, 'baseline metric');
        if (node.fn === 'change') return current - baseline;
        if (baseline === 0) {
          this.fail(node, `${this.text(node)} divides by baseline ${displayName(node.name)} = 0`);
        }
        return (current - baseline) / Math.abs(baseline);
      }
      case 'negate':
        return -this.evaluate(node.operand);
      case 'not':
        return this.evaluate(node.operand) === 0 ? 1 : 0;
      case 'arith': {
        const left = this.evaluate(node.left);
        const right = this.evaluate(node.right);
        if (node.op === '+') return left + right;
        if (node.op === '-') return left - right;
        if (node.op === '*') return left * right;
        if (right === 0) this.fail(node, `${this.text(node)} divides by zero (${this.text(node.right)} = 0)`);
        return left / right;
      }
      case 'compare': {
        const left = this.evaluate(node.left);
        const right = this.evaluate(node.right);
        return COMPARE[node.op](left, right) ? 1 : 0;
      }
      case 'logical': {
        // Both sides always: every value lands in the record, and an error on either side is reported.
        const left = this.evaluate(node.left) !== 0;
        const right = this.evaluate(node.right) !== 0;
        return (node.op === 'and' ? left && right : left || right) ? 1 : 0;
      }
      case 'call': {
        const args = node.args.map((arg) => this.evaluate(arg));
        if (node.fn === 'abs') return Math.abs(args[0] ?? 0);
        const pick = node.fn === 'min' ? Math.min : Math.max;
        return args.reduce((best, x) => pick(best, x));
      }
    }
  }
}

/** Evaluates a rule; evaluation problems (division by zero, a missing value) are InputErrors. */
export function evaluateRule(rule: ParsedRule, values: MetricValues): RuleResult {
  const evaluation = new Evaluation(rule, values);
  const triggered = evaluation.evaluate(rule.ast) !== 0;
  const result: RuleResult = {
    id: rule.spec.id,
    expression: rule.spec.expression,
    triggered,
    values: evaluation.values,
    usesDrift: rule.usesDrift,
  };
  if (triggered) result.reason = explain(rule.ast, evaluation.results, true).text;
  return result;
}
