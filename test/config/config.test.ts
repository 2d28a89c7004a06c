import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getConfig, mergeSettings } from '../../src/config/config.js';
import { parseDuration } from '../../src/config/values.js';
import { InputError } from '../../src/errors.js';

function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rt-config-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

function load(
  inputs: Record<string, string>,
  files: Record<string, string> = {},
  env: Record<string, string> = {},
) {
  const cwd = workspace(files);
  return getConfig((name) => inputs[name], { cwd, env });
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

describe('getConfig from inputs', () => {
  it('applies documented defaults', async () => {
    const config = await load(
      { metrics: 'm.json', rules: 'accuracy < 0.85' },
      {},
      { RUNNER_TEMP: '/tmp/rt' },
    );
    expect(config.metrics).toEqual(['m.json']);
    expect(config.rules).toHaveLength(1);
    expect(config.rules[0]?.id).toBe('rule-1');
    expect(config.failOnTrigger).toBe(false);
    expect(config.reportPath).toBe('/tmp/rt/retrain-trigger-report.json');
    expect(config.alert).toEqual({
      enabled: false,
      labels: ['model-alert'],
      title: 'Model needs retraining: {monitor}',
      assignees: [],
      closeOnRecovery: true,
    });
    expect(config.dispatch).toBeNull();
    expect(config.drift).toBeNull();
    expect(config.dryRun).toBe(false);
  });

  it('parses lists, booleans, numbers, maps and durations', async () => {
    const config = await load({
      metrics: 'a.json\n# comment\n\nb/*.json',
      'reference-data': 'ref.csv',
      'current-data': 'cur.csv',
      'drift-share': '0.3',
      'drift-method': 'psi',
      features: 'age, income\ncountry',
      'alert-issue': 'true',
      'issue-labels': 'model-alert, churn',
      'dispatch-workflow': 'retrain.yml',
      'dispatch-inputs': '{"reason": "{reasons}", "epochs": 3}',
      cooldown: '6h',
      rules: 'floor: accuracy < 0.85',
    });
    expect(config.metrics).toEqual(['a.json', 'b/*.json']);
    expect(config.drift?.share).toBe(0.3);
    expect(config.drift?.method).toBe('psi');
    expect(config.drift?.features).toEqual(['age', 'income', 'country']);
    expect(config.alert.enabled).toBe(true);
    expect(config.alert.labels).toEqual(['model-alert', 'churn']);
    expect(config.dispatch).toEqual({
      workflow: 'retrain.yml',
      inputs: { reason: '{reasons}', epochs: '3' },
      cooldownMs: 6 * 3_600_000,
    });
    expect(config.rules[0]).toMatchObject({ id: 'floor', name: 'floor', expression: 'accuracy < 0.85' });
  });

  it('dispatches a workflow of another repository', async () => {
    const config = await load({
      metrics: 'm.json',
      rules: 'a < 1',
      'dispatch-workflow': 'retrain.yml',
      'dispatch-repository': 'ml-org/training',
      'dispatch-ref': 'release',
    });
    expect(config.dispatch).toMatchObject({
      workflow: 'retrain.yml',
      repository: { owner: 'ml-org', repo: 'training' },
      ref: 'release',
    });
  });

  it('names the input and the expectation for bad values', async () => {
    expect(await failure(load({ metrics: 'm.json', rules: 'a < 1', 'fail-on-trigger': 'yes' }))).toBe(
      "input 'fail-on-trigger': expected true or false, got 'yes'",
    );
    expect(
      await failure(load({ 'reference-data': 'r.csv', 'current-data': 'c.csv', 'drift-share': '1.5' })),
    ).toBe("input 'drift-share': expected a number ≤ 1, got number 1.5");
    expect(
      await failure(load({ 'reference-data': 'r.csv', 'current-data': 'c.csv', 'drift-method': 'kss' })),
    ).toMatch(/^input 'drift-method': expected one of auto, ks, chisquare, .*energy, .*TVD, got 'kss'$/);
    expect(
      await failure(
        load({ metrics: 'm.json', rules: 'a < 1', 'dispatch-workflow': 'r.yml', cooldown: '6 hours' }),
      ),
    ).toMatch(/^input 'cooldown': expected a duration like 30m, 6h, 1d or 1h30m/);
    expect(await failure(load({ metrics: 'm.json', rules: 'a < 1', 'dispatch-inputs': '[1, 2]' }))).toBe(
      'input \'dispatch-inputs\': expected a YAML or JSON map (key: value), got "[1, 2]"',
    );
  });

  it('refuses configurations with nothing to check or contradictions', async () => {
    expect(await failure(load({}))).toMatch(/^nothing to check/);
    expect(await failure(load({ metrics: 'm.json' }))).toMatch(/no 'rules'/);
    expect(await failure(load({ rules: 'accuracy < 1' }))).toMatch(/no 'metrics' files/);
    expect(await failure(load({ 'reference-data': 'r.csv' }))).toBe(
      "drift: missing 'current' (input 'current-data')",
    );
    expect(
      await failure(
        load({
          metrics: 'm.json',
          rules: 'a < 1',
          'dispatch-workflow': 'r.yml',
          'dispatch-event-type': 'retrain',
        }),
      ),
    ).toMatch(/either 'dispatch-workflow'.*not both/);
    expect(
      await failure(
        load({
          metrics: 'm.json',
          rules: 'a < 1',
          'dispatch-workflow': 'r.yml',
          'dispatch-repository': 'nope',
        }),
      ),
    ).toMatch(/^input 'dispatch-repository': expected a repository as owner\/name .*got 'nope'$/);
    const many = Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`k${i}`, 'v']));
    expect(
      await failure(
        load({
          metrics: 'm.json',
          rules: 'a < 1',
          'dispatch-workflow': 'r.yml',
          'dispatch-inputs': JSON.stringify(many),
        }),
      ),
    ).toBe("input 'dispatch-inputs': at most 25 entries are allowed");
  });
});

