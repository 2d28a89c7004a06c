import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/github/effects.js';
import { monitorMarker } from '../../src/github/body.js';
import { addIssue, startFakeGitHub, type FakeGitHub, type FakeRepo } from '../support/fake-github.js';
import { effectsInput, makeConfig, makeVerdict } from '../support/effects-fixtures.js';

let gh: FakeGitHub;
let repo: FakeRepo;
beforeEach(async () => {
  gh = await startFakeGitHub();
  repo = gh.state.repo();
});
afterEach(async () => gh.close());

const creates = () =>
  gh.requests.filter((r) => r.method === 'POST' && r.path === '/repos/octo/models/issues');
const ISSUES = '/repos/octo/models/issues';

describe('lost answers on create', () => {
  it('connection reset AFTER the server created the issue: found by marker, no duplicate', async () => {
    gh.faults.add({ method: 'POST', path: ISSUES, action: { type: 'reset', after: true } });
    const out = await applyEffects(effectsInput(gh.url), () => {});
    expect(out.failures).toEqual([]);
    expect(repo.issues).toHaveLength(1);
    expect(creates()).toHaveLength(1);
    expect(out.issueNumber).toBe(1);
    expect(out.records[0]!.detail).toMatch(/answer was lost/);
  });

  it('502 after the server created the issue: found by marker, no duplicate', async () => {
    gh.faults.add({ method: 'POST', path: ISSUES, action: { type: 'status', status: 502, perform: true } });
    const out = await applyEffects(effectsInput(gh.url), () => {});
    expect(out.failures).toEqual([]);
    expect(repo.issues).toHaveLength(1);
    expect(creates()).toHaveLength(1);
  });

  it('connection reset BEFORE anything happened: re-lists, then creates once', async () => {
    gh.faults.add({ method: 'POST', path: ISSUES, action: { type: 'reset' } });
    const out = await applyEffects(effectsInput(gh.url), () => {});
    expect(out.failures).toEqual([]);
    expect(repo.issues).toHaveLength(1);
    expect(creates()).toHaveLength(2);
    expect(out.records[0]!.outcome).toBe('created');
  });

  it('gives up after bounded attempts when every create fails, with a sentence', async () => {
    gh.faults.add({ method: 'POST', path: ISSUES, times: 10, action: { type: 'status', status: 500 } });
    const out = await applyEffects(effectsInput(gh.url), () => {});
    expect(repo.issues).toHaveLength(0);
    expect(creates()).toHaveLength(3);
    expect(out.failures).toEqual([
      expect.stringMatching(
        /^Creating the alert issue for monitor 'churn-model' failed: GitHub answered 500/,
      ),
    ]);
  });

  it('never retries a create blindly on a 4xx', async () => {
    gh.faults.add({
      method: 'POST',
      path: ISSUES,
      action: { type: 'status', status: 422, message: 'Validation Failed' },
    });
    const out = await applyEffects(effectsInput(gh.url), () => {});
    expect(creates()).toHaveLength(1);
    expect(out.failures[0]).toMatch(/422 \(Validation Failed\)/);
  });

  it('a lost comment answer does not post the comment twice', async () => {
    await applyEffects(effectsInput(gh.url), () => {});
    gh.faults.add({ method: 'POST', path: /\/comments$/, action: { type: 'reset', after: true } });
    const out = await applyEffects(
      effectsInput(gh.url, { verdict: makeVerdict({ triggered: false }) }),
      () => {},
    );
    expect(out.failures).toEqual([]);
    expect(repo.issues[0]!.comments).toHaveLength(1);
    expect(repo.issues[0]!.state).toBe('closed');
  });
});

