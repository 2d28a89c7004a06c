import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/github/effects.js';
import { expandInputs, MAX_INPUT_CHARS } from '../../src/github/dispatch.js';
import { addRepo, addRun, startFakeGitHub, type FakeGitHub, type FakeRepo } from '../support/fake-github.js';
import { effectsInput, makeConfig, makeVerdict } from '../support/effects-fixtures.js';
import type { DispatchConfig } from '../../src/config/types.js';

let gh: FakeGitHub;
let repo: FakeRepo;
beforeEach(async () => {
  gh = await startFakeGitHub({
    repos: [{ workflows: [{ file: 'retrain.yml', inputs: ['reason', 'monitor'] }] }],
  });
  repo = gh.state.repo();
});
afterEach(async () => gh.close());

const DISPATCHES = '/repos/octo/models/actions/workflows/retrain.yml/dispatches';
const NOW = new Date('2030-06-01T12:00:00Z');
const HOUR = 3_600_000;

function run(dispatch: Partial<DispatchConfig>, verdict = makeVerdict(), extra: { dryRun?: boolean } = {}) {
  const config = makeConfig({ alert: { enabled: false }, dispatch, ...extra });
  return applyEffects(effectsInput(gh.url, { config, verdict, now: NOW }), () => {});
}

const workflow = (more: Partial<DispatchConfig> = {}): Partial<DispatchConfig> => ({
  workflow: 'retrain.yml',
  inputs: { reason: '{reasons}', monitor: '{monitor}' },
  ...more,
});

