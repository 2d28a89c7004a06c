/**
 * Several monitors in one run against the loopback fake GitHub, in process: depends-on makes the dependant due,
 * each monitor keeps its own alert issue, dispatches of a shared workflow are told apart by their run titles,
 * one listing of open alert issues serves every monitor, re-runs repeat nothing, and batch-dispatch starts one run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRun, type MonitorsRun } from '../../src/monitors/expand.js';
import { runMonitors } from '../../src/monitors/run.js';
import { FAST, repoFor, TEST_TOKEN } from '../support/effects-fixtures.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { branchFile } from '../support/fake-github-git.js';
import { parseHistory } from '../../src/history/jsonl.js';
import { makeWorkspace } from '../e2e/run-action.js';

let github: FakeGitHub | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

const CONFIG = (extra = '') => `
rules: ['accuracy < 0.85']
alert: {enabled: true}
dispatch: {workflow: retrain.yml, cooldown: '0', inputs: {model: '{monitor}'}}
${extra}
monitors:
  - {key: features, metrics: features.json}
  - {key: churn, metrics: churn.json, depends-on: features}
  - {key: fraud, metrics: fraud.json}
`;

async function load(cwd: string): Promise<MonitorsRun> {
  const loaded = await loadRun((name) => ({ config: 'rt.yml', 'github-token': TEST_TOKEN })[name], {
    cwd,
    env: { RUNNER_TEMP: cwd },
  });
  if (loaded.kind !== 'monitors') throw new Error('expected monitors');
  return loaded.run;
}

const metrics = (cwd: string, values: Record<string, number>) => {
  for (const [name, accuracy] of Object.entries(values))
    writeFileSync(path.join(cwd, `${name}.json`), JSON.stringify({ accuracy }));
};

describe('runMonitors', () => {
  it('three monitors, one depending on another, over a sequence of runs', async () => {
    github = await startFakeGitHub({
      token: TEST_TOKEN,
      repos: [{ workflows: [{ file: 'retrain.yml', inputs: ['model'], runName: 'Retrain {model}' }] }],
    });
    const cwd = makeWorkspace({ 'rt.yml': CONFIG() });
    metrics(cwd, { features: 0.8, churn: 0.9, fraud: 0.95 });
    const repo = repoFor(github.url);
    const first = await runMonitors(await load(cwd), { repo, client: FAST });
    expect(first.failures).toEqual([]);
    expect(first.status).toBe('due');
    expect(Object.fromEntries(Object.entries(first.entries).map(([k, e]) => [k, e.status]))).toEqual({
      features: 'due',
      churn: 'due',
      fraud: 'healthy',
    });
    expect(first.entries.churn!.reasons).toEqual([
      "upstream model 'features' is due, and this model depends on it",
    ]);
    const state = github.state.repo();
    expect(state.issues.map((i) => i.title).sort()).toEqual([
      'Model needs retraining: churn',
      'Model needs retraining: features',
    ]);
    expect(state.runs.map((r) => r.display_title).sort()).toEqual(['Retrain churn', 'Retrain features']);
    // Told apart by their titles: neither run holds back or cancels the other.
    expect(state.runs.map((r) => r.status)).toEqual(['queued', 'queued']);
    expect(first.entries.features!.dispatched).toBe(true);
    expect(first.entries.churn!.issue?.number).toBeGreaterThan(0);
    // One listing of the alert label for all three monitors (plus each creator's race re-check).
    const listings = () =>
      github!.requests.filter((r) => r.method === 'GET' && /\/issues$/.test(r.path)).length;
    expect(listings()).toBe(1 + 2);
    // One read of the default branch and one cooldown listing of retrain.yml for both dispatching monitors;
    // each dispatch then re-lists once for its race check.
    const count = (method: string, pattern: RegExp) =>
      github!.requests.filter((r) => r.method === method && pattern.test(r.path)).length;
    expect(count('GET', /^\/repos\/octo\/models$/)).toBe(1);
    expect(count('GET', /\/actions\/workflows\/retrain\.yml\/runs$/)).toBe(1 + 2);
    expect(first.summary).toMatch(/^### retrain-trigger: 3 monitors — 2 due, 1 healthy/);
    expect(first.summary).toContain('| churn (after features) | 🔴 due |');
    expect(first.summary.match(/<details><summary><b>/g)).toHaveLength(3);

    // A re-run: the runs are still queued, the issues are open — nothing new, one listing.
    const before = github.requests.length;
    const again = await runMonitors(await load(cwd), { repo, client: FAST });
    expect(again.failures).toEqual([]);
    expect(state.issues).toHaveLength(2);
    expect(state.runs).toHaveLength(2);
    expect(
      github.requests.slice(before).filter((r) => r.method === 'GET' && /\/issues$/.test(r.path)),
    ).toHaveLength(1);

    // features recovers: churn recovers with it, both alerts close.
    metrics(cwd, { features: 0.9 });
    const healthy = await runMonitors(await load(cwd), { repo, client: FAST });
    expect(healthy.status).toBe('healthy');
    expect(state.issues.map((i) => i.state)).toEqual(['closed', 'closed']);
  });

  it('batch-dispatch: one retraining run for all models due, {models} listing them', async () => {
    github = await startFakeGitHub({
      token: TEST_TOKEN,
      repos: [{ workflows: [{ file: 'retrain.yml', inputs: ['model', 'models'] }] }],
    });
    const cwd = makeWorkspace({
      'rt.yml': CONFIG('batch-dispatch: true').replace(
        "inputs: {model: '{monitor}'}",
        "inputs: {models: '{models}', model: '{monitor}'}",
      ),
    });
    metrics(cwd, { features: 0.8, churn: 0.9, fraud: 0.7 });
    const repo = repoFor(github.url);
    const result = await runMonitors(await load(cwd), {
      repo,
      client: FAST,
      race: { settleMs: 100, pollMs: 10 },
    });
    expect(result.failures).toEqual([]);
    const runs = github.state.repo().runs;
    expect(runs).toHaveLength(1);
    expect(runs[0]!.inputs).toEqual({ models: 'features,churn,fraud', model: 'batch' });
    for (const key of ['features', 'churn', 'fraud']) {
      expect(result.entries[key]!.dispatched).toBe(true);
      expect(result.entries[key]!.run?.id).toBe(runs[0]!.id);
    }
    const body = github.state.repo().issues[0]!.body;
    expect(body).toContain('batch-dispatch: dispatched');
    // The next run: the batch run is still queued, so nothing is dispatched again.
    const next = await runMonitors(await load(cwd), { repo, client: FAST });
    expect(github.state.repo().runs).toHaveLength(1);
    expect(next.batch?.records[0]?.outcome).toBe('skipped');
  });

  it('a monitor whose files are missing stops the run before any monitor acts', async () => {
    github = await startFakeGitHub({ token: TEST_TOKEN });
    const cwd = makeWorkspace({ 'rt.yml': CONFIG() });
    metrics(cwd, { features: 0.8, churn: 0.9 });
    await expect(runMonitors(await load(cwd), { repo: repoFor(github.url), client: FAST })).rejects.toThrow(
      /^monitors\[2\] \(fraud\): metrics: /,
    );
    expect(github.requests).toEqual([]);
  });

  it('dry-run: every monitor reads and says what it would do; nothing is written, not even the batch dispatch', async () => {
    github = await startFakeGitHub({
      token: TEST_TOKEN,
      repos: [{ workflows: [{ file: 'retrain.yml', inputs: ['model', 'models'] }] }],
    });
    const cwd = makeWorkspace({
      'rt.yml': CONFIG('batch-dispatch: true\ndry-run: true').replace(
        "inputs: {model: '{monitor}'}",
        "inputs: {models: '{models}'}",
      ),
    });
    metrics(cwd, { features: 0.8, churn: 0.9, fraud: 0.7 });
    const result = await runMonitors(await load(cwd), { repo: repoFor(github.url), client: FAST });
    expect(result.failures).toEqual([]);
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(result.batch?.records.at(-1)?.outcome).toBe('would-dispatch');
    expect(result.batch?.records.at(-1)?.detail).toContain('features,churn,fraud');
    for (const o of result.outcomes) {
      expect(o.result.effects.records.map((r) => r.outcome)).toContain('would-create');
    }
  });

  it('each monitor keeps its own history: an inherited file becomes one per monitor; a branch one file per key', async () => {
    github = await startFakeGitHub({
      token: TEST_TOKEN,
      repos: [{ workflows: [{ file: 'retrain.yml', inputs: ['model'], runName: 'Retrain {model}' }] }],
    });
    const repo = repoFor(github.url);
    const files = makeWorkspace({ 'rt.yml': CONFIG('history: runs.jsonl') });
    metrics(files, { features: 0.8, churn: 0.9, fraud: 0.95 });
    const run = await load(files);
    expect(run.monitors.map((m) => m.config.history.store)).toEqual(
      ['features', 'churn', 'fraud'].map((k) => ({
        kind: 'file',
        path: `runs.${k}.jsonl`,
      })),
    );
    expect((await runMonitors(run, { repo, client: FAST })).failures).toEqual([]);
    for (const key of ['features', 'churn', 'fraud']) {
      const records = parseHistory(readFileSync(path.join(files, `runs.${key}.jsonl`), 'utf8'), key).records;
      expect(records).toHaveLength(1);
    }
    const twice = makeWorkspace({
      'rt.yml': CONFIG()
        .replace('metrics: churn.json,', 'metrics: churn.json, history: h.jsonl,')
        .replace('metrics: fraud.json}', 'metrics: fraud.json, history: h.jsonl}'),
    });
    await expect(load(twice)).rejects.toThrow(
      /^monitors\[2\] \(fraud\): history: the file 'h.jsonl' is also the history of monitors\[1\]/,
    );

    const branch = makeWorkspace({ 'rt.yml': CONFIG('history: branch') });
    metrics(branch, { features: 0.8, churn: 0.9, fraud: 0.95 });
    for (const id of ['1']) {
      const result = await runMonitors(await load(branch), {
        repo: { ...repo, runUrl: `https://github.com/octo/models/actions/runs/${id}` },
        env: { GITHUB_RUN_ID: id },
        client: FAST,
      });
      expect(result.failures).toEqual([]);
    }
    for (const key of ['features', 'churn', 'fraud']) {
      const text = branchFile(github.state.repo(), 'retrain-trigger-history', `${key}.jsonl`) ?? '';
      expect(parseHistory(text, key).records.length).toBeGreaterThanOrEqual(1);
    }
  }, 120_000);
});
