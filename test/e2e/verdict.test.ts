/**
 * Three outcomes from dist/index.js as the runner runs it: a verdict that could not be decided keeps the open
 * alert (never closes it), one rule's error never stops the others, metadata never fails the run.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { makeWorkspace, runAction } from './run-action.js';

function csv(rows: number, shift: number): string {
  const lines = ['x,color'];
  for (let i = 0; i < rows; i += 1)
    lines.push(`${((i * 7919) % 1000) / 10 + shift},${i % 3 === 0 ? 'red' : 'blue'}`);
  return lines.join('\n') + '\n';
}

const warnings = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning::'));

describe('three outcomes, from dist/index.js', () => {
  let github: FakeGitHub | undefined;
  afterEach(async () => {
    await github?.close();
    github = undefined;
  });

  it('a 10-row current table is unknown: the open alert stays open, noted, nothing closed or dispatched', async () => {
    github = await startFakeGitHub({ token: 'ghs_e2e_token_value' });
    const ws = makeWorkspace({
      'ref.csv': csv(400, 0),
      'drifted.csv': csv(300, 30),
      'truncated.csv': csv(10, 0),
    });
    const env = {
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'octo/models',
      GITHUB_RUN_ID: '77',
      'INPUT_GITHUB-TOKEN': 'ghs_e2e_token_value',
    };
    const inputs = {
      'reference-data': 'ref.csv',
      'alert-issue': 'true',
      'dispatch-workflow': 'retrain.yml',
      'monitor-key': 'churn-model',
    };
    const due = await runAction({ ...inputs, 'current-data': 'drifted.csv' }, ws, env);
    expect(due.code, due.stdout).toBe(0);
    expect(due.outputs.status).toBe('due');
    const repo = github.state.repo();
    expect(repo.issues.filter((i) => i.state === 'open')).toHaveLength(1);
    const comments = repo.issues[0]?.comments.length;
    const runs = repo.runs.length;

    const unknown = await runAction({ ...inputs, 'current-data': 'truncated.csv' }, ws, env);
    expect(unknown.code, unknown.stdout).toBe(0);
    expect(unknown.outputs.status).toBe('unknown');
    expect(unknown.outputs.triggered).toBe('false');
    expect(unknown.outputs.dispatched).toBe('false');
    expect(unknown.outputs['issue-number']).toBe(String(repo.issues[0]?.number));
    // The alert is still open, no recovery comment, no new dispatch; its body names this run and the cause.
    expect(repo.issues[0]?.state).toBe('open');
    expect(repo.issues[0]?.comments.length).toBe(comments);
    expect(repo.runs.length).toBe(runs);
    expect(repo.issues[0]?.body).toContain('**Could not decide**');
    expect(repo.issues[0]?.body).toContain('/actions/runs/77');
    expect(repo.issues[0]?.body).toContain('no feature could be tested');
    expect(repo.issues[0]?.body).toContain('retrain-trigger:monitor=churn-model');
    // Warned, named, never green.
    expect(
      warnings(unknown.stdout).some((w) => w.includes('Could not decide: data drift could not be decided')),
    ).toBe(true);
    expect(unknown.summary.startsWith('### ⚪ Could not decide: data drift could not be decided')).toBe(true);
    expect(unknown.summary).not.toContain('🟢 No retraining needed');
    expect(unknown.summary).not.toContain('🟢 no dataset drift');
    expect(unknown.stdout).toContain('⚪ Could not decide');
    // Verdict first, then what was done.
    expect(unknown.stdout.indexOf('Could not decide')).toBeLessThan(
      unknown.stdout.indexOf('alert-issue: kept'),
    );
    const report = JSON.parse(readFileSync(unknown.outputs.report as string, 'utf8'));
    expect(report).toMatchObject({
      schemaVersion: 2,
      status: 'unknown',
      assessed: 'unknown',
      onUnknown: 'keep',
    });
    expect(report.drift).toMatchObject({ status: 'unknown', decides: true });
    expect(report.drift.undecided).toMatch(/^no feature could be tested/);
  });

  it('rel_change against a zero baseline errs while a true rule makes the verdict due; all outputs are written', async () => {
    const ws = makeWorkspace({
      'metrics.json': JSON.stringify({ accuracy: 0.8, errors: 4 }),
      'baseline.json': JSON.stringify({ accuracy: 0.9, errors: 0 }),
    });
    const run = await runAction(
      {
        metrics: 'metrics.json',
        baseline: 'baseline.json',
        rules: 'errors-jump: rel_change(errors) > 50%\nfloor: accuracy < 0.85',
      },
      ws,
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'due', triggered: 'true', 'failed-rules': '["floor"]' });
    expect(JSON.parse(run.outputs.reasons as string)).toEqual(['accuracy = 0.8 < 0.85']);
    const report = JSON.parse(readFileSync(run.outputs.report as string, 'utf8'));
    expect(report.rules.map((r: { id: string; outcome: string }) => `${r.id}:${r.outcome}`)).toEqual([
      'errors-jump:error',
      'floor:triggered',
    ]);
    expect(report.rules[0].error).toBe(
      "rel_change(errors) divides by the baseline 'errors' = 0 (a relative change from 0 is undefined)",
    );
    expect(run.summary.startsWith('### 🔴 Retraining is due (1 reason)')).toBe(true);
    expect(run.summary).toContain('| ⚪ error | errors-jump |');
    expect(warnings(run.stdout).some((w) => w.includes("rule 'errors-jump'"))).toBe(true);
  });

  it('metadata in a metrics file does not fail the run: kept in the report and shown in the summary', async () => {
    const ws = makeWorkspace({
      'metrics.json': JSON.stringify({
        accuracy: 0.9,
        model: 'churn-v3',
        trained_at: '2024-05-01',
        notes: null,
      }),
    });
    const run = await runAction({ metrics: 'metrics.json', rules: 'accuracy < 0.85' }, ws);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.status).toBe('healthy');
    expect(run.summary.startsWith('### 🟢 No retraining needed')).toBe(true);
    expect(run.summary).toContain('#### Metadata');
    expect(run.summary).toContain('| model | `churn-v3` |');
    const report = JSON.parse(readFileSync(run.outputs.report as string, 'utf8'));
    expect(report.metrics.metadata).toEqual({ model: 'churn-v3', trained_at: '2024-05-01', notes: null });

    // A rule computing with metadata errs, naming the value: unknown, and on-unknown fail fails after outputs.
    const failing = await runAction(
      { metrics: 'metrics.json', rules: 'accuracy < 0.85\n"model" > 2', 'on-unknown': 'fail' },
      ws,
    );
    expect(failing.code).toBe(1);
    expect(failing.outputs.status).toBe('unknown');
    expect(failing.stdout).toContain(`metric "model" is string "churn-v3" in metrics.json, not a number`);
    expect(failing.stdout).toMatch(/::error::Could not decide \(on-unknown is 'fail'\)/);
  });

  it('writes a job summary with the error when the inputs do not parse', async () => {
    const ws = makeWorkspace({ 'metrics.json': '{"accuracy": 0.9}' });
    const run = await runAction({ metrics: 'metrics.json', rules: 'acuracy < 0.85' }, ws);
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({});
    expect(run.summary.startsWith('### ❌ retrain-trigger could not run')).toBe(true);
    expect(run.summary).toContain("unknown metric 'acuracy'; did you mean 'accuracy'?");
  });
});
