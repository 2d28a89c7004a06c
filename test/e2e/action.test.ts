import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { makeWorkspace, NODE, ROOT, runAction } from './run-action.js';

const METRICS = JSON.stringify({ eval: { accuracy: 0.8, f1: 0.7 }, rows: 1200, 'p@5 <b>@admin</b>': 0.4 });
const BASELINE = JSON.stringify({ eval: { accuracy: 0.9, f1: 0.8 }, rows: 1000, 'p@5 <b>@admin</b>': 0.5 });

function csv(rows: number, shift: number): string {
  const lines = ['x,color'];
  for (let i = 0; i < rows; i += 1)
    lines.push(`${((i * 7919) % 1000) / 10 + shift},${i % 3 === 0 ? 'red' : 'blue'}`);
  return lines.join('\n') + '\n';
}

describe(`dist/index.js as the runner runs it (node ${path.basename(NODE) === 'node' ? 'from node24' : 'current'})`, () => {
  let github: FakeGitHub | undefined;
  afterEach(async () => {
    await github?.close();
    github = undefined;
  });

  it('evaluates rules and sets every output, the summary and the report', async () => {
    const ws = makeWorkspace({ 'metrics.json': METRICS, 'baseline.json': BASELINE });
    const run = await runAction(
      {
        metrics: 'metrics.json',
        baseline: 'baseline.json',
        rules: 'floor: eval.accuracy < 0.85\nrel_change(rows) > 50%\n"p@5 <b>@admin</b>" < 0.45',
      },
      ws,
    );
    expect(run.code).toBe(0);
    expect(run.outputs.triggered).toBe('true');
    expect(JSON.parse(run.outputs['failed-rules'] as string)).toEqual(['floor', 'rule-3']);
    const reasons = JSON.parse(run.outputs.reasons as string) as string[];
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toBe('eval.accuracy = 0.8 < 0.85');
    expect(run.outputs['drift-detected']).toBe('false');
    expect(run.outputs.dispatched).toBe('false');
    const report = JSON.parse(readFileSync(run.outputs.report as string, 'utf8'));
    expect(run.outputs.status).toBe('due');
    expect(report).toMatchObject({
      schemaVersion: 2,
      status: 'due',
      triggered: true,
      failedRules: ['floor', 'rule-3'],
    });
    expect(report.metrics.values['eval.accuracy']).toBe(0.8);
    expect(report.baseline.values.rows).toBe(1000);
    expect(report.rules.map((r: { outcome: string }) => r.outcome)).toEqual(['triggered', 'ok', 'triggered']);
    expect(report.rules.map((r: { id: string }) => r.id)).toEqual(['floor', 'rule-2', 'rule-3']);
    expect(report.rules[1].values['rel_change(rows)']).toBeCloseTo(0.2, 12);
    // Summary: verdict first, untrusted names escaped (no raw HTML, no live mention) outside code spans,
    // where GitHub renders neither.
    expect(run.summary.startsWith('### 🔴 Retraining is due')).toBe(true);
    const outsideCode = run.summary.replace(/`[^`]*`/g, '');
    expect(outsideCode).toContain('\\<b\\>');
    expect(outsideCode).not.toContain('<b>');
    expect(outsideCode).not.toMatch(/@admin/);
  });

  it('fails the step with one clear message and no stack trace on bad input', async () => {
    const ws = makeWorkspace({ 'metrics.json': METRICS });
    const run = await runAction({ metrics: 'metrics.json', rules: 'eval.acuracy < 0.85' }, ws);
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("unknown metric 'eval.acuracy'");
    expect(errors[0]).toContain('eval.accuracy');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
    expect(run.outputs).toEqual({});
  });

  it('names the glob that matched nothing', async () => {
    const ws = makeWorkspace({});
    const run = await runAction({ metrics: 'eval/*.json', rules: 'accuracy < 0.85' }, ws);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::metrics: no file matches 'eval/*.json'");
  });

  it('checks drift alone (no metrics, no rules) and reports it', async () => {
    const ws = makeWorkspace({ 'ref.csv': csv(400, 0), 'cur.csv': csv(300, 30) });
    const run = await runAction({ 'reference-data': 'ref.csv', 'current-data': 'cur.csv' }, ws);
    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['drift-detected']).toBe('true');
    expect(JSON.parse(run.outputs['drifted-features'] as string)).toContain('x');
    expect(Number(run.outputs['drift-share'])).toBeGreaterThan(0);
    expect(run.outputs.triggered).toBe('true');
    const report = JSON.parse(readFileSync(run.outputs.report as string, 'utf8'));
    const x = report.drift.features.find((f: { name: string }) => f.name === 'x');
    expect(x).toMatchObject({
      kind: 'numerical',
      method: 'ks',
      drifted: true,
      rows: { reference: 400, current: 300 },
    });
    expect(run.summary).toContain('Data drift');
    const color = report.drift.features.find((f: { name: string }) => f.name === 'color');
    expect(color).toMatchObject({ kind: 'categorical', method: 'z', drifted: false });

    const wrong = await runAction(
      { 'reference-data': 'ref.csv', 'current-data': 'cur.csv', 'drift-method': 'ks' },
      ws,
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain(
      "::error::drift method: method 'ks' cannot test the categorical feature 'color'",
    );
  });

  it('opens the alert issue and dispatches retraining against the API server', async () => {
    github = await startFakeGitHub({ token: 'ghs_e2e_token_value' });
    const ws = makeWorkspace({ 'metrics.json': METRICS });
    const env = {
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'octo/models',
      GITHUB_RUN_ID: '77',
      'INPUT_GITHUB-TOKEN': 'ghs_e2e_token_value',
    };
    const inputs = {
      metrics: 'metrics.json',
      rules: 'eval.accuracy < 0.85',
      'alert-issue': 'true',
      'dispatch-workflow': 'retrain.yml',
      'dispatch-inputs': 'reason: "{reasons}"',
      'monitor-key': 'churn-model',
    };
    const run = await runAction(inputs, ws, env);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.dispatched).toBe('true');
    expect(run.outputs['run-id']).toMatch(/^\d+$/);
    expect(run.outputs['issue-number']).toMatch(/^\d+$/);
    const repo = github.state.repo();
    expect(repo.issues.filter((i) => i.state === 'open')).toHaveLength(1);
    expect(repo.runs).toHaveLength(1);
    // The token only ever appears in the runner's own masking command.
    const logLines = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(logLines.join('\n')).not.toContain('ghs_e2e_token_value');

    // The schedule fires again: still one issue, no second dispatch (the run is still queued).
    const again = await runAction(inputs, ws, env);
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs.dispatched).toBe('false');
    expect(again.outputs['issue-number']).toBe(run.outputs['issue-number']);
    expect(repo.issues).toHaveLength(1);
    expect(repo.runs).toHaveLength(1);

    // Recovery closes the alert.
    const recovered = await runAction({ ...inputs, rules: 'eval.accuracy < 0.5' }, ws, env);
    expect(recovered.code, recovered.stdout).toBe(0);
    expect(recovered.outputs.triggered).toBe('false');
    expect(repo.issues[0]?.state).toBe('closed');
  });

  it('dry-run reads GitHub, writes nothing and says what it would write', async () => {
    github = await startFakeGitHub({ token: 'ghs_e2e_token_value' });
    const ws = makeWorkspace({ 'metrics.json': METRICS });
    const run = await runAction(
      {
        metrics: 'metrics.json',
        rules: 'eval.accuracy < 0.85',
        'alert-issue': 'true',
        'dispatch-workflow': 'retrain.yml',
        'dry-run': 'true',
      },
      ws,
      {
        GITHUB_API_URL: github.url,
        GITHUB_REPOSITORY: 'octo/models',
        'INPUT_GITHUB-TOKEN': 'ghs_e2e_token_value',
      },
    );
    expect(run.code, run.stdout).toBe(0);
    expect(github.requests.length).toBeGreaterThan(0);
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(run.outputs.dispatched).toBe('false');
    const report = JSON.parse(readFileSync(run.outputs.report as string, 'utf8'));
    const outcomes = report.actions.map((a: { kind: string; outcome: string }) => `${a.kind}:${a.outcome}`);
    expect(outcomes.some((o: string) => o.startsWith('alert-issue:would'))).toBe(true);
    expect(outcomes.some((o: string) => o.startsWith('dispatch:would'))).toBe(true);
  });

  it('fails after setting outputs when a permission is missing, naming it', async () => {
    github = await startFakeGitHub({ token: 'ghs_e2e_token_value' });
    github.faults.add({ method: 'POST', path: /\/dispatches$/, action: { type: 'forbidden' } });
    const ws = makeWorkspace({ 'metrics.json': METRICS });
    const run = await runAction(
      { metrics: 'metrics.json', rules: 'eval.accuracy < 0.85', 'dispatch-workflow': 'retrain.yml' },
      ws,
      {
        GITHUB_API_URL: github.url,
        GITHUB_REPOSITORY: 'octo/models',
        'INPUT_GITHUB-TOKEN': 'ghs_e2e_token_value',
      },
    );
    expect(run.code).toBe(1);
    expect(run.outputs.triggered).toBe('true');
    expect(run.outputs.dispatched).toBe('false');
    const error = run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
    expect(error).toContain('actions: write');
    expect(github.state.repo().runs).toHaveLength(0);
  });

  it('writes nothing to GitHub when the evaluation fails', async () => {
    github = await startFakeGitHub({ token: 'ghs_e2e_token_value' });
    const ws = makeWorkspace({ 'metrics.json': '{"eval": {"accuracy": 1e999}}' });
    const run = await runAction(
      {
        metrics: 'metrics.json',
        rules: 'eval.accuracy < 0.85',
        'alert-issue': 'true',
        'dispatch-workflow': 'retrain.yml',
      },
      ws,
      {
        GITHUB_API_URL: github.url,
        GITHUB_REPOSITORY: 'octo/models',
        'INPUT_GITHUB-TOKEN': 'ghs_e2e_token_value',
      },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::metrics\.json.*eval\.accuracy/);
    expect(github.requests).toHaveLength(0);
  });

  it('fails the step when fail-on-trigger is set, after setting outputs', async () => {
    const ws = makeWorkspace({ 'metrics.json': METRICS });
    const run = await runAction(
      { metrics: 'metrics.json', rules: 'eval.accuracy < 0.85', 'fail-on-trigger': 'true' },
      ws,
    );
    expect(run.code).toBe(1);
    expect(run.outputs.triggered).toBe('true');
    expect(run.stdout).toContain('::error::Retraining is due: eval.accuracy = 0.8 < 0.85');
  });
});

describe('the CLI (dist/cli.js)', () => {
  it('runs the demo of the README on the bundled example files', async () => {
    const { execFileSync } = await import('node:child_process');
    const out = execFileSync(
      NODE,
      [
        'dist/cli.js',
        'check',
        '--config',
        'examples/demo/retrain-trigger.yml',
        '--report-path',
        path.join(makeWorkspace({}), 'r.json'),
      ],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '' },
        encoding: 'utf8',
      },
    );
    expect(out).toMatch(/^RETRAINING IS DUE/);
    expect(out).toContain('would open (or update) the alert issue');
    expect(out).toContain('would dispatch workflow retrain.yml');
  });

  it('exits 2 with the message on bad input', async () => {
    const { spawnSync } = await import('node:child_process');
    const ws = makeWorkspace({ 'm.json': '{"accuracy": 0.9}' });
    const res = spawnSync(
      NODE,
      [path.join(ROOT, 'dist/cli.js'), 'check', '--metrics', 'm.json', '--rules', 'accuracy <'],
      {
        cwd: ws,
        encoding: 'utf8',
      },
    );
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/^retrain-trigger: /);
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });
});
