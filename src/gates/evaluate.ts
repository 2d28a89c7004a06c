/**
 * Gates → GateVerdict. Pure: no I/O, tested without mocks. The candidate is promoted only when there is at
 * least one gate and every gate passed; a gate that failed or could not be evaluated rejects.
 */
import { compileExpressionGate, evaluateExpressionGate, type CompiledExpressionGate } from './expression.js';
import { evaluateThresholdGate } from './threshold.js';
import type { GateEvidence, GateSpec, GateVerdict, ThresholdGateSpec } from './types.js';

export type CompiledGate = ThresholdGateSpec | CompiledExpressionGate;

/** Parses every expression gate once; syntax errors are InputErrors (a config error, found on every run). */
export function compileGates(specs: readonly GateSpec[]): CompiledGate[] {
  return specs.map((spec) => (spec.kind === 'threshold' ? spec : compileExpressionGate(spec)));
}

export function evaluateGates(gates: readonly CompiledGate[], evidence: GateEvidence): GateVerdict {
  const results = gates.map((gate) =>
    'kind' in gate ? evaluateThresholdGate(gate, evidence) : evaluateExpressionGate(gate, evidence),
  );
  const rejectedBy = results.filter((r) => r.outcome !== 'passed').map((r) => r.id);
  return { promote: results.length > 0 && rejectedBy.length === 0, gates: results, rejectedBy };
}
