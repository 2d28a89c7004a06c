/**
 * Structured gates against MLflow's MetricThreshold verdicts (test/fixtures/gates/gen_mlflow_thresholds.py
 * restates MLflow's `_validate` comparisons on a grid of 7,910 cases, including float boundaries).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateGates } from '../../src/gates/index.js';
import type { GateEvidence, ThresholdGateSpec } from '../../src/gates/index.js';

type Flags = [boolean, boolean, boolean, boolean, boolean, boolean];
type Case = [
  number | null,
  number | null | 'none',
  number | null,
  number | null,
  number | null,
  boolean,
  [string | null, ...Partial<Flags>],
];

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/gates/mlflow-thresholds.json', import.meta.url), 'utf8'),
) as { cases: Case[] };

function gateOf(c: Case): ThresholdGateSpec {
  const [, , threshold, mac, mrc, greaterIsBetter] = c;
  return {
    kind: 'threshold',
    id: 'gate-1',
    metric: 'm',
    greaterIsBetter,
    origin: 'test',
    ...(threshold !== null ? { threshold } : {}),
    ...(mac !== null ? { minAbsoluteChange: mac } : {}),
    ...(mrc !== null ? { minRelativeChange: mrc } : {}),
  };
}

function evidenceOf(c: Case): GateEvidence {
  const [candidate, baseline] = c;
  const side = (values: Map<string, number>) => ({ values, metadata: new Map(), files: ['m.json'] });
  const champion =
    baseline === 'none'
      ? null
      : side(
          new Map<string, number>([...(baseline === null ? [] : [['m', baseline] as const]), ['other', 1]]),
        );
  return { challenger: side(new Map(candidate === null ? [] : [['m', candidate]])), champion, drift: null };
}

describe('threshold gates match MLflow MetricThreshold', () => {
  it('has the grid', () => {
    expect(fixture.cases.length).toBeGreaterThan(7000);
  });

  it('agrees on every case (relative change over |baseline| for negative baselines, on purpose)', () => {
    const mismatches: string[] = [];
    let viaAbsolute = 0;
    let evaluatedDespiteCrash = 0;
    for (const c of fixture.cases) {
      const gate = gateOf(c);
      const result = evaluateGates([gate], evidenceOf(c)).gates[0];
      if (result === undefined) throw new Error('no result');
      const [raises, missingCandidate, missingBaseline, thresholdFailed, absFailed, relFailed, relFailedAbs] =
        c[6];
      let expected: string;
      const checks = new Map(result.checks?.map((k) => [k.check, k.passed]));
      if (missingCandidate === undefined || missingCandidate || missingBaseline) {
        // MLflow crashed (KeyError/TypeError on a missing baseline) or found a value missing: we reject.
        expected = 'error';
      } else {
        const negative = typeof c[1] === 'number' && c[1] < 0;
        const rel = negative ? relFailedAbs : relFailed;
        if (negative && relFailedAbs !== relFailed) viaAbsolute++;
        expected = thresholdFailed || absFailed || rel ? 'failed' : 'passed';
        if (gate.threshold !== undefined && checks.get('threshold') !== !thresholdFailed) {
          mismatches.push(`threshold check ${JSON.stringify(c)}`);
        }
        if (gate.minAbsoluteChange !== undefined && checks.get('min-absolute-change') !== !absFailed) {
          mismatches.push(`absolute check ${JSON.stringify(c)}`);
        }
        if (gate.minRelativeChange !== undefined && checks.get('min-relative-change') !== !rel) {
          mismatches.push(`relative check ${JSON.stringify(c)}`);
        }
      }
      // Threshold-only gate whose baseline lacks the metric: MLflow raises KeyError; the check needs no champion.
      if (raises !== null && missingCandidate !== undefined) evaluatedDespiteCrash++;
      if (result.outcome !== expected) {
        mismatches.push(`outcome ${result.outcome} ≠ ${expected}: ${JSON.stringify(c)}`);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    // The deliberate difference is exercised: MLflow's signed division decides these differently.
    expect(viaAbsolute).toBeGreaterThan(100);
    expect(evaluatedDespiteCrash).toBeGreaterThan(0);
  });
});