describe('getConfig with a config file', () => {
  const file = [
    'metrics: eval/*.json',
    'rules:',
    '  - accuracy < 0.85',
    '  - name: volume',
    '    expression: rel_change(rows) > 20%',
    'drift:',
    '  reference: ref.csv',
    '  current: cur.csv',
    '  method: psi',
    '  share: 0.25',
    '  per-feature:',
    '    age: { method: ks, threshold: 0.01 }',
    '  types: { zip: categorical }',
    'alert:',
    '  enabled: true',
    '',
  ].join('\n');

  it('reads the file and lets inputs win setting by setting', async () => {
    const config = await load(
      { config: 'monitor.yml', 'drift-method': 'wasserstein' },
      { 'monitor.yml': file },
    );
    expect(config.metrics).toEqual(['eval/*.json']);
    expect(config.drift).toMatchObject({ method: 'wasserstein', share: 0.25, reference: ['ref.csv'] });
    expect(config.drift?.perFeature).toEqual({
      age: { method: 'ks', threshold: 0.01 },
      zip: { type: 'categorical' },
    });
    expect(config.alert.enabled).toBe(true);
    expect(config.rules.map((r) => r.id)).toEqual(['rule-1', 'volume']);
    expect(config.rules[0]?.origin).toEqual({ source: 'monitor.yml', line: 3, column: 5 });
    expect(config.rules[1]?.origin).toEqual({ source: 'monitor.yml', line: 5, column: 17 });
    expect(config.monitorKey).toBe('monitor.yml');
  });

  it('input rules replace the file rules', async () => {
    const config = await load({ config: 'monitor.yml', rules: 'f1 < 0.5' }, { 'monitor.yml': file });
    expect(config.rules.map((r) => r.expression)).toEqual(['f1 < 0.5']);
    expect(config.rules[0]?.origin.source).toBe("input 'rules'");
  });

  it('reports unknown keys with the file position and the known keys', async () => {
    const bad = file.replace('  share: 0.25', '  shares: 0.25');
    expect(await failure(load({ config: 'monitor.yml' }, { 'monitor.yml': bad }))).toBe(
      "monitor.yml: line 10, column 3: drift: unknown key 'shares' (known: reference, current, method, threshold, share, features, exclude, delimiter, decimal, na-values, bins, binning, min-samples, correction, min-effect-size, seed, numerical, categorical, types, per-feature, for, clear-after)",
    );
  });

  it('points at bad values inside the file', async () => {
    const bad = file.replace('method: ks, threshold: 0.01', 'method: kolmogorov, threshold: 0.01');
    expect(await failure(load({ config: 'monitor.yml' }, { 'monitor.yml': bad }))).toMatch(
      /^monitor\.yml: line 12, column 20: drift\.per-feature\.age\.method: expected one of auto, ks, .* got 'kolmogorov'$/,
    );
    const badRule = file.replace(
      '    expression: rel_change(rows) > 20%',
      '    expr: rel_change(rows) > 20%',
    );
    const message = await failure(load({ config: 'monitor.yml' }, { 'monitor.yml': badRule }));
    expect(message).toContain(
      "monitor.yml: line 5, column 5: rules.1: unknown key 'expr' (known: name, expression, description, for, clear-after)",
    );
    expect(message).toContain("monitor.yml: line 4, column 5: rules.1: missing 'expression'");
  });

  it('reports YAML syntax errors and a missing file', async () => {
    expect(
      await failure(load({ config: 'monitor.yml' }, { 'monitor.yml': 'metrics: [a.json\nrules: x' })),
    ).toMatch(/^monitor\.yml: line \d+, column \d+: invalid YAML: /);
    expect(await failure(load({ config: 'missing.yml' }))).toBe('missing.yml: cannot read file (ENOENT)');
    expect(await failure(load({ config: 'list.yml' }, { 'list.yml': '- a\n- b\n' }))).toMatch(
      /expected a mapping of settings/,
    );
  });

  it('derives a stable monitor key from the workflow and job', async () => {
    const config = await load(
      { metrics: 'm.json', rules: 'a < 1' },
      {},
      { GITHUB_WORKFLOW_REF: 'octo/repo/.github/workflows/monitor.yml@refs/heads/main', GITHUB_JOB: 'check' },
    );
    expect(config.monitorKey).toBe('.github/workflows/monitor.yml:check');
    expect(config.monitorTitle).toBe('monitor / check');
  });

  it('titles the default key briefly, each name once; a set monitor-key is used as it is', async () => {
    const env = {
      GITHUB_WORKFLOW_REF: 'octo/repo/.github/workflows/model-monitor.yml@refs/heads/main',
      GITHUB_JOB: 'monitor',
    };
    const files = { 'monitor.yml': 'metrics: m.json\nrules: a < 1\n' };
    const config = await load({ config: 'monitor.yml' }, files, env);
    expect(config.monitorKey).toBe('.github/workflows/model-monitor.yml:monitor:monitor.yml');
    expect(config.monitorTitle).toBe('model-monitor / monitor');
    const named = await load({ config: 'monitor.yml', 'monitor-key': 'churn:eu' }, files, env);
    expect(named).toMatchObject({ monitorKey: 'churn:eu', monitorTitle: 'churn:eu' });
  });
});

describe('values', () => {
  it('merges sections key by key', () => {
    expect(mergeSettings({ drift: { a: 1, b: 2 }, x: [1] }, { drift: { b: 3 }, x: [2] })).toEqual({
      drift: { a: 1, b: 3 },
      x: [2],
    });
  });
  it('parses durations', () => {
    expect(parseDuration('1h30m', 'cooldown')).toBe(5_400_000);
    expect(parseDuration('0', 'cooldown')).toBe(0);
    expect(parseDuration('2d', 'cooldown')).toBe(172_800_000);
    expect(() => parseDuration('1x', 'cooldown')).toThrow(InputError);
  });
});
