/**
 * Issue 9 from dist/index.js as the runner runs it, against the loopback GitHub server: scheduled runs build the
 * history on its branch, a re-run replaces its record, concurrent runs lose none, dry-run says what it would
 * append, and max-model-age triggers from each of its three sources.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHistory } from '../../src/history/jsonl.js';
import { addRun, startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { branchFile, branchLog } from '../support/fake-github-git.js';
import { makeWorkspace, runAction } from './run-action.js';

const TOKEN = 'ghs_e2e_history_token';
const BRANCH = 'retrain-trigger-history';
let github: FakeGitHub | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

function env(runId: number, attempt = 1): Record<string, string> {
  return {
    GITHUB_API_URL: github!.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo/models',
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_ATTEMPT: String(attempt),
    'INPUT_GITHUB-TOKEN': TOKEN,
  };
}

const inputs = {
  metrics: 'metrics.json',
  rules: 'accuracy < 0.85',
  history: 'branch',
  'monitor-key': 'churn-model',
  'alert-issue': 'false',
};
const stored = () =>
  parseHistory(branchFile(github!.state.repo(), BRANCH, 'churn-model.jsonl') ?? '', 'x').records;

describe('run history from dist/index.js', () => {
  it('scheduled runs build the history; a re-run replaces its record; charts appear once there is a trend', async () => {
    github = await startFakeGitHub({ token: TOKEN });
    const ws = makeWorkspace({});
    const accuracies = [0.91, 0.89, 0.87, 0.84];
    let last;
    const calls: string[][] = [];
    for (const [i, accuracy] of accuracies.entries()) {
      writeFileSync(path.join(ws, 'metrics.json'), JSON.stringify({ accuracy }));
      const before = github.requests.length;
      last = await runAction(inputs, ws, env(100 + i));
      expect(last.code, last.stdout).toBe(0);
      calls.push(
        github.requests
          .slice(before)
          .map((r) => `${r.method} ${r.path.replace(/^\/repos\/octo\/models/, '')}`),
      );
    }
    // The API calls of a run, measured: the first run finds no branch (1 read) and creates it (4 writes);
    // every later run reads ref → commit → tree → blob and writes blob, tree, commit, ref: 8 calls, whatever
    // the history's length.
    const shape = (c: string[]) => c.map((x) => decodeURIComponent(x).replace(/[0-9a-f]{40}/g, '…'));
    expect(shape(calls[0]!)).toEqual([
      'GET /git/ref/heads/retrain-trigger-history',
      'POST /git/blobs',
      'POST /git/trees',
      'POST /git/commits',
      'POST /git/refs',
    ]);
    for (const later of calls.slice(1)) {
      expect(shape(later)).toEqual([
        'GET /git/ref/heads/retrain-trigger-history',
        'GET /git/commits/…',
        'GET /git/trees/…',
        'GET /git/blobs/…',
        'POST /git/blobs',
        'POST /git/trees',
        'POST /git/commits',
        'PATCH /git/refs/heads/retrain-trigger-history',
      ]);
    }
    expect(stored().map((r) => [r.run?.id, r.metrics['accuracy'], r.status])).toEqual([
      ['100', 0.91, 'healthy'],
      ['101', 0.89, 'healthy'],
      ['102', 0.87, 'healthy'],
      ['103', 0.84, 'due'],
    ]);
    expect(branchLog(github.state.repo(), BRANCH).at(-1)?.parents).toEqual([]);
    expect(last!.summary).toContain('```mermaid\nxychart-beta');
    expect(last!.summary).toContain('line [0.85, 0.85, 0.85, 0.85]');
    expect(last!.stdout).toContain(
      "history: appended — appended this run to branch 'retrain-trigger-history', file 'churn-model.jsonl' (4 runs stored)",
    );

    writeFileSync(path.join(ws, 'metrics.json'), JSON.stringify({ accuracy: 0.86 }));
    const rerun = await runAction(inputs, ws, env(103, 2));
    expect(rerun.code, rerun.stdout).toBe(0);
    expect(stored().map((r) => [r.run?.id, r.run?.attempt, r.metrics['accuracy']])).toEqual([
      ['100', 1, 0.91],
      ['101', 1, 0.89],
      ['102', 1, 0.87],
      ['103', 2, 0.86],
    ]);

    const dry = await runAction({ ...inputs, 'dry-run': 'true' }, ws, env(104));
    expect(dry.stdout).toContain(
      "history: would-append — would append 1 record to branch 'retrain-trigger-history', file 'churn-model.jsonl' (4 stored) (dry-run)",
    );
    expect(stored()).toHaveLength(4);
    // 4 writes per run (blob, tree, commit, ref), dry-run none.
    expect(github.requests.filter((r) => r.method !== 'GET').length).toBe(5 * 4);
  }, 120_000);

  it('concurrent runs lose no record', async () => {
    github = await startFakeGitHub({ token: TOKEN });
    const ws = makeWorkspace({ 'metrics.json': JSON.stringify({ accuracy: 0.9 }) });
    await runAction(inputs, ws, env(1));
    github.faults.add({ method: 'PATCH', path: /\/git\/refs\//, action: { type: 'barrier', count: 3 } });
    const runs = await Promise.all([2, 3, 4].map((id) => runAction(inputs, ws, env(id))));
    for (const run of runs) expect(run.code, run.stdout).toBe(0);
    expect(
      stored()
        .map((r) => r.run?.id)
        .sort(),
    ).toEqual(['1', '2', '3', '4']);
  }, 120_000);

  it('a history line that does not parse fails the step naming branch, file and line; 403 names contents: read', async () => {
    github = await startFakeGitHub({ token: TOKEN });
    const ws = makeWorkspace({
      'metrics.json': JSON.stringify({ accuracy: 0.9 }),
      'h.jsonl': '{"time":"2026-11-01T00:00:00Z","status":"healthy"}\nnot json\n',
    });
    const bad = await runAction({ ...inputs, history: 'h.jsonl' }, ws, env(1));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/::error::history: file '.*h\.jsonl', line 2: not valid JSON/);
    github.faults.add({ method: 'GET', path: /\/git\/ref\//, action: { type: 'forbidden' } });
    const forbidden = await runAction(inputs, ws, env(2));
    expect(forbidden.stdout).toMatch(
      /::error::history: reading the history branch .* Add `contents: read` under `permissions:`/,
    );
  }, 60_000);
});

describe('hysteresis from dist/index.js', () => {
  it('a hovering metric with for: 3 / clear-after: 2 opens and closes the alert exactly once', async () => {
    github = await startFakeGitHub({ token: TOKEN });
    const config = [
      'metrics: metrics.json',
      'monitor-key: churn-model',
      'history:',
      '  store: branch',
      'alert:',
      '  enabled: true',
      'rules:',
      '  - name: floor',
      "    expression: 'accuracy < 0.85'",
      '    for: 3',
      '    clear-after: 2',
    ].join('\n');
    const ws = makeWorkspace({ 'monitor.yml': config });
    // ok, held, ok, held ×3 (opens), ok (clearing), held, ok ×2 (closes), held, ok
    const series = [0.86, 0.84, 0.86, 0.84, 0.83, 0.84, 0.86, 0.84, 0.86, 0.87, 0.84, 0.86];
    const states: string[] = [];
    const summaries: string[] = [];
    for (const [i, accuracy] of series.entries()) {
      writeFileSync(path.join(ws, 'metrics.json'), JSON.stringify({ accuracy }));
      const run = await runAction({ config: 'monitor.yml' }, ws, env(300 + i));
      expect(run.code, run.stdout).toBe(0);
      states.push(run.outputs.triggered ?? '');
      summaries.push(run.summary);
    }
    expect(states.join(' ')).toBe('false false false false false true true true true false false false');
    expect(summaries[4]).toContain('| 🟡 pending — 2 of 3 runs | floor |');
    expect(summaries[6]).toContain('| 🔴 clearing — 1 of 2 healthy runs | floor |');
    expect(summaries[6]).toContain(
      'floor \\(accuracy \\< 0.85\\) has not cleared: clearing — 1 of 2 healthy runs',
    );
    const issues = github.state.repo().issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]?.state).toBe('closed');
    // The alert body shows the trend, collapsed below the tables.
    expect(issues[0]?.body).toMatch(
      /<details><summary>Trends over the last 30 runs<\/summary>\n\n```mermaid\nxychart-beta/,
    );
  }, 180_000);
});

describe('max-model-age from each source', () => {
  const DAY = 86_400_000;
  const ago = (days: number) => new Date(Date.now() - days * DAY);

  it('1. the metrics timestamp (model-timestamp)', async () => {
    const trainedAt = Math.floor(ago(34).getTime() / 1000);
    const ws = makeWorkspace({ 'metrics.json': JSON.stringify({ accuracy: 0.9, trained_at: trainedAt }) });
    const run = await runAction(
      {
        metrics: 'metrics.json',
        rules: 'accuracy < 0.85',
        'max-model-age': '30d',
        'model-timestamp': 'trained_at',
      },
      ws,
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.triggered).toBe('true');
    expect(JSON.parse(run.outputs.reasons ?? '[]'), run.outputs.reasons).toContain(
      `model is 34 days old ('trained_at' in metrics.json, ${ago(34).toISOString().slice(0, 10)}; max 30d)`,
    );
  });

  it('2. the latest successful retraining run on the default branch', async () => {
    github = await startFakeGitHub({ token: TOKEN });
    addRun(github.state, github.state.repo(), { created_at: ago(34).toISOString() });
    const ws = makeWorkspace({ 'metrics.json': JSON.stringify({ accuracy: 0.9 }) });
    const run = await runAction(
      {
        metrics: 'metrics.json',
        rules: 'accuracy < 0.85',
        'max-model-age': '30d',
        'dispatch-workflow': 'retrain.yml',
        'alert-issue': 'false',
        'dry-run': 'true',
      },
      ws,
      env(5),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs.reasons ?? '[]')).toContain(
      `model is 34 days old (last successful retrain.yml run, ${ago(34).toISOString().slice(0, 10)}; max 30d)`,
    );
  });

  it('3. the last retraining recorded in the history', async () => {
    const record = {
      schemaVersion: 2,
      time: ago(40).toISOString(),
      status: 'due',
      metrics: { accuracy: 0.8 },
      actions: { dispatched: true },
    };
    const ws = makeWorkspace({
      'metrics.json': JSON.stringify({ accuracy: 0.9 }),
      'h.jsonl': `${JSON.stringify(record)}\n`,
    });
    const run = await runAction(
      { metrics: 'metrics.json', rules: 'accuracy < 0.85', 'max-model-age': '30d', history: 'h.jsonl' },
      ws,
    );
    expect(run.code, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs.reasons ?? '[]')).toContain(
      `model is 40 days old (last retraining in the history, ${ago(40).toISOString().slice(0, 10)}; max 30d)`,
    );
    const young = await runAction(
      { metrics: 'metrics.json', rules: 'accuracy < 0.85', 'max-model-age': '60d', history: 'h.jsonl' },
      ws,
    );
    expect(young.outputs.triggered).toBe('false');
    const unknown = await runAction(
      { metrics: 'metrics.json', rules: 'accuracy < 0.85', 'max-model-age': '60d' },
      ws,
    );
    // No source knows the age: an unknown part of the verdict, never "fresh".
    expect(unknown.outputs.status).toBe('unknown');
    expect(unknown.stdout).toContain(
      "::warning::Could not decide: rule 'max-model-age' (model.age_days > 60) could not be evaluated: the model's age is unknown: no model-timestamp key set, no dispatch-workflow to look at, no history",
    );
  });
});

describe('dispatch claim from dist/index.js', () => {
  it('concurrent monitor runs with the branch store dispatch retraining exactly once, and every record lands', async () => {
    github = await startFakeGitHub({ token: TOKEN, repos: [{ workflows: [{ file: 'retrain.yml' }] }] });
    const ws = makeWorkspace({ 'metrics.json': JSON.stringify({ accuracy: 0.8 }) });
    // An earlier healthy run created the branch, so every claim fast-forwards the same commit.
    const first = await runAction({ ...inputs, rules: 'accuracy < 0.5' }, ws, env(1));
    expect(first.code, first.stdout).toBe(0);
    // All three pass the cooldown check before any has dispatched, then all three claim at once.
    github.faults.add(
      { method: 'GET', path: /\/actions\/workflows\/[^/]+\/runs$/, action: { type: 'barrier', count: 3 } },
      { method: 'PATCH', path: /\/git\/refs\//, action: { type: 'barrier', count: 3 } },
    );
    const due = { ...inputs, 'dispatch-workflow': 'retrain.yml', 'dispatch-ref': 'main' };
    const runs = await Promise.all([2, 3, 4].map((id) => runAction(due, ws, env(id))));
    for (const run of runs) expect(run.code, run.stdout).toBe(0);
    const sent = github.requests.filter((r) => r.method === 'POST' && /\/dispatches$/.test(r.path));
    expect(sent).toHaveLength(1);
    expect(runs.map((r) => r.outputs.dispatched).sort()).toEqual(['false', 'false', 'true']);
    const refused = runs.filter((r) => r.outputs.dispatched === 'false');
    for (const run of refused) {
      expect(run.stdout).toMatch(
        /dispatch: skipped — Not dispatched: run [234] of this monitor claimed the retraining dispatch first/,
      );
    }
    // The winner's early record was replaced by its final one; the others appended theirs.
    const records = stored();
    expect(records.map((r) => r.run?.id).sort()).toEqual(['1', '2', '3', '4']);
    expect(records.filter((r) => r.actions?.dispatched)).toHaveLength(1);
    expect(records.filter((r) => r.actions?.claimedAt !== undefined)).toHaveLength(0);
  }, 120_000);
});
