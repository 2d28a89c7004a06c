import { describe, expect, it } from 'vitest';
import { parseRule, type MetricSet, type RuleSpec } from '../../src/rules/index.js';
import {
  compileGates,
  evaluateGates,
  renderGateMarkdown,
  renderGateTable,
  type GateEvidence,
  type GateSpec,
  type GateVerdict,
} from '../../src/gates/index.js';

/** One side's metrics, as the loader gives them. */
function side(entries: [string, number][], file = 'metrics.json'): MetricSet {
  return { values: new Map(entries), metadata: new Map(), files: [file] };
}

function rule(expression: string, id = 'gate-1'): GateSpec {
  const spec: RuleSpec = { id, expression, origin: { source: "input 'gates'", line: 1, column: 1 } };
  return { kind: 'expression', rule: spec };
}

const evidence: GateEvidence = {
  challenger: side([
    ['accuracy', 0.912],
    ['latency_p95_ms', 120],
    ['auc', 0.85],
    ['errors', 3],
  ]),
  champion: side(
    [
      ['accuracy', 0.9],
      ['latency_p95_ms', 100],
      ['auc', 0.84],
      ['errors', 0],
    ],
    'baseline.json',
  ),
  drift: null,
};

function run(gates: GateSpec[], ev: GateEvidence = evidence): GateVerdict {
  return evaluateGates(compileGates(gates), ev);
}

describe('expression gates', () => {
  it('promotes only when every gate holds', () => {
    const verdict = run([rule('accuracy >= baseline.accuracy + 0.005'), rule('auc >= 0.8', 'auc-floor')]);
    expect(verdict.promote).toBe(true);
    expect(verdict.rejectedBy).toEqual([]);
    expect(verdict.gates.map((g) => g.outcome)).toEqual(['passed', 'passed']);
    expect(verdict.gates[0]?.reason).toBe('accuracy = 0.912 >= 0.905 = baseline.accuracy + 0.005');
  });

  it('rejects when one gate fails, naming the comparison that failed', () => {
    const verdict = run([
      rule('accuracy >= baseline.accuracy + 0.005'),
      rule('latency_p95_ms <= 1.1 * baseline.latency_p95_ms', 'latency'),
    ]);
    expect(verdict.promote).toBe(false);
    expect(verdict.rejectedBy).toEqual(['latency']);
    expect(verdict.gates[1]?.reason).toBe('latency_p95_ms = 120 > 110 = 1.1 * baseline.latency_p95_ms');
  });

  it('reads challenger. and champion. as metrics and baseline', () => {
    const verdict = run([rule('challenger.accuracy > champion.accuracy and change(auc) > 0')]);
    expect(verdict.promote).toBe(true);
    const metrics = verdict.gates[0]?.metrics ?? [];
    expect(metrics.map((m) => m.name)).toEqual(['accuracy', 'auc']);
    expect(metrics[0]).toMatchObject({ challenger: 0.912, champion: 0.9 });
    expect(metrics[0]?.change).toBeCloseTo(0.012, 12);
  });

  it('keeps a quoted "challenger.x" as the metric of that name', () => {
    const ev = { ...evidence, challenger: side([['challenger.x', 1]]) };
    expect(run([rule('"challenger.x" > 0')], ev).promote).toBe(true);
    expect(run([rule('challenger.x > 0')], ev).gates[0]?.outcome).toBe('error');
  });

  it('refuses an aliased name inside change(), which reads both sides already', () => {
    expect(() => compileGates([rule('change(champion.accuracy) > 0')])).toThrow(
      /change\(\) takes one metric name, e.g. change\(accuracy\)/,
    );
  });

  it('keeps challenger and champion ordinary metric names in monitor rules', () => {
    expect(() => parseRule((rule('challenger.x > 0') as { rule: RuleSpec }).rule)).not.toThrow();
  });

  it('fails closed when a metric is missing on either side', () => {
    const verdict = run(
      [rule('acuracy >= 0.8'), rule('f1 >= baseline.f1', 'f1'), rule('auc >= champion.auc', 'auc')],
      {
        challenger: side([
          ['accuracy', 0.9],
          ['f1', 0.7],
        ]),
        champion: side(
          [
            ['accuracy', 0.8],
            ['auc', 0.8],
          ],
          'baseline.json',
        ),
        drift: null,
      },
    );
    expect(verdict.promote).toBe(false);
    expect(verdict.gates.map((g) => g.outcome)).toEqual(['error', 'error', 'error']);
    expect(verdict.gates[0]?.reason).toBe(
      "unknown metric 'acuracy'; did you mean 'accuracy'? (known: accuracy, f1)",
    );
    expect(verdict.gates[1]?.reason).toBe(
      "baseline metric 'f1' has no value in this run's baseline files (baseline.json)",
    );
    expect(verdict.gates[2]?.reason).toBe(
      "metric 'auc' has no value in this run's metrics files (metrics.json)",
    );
  });

  it('fails closed without champion metrics', () => {
    const verdict = run([rule('accuracy >= champion.accuracy')], { ...evidence, champion: null });
    expect(verdict.gates[0]).toMatchObject({
      outcome: 'error',
      reason:
        "champion.accuracy reads the baseline, but no baseline files were given; set the 'baseline' input",
    });
  });

  it('fails closed on a division by zero, with the message only', () => {
    const verdict = run([rule('rel_change(errors) < 10%')]);
    expect(verdict.promote).toBe(false);
    expect(verdict.gates[0]).toMatchObject({
      outcome: 'error',
      reason:
        "rel_change(errors) divides by the baseline 'errors' = 0 (a relative change from 0 is undefined)",
    });
  });

  it('reads drift facts when a drift result is given', () => {
    const drift = { share: 0.1, count: 1, detected: false };
    const undecided = { ...drift, undecided: 'no feature could be tested' };
    expect(run([rule('not drift.detected')], { ...evidence, drift: undecided }).gates[0]).toMatchObject({
      outcome: 'error',
      reason: 'drift.detected is not known: no feature could be tested',
    });
    const verdict = run([rule('not drift.detected and drift.share < 30%')], { ...evidence, drift });
    expect(verdict.promote).toBe(true);
    expect(verdict.gates[0]?.metrics[0]).toMatchObject({ name: 'drift.detected', challenger: 0 });
    expect(run([rule('drift.share < 30%')]).gates[0]?.outcome).toBe('error');
  });

  it('never promotes without gates', () => {
    expect(run([]).promote).toBe(false);
  });

  it('reports syntax errors at compile time with position', () => {
    expect(() => compileGates([rule('accuracy >=')])).toThrow(/input 'gates': line 1, column 12/);
  });
});

