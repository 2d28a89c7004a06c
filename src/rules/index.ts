/** The rules language: parsed into an AST, checked against the loaded names, evaluated over facts. */
export type { Expr } from './ast.js';
export { printExpr } from './ast.js';
export { checkRule, firstProblem, references, type Reference } from './check.js';
export { evaluateRule } from './evaluate.js';
export { createRegistry, FACTS, GATE_FACTS, type FactRegistry } from './facts/registry.js';
export type { DriftFacts, FactSources, MetricSet, QualityFacts } from './facts/types.js';
export { parseRuleLines } from './lines.js';
export { MAX_DEPTH } from './parser.js';
export { parseRule, type ParsedRule } from './rule.js';
export type { RuleOutcome, RuleResult, RuleSpec } from './types.js';
