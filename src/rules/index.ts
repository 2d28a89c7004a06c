/** The rules language: parsed into an AST, checked against the loaded names, evaluated over numbers. */
export type { Expr } from './ast.js';
export { printExpr } from './ast.js';
export { checkRule, type KnownNames } from './check.js';
export { evaluateRule } from './evaluate.js';
export { parseRuleLines } from './lines.js';
export { MAX_DEPTH } from './parser.js';
export { parseRule, type ParsedRule } from './rule.js';
export type { MetricValues, RuleResult } from './types.js';