describe('threshold gates', () => {
  const gate = (extra: Partial<Extract<GateSpec, { kind: 'threshold' }>>): GateSpec => ({
    kind: 'threshold',
    id: 'acc',
    metric: 'accuracy',
    greaterIsBetter: true,
    origin: 'test',
    ...extra,
  });

  it('checks each set bound and says which failed', () => {
    const verdict = run([gate({ threshold: 0.9, minAbsoluteChange: 0.02, minRelativeChange: 0.01 })]);
    const result = verdict.gates[0];
    expect(result?.outcome).toBe('failed');
    expect(result?.checks?.map((c) => [c.check, c.passed])).toEqual([
      ['threshold', true],
      ['min-absolute-change', false],
      ['min-relative-change', true],
    ]);
    expect(result?.gate).toBe('accuracy ≥ 0.9, ≥ champion + 0.02, ≥ champion + 1%');
    expect(result?.reason).toBe('accuracy = 0.912, needs ≥ 0.92 (champion 0.9 + 0.02)');
  });

  it('says the bounds a passing gate met', () => {
    const verdict = run([gate({ threshold: 0.9, minAbsoluteChange: 0.01 })]);
    expect(verdict.gates[0]).toMatchObject({ outcome: 'passed', reason: 'accuracy = 0.912 ≥ 0.9, ≥ 0.91' });
  });

  it('lower is better', () => {
    const verdict = run([
      gate({ metric: 'latency_p95_ms', greaterIsBetter: false, threshold: 150, minRelativeChange: 0.05 }),
    ]);
    expect(verdict.gates[0]?.outcome).toBe('failed');
    expect(verdict.gates[0]?.reason).toBe(
      'latency_p95_ms = 120 (improvement -20%), needs an improvement of 5% over champion 100',
    );
  });

  it('rejects a missing champion metric when a change check is set, not for a threshold alone', () => {
    const ev = { ...evidence, champion: side([['auc', 1]]) };
    expect(run([gate({ minAbsoluteChange: 0.01 })], ev).gates[0]?.outcome).toBe('error');
    expect(run([gate({ threshold: 0.9 })], ev).gates[0]?.outcome).toBe('passed');
  });
});

describe('champion vs challenger table', () => {
  it('shows value, change, gate and outcome, escaped', () => {
    const ev: GateEvidence = {
      challenger: side([
        ['acc|x', 0.912],
        ['@team', 1],
      ]),
      champion: side([['acc|x', 0.9]], 'baseline.json'),
      drift: null,
    };
    const verdict = run(
      [rule('"acc|x" >= baseline."acc|x" + 0.005'), rule('"@team" > baseline."@team"', 'g2')],
      ev,
    );
    const table = renderGateTable(verdict);
    expect(table.split('\n')[0]).toBe('| Gate | Metric | Challenger | Champion | Change | Outcome |');
    expect(table).toContain(
      '| gate-1: `"acc\\|x" >= baseline."acc\\|x" + 0.005` | acc\\|x | 0.912 | 0.9 | +0.012 (+1.33%) | ✅ passed |',
    );
    expect(table).toContain('@\u200bteam | 1 | — | — | ⚠️ could not evaluate (rejects) |');
    const markdown = renderGateMarkdown(verdict);
    expect(markdown).toMatch(/^### ❌ Candidate rejected: 1 of 2 gates did not pass/);
    expect(markdown).toContain(
      '- g2: baseline metric "@\u200bteam" has no value in this run\'s baseline files \\(baseline.json\\)',
    );
  });

  it('headline for a promotion', () => {
    expect(renderGateMarkdown(run([rule('auc >= 0.8')]))).toMatch(
      /^### ✅ Promote the candidate: the gate passed/,
    );
  });
});
