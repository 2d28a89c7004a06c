/** A configured rule, parsed once: its tree and what it reads. */
import type { RuleSpec } from '../config/types.js';
import type { Expr } from './ast.js';
import { references } from './check.js';
import { ruleError } from './format.js';
import { RuleSyntaxError } from './lexer.js';
import { parseExpression } from './parser.js';

export interface ParsedRule {
  spec: RuleSpec;
  ast: Expr;
  /** Current metrics read (by `name` and by change/rel_change), in order of first use. */
  metrics: string[];
  /** Metrics whose baseline value is read (by `baseline.name` and change/rel_change). */
  baseline: string[];
  usesDrift: boolean;
}

/** Parses a configured rule; syntax errors become InputErrors naming the rule, column and caret. */
export function parseRule(spec: RuleSpec): ParsedRule {
  let ast: Expr;
  try {
    ast = parseExpression(spec.expression);
  } catch (error) {
    if (error instanceof RuleSyntaxError) throw ruleError(spec, error.offset, error.message);
    throw error;
  }
  const reads = references(ast);
  const names = (source: string) => [...new Set(reads.filter((r) => r.source === source).map((r) => r.name))];
  return {
    spec,
    ast,
    metrics: names('current'),
    baseline: names('baseline'),
    usesDrift: reads.some((r) => r.source === 'drift'),
  };
}
