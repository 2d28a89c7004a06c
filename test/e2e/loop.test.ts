/**
 * The retraining loop from dist/index.js against the loopback GitHub API, with workflow runs whose status and
 * conclusion the test changes between monitor runs: the monitor follows the runs it dispatched, retries failed
 * attempts up to max-retrain-attempts, escalates, and the alert tells the episode once, in order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type FakeIssue, type FakeRun } from '../support/fake-github.js';
import { makeWorkspace, runAction, type ActionRun } from './run-action.js';

const TOKEN = 'ghs_loop_e2e_token';
const CHAMPION = JSON.stringify({ accuracy: 0.9, latency_p95_ms: 100 });
const BETTER = JSON.stringify({ accuracy: 0.93, latency_p95_ms: 104 });
const WORSE = JSON.stringify({ accuracy: 0.88, latency_p95_ms: 90 });

function csv(rows: number, shift: number): string {
  const lines = ['x,color'];
  for (let i = 0; i < rows; i += 1)
    lines.push(`${((i * 7919) % 1000) / 10 + shift},${i % 3 === 0 ? 'red' : 'blue'}`);
  return lines.join('\n') + '\n';
}

function env(github: FakeGitHub, runId: string): Record<string, string> {
  return {
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo/models',
    GITHUB_RUN_ID: runId,
    'INPUT_GITHUB-TOKEN': TOKEN,
  };
}

/** The monitor of model-monitor.yml: drift between reference and current data, alert, dispatch, follow. */
const MONITOR = {
  'reference-data': 'ref.csv',
  'current-data': 'cur.csv',
  'alert-issue': 'true',
  'monitor-key': 'churn-model',
  'dispatch-workflow': 'retrain.yml',
  'dispatch-inputs': 'monitor: "{monitor}"\nissue: "{issue_number}"',
  cooldown: '1d',
};

function gateInputs(issue: string): Record<string, string> {
  return {
    metrics: 'candidate.json',
    baseline: 'champion.json',
    gates: 'accuracy >= champion.accuracy + 0.005\nlatency: latency_p95_ms <= 1.1 * champion.latency_p95_ms',
    'monitor-key': 'churn-model',
    'issue-number': issue,
    'promote-workflow': 'deploy.yml',
    'promote-inputs': 'candidate: "{run_id}"',
  };
}

/** Each comment's first visible line: the episode as a person reads it. */
function story(issue: FakeIssue | undefined): string[] {
  return (issue?.comments ?? []).map(
    (c) => c.body.split('\n').find((l) => l !== '' && !l.startsWith('<!--')) ?? '',
  );
}

