import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getConfig } from '../../src/config/config.js';
import { InputError } from '../../src/errors.js';

function load(inputs: Record<string, string>, files: Record<string, string> = {}) {
  const cwd = mkdtempSync(path.join(tmpdir(), 'rt-gates-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(cwd, name), text);
  return getConfig((name) => inputs[name], { cwd, env: {} });
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

const FILE = `metrics: c.json
baseline: b.json
gates:
  - accuracy >= champion.accuracy
  - name: auc
    expression: auc >= 0.8
  - metric: latency_ms
    threshold: 200
    min-relative-change: 0.05
    greater-is-better: false
promote:
  workflow: deploy.yml
  inputs:
    run: '{run_id}'
issue-number: 7
fail-on-reject: true
`;

describe('gate step config', () => {
  it('reads strings, named expressions and MLflow-style entries', async () => {
    const config = await load({ config: 'gate.yml' }, { 'gate.yml': FILE });
    expect(config.gate?.gates).toEqual([
      {
        kind: 'expression',
        rule: {
          id: 'gate-1',
          expression: 'accuracy >= champion.accuracy',
          origin: { source: 'gate.yml', line: 4, column: 5 },
        },
      },
      {
        kind: 'expression',
        rule: {
          id: 'auc',
          name: 'auc',
          expression: 'auc >= 0.8',
          origin: { source: 'gate.yml', line: 6, column: 17 },
        },
      },
      {
        kind: 'threshold',
        id: 'gate-3',
        metric: 'latency_ms',
        threshold: 200,
        minRelativeChange: 0.05,
        greaterIsBetter: false,
        origin: 'gate.yml: line 7, column 5: gates.2',
      },
    ]);
    expect(config.gate).toMatchObject({ failOnReject: true, issueNumber: 7 });
    expect(config.gate?.promote).toMatchObject({
      workflow: 'deploy.yml',
      inputs: { run: '{run_id}' },
      cooldownMs: 86_400_000,
    });
    expect(config.maxRetrainAttempts).toBe(3);
  });

  it('inputs: one gate a line, gate-N ids, issue number', async () => {
    const config = await load({
      metrics: 'c.json',
      gates: 'accuracy > 0.8\nfloor: auc > 0.7\n',
      'issue-number': '12',
      'max-retrain-attempts': '5',
    });
    expect(config.gate?.gates.map((g) => (g.kind === 'expression' ? g.rule.id : g.id))).toEqual([
      'gate-1',
      'floor',
    ]);
    expect(config.gate?.issueNumber).toBe(12);
    expect(config.maxRetrainAttempts).toBe(5);
    expect(config.gate?.promote).toBeNull();
  });

  it('refuses a structured gate that checks nothing, and out-of-range changes (as MLflow does)', async () => {
    const none = FILE.replace('    threshold: 200\n    min-relative-change: 0.05\n', '');
    expect(await failure(load({ config: 'g.yml' }, { 'g.yml': none }))).toBe(
      "g.yml: line 7, column 5: gates.2: gate 'gate-3' on 'latency_ms' checks nothing: set 'threshold', 'min-absolute-change' or 'min-relative-change'",
    );
    const big = FILE.replace('min-relative-change: 0.05', 'min-relative-change: 5');
    expect(await failure(load({ config: 'g.yml' }, { 'g.yml': big }))).toMatch(
      /g\.yml: line \d+, column \d+/,
    );
    const zero = FILE.replace('min-relative-change: 0.05', 'min-absolute-change: 0');
    expect(await failure(load({ config: 'g.yml' }, { 'g.yml': zero }))).toMatch(
      /g\.yml: line \d+, column \d+/,
    );
  });

  it('refuses gate-step settings without gates, and monitor settings with them', async () => {
    expect(await failure(load({ metrics: 'c.json', rules: 'a < 1', 'promote-workflow': 'deploy.yml' }))).toBe(
      "'promote-workflow' belongs to a gate step, which needs at least one gate: set 'gates', e.g. `accuracy >= baseline.accuracy + 0.005`",
    );
    expect(
      await failure(load({ metrics: 'c.json', gates: 'a > 1', 'dispatch-workflow': 'retrain.yml' })),
    ).toMatch(/^a gate step does not dispatch retraining/);
    expect(
      await failure(load({ gates: 'a > 1', 'reference-data': 'r.csv', 'current-data': 'c.csv' })),
    ).toMatch(/^'gates' are given but no 'metrics' files/);
  });

  it('refuses unknown templates in promote-inputs and duplicate gate names', async () => {
    expect(
      await failure(
        load({
          metrics: 'c.json',
          gates: 'a > 1',
          'promote-workflow': 'd.yml',
          'promote-inputs': 'x: "{reasons}"',
        }),
      ),
    ).toBe(
      "promote-inputs: input 'x' uses the unknown template '{reasons}' (known: {monitor}, {run_url}, {run_id}, {issue_number}, {passed_gates})",
    );
    expect(await failure(load({ metrics: 'c.json', gates: 'g: a > 1\ng: b > 1' }))).toMatch(
      /already used on line 1/,
    );
  });
});
