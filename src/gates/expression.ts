/**
 * Gates in the rules language. A gate passes when its condition holds: `accuracy >= baseline.accuracy + 0.005`.
 * `metrics` are the challenger's, `baseline` the champion's; in a gate `challenger.NAME` and `champion.NAME`
 * read the same values, so a gate can say which model it means. A gate that cannot be evaluated — a value
 * missing on either side, a division by zero — is an `error` and rejects: it never promotes by accident.
 */
import type { Expr, FactArg } from '../rules/ast.js';
import { references, type Reference } from '../rules/check.js';
import { ruleError } from '../rules/format.js';
import { evaluateRule, FACTS, parseRule, type FactSources, type ParsedRule } from '../rules/index.js';
import { listNames, quoteName, suggestion } from '../rules/names.js';
import { gateMetric } from './threshold.js';
import type { ExpressionGateSpec, GateEvidence, GateMetric, GateResult } from './types.js';

/** A gate parsed once (at config time): its condition, and the negation that explains a failure. */
export interface CompiledExpressionGate {
  spec: ExpressionGateSpec;
  rule: ParsedRule;
  /** `not (condition)`: evaluated when the gate fails, so the reason names the comparison that failed. */
  negated: ParsedRule;
}

export const GATE_ALIASES = { challenger: 'metric', champion: 'baseline' } as const;

/** The first segment of a bare dotted name, when it is an alias: `challenger.accuracy` → `challenger`. */
function aliasOf(name: string, quoted: boolean): keyof typeof GATE_ALIASES | null {
  if (quoted) return null;
  const first = name.split('.')[0];
  return first === 'challenger' || first === 'champion' ? first : null;
}

/**
 * Replaces `challenger.X` with `X` and `champion.X` with `baseline.X`. A quoted name ("challenger.x") always
 * means the metric of that name. Throws an InputError pointing at a `champion.` inside change()/rel_change(),
 * which already read both sides.
 */
function resolveAliases(expr: Expr, rule: ParsedRule): Expr {
  const text = rule.spec.expression;
  const metrics = FACTS.bare.name;
  const visit = (node: Expr): Expr => {
    switch (node.kind) {
      case 'fact': {
        if (node.namespace !== metrics) return node;
        const alias = aliasOf(node.name, text[node.start] === '"');
        if (alias === null) return node;
        const name = node.name.slice(alias.length + 1);
        return alias === 'challenger' ? { ...node, name } : { ...node, namespace: 'baseline', name };
      }
      case 'fact-call': {
        const args = node.args.map((arg): FactArg => {
          if (arg.kind !== 'fact' || arg.namespace !== metrics) return arg;
          const alias = aliasOf(arg.name, text[arg.start] === '"');
          if (alias === null) return arg;
          if (alias === 'champion') {
            throw ruleError(
              rule.spec,
              node.start,
              `${node.fn}() compares the challenger with the champion already; write ${node.fn}(${arg.name.slice(9)})`,
            );
          }
          return { ...arg, name: arg.name.slice(alias.length + 1) };
        });
        return { ...node, args };
      }
      case 'negate':
      case 'not':
        return { ...node, operand: visit(node.operand) };
      case 'arith':
      case 'compare':
      case 'logical':
        return { ...node, left: visit(node.left), right: visit(node.right) };
      case 'call':
        return { ...node, args: node.args.map(visit) };
      default:
        return node;
    }
  };
  return visit(expr);
}

function withAst(rule: ParsedRule, ast: Expr): ParsedRule {
  const reads = references(ast, rule.facts);
  const names = (namespace: string) => [
    ...new Set(reads.filter((r) => r.namespace === namespace).map((r) => r.name)),
  ];
  return {
    spec: rule.spec,
    ast,
    facts: rule.facts,
    metrics: names(FACTS.bare.name),
    baseline: names('baseline'),
    usesDrift: reads.some((r) => r.namespace === 'drift'),
  };
}

/** Parses a gate; syntax errors are InputErrors naming the gate, line, column and caret. */
export function compileExpressionGate(spec: ExpressionGateSpec): CompiledExpressionGate {
  const parsed = parseRule(spec.rule);
  const rule = withAst(parsed, resolveAliases(parsed.ast, parsed));
  const negated = withAst(rule, { kind: 'not', operand: rule.ast, start: rule.ast.start, end: rule.ast.end });
  return { spec, rule, negated };
}

/** The first read the evidence cannot satisfy, as a sentence; null when everything is there. */
function missingValue(refs: Reference[], evidence: GateEvidence): string | null {
  for (const ref of refs) {
    if (ref.namespace === FACTS.bare.name && !evidence.challenger.has(ref.name)) {
      const known = evidence.challenger.keys();
      return `the challenger has no metric ${quoteName(ref.name)}${suggestion(ref.name, evidence.challenger.keys())} (known: ${listNames(known) || 'none'})`;
    }
    if (ref.namespace === 'baseline') {
      if (evidence.champion === null) {
        return `${ref.written} reads the champion, but no champion (baseline) metrics were given`;
      }
      if (!evidence.champion.has(ref.name)) {
        const known = evidence.champion.keys();
        return `the champion has no metric ${quoteName(ref.name)}${suggestion(ref.name, evidence.champion.keys())} (known: ${listNames(known) || 'none'})`;
      }
    }
    if (ref.namespace === 'drift' && evidence.drift === undefined) {
      return `${ref.written} needs drift detection, but no drift result is available`;
    }
  }
  return null;
}

function metricsRead(refs: Reference[], evidence: GateEvidence): GateMetric[] {
  const rows: GateMetric[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    const key = ref.namespace === 'drift' ? `drift.${ref.name}` : ref.name;
    if (seen.has(key)) continue;
    seen.add(key);
    if (ref.namespace === 'drift') {
      const drift = evidence.drift;
      const value =
        drift === undefined
          ? null
          : ref.name === 'detected'
            ? Number(drift.detected)
            : drift[ref.name as 'share' | 'count'];
      rows.push({ name: key, challenger: value, champion: null, change: null, relativeChange: null });
    } else {
      rows.push(gateMetric(ref.name, evidence));
    }
  }
  return rows;
}

export function evaluateExpressionGate(gate: CompiledExpressionGate, evidence: GateEvidence): GateResult {
  const refs = references(gate.rule.ast, gate.rule.facts);
  const base = {
    id: gate.rule.spec.id,
    kind: 'expression' as const,
    gate: gate.rule.spec.expression,
    metrics: metricsRead(refs, evidence),
  };
  const missing = missingValue(refs, evidence);
  if (missing !== null) return { ...base, outcome: 'error', reason: missing };

  const side = (values: ReadonlyMap<string, number>, file: string) => ({
    values,
    metadata: new Map(),
    files: [file],
  });
  const values: FactSources = {
    metrics: side(evidence.challenger, 'the challenger metrics'),
    baseline: evidence.champion ? side(evidence.champion, 'the champion metrics') : null,
    drift: evidence.drift ?? null,
  };
  // Evaluation problems (division by zero, NaN) are the rule's outcome `error`: the gate rejects.
  const held = evaluateRule(gate.rule, values);
  if (held.outcome === 'error')
    return { ...base, outcome: 'error', reason: held.error ?? 'could not be evaluated' };
  if (held.outcome === 'triggered')
    return { ...base, outcome: 'passed', reason: held.reason ?? 'the condition holds' };
  const failed = evaluateRule(gate.negated, values);
  return { ...base, outcome: 'failed', reason: failed.reason ?? 'the condition does not hold' };
}