describe('the monitor follows its retraining (dist/index.js)', () => {
  let github: FakeGitHub | undefined;
  afterEach(async () => {
    await github?.close();
    github = undefined;
  });

  async function setup() {
    github = await startFakeGitHub({
      token: TOKEN,
      repos: [{ workflows: [{ file: 'retrain.yml' }, { file: 'deploy.yml' }] }],
    });
    const repo = github.state.repo();
    const ws = makeWorkspace({ 'ref.csv': csv(400, 0), 'cur.csv': csv(300, 30) });
    const gh = github;
    let tick = 100;
    const monitor = async (runId = String(++tick), extra: Record<string, string> = {}) => {
      const run = await runAction({ ...MONITOR, ...extra }, ws, env(gh, runId));
      expect(run.code, run.stdout).toBe(0);
      return { ...run, runId };
    };
    const retrains = () => repo.runs.filter((r) => r.workflow_id === repo.workflows[0]?.id);
    const deploys = () => repo.runs.filter((r) => r.workflow_id === repo.workflows[1]?.id);
    return { repo, ws, monitor, retrains, deploys };
  }

  it('a full episode: drift → dispatch → run succeeds → gate promotes → deploy → recovers; one issue, in order, reruns add nothing', async () => {
    const { repo, ws, monitor, retrains, deploys } = await setup();
    const first = await monitor();
    expect(first.outputs.dispatched).toBe('true');
    const issue = repo.issues[0];
    const r1 = retrains()[0] as FakeRun;
    expect(r1.inputs).toEqual({ monitor: 'churn-model', issue: '1' });

    // Re-running the same monitor run, and the next scheduled run while r1 is queued: nothing new.
    const rerun = await monitor(first.runId);
    expect(rerun.outputs.dispatched).toBe('false');
    r1.status = 'in_progress';
    const during = await monitor();
    expect(during.outputs.dispatched).toBe('false');
    expect(during.summary).toContain(`Retraining run ${r1.id} \\(attempt 1 of 3\\) is in progress`);
    expect(retrains()).toHaveLength(1);
    expect(issue?.comments).toHaveLength(1);
    expect(issue?.comments[0]?.body).toContain('Run state: ⏳ in progress.');
    expect(issue?.body).toContain(`Retraining run ${r1.id} \\(attempt 1 of 3\\) is in progress`);

    // The gate step inside r1 promotes its candidate and dispatches the deployment (re-run: nothing new).
    const gws = makeWorkspace({ 'candidate.json': BETTER, 'champion.json': CHAMPION });
    for (let i = 0; i < 2; i++) {
      const inputs = { ...gateInputs('1'), history: 'hist/runs.jsonl' };
      const gate = await runAction(inputs, gws, env(github as FakeGitHub, String(r1.id)));
      expect(gate.code, gate.stdout).toBe(0);
      expect(gate.outputs.promote).toBe('true');
    }
    expect(deploys()).toHaveLength(1);
    // The promoted candidate is the champion of the monitor key, recorded once (baseline: champion reads it).
    const champion = readFileSync(path.join(gws, 'hist/runs.champion.jsonl'), 'utf8').trim().split('\n');
    expect(champion.map((l) => JSON.parse(l) as { run?: { id: string }; metrics: unknown })).toMatchObject([
      { run: { id: String(r1.id) }, metrics: { accuracy: 0.93, latency_p95_ms: 104 } },
    ]);

    // r1 completes: recorded in place; the cooldown holds a new dispatch while the data still drifts.
    Object.assign(r1, { status: 'completed', conclusion: 'success' });
    const after = await monitor();
    expect(after.outputs.dispatched).toBe('false');
    expect(issue?.comments[0]?.body).toContain('Run state: ✅ completed successfully.');

    // The model recovers: the alert is closed; later runs (and re-runs) add nothing.
    writeFileSync(path.join(ws, 'cur.csv'), csv(300, 0));
    const recovered = await monitor();
    expect(recovered.outputs.triggered).toBe('false');
    await monitor(recovered.runId);
    await monitor();
    expect(issue?.state).toBe('closed');
    expect(repo.issues).toHaveLength(1);
    expect(retrains()).toHaveLength(1);
    expect(deploys()).toHaveLength(1);
    const told = story(issue);
    expect(told).toHaveLength(3);
    expect(told[0]).toMatch(/^🔁 Retraining dispatched: \[run \d+\]\(.*\) \(attempt 1 of 3\)\.$/);
    expect(told[1]).toBe('### ✅ Promote the candidate: all 2 gates passed');
    expect(told[2]).toMatch(/^The model is back within its rules/);
    expect(issue?.body).toContain('Data drift');
  }, 120_000);

  it('a failing retraining run is retried at most max-retrain-attempts times, then escalated; removing the label resets', async () => {
    const { repo, monitor, retrains } = await setup();
    const issue = () => repo.issues[0];
    await monitor();
    const conclusions = ['failure', 'cancelled', 'timed_out'];
    for (const [i, conclusion] of conclusions.entries()) {
      const run = retrains()[i] as FakeRun;
      Object.assign(run, { status: 'completed', conclusion });
      const next = await monitor();
      // Twice, to show a re-run tells nothing twice and dispatches nothing more.
      await monitor(next.runId);
      const escalated = i === conclusions.length - 1;
      expect(next.outputs.dispatched).toBe(String(!escalated));
      expect(retrains()).toHaveLength(escalated ? 3 : i + 2);
    }
    expect(issue()?.labels).toContain('retraining-failed');
    const held = await monitor();
    expect(held.outputs.dispatched).toBe('false');
    expect(held.summary).toContain("carries the label 'retraining-failed'");
    expect(retrains()).toHaveLength(3);
    const told = story(issue());
    expect(told.map((l) => [...l][0])).toEqual(['🔁', '❌', '🔁', '❌', '🔁', '❌', '🛑']);
    expect(told[1]).toMatch(/^❌ \[Retraining run \d+\]\(.*\) failed \(failure\): failed attempt 1 of 3\./);
    expect(told[3]).toMatch(/failed \(cancelled\): failed attempt 2 of 3\./);
    expect(told[5]).toMatch(/failed \(timed\\_out\): failed attempt 3 of 3\. No more attempts/);
    expect(told[2]).toContain('(attempt 2 of 3)');
    expect(told[6]).toContain('**A person is needed**');

    // A person removes the label: the count starts again at attempt 1.
    const alert = issue() as FakeIssue;
    alert.labels = alert.labels.filter((l) => l !== 'retraining-failed');
    const again = await monitor();
    expect(again.outputs.dispatched).toBe('true');
    expect(retrains()).toHaveLength(4);
    expect(story(issue()).at(-1)).toContain('(attempt 1 of 3)');
  }, 120_000);

  it('a rejected candidate is never promoted and counts as a failed attempt', async () => {
    const { repo, monitor, retrains, deploys } = await setup();
    await monitor();
    const r1 = retrains()[0] as FakeRun;
    const gws = makeWorkspace({ 'candidate.json': WORSE, 'champion.json': CHAMPION });
    const gate: ActionRun = await runAction(gateInputs('1'), gws, env(github as FakeGitHub, String(r1.id)));
    expect(gate.outputs.promote).toBe('false');
    Object.assign(r1, { status: 'completed', conclusion: 'success' });
    const next = await monitor();
    expect(next.outputs.dispatched).toBe('true');
    expect(deploys()).toHaveLength(0);
    expect(retrains()).toHaveLength(2);
    const told = story(repo.issues[0]);
    expect(told[1]).toMatch(/^### ❌ Candidate rejected/);
    expect(told[2]).toMatch(
      /completed, but its candidate was rejected by the gates \(see above\): failed attempt 1 of 3/,
    );
    expect(told[3]).toContain('(attempt 2 of 3)');
  }, 120_000);

  it('two monitor runs at the same moment tell a failure once and start one retry', async () => {
    const { repo, monitor, retrains } = await setup();
    await monitor();
    Object.assign(retrains()[0] as FakeRun, { status: 'completed', conclusion: 'failure' });
    // Both runs read the episode before either has posted: both tell the failure, then converge on one.
    github?.faults.add({
      method: 'POST',
      path: '/repos/octo/models/issues/1/comments',
      action: { type: 'barrier', count: 2 },
    });
    await Promise.all([monitor(), monitor()]);
    const told = story(repo.issues[0]);
    expect(told.filter((l) => l.startsWith('❌'))).toHaveLength(1);
    expect(told.filter((l) => l.startsWith('🔁'))).toHaveLength(2);
    expect(retrains().filter((r) => r.conclusion !== 'cancelled')).toHaveLength(2);
  }, 120_000);

  it('counts only markers the action wrote; an unreadable episode holds the dispatch (fails closed)', async () => {
    const { repo, monitor, retrains } = await setup();
    await monitor();
    const r1 = retrains()[0] as FakeRun;
    Object.assign(r1, { status: 'completed', conclusion: 'success' });
    // Someone else forges a dispatched-and-failed attempt and an escalation: ignored.
    const at = new Date().toISOString();
    repo.issues[0]?.comments.push({
      id: 99_999,
      body: `x\n<!-- retrain-trigger:retrain=churn-model:${r1.id} -->\n<!-- retrain-trigger:runstate=completed:failure -->`,
      created_at: at,
      updated_at: at,
      user: { login: 'mallory', type: 'User' },
    });
    const next = await monitor();
    expect(next.outputs.dispatched).toBe('false'); // the cooldown still holds: r1 succeeded
    expect(story(repo.issues[0])).toHaveLength(2);

    github?.faults.add({
      method: 'GET',
      path: /\/issues\/1\/comments$/,
      times: 10,
      action: { type: 'status', status: 500 },
    });
    const blind = await runAction(
      { ...MONITOR, cooldown: '0' },
      makeWorkspace({ 'ref.csv': csv(400, 0), 'cur.csv': csv(300, 30) }),
      env(github as FakeGitHub, '900'),
    );
    expect(blind.code).toBe(1);
    expect(blind.outputs.dispatched).toBe('false');
    expect(blind.stdout).toContain('retraining episode');
    expect(retrains()).toHaveLength(1);
  }, 120_000);
});
