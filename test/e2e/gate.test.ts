/**
 * The retraining loop from dist/index.js against the loopback GitHub API: the monitor dispatches retraining
 * with the alert's number, the gate step in the retraining run compares challenger and champion, comments on
 * the alert and dispatches the deployment once per candidate.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { makeWorkspace, runAction } from './run-action.js';

const TOKEN = 'ghs_gate_e2e_token';
const CHAMPION = JSON.stringify({ accuracy: 0.9, latency_p95_ms: 100 });
const BETTER = JSON.stringify({ accuracy: 0.93, latency_p95_ms: 104 });
const WORSE = JSON.stringify({ accuracy: 0.88, latency_p95_ms: 90 });
const GATES =
  'accuracy >= champion.accuracy + 0.005\nlatency: latency_p95_ms <= 1.1 * baseline.latency_p95_ms';

function env(github: FakeGitHub, runId: string): Record<string, string> {
  return {
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo/models',
    GITHUB_RUN_ID: runId,
    'INPUT_GITHUB-TOKEN': TOKEN,
  };
}

function gateInputs(issue: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    metrics: 'candidate.json',
    baseline: 'champion.json',
    gates: GATES,
    'monitor-key': 'churn-model',
    'issue-number': issue,
    'promote-workflow': 'deploy.yml',
    'promote-inputs': 'candidate: "{run_id}"\nissue: "{issue_number}"',
    ...extra,
  };
}

describe('the retraining loop (dist/index.js)', () => {
  let github: FakeGitHub | undefined;
  afterEach(async () => {
    await github?.close();
    github = undefined;
  });

  it('monitor → retraining → gate promotes → deployment once → recovery, told in order on one issue', async () => {
    github = await startFakeGitHub({
      token: TOKEN,
      repos: [{ workflows: [{ file: 'retrain.yml' }, { file: 'deploy.yml' }] }],
    });
    const repo = github.state.repo();
    const ws = makeWorkspace({ 'metrics.json': JSON.stringify({ accuracy: 0.8 }) });
    const monitor = {
      metrics: 'metrics.json',
      rules: 'accuracy < 0.85',
      'alert-issue': 'true',
      'monitor-key': 'churn-model',
      'dispatch-workflow': 'retrain.yml',
      'dispatch-inputs': 'monitor: "{monitor}"\nissue: "{issue_number}"',
    };
    const first = await runAction(monitor, ws, env(github, '1'));
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs.dispatched).toBe('true');
    const issue = repo.issues[0];
    expect(issue?.number).toBe(1);
    const retrain = repo.runs[0];
    expect(retrain?.inputs).toEqual({ monitor: 'churn-model', issue: '1' });

    // The retraining run finishes and its gate step runs (its run id is the candidate).
    Object.assign(retrain ?? {}, { status: 'completed', conclusion: 'success' });
    const gws = makeWorkspace({ 'candidate.json': BETTER, 'champion.json': CHAMPION });
    const runId = String(retrain?.id);
    const gate = await runAction(gateInputs(retrain?.inputs?.issue ?? ''), gws, env(github, runId));
    expect(gate.code, gate.stdout).toBe(0);
    expect(gate.outputs.promote).toBe('true');
    expect(gate.outputs.dispatched).toBe('true');
    const results = JSON.parse(gate.outputs['gate-results'] as string) as { id: string; outcome: string }[];
    expect(results.map((r) => [r.id, r.outcome])).toEqual([
      ['gate-1', 'passed'],
      ['latency', 'passed'],
    ]);
    const deploys = () => repo.runs.filter((r) => r.workflow_id === repo.workflows[1]?.id);
    expect(deploys()).toHaveLength(1);
    expect(deploys()[0]?.inputs).toEqual({ candidate: runId, issue: '1' });
    expect(gate.summary).toContain('| Gate | Metric | Challenger | Champion | Change | Outcome |');
    const report = JSON.parse(readFileSync(gate.outputs.report as string, 'utf8'));
    expect(report).toMatchObject({ kind: 'gate', promote: true, rejectedBy: [] });

    // A re-run of the gate step (same run id): no second deployment, the same single gate comment.
    const rerun = await runAction(gateInputs('1'), gws, env(github, runId));
    expect(rerun.code, rerun.stdout).toBe(0);
    expect(rerun.outputs.dispatched).toBe('false');
    expect(deploys()).toHaveLength(1);

    // The monitor sees the model recover and closes the alert.
    const recovered = await runAction({ ...monitor, rules: 'accuracy < 0.5' }, ws, env(github, '2'));
    expect(recovered.code, recovered.stdout).toBe(0);
    expect(issue?.state).toBe('closed');

    const story = (issue?.comments ?? []).map(
      (c) => c.body.split('\n').find((l) => l !== '' && !l.startsWith('<!--')) ?? '',
    );
    expect(story).toHaveLength(3);
    expect(story[0]).toMatch(/^🔁 Retraining dispatched: \[run \d+\]/);
    expect(story[1]).toBe('### ✅ Promote the candidate: all 2 gates passed');
    expect(story[2]).toMatch(/^The model is back within its rules/);
    expect(issue?.comments[1]?.body).toMatch(/🚀 Deployment dispatched: deploy\.yml, \[run \d+\]/);
    expect(issue?.comments[1]?.body).toContain('<!-- retrain-trigger:deploy=dispatched -->');
  });

  it('a rejected candidate is never promoted; fail-on-reject fails the step after outputs', async () => {
    github = await startFakeGitHub({ token: TOKEN, repos: [{ workflows: [{ file: 'deploy.yml' }] }] });
    const repo = github.state.repo();
    repo.issues.push({
      number: 1,
      title: 'alert',
      body: '',
      state: 'open',
      state_reason: null,
      labels: ['model-alert'],
      assignees: [],
      created_at: new Date().toISOString(),
      comments: [],
    });
    const ws = makeWorkspace({ 'candidate.json': WORSE, 'champion.json': CHAMPION });
    const run = await runAction(gateInputs('1', { 'fail-on-reject': 'true' }), ws, env(github, '500'));
    expect(run.code).toBe(1);
    expect(run.outputs.promote).toBe('false');
    expect(run.stdout).toContain('::error::Candidate rejected by gate-1');
    expect(repo.runs).toHaveLength(0);
    const comment = repo.issues[0]?.comments[0]?.body ?? '';
    expect(comment).toContain('### ❌ Candidate rejected: 1 of 2 gates did not pass');
    expect(comment).toContain('- gate-1: accuracy = 0.88 \\< 0.905 = champion.accuracy + 0.005');
    expect(comment).toContain('Rejected by: gate-1.');
    const again = await runAction(gateInputs('1'), ws, env(github, '500'));
    expect(again.code, again.stdout).toBe(0);
    expect(repo.issues[0]?.comments).toHaveLength(1);
    expect(repo.runs).toHaveLength(0);
  });

  it('a re-run that rejects keeps an earlier deployment recorded: promoting again does not deploy twice', async () => {
    github = await startFakeGitHub({ token: TOKEN, repos: [{ workflows: [{ file: 'deploy.yml' }] }] });
    const repo = github.state.repo();
    repo.issues.push({
      number: 1,
      title: 'alert',
      body: '',
      state: 'open',
      state_reason: null,
      labels: [],
      assignees: [],
      created_at: new Date().toISOString(),
      comments: [],
    });
    const better = makeWorkspace({ 'candidate.json': BETTER, 'champion.json': CHAMPION });
    const worse = makeWorkspace({ 'candidate.json': WORSE, 'champion.json': CHAMPION });
    expect((await runAction(gateInputs('1'), better, env(github, '700'))).outputs.dispatched).toBe('true');
    repo.runs[0]!.status = 'completed';
    const rejected = await runAction(gateInputs('1'), worse, env(github, '700'));
    expect(rejected.outputs.promote).toBe('false');
    const body = repo.issues[0]?.comments[0]?.body ?? '';
    expect(body).toContain('<!-- retrain-trigger:deploy=dispatched -->');
    expect(body).toContain('An earlier attempt of this run already dispatched the deployment');
    expect((await runAction(gateInputs('1'), better, env(github, '700'))).outputs.dispatched).toBe('false');
    expect(repo.runs).toHaveLength(1);
    expect(repo.issues[0]?.comments).toHaveLength(1);
  });

  it('a gate reading a metric missing on one side rejects', async () => {
    const ws = makeWorkspace({
      'candidate.json': BETTER,
      'champion.json': JSON.stringify({ accuracy: 0.9 }),
    });
    const run = await runAction(
      { metrics: 'candidate.json', baseline: 'champion.json', gates: GATES, 'github-token': '' },
      ws,
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.promote).toBe('false');
    const results = JSON.parse(run.outputs['gate-results'] as string) as {
      outcome: string;
      reason: string;
    }[];
    expect(results[1]).toMatchObject({
      outcome: 'error',
      reason: "baseline metric 'latency_p95_ms' has no value in this run's baseline files (champion.json)",
    });
  });

  it('a lost answer to the deployment dispatch keeps the claim: a re-run does not deploy again', async () => {
    github = await startFakeGitHub({ token: TOKEN, repos: [{ workflows: [{ file: 'deploy.yml' }] }] });
    const repo = github.state.repo();
    repo.issues.push({
      number: 1,
      title: 'alert',
      body: '',
      state: 'open',
      state_reason: null,
      labels: [],
      assignees: [],
      created_at: new Date().toISOString(),
      comments: [],
    });
    github.faults.add({ method: 'POST', path: /\/dispatches$/, action: { type: 'reset', after: true } });
    const ws = makeWorkspace({ 'candidate.json': BETTER, 'champion.json': CHAMPION });
    const run = await runAction(gateInputs('1', { 'promote-inputs': '' }), ws, env(github, '900'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('may or may not have started');
    expect(repo.runs).toHaveLength(1);
    expect(repo.issues[0]?.comments[0]?.body).toContain('<!-- retrain-trigger:deploy=claimed -->');
    repo.runs[0]!.status = 'completed';
    repo.runs[0]!.created_at = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const again = await runAction(gateInputs('1', { 'promote-inputs': '' }), ws, env(github, '900'));
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toContain('answer was lost: it may have started');
    expect(repo.runs).toHaveLength(1);
    expect(repo.issues[0]?.comments).toHaveLength(1);
  });

  it('config errors surface on every run: gates with rules, a structured gate without greater-is-better', async () => {
    const ws = makeWorkspace({
      'candidate.json': BETTER,
      'gate.yml': 'metrics: candidate.json\ngates:\n  - metric: accuracy\n    threshold: 0.9\n',
    });
    const both = await runAction(
      { metrics: 'candidate.json', gates: 'accuracy > 0.5', rules: 'accuracy < 0.5' },
      ws,
    );
    expect(both.code).toBe(1);
    expect(both.stdout).toContain("::error::'gates' and 'rules' in one step");
    const structured = await runAction({ config: 'gate.yml' }, ws);
    expect(structured.code).toBe(1);
    expect(structured.stdout).toContain(
      "::error::gate.yml: line 3, column 5: gates.0: gate 'gate-1' needs 'greater-is-better'",
    );
  });
});
