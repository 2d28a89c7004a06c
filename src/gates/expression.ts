/**
 * Gates in the rules language. A gate passes when its condition holds: `accuracy >= baseline.accuracy + 0.005`.
 * Gates are parsed and evaluated with GATE_FACTS, the facts registry of the rules plus the aliases
 * `challenger.NAME` (= `NAME`, the candidate's metrics) and `champion.NAME` (= `baseline.NAME`, the production
 * model's). Every read goes through the registry, as in monitor rules. What differs is only the consequence:
 * a gate that cannot be evaluated — a name neither side knows, a value missing on either side, a division by
 * zero — is an `error` and rejects; it never promotes by accident, and it never stops the other gates.
 */
import type { Expr } from '../rules/ast.js';
import {
  evaluateRule,
  firstProblem,
  GATE_FACTS,
  parseRule,
  references,
  type FactSources,
  type ParsedRule,
  type Reference,
} from '../rules/index.js';
import { gateMetric } from './threshold.js';
import type { ExpressionGateSpec, GateEvidence, GateMetric, GateResult } from './types.js';

/** A gate parsed once (at config time): its condition, and the negation that explains a failure. */
export interface CompiledExpressionGate {
  spec: ExpressionGateSpec;
  rule: ParsedRule;
  /** `not (condition)`: evaluated when the gate fails, so the reason names the comparison that failed. */
  negated: ParsedRule;
}

/** Namespace → which side of the table it reads. */
const SIDE: Record<string, 'challenger' | 'champion' | undefined> = {
  metrics: 'challenger',
  challenger: 'challenger',
  baseline: 'champion',
  champion: 'champion',
};

/** Parses a gate; syntax errors are InputErrors naming the gate, line, column and caret. */
export function compileExpressionGate(spec: ExpressionGateSpec): CompiledExpressionGate {
  const rule = parseRule(spec.rule, GATE_FACTS);
  const not: Expr = { kind: 'not', operand: rule.ast, start: rule.ast.start, end: rule.ast.end };
  return { spec, rule, negated: { ...rule, ast: not } };
}

/** The evidence as the registry's entries read it: the challenger is `metrics`, the champion `baseline`. */
export function gateSources(evidence: GateEvidence): FactSources {
  return {
    metrics: evidence.challenger,
    baseline: evidence.champion,
    drift: evidence.drift,
    quality: evidence.quality ?? null,
  };
}

/** One row per metric (both sides) or drift fact the gate reads, in order of first use. */
function metricsRead(refs: readonly Reference[], evidence: GateEvidence): GateMetric[] {
  const rows: GateMetric[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    const side = SIDE[ref.namespace];
    const key = side ? ref.name : `${ref.namespace}.${ref.name}`;
    if (seen.has(key)) continue;
    if (side) {
      seen.add(key);
      rows.push(gateMetric(ref.name, evidence));
    } else if (ref.namespace === 'drift') {
      seen.add(key);
      const drift = evidence.drift;
      const known = drift !== null && drift.undecided === undefined;
      const value = !known
        ? null
        : ref.name === 'detected'
          ? Number(drift.detected)
          : ref.name === 'count'
            ? drift.count
            : drift.share;
      rows.push({ name: key, challenger: value, champion: null, change: null, relativeChange: null });
    }
  }
  return rows;
}

export function evaluateExpressionGate(gate: CompiledExpressionGate, evidence: GateEvidence): GateResult {
  const { rule } = gate;
  const base = {
    id: rule.spec.id,
    kind: 'expression' as const,
    gate: rule.spec.expression,
    metrics: metricsRead(references(rule.ast, rule.facts), evidence),
  };
  const sources = gateSources(evidence);
  // A name this run cannot know (a typo, no champion files, no drift) is a configuration error for a monitor
  // rule; for a gate it is a reason to reject, with the same message (did-you-mean included).
  const problem = firstProblem(rule, sources);
  if (problem !== undefined) return { ...base, outcome: 'error', reason: problem.message };
  // Evaluation problems (a missing value, division by zero, NaN) are the rule's outcome `error`: it rejects.
  const held = evaluateRule(rule, sources);
  if (held.outcome === 'error')
    return { ...base, outcome: 'error', reason: held.error ?? 'could not be evaluated' };
  if (held.outcome === 'triggered')
    return { ...base, outcome: 'passed', reason: held.reason ?? 'the condition holds' };
  const failed = evaluateRule(gate.negated, sources);
  return { ...base, outcome: 'failed', reason: failed.reason ?? 'the condition does not hold' };
}
