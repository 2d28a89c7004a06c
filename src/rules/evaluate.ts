/**
 * Evaluates a parsed rule over numbers (conditions are 1/0) and explains why it triggered. Pure and total:
 * a read this run cannot answer (a missing value, metadata, division by zero) makes the rule's outcome
 * `error` with a message — it never throws for the data, so one rule's error never stops the others.
 */
import type { Expr } from './ast.js';
import { valueKey } from './ast.js';
import { factContext } from './check.js';
import { FactError, type FactSources } from './facts/types.js';
import { explain } from './reason.js';
import type { ParsedRule } from './rule.js';
import type { RuleResult } from './types.js';

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
    private readonly sources: FactSources,
  ) {}

  private text(node: Expr): string {
    return this.rule.spec.expression.slice(node.start, node.end).replace(/\s+/g, ' ');
  }

  evaluate(node: Expr): number {
    const value = this.compute(node);
    if (Number.isNaN(value)) throw new FactError(`${this.text(node)} is not a number (NaN)`);
    this.results.set(node, value);
    if (node.kind === 'fact' || node.kind === 'fact-call') {
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
    const facts = this.rule.facts;
    switch (node.kind) {
      case 'number':
        return node.percent ? node.value / 100 : node.value;
      case 'boolean':
        return node.value ? 1 : 0;
      case 'fact': {
        const namespace = facts.namespaces.get(node.namespace);
        if (!namespace) throw new FactError(`${valueKey(node)}: unknown namespace`);
        return namespace.read(node.name, factContext(this.sources, facts, valueKey(node)));
      }
      case 'fact-call': {
        const fn = facts.functions.get(node.fn);
        if (!fn) throw new FactError(`${node.fn}(): unknown function`);
        return fn.evaluate(node.args, factContext(this.sources, facts, valueKey(node)));
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
        if (right === 0) {
          throw new FactError(`${this.text(node)} divides by zero (${this.text(node.right)} = 0)`);
        }
        return left / right;
      }
      case 'compare': {
        const left = this.evaluate(node.left);
        const right = this.evaluate(node.right);
        return COMPARE[node.op](left, right) ? 1 : 0;
      }
      case 'logical':
        return this.logical(node);
      case 'call': {
        const args = node.args.map((arg) => this.evaluate(arg));
        if (node.fn === 'abs') return Math.abs(args[0] ?? 0);
        const pick = node.fn === 'min' ? Math.min : Math.max;
        return args.reduce((best, x) => pick(best, x));
      }
    }
  }

  /**
   * Both sides always, so every value lands in the record. A side that errors decides nothing when the other
   * side decides alone (`true or ?` is true, `false and ?` is false, Kleene's logic); otherwise the error stands.
   */
  private logical(node: Extract<Expr, { kind: 'logical' }>): number {
    const attempt = (side: Expr): boolean | FactError => {
      try {
        return this.evaluate(side) !== 0;
      } catch (error) {
        if (error instanceof FactError) return error;
        throw error;
      }
    };
    const left = attempt(node.left);
    const right = attempt(node.right);
    const decisive = node.op === 'or';
    if (left === decisive || right === decisive) return decisive ? 1 : 0;
    if (left instanceof FactError) throw left;
    if (right instanceof FactError) throw right;
    return (node.op === 'and' ? left && right : left || right) ? 1 : 0;
  }
}

/** Evaluates a rule on this run's facts: `triggered`, `ok`, or `error` with the reason it could not be read. */
export function evaluateRule(rule: ParsedRule, sources: FactSources): RuleResult {
  const evaluation = new Evaluation(rule, sources);
  const { spec } = rule;
  const result: RuleResult = {
    id: spec.id,
    ...(spec.name !== undefined ? { name: spec.name } : {}),
    ...(spec.description !== undefined ? { description: spec.description } : {}),
    expression: spec.expression,
    outcome: 'ok',
    values: evaluation.values,
    metrics: rule.metrics,
    usesDrift: rule.usesDrift,
  };
  try {
    if (evaluation.evaluate(rule.ast) !== 0) {
      result.outcome = 'triggered';
      result.reason = explain(rule.ast, evaluation.results, true).text;
    }
  } catch (error) {
    if (!(error instanceof FactError)) throw error;
    result.outcome = 'error';
    result.error = error.message;
  }
  return result;
}
