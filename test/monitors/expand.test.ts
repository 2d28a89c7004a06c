import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getConfig } from '../../src/config/config.js';
import { InputError } from '../../src/errors.js';
import { reportFor } from '../../src/monitors/apart.js';
import { loadRun, type MonitorsRun } from '../../src/monitors/expand.js';
import { inherit } from '../../src/monitors/merge.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rt-monitors-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

async function monitors(yaml: string, inputs: Record<string, string> = {}): Promise<MonitorsRun> {
  const cwd = workspace({ 'rt.yml': yaml });
  const loaded = await loadRun((name) => (name === 'config' ? 'rt.yml' : inputs[name]), {
    cwd,
    env: { RUNNER_TEMP: '/tmp/runner' },
  });
  if (loaded.kind !== 'monitors') throw new Error('expected monitors');
  return loaded.run;
}

async function failure(yaml: string, inputs: Record<string, string> = {}): Promise<string> {
  try {
    await monitors(yaml, inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

const BASE = `
metrics: common.json
rules: ['accuracy < 0.85']
alert: {enabled: true, labels: [model-alert, ml]}
dispatch: {workflow: retrain.yml, inputs: {reasons: '{reasons}', model: '{monitor}'}}
`;

describe('monitors: inheritance', () => {
  it('maps merge key by key, lists and values are replaced, the key is the monitor key', async () => {
    const run = await monitors(`${BASE}
monitors:
  - key: churn
    metrics: churn.json
    dispatch: {inputs: {team: growth}}
  - key: fraud
    rules: ['recall < 0.9', 'precision < 0.8']
    alert: {labels: [fraud-alert]}
`);
    expect(run.monitors.map((m) => m.key)).toEqual(['churn', 'fraud']);
    const [churn, fraud] = run.monitors.map((m) => m.config);
    expect(churn!.monitorKey).toBe('churn');
    expect(churn!.monitorTitle).toBe('churn');
    expect(churn!.metrics).toEqual(['churn.json']);
    expect(churn!.rules.map((r) => r.expression)).toEqual(['accuracy < 0.85']);
    expect({ ...churn!.dispatch!.inputs }).toEqual({
      reasons: '{reasons}',
      model: '{monitor}',
      team: 'growth',
    });
    expect(fraud!.metrics).toEqual(['common.json']);
    expect(fraud!.rules.map((r) => r.expression)).toEqual(['recall < 0.9', 'precision < 0.8']);
    expect(fraud!.alert.labels).toEqual(['fraud-alert']);
    expect(fraud!.alert.enabled).toBe(true);
    expect(fraud!.drift).toBeNull();
    // Each monitor its own report next to the run's index.
    expect(run.reportPath).toBe('/tmp/runner/retrain-trigger-report.json');
    expect(churn!.reportPath).toBe('/tmp/runner/retrain-trigger-report.churn.json');
    expect(run.batch).toBeNull();
  });

  it('inputs set the top level, which the monitors inherit; a monitor overrides them', async () => {
    const run = await monitors(
      `${BASE}\nmonitors: [{key: a}, {key: b, notify: {repeat: 2d}}]\nstate-file: s.jsonl\n`,
      {
        'notify-repeat': '1d',
        'slack-webhook-url': 'https://hooks.slack.com/services/x',
      },
    );
    expect(run.monitors[0]!.config.notify.repeatMs).toBe(86_400_000);
    expect(run.monitors[1]!.config.notify.repeatMs).toBe(2 * 86_400_000);
    expect(run.monitors[1]!.config.notify.slackWebhookUrl).toBe('https://hooks.slack.com/services/x');
  });

  it('__proto__ is a key like any other, never a prototype', () => {
    const merged = inherit(
      { dispatch: { inputs: { a: '1' } } },
      JSON.parse('{"dispatch":{"inputs":{"__proto__":"x"}}}'),
    );
    const inputs = (merged.dispatch as { inputs: Record<string, unknown> }).inputs;
    expect(Object.keys(inputs)).toEqual(['a', '__proto__']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('report paths: .<key> before the extension, keys made safe for a file name', () => {
    expect(reportFor('/r/report.json', 'churn')).toBe('/r/report.churn.json');
    expect(reportFor('/r/report', 'a/b c')).toBe('/r/report.a-b-c.json');
  });

  it('batch-dispatch: the top-level dispatch is sent once; monitors do not inherit it', async () => {
    const run = await monitors(
      `${BASE}\nbatch-dispatch: true\nmonitors: [{key: a}, {key: b, dispatch: {workflow: b.yml}}]\n`,
    );
    expect(run.batch?.workflow).toBe('retrain.yml');
    expect(run.monitors[0]!.config.dispatch).toBeNull();
    expect(run.monitors[1]!.config.dispatch?.workflow).toBe('b.yml');
  });

  it('without monitors the config is exactly the single one', async () => {
    const cwd = workspace({ 'rt.yml': BASE });
    const get = (name: string) => (name === 'config' ? 'rt.yml' : undefined);
    const loaded = await loadRun(get, { cwd, env: {} });
    expect(loaded.kind).toBe('single');
    expect(loaded.kind === 'single' && loaded.config).toEqual(await getConfig(get, { cwd, env: {} }));
  });
});

describe('monitors: errors name the monitor', () => {
  it('a bad rule, a bad value, an unknown key — at their place under monitors[i]', async () => {
    const rule = await failure(
      `${BASE}\nmonitors:\n  - key: a\n  - key: b\n  - key: churn\n    rules: ['accuracy <']\n`,
    );
    expect(rule).toMatch(
      /^monitors\[2\] \(churn\): rt\.yml: line 11, column 24: rule 'rule-1' \(accuracy <\)/,
    );
    const value = await failure(
      `${BASE}\nmonitors:\n  - key: a\n    drift: {reference: r, current: c, share: 3}\n`,
    );
    expect(value).toMatch(
      /^monitors\[0\] \(a\): rt\.yml: line 9, column 46: drift\.share: expected a number ≤ 1/,
    );
    const unknown = await failure(`${BASE}\nmonitors:\n  - key: a\n    metric: x.json\n`);
    expect(unknown).toMatch(
      /^monitors\[0\] \(a\): rt\.yml: line 9, column 5: \(top level\): unknown key 'metric'/,
    );
  });

  it('a section the top level leaves incomplete is completed by each monitor, or named', async () => {
    const DRIFT = `${BASE}drift: {method: psi, share: 0.5}\n`;
    const run = await monitors(
      `${DRIFT}\nmonitors:\n  - key: a\n    drift: {reference: r.csv, current: c.csv, share: 0.3}\n`,
    );
    expect(run.monitors[0]!.config.drift).toMatchObject({
      method: 'psi',
      share: 0.3,
      reference: ['r.csv'],
      current: ['c.csv'],
    });
    const missing = await failure(
      `${DRIFT}\nmonitors:\n  - key: a\n    drift: {reference: r.csv, current: c.csv}\n  - key: b\n`,
    );
    expect(missing).toMatch(/^monitors\[1\] \(b\): invalid configuration:\n/);
    expect(missing).toContain("rt.yml: line 6, column 8: drift: missing 'reference'");
  });

  it('duplicate keys, run-level settings in a monitor, monitor-key beside monitors', async () => {
    expect(await failure(`${BASE}\nmonitors: [{key: a}, {key: b}, {key: a}]\n`)).toBe(
      "monitors[2] (a): the key 'a' is used twice (also monitors[0]); keys must be unique",
    );
    expect(await failure(`${BASE}\nmonitors: [{key: a, dry-run: true}]\n`)).toMatch(
      /^monitors\[0\] \(a\): 'dry-run' cannot be set for one monitor/,
    );
    expect(await failure(`${BASE}\nmonitors: [{key: a}]\n`, { 'monitor-key': 'x' })).toMatch(
      /^input 'monitor-key': with 'monitors:' each monitor has its own key/,
    );
    expect(await failure(`${BASE}\nmonitors: [{rules: x}]\n`)).toMatch(/monitors\.0: missing 'key'/);
  });

  it('depends-on: unknown names (did you mean), cycles', async () => {
    expect(await failure(`${BASE}\nmonitors: [{key: fraud}, {key: churn, depends-on: fraudd}]\n`)).toBe(
      "monitors[1] (churn): depends-on: unknown monitor 'fraudd'; did you mean 'fraud'? (known: churn, fraud)",
    );
    expect(
      await failure(
        `${BASE}\nmonitors: [{key: a, depends-on: b}, {key: b, depends-on: [c]}, {key: c, depends-on: a}]\n`,
      ),
    ).toBe('monitors: depends-on cycle: a → b → c → a');
    const run = await monitors(
      `${BASE}\nmonitors: [{key: ltv, depends-on: 'churn, fraud'}, {key: churn}, {key: fraud}]\n`,
    );
    expect(run.order).toEqual(['churn', 'fraud', 'ltv']);
    expect(run.monitors[0]!.dependsOn).toEqual(['churn', 'fraud']);
  });

  it('batch-dispatch needs a top-level dispatch and a monitors list', async () => {
    expect(
      await failure(`metrics: m.json\nrules: [x > 1]\nbatch-dispatch: true\nmonitors: [{key: a}]\n`),
    ).toMatch(/^batch-dispatch: true needs the top-level 'dispatch:'/);
    const cwd = workspace({ 'rt.yml': `${BASE}\nbatch-dispatch: true\n` });
    await expect(loadRun((n) => (n === 'config' ? 'rt.yml' : undefined), { cwd, env: {} })).rejects.toThrow(
      /'batch-dispatch' is set but there is no 'monitors:' list/,
    );
  });
});