describe('retries, rate limits, permissions', () => {
  it('retries reads on 5xx and network errors', async () => {
    gh.faults.add(
      { method: 'GET', path: ISSUES, times: 2, action: { type: 'status', status: 502 } },
      { method: 'GET', path: ISSUES, action: { type: 'reset' } },
    );
    const out = await applyEffects(effectsInput(gh.url), () => {});
    expect(out.failures).toEqual([]);
    expect(repo.issues).toHaveLength(1);
    expect(gh.faults.pending).toHaveLength(0);
  });

  it('reports a read that keeps failing after the retries', async () => {
    gh.faults.add({ method: 'GET', path: ISSUES, times: 99, action: { type: 'status', status: 503 } });
    const out = await applyEffects(effectsInput(gh.url), () => {});
    expect(gh.requests.filter((r) => r.path === ISSUES)).toHaveLength(4);
    expect(out.failures[0]).toMatch(/Listing open issues .* failed: GitHub answered 503/);
    expect(repo.issues).toHaveLength(0);
  });

  it('waits out a secondary rate limit (retry-after), on reads and on the create itself', async () => {
    gh.faults.add(
      { method: 'GET', path: ISSUES, action: { type: 'secondary-limit', retryAfter: 3 } },
      { method: 'POST', path: ISSUES, action: { type: 'secondary-limit', retryAfter: 2 } },
    );
    const lines: string[] = [];
    const out = await applyEffects(effectsInput(gh.url), (l) => lines.push(l));
    expect(out.failures).toEqual([]);
    expect(repo.issues).toHaveLength(1);
    expect(lines.some((l) => /secondary rate limit .* waiting 3s/.test(l))).toBe(true);
  });

  it('waits out a secondary limit without retry-after (GitHub says: wait a minute) and a 429 one', async () => {
    gh.faults.add(
      { method: 'GET', path: ISSUES, action: { type: 'secondary-limit' } },
      {
        method: 'POST',
        path: ISSUES,
        action: {
          type: 'status',
          status: 429,
          message: 'You have exceeded a secondary rate limit.',
          headers: { 'retry-after': '1' },
        },
      },
    );
    const lines: string[] = [];
    const out = await applyEffects(effectsInput(gh.url), (l) => lines.push(l));
    expect(out.failures).toEqual([]);
    expect(lines.filter((l) => /secondary rate limit/.test(l))).toEqual([
      expect.stringMatching(/GET .*waiting 60s/),
      expect.stringMatching(/POST .*waiting 1s/),
    ]);
    expect(creates()).toHaveLength(2);
  });

  it('waits until a primary rate limit resets', async () => {
    gh.faults.add({ method: 'GET', path: ISSUES, action: { type: 'primary-limit', resetInSeconds: 2 } });
    const out = await applyEffects(effectsInput(gh.url), () => {});
    expect(out.failures).toEqual([]);
    expect(repo.issues).toHaveLength(1);
  });

  it('gives up with a clear message when the rate-limit wait exceeds the time budget', async () => {
    gh.faults.add({
      method: 'GET',
      path: ISSUES,
      times: 5,
      action: { type: 'primary-limit', resetInSeconds: 3600 },
    });
    const started = Date.now();
    const out = await applyEffects(
      effectsInput(gh.url, { client: { budgetMs: 500, rateLimitUnitMs: 1 } }),
      () => {},
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect(out.failures[0]).toMatch(/rate limit is exhausted until \d{4}-\d\d-\d\dT.*exceed the time budget/);
  });

  it('stops retrying when the total time budget is used up', async () => {
    gh.faults.add({ method: 'GET', path: ISSUES, times: 99, action: { type: 'status', status: 502 } });
    const out = await applyEffects(
      effectsInput(gh.url, { client: { budgetMs: 150, retryBaseMs: 60, retries: 10 } }),
      () => {},
    );
    expect(out.failures[0]).toMatch(/time budget for GitHub API calls \(150 ms\) is used up/);
  });

  it('names the permission to add on 403 Resource not accessible by integration', async () => {
    gh.faults.add({ method: 'POST', path: ISSUES, action: { type: 'forbidden' } });
    const out = await applyEffects(effectsInput(gh.url), () => {});
    expect(out.failures[0]).toMatch(/Add `issues: write` under `permissions:`/);
    expect(out.records.at(-1)).toMatchObject({ kind: 'alert-issue', outcome: 'failed' });
  });

  it('says so when GitHub silently dropped labels and assignees (no push access)', async () => {
    gh.state.pushAccess = false;
    const config = makeConfig({ alert: { assignees: ['octocat'] } });
    const out = await applyEffects(effectsInput(gh.url, { config }), () => {});
    expect(repo.issues).toHaveLength(1);
    expect(out.issueNumber).toBe(1);
    expect(out.failures).toHaveLength(2);
    expect(out.failures[0]).toMatch(/created without the label\(s\) model-alert/);
    expect(out.failures[1]).toMatch(/without the assignee\(s\) octocat/);
  });
});

describe('races', () => {
  it('two concurrent runs converge on one open alert: the oldest is kept, the other closed as duplicate', async () => {
    // Both runs list before either creates (the barrier holds the first two lists until both arrived).
    gh.faults.add({ method: 'GET', path: ISSUES, action: { type: 'barrier', count: 2 } });
    const [a, b] = await Promise.all([
      applyEffects(effectsInput(gh.url), () => {}),
      applyEffects(effectsInput(gh.url), () => {}),
    ]);
    expect(creates()).toHaveLength(2);
    expect(repo.issues.filter((i) => i.state === 'open').map((i) => i.number)).toEqual([1]);
    const dup = repo.issues[1]!;
    expect(dup.state).toBe('closed');
    expect(dup.state_reason).toBe('not_planned');
    expect(dup.comments[0]!.body).toMatch(/^Duplicate of #1/);
    expect(a.issueNumber).toBe(1);
    expect(b.issueNumber).toBe(1);
    expect([...a.failures, ...b.failures]).toEqual([]);
  });

  it('cleans up duplicates left by an earlier race before updating', async () => {
    for (let i = 0; i < 3; i++)
      addIssue(gh.state, repo, { labels: ['model-alert'], body: monitorMarker('churn-model') });
    const out = await applyEffects(effectsInput(gh.url), () => {});
    expect(out.issueNumber).toBe(1);
    expect(repo.issues.map((i) => i.state)).toEqual(['open', 'closed', 'closed']);
    expect(out.records.map((r) => r.outcome)).toEqual(['closed', 'closed', 'updated', 'commented']);
  });
});
