import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyEffects } from '../../src/github/effects.js';
import { monitorMarker } from '../../src/github/body.js';
import { addIssue, addRun, startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { effectsInput, makeConfig, makeVerdict, TEST_TOKEN } from '../support/effects-fixtures.js';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await gh.close();
});

const dispatch = { workflow: 'retrain.yml', inputs: { reason: '{reasons}' }, cooldownMs: 3_600_000 };

describe('dry-run', () => {
  it('reads everything, writes nothing, and says exactly what it would have written', async () => {
    const config = makeConfig({ dryRun: true, dispatch, alert: { assignees: ['octocat'] } });
    const out = await applyEffects(effectsInput(gh.url, { config }), () => {});
    expect(gh.requests.every((r) => r.method === 'GET')).toBe(true);
    expect(gh.requests.map((r) => r.path)).toEqual([
      '/repos/octo/models/issues', // the retraining loop looks for an open alert first (none: nothing to follow)
      '/repos/octo/models',
      '/repos/octo/models/actions/workflows/retrain.yml/runs',
    ]);
    expect(out.failures).toEqual([]);
    expect(out.dispatched).toBe(false);
    expect(out.records).toEqual([
      {
        kind: 'dispatch',
        outcome: 'would-dispatch',
        detail:
          'would dispatch retrain.yml on main with inputs {"reason":"accuracy-floor: accuracy = 0.8 < 0.85"}',
        url: 'https://github.com/octo/models/actions/workflows/retrain.yml',
      },
      {
        kind: 'alert-issue',
        outcome: 'would-create',
        detail:
          'would create issue "Model alert: churn-model" with labels ["model-alert"] and assignees ["octocat"]',
      },
    ]);
  });

  it('for an open alert: would update / comment / close / close duplicates, still only GETs', async () => {
    const repo = gh.state.repo();
    addIssue(gh.state, repo, { labels: ['model-alert'], body: monitorMarker('churn-model') });
    addIssue(gh.state, repo, { labels: ['model-alert'], body: monitorMarker('churn-model') });
    const config = makeConfig({ dryRun: true });
    const update = await applyEffects(effectsInput(gh.url, { config }), () => {});
    expect(update.records.map((r) => r.outcome)).toEqual(['would-close', 'would-update']);
    expect(update.records[1]!.detail).toBe(
      'would update the body of #1 and comment that the verdict changed',
    );
    expect(update.issueNumber).toBe(1);
    const close = await applyEffects(
      effectsInput(gh.url, { config, verdict: makeVerdict({ triggered: false }) }),
      () => {},
    );
    expect(close.records.map((r) => r.detail)).toEqual([
      'would close #2 as a duplicate of #1',
      'would comment on and close #1 (no retraining due any more)',
    ]);
    expect(gh.requests.every((r) => r.method === 'GET')).toBe(true);
    expect(repo.issues.every((i) => i.state === 'open' && i.comments.length === 0)).toBe(true);
  });

  it('reports a cooldown skip in dry-run too', async () => {
    addRun(gh.state, gh.state.repo(), {
      status: 'in_progress',
      conclusion: null,
      created_at: '2020-01-01T00:00:00Z',
    });
    const config = makeConfig({ dryRun: true, dispatch, alert: { enabled: false } });
    const out = await applyEffects(effectsInput(gh.url, { config }), () => {});
    expect(out.records[0]).toMatchObject({ outcome: 'skipped' });
  });
});

describe('dispatch and alert together', () => {
  it('dispatches first and mentions the dispatch in the issue body', async () => {
    const config = makeConfig({ dispatch });
    const out = await applyEffects(effectsInput(gh.url, { config }), () => {});
    expect(out.failures).toEqual([]);
    expect(out).toMatchObject({ dispatched: true, issueNumber: 1 });
    expect(gh.state.repo().issues[0]!.body).toMatch(
      /Retraining: dispatched — Dispatched retrain\.yml on main: run \d+\./,
    );
  });

  it('keeps what succeeded when one part fails', async () => {
    gh.faults.add({ method: 'POST', path: /\/dispatches$/, action: { type: 'forbidden' } });
    const out = await applyEffects(effectsInput(gh.url, { config: makeConfig({ dispatch }) }), () => {});
    expect(out.failures).toHaveLength(1);
    expect(out.issueNumber).toBe(1);
    expect(out.records.map((r) => `${r.kind}:${r.outcome}`)).toEqual([
      'dispatch:failed',
      'alert-issue:created',
    ]);
  });
});

describe('token and environment', () => {
  it('the token reaches GitHub but never the log, records or failures', async () => {
    const lines: string[] = [];
    gh.faults.add(
      { method: 'GET', path: /\/issues$/, action: { type: 'status', status: 502 } },
      { method: 'POST', path: /\/issues$/, action: { type: 'forbidden' } },
    );
    const out = await applyEffects(effectsInput(gh.url, { config: makeConfig({ dispatch }) }), (l) =>
      lines.push(l),
    );
    expect(gh.requests[0]!.authorization).toBe(`token ${TEST_TOKEN}`);
    expect(lines.length).toBeGreaterThan(2);
    expect(out.failures.length).toBeGreaterThan(0);
    const everything = JSON.stringify({ lines, out });
    expect(everything).not.toContain(TEST_TOKEN);
    expect(everything).not.toContain(TEST_TOKEN.slice(4, 20));
  });

  it('masks the token in Actions (::add-mask::), and prints nothing of it outside Actions', async () => {
    const writes: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    vi.stubEnv('GITHUB_ACTIONS', '');
    await applyEffects(effectsInput(gh.url), () => {});
    expect(writes.join('')).not.toContain(TEST_TOKEN);
    vi.stubEnv('GITHUB_ACTIONS', 'true');
    await applyEffects(effectsInput(gh.url), () => {});
    expect(writes.join('')).toContain(`::add-mask::${TEST_TOKEN}`);
  });

  it('an empty token or unknown repository is a failure, not a crash', async () => {
    const noToken = await applyEffects(
      effectsInput(gh.url, { config: makeConfig({ githubToken: '', dispatch }) }),
      () => {},
    );
    expect(noToken.failures).toEqual([expect.stringMatching(/^github-token is empty/)]);
    expect(noToken.records.map((r) => r.kind)).toEqual(['alert-issue', 'dispatch']);
    const input = effectsInput(gh.url);
    const noRepo = await applyEffects({ ...input, repo: { ...input.repo, owner: '' } }, () => {});
    expect(noRepo.failures[0]).toMatch(/repository is unknown/);
    expect(gh.requests).toHaveLength(0);
  });

  it('a rejected token is explained', async () => {
    gh.state.token = 'the-right-one';
    const out = await applyEffects(effectsInput(gh.url), () => {});
    expect(out.failures[0]).toMatch(
      /GitHub rejected the token \(401 Bad credentials\); check the github-token input/,
    );
  });

  it('an unreachable API is a failure with the reason, after the read retries', async () => {
    const url = gh.url;
    await gh.close();
    const out = await applyEffects(effectsInput(url), () => {});
    expect(out.failures[0]).toMatch(/failed: no answer from GitHub \(.+\)/);
    gh = await startFakeGitHub();
  });
});