describe('workflow_dispatch', () => {
  it('dispatches on the default branch with expanded inputs and reports the run', async () => {
    repo.defaultBranch = 'trunk';
    repo.branches = ['trunk'];
    const out = await run(workflow());
    expect(out.failures).toEqual([]);
    expect(out.dispatched).toBe(true);
    const started = repo.runs[0]!;
    expect(started).toMatchObject({ status: 'queued', head_branch: 'trunk' });
    expect(started.inputs).toEqual({
      reason: 'accuracy-floor: accuracy = 0.8 < 0.85',
      monitor: 'churn-model',
    });
    expect(out.runId).toBe(started.id);
    expect(out.runUrl).toBe(`https://github.com/octo/models/actions/runs/${started.id}`);
    const post = gh.requests.find((r) => r.path === DISPATCHES)!;
    expect(post.body).toMatchObject({ ref: 'trunk', return_run_details: true });
  });

  it('uses the given ref without asking for the default branch', async () => {
    repo.branches.push('release');
    const out = await run(workflow({ ref: 'release' }));
    expect(out.dispatched).toBe(true);
    expect(repo.runs[0]!.head_branch).toBe('release');
    expect(gh.requests.some((r) => r.path === '/repos/octo/models')).toBe(false);
  });

  it('falls back to a plain dispatch when the server rejects return_run_details (GHES)', async () => {
    gh.state.runDetails = 'rejected';
    const out = await run(workflow());
    expect(out.failures).toEqual([]);
    expect(out.dispatched).toBe(true);
    expect(out.runId).toBeUndefined();
    expect(repo.runs).toHaveLength(1);
    const posts = gh.requests.filter((r) => r.path === DISPATCHES);
    expect(posts.map((p) => (p.body as Record<string, unknown>)['return_run_details'])).toEqual([
      true,
      undefined,
    ]);
    expect(out.records[0]!.detail).toMatch(/does not return the run id/);
  });

  it('accepts a 204 answer without run details', async () => {
    gh.state.runDetails = 'ignored';
    const out = await run(workflow());
    expect(out).toMatchObject({ dispatched: true, failures: [] });
    expect(out.runId).toBeUndefined();
  });

  it('404: explains that the workflow file must exist on the branch and declare workflow_dispatch', async () => {
    const out = await run(workflow({ workflow: 'missing.yml' }));
    expect(out.dispatched).toBe(false);
    expect(out.failures[0]).toMatch(
      /\.github\/workflows\/missing\.yml must exist on 'main' and declare `on: workflow_dispatch`/,
    );
  });

  it('404 on the list of runs (cooldown check) gives the same explanation and dispatches nothing', async () => {
    const out = await run(workflow({ workflow: 'missing.yml', cooldownMs: HOUR }));
    expect(out.failures[0]).toMatch(/missing\.yml must exist/);
    expect(gh.requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it("422: passes GitHub's message through (unexpected inputs)", async () => {
    const out = await run(workflow({ inputs: { nope: 'x' } }));
    expect(out.failures[0]).toMatch(/422 Unexpected inputs provided: \["nope"\]/);
  });

  it('403 Resource not accessible by integration names `actions: write`', async () => {
    gh.faults.add({ method: 'POST', path: DISPATCHES, action: { type: 'forbidden' } });
    const out = await run(workflow());
    expect(out.failures[0]).toMatch(/Add `actions: write` under `permissions:`/);
  });

  it('an ambiguous failure is not retried and says the run may or may not have started', async () => {
    gh.faults.add({ method: 'POST', path: DISPATCHES, action: { type: 'reset', after: true } });
    const out = await run(workflow());
    expect(gh.requests.filter((r) => r.path === DISPATCHES)).toHaveLength(1);
    expect(out.dispatched).toBe(false);
    expect(out.failures[0]).toMatch(
      /may or may not have started — check https:\/\/github\.com\/octo\/models\/actions\/workflows\/retrain\.yml/,
    );
    // The next scheduled run's cooldown check sees the run that did start: no double start.
    const next = await run(workflow({ cooldownMs: HOUR }));
    expect(next.dispatched).toBe(false);
    expect(next.records[0]).toMatchObject({ outcome: 'skipped' });
    expect(repo.runs).toHaveLength(1);
  });

  it('502 on the dispatch is not retried either', async () => {
    gh.faults.add({ method: 'POST', path: DISPATCHES, action: { type: 'status', status: 502 } });
    const out = await run(workflow());
    expect(gh.requests.filter((r) => r.path === DISPATCHES)).toHaveLength(1);
    expect(out.failures[0]).toMatch(/may or may not have started/);
  });

  it('dispatches nothing when not triggered', async () => {
    const out = await run(workflow(), makeVerdict({ triggered: false }));
    expect(out.dispatched).toBe(false);
    expect(out.records).toEqual([
      { kind: 'dispatch', outcome: 'skipped', detail: 'No retraining due: nothing dispatched.' },
    ]);
    expect(gh.requests).toHaveLength(0);
  });
});

describe('cooldown', () => {
  const cooldown = workflow({ cooldownMs: 6 * HOUR });

  for (const status of ['queued', 'in_progress', 'waiting', 'requested', 'pending']) {
    it(`skips while a run is ${status}`, async () => {
      addRun(gh.state, repo, { status, conclusion: null, created_at: '2030-05-01T00:00:00Z' });
      const out = await run(cooldown);
      expect(out.dispatched).toBe(false);
      expect(out.records[0]!.detail).toMatch(new RegExp(`is still ${status}`));
      expect(gh.requests.some((r) => r.method === 'POST')).toBe(false);
    });
  }

  it('skips when a run was created within the cooldown', async () => {
    addRun(gh.state, repo, { created_at: new Date(NOW.getTime() - 2 * HOUR).toISOString() });
    const out = await run(cooldown);
    expect(out.dispatched).toBe(false);
    expect(out.records[0]!.detail).toMatch(/within the cooldown of 360 min/);
  });

  it('cooldown 0 drops the time window but still never doubles an active run', async () => {
    addRun(gh.state, repo, { created_at: new Date(NOW.getTime() - 60_000).toISOString() });
    const recent = await run(workflow({ cooldownMs: 0 }));
    expect(recent.dispatched).toBe(true);
    // The run just dispatched is queued: the next attempt is skipped although the cooldown is 0.
    const again = await run(workflow({ cooldownMs: 0 }));
    expect(again.dispatched).toBe(false);
    expect(again.records[0]!.detail).toMatch(/is still queued/);
  });

  it('dispatches when the last run is finished and older than the cooldown', async () => {
    addRun(gh.state, repo, { created_at: new Date(NOW.getTime() - 7 * HOUR).toISOString() });
    const out = await run(cooldown);
    expect(out.dispatched).toBe(true);
    const list = gh.requests.find((r) => r.path.endsWith('/retrain.yml/runs'))!;
    expect(list.query['per_page']).toBe('50');
  });

  it('a forbidden run list fails closed and names `actions: read`', async () => {
    gh.faults.add({ method: 'GET', path: /\/runs$/, action: { type: 'forbidden' } });
    const out = await run(cooldown);
    expect(out.dispatched).toBe(false);
    expect(out.failures[0]).toMatch(/`actions: read`/);
  });
});

describe('repository_dispatch', () => {
  it('sends event_type and client_payload with inputs, reasons and monitor', async () => {
    const out = await run({ eventType: 'retrain', inputs: { reason: '{reasons}' } });
    expect(out.failures).toEqual([]);
    expect(out.dispatched).toBe(true);
    const post = gh.requests.find((r) => r.path === '/repos/octo/models/dispatches')!;
    expect(post.body).toEqual({
      event_type: 'retrain',
      client_payload: {
        reason: 'accuracy-floor: accuracy = 0.8 < 0.85',
        reasons: ['accuracy-floor: accuracy = 0.8 < 0.85'],
        monitor: 'churn-model',
      },
    });
  });

  it('targets another repository and applies the cooldown there', async () => {
    const other = addRepo(gh.state, { owner: 'octo', name: 'training' });
    addRun(gh.state, other, {
      event: 'repository_dispatch',
      status: 'in_progress',
      created_at: '2030-05-01T00:00:00Z',
    });
    const out = await run({
      eventType: 'retrain',
      repository: { owner: 'octo', repo: 'training' },
      cooldownMs: HOUR,
    });
    expect(out.dispatched).toBe(false);
    expect(out.records[0]!.detail).toMatch(/still in_progress/);
    const list = gh.requests.find((r) => r.path === '/repos/octo/training/actions/runs')!;
    expect(list.query['event']).toBe('repository_dispatch');
  });

  it('403 names `contents: write`; 404 explains the repository is missing or invisible', async () => {
    gh.faults.add({ method: 'POST', path: '/repos/octo/models/dispatches', action: { type: 'forbidden' } });
    expect((await run({ eventType: 'retrain' })).failures[0]).toMatch(/`contents: write`/);
    const missing = await run({ eventType: 'retrain', repository: { owner: 'octo', repo: 'nowhere' } });
    expect(missing.failures[0]).toMatch(
      /404 for repository octo\/nowhere: it does not exist or the token cannot see it/,
    );
  });
});

describe('expandInputs', () => {
  it('expands every template, leaves unknown ones, and caps values', () => {
    const verdict = makeVerdict({
      failedRules: ['a', 'b'],
      reasons: ['r1', 'r2'],
      drifted: ['age', 'income'],
    });
    const out = expandInputs(
      {
        all: '{reasons}|{triggered}|{failed_rules}|{drifted_features}|{monitor}|{run_url}|{unknown}',
        long: 'x'.repeat(5000),
      },
      verdict,
      'm',
      'https://run',
    );
    expect(out['all']).toBe('r1; r2|true|a,b|age,income|m|https://run|{unknown}');
    expect(out['long']).toHaveLength(MAX_INPUT_CHARS);
  });

  it('never reads Object.prototype: {constructor} stays text, an input named __proto__ is kept', () => {
    const inputs = Object.create(null) as Record<string, string>;
    inputs['__proto__'] = '{monitor}';
    inputs['ctor'] = '{constructor}{toString}';
    const out = expandInputs(inputs, makeVerdict(), 'm', undefined);
    expect(Object.keys(out)).toEqual(['__proto__', 'ctor']);
    expect(out['__proto__']).toBe('m');
    expect(out['ctor']).toBe('{constructor}{toString}');
  });
});
