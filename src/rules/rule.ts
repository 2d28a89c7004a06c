/** A configured rule, parsed once: its tree and what it reads. */
import type { Expr } from './ast.js';
import { references } from './check.js';
import { FACTS, type FactRegistry } from './facts/registry.js';
import { ruleError } from './format.js';
import { RuleSyntaxError } from './lexer.js';
import { parseExpression } from './parser.js';
import type { RuleSpec } from './types.js';

export interface ParsedRule {
  spec: RuleSpec;
  ast: Expr;
  /** The registry the rule was parsed with; checking and evaluation use the same one. */
  facts: FactRegistry;
  /** Current metrics read (by `name` and by change/rel_change), in order of first use. */
  metrics: string[];
  /** Metrics whose baseline value is read (by `baseline.name` and change/rel_change). */
  baseline: string[];
  /** True when the rule reads `drift.*`: it then takes over the decision about drift. */
  usesDrift: boolean;
}

/** Parses a configured rule; syntax errors become InputErrors naming the rule, column and caret. */
export function parseRule(spec: RuleSpec, facts: FactRegistry = FACTS): ParsedRule {
  let ast: Expr;
  try {
    ast = parseExpression(spec.expression, facts);
  } catch (error) {
    if (error instanceof RuleSyntaxError) throw ruleError(spec, error.offset, error.message);
    throw error;
  }
  const reads = references(ast, facts);
  const names = (namespace: string) => [
    ...new Set(reads.filter((r) => r.namespace === namespace).map((r) => r.name)),
  ];
  return {
    spec,
    ast,
    facts,
    metrics: names(facts.bare.name),
    baseline: names('baseline'),
    usesDrift: reads.some((r) => r.namespace === 'drift'),
  };
}
