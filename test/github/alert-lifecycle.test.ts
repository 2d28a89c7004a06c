import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/github/effects.js';
import { monitorMarker, readFingerprint } from '../../src/github/body.js';
import { addIssue, startFakeGitHub, type FakeGitHub, type FakeRepo } from '../support/fake-github.js';
import { effectsInput, makeConfig, makeVerdict } from '../support/effects-fixtures.js';

let gh: FakeGitHub;
let repo: FakeRepo;
beforeEach(async () => {
  gh = await startFakeGitHub();
  repo = gh.state.repo();
});
afterEach(async () => gh.close());

const writes = () => gh.requests.filter((r) => r.method !== 'GET');

describe('alert issue lifecycle', () => {
  it('creates one alert with title, labels, assignees, marker, fingerprint and run link', async () => {
    const config = makeConfig({ alert: { assignees: ['octocat'], labels: ['model-alert', 'ml'] } });
    const out = await applyEffects(effectsInput(gh.url, { config }), () => {});
    expect(out.failures).toEqual([]);
    expect(repo.issues).toHaveLength(1);
    const issue = repo.issues[0]!;
    expect(issue.title).toBe('Model alert: churn-model');
    expect(issue.labels).toEqual(['model-alert', 'ml']);
    expect(issue.assignees).toEqual(['octocat']);
    expect(issue.body).toContain(monitorMarker('churn-model'));
    expect(readFingerprint(issue.body)).toMatch(/^[0-9a-f]{16}$/);
    expect(issue.body).toContain('[monitor run](https://github.com/octo/models/actions/runs/42)');
    expect(issue.body).toContain('| accuracy-floor | 0.8 |');
    expect(out.issueNumber).toBe(1);
    expect(out.issueUrl).toBe('https://github.com/octo/models/issues/1');
    expect(out.records.map((r) => r.outcome)).toEqual(['created']);
    // Listed by label, never searched.
    expect(gh.requests.some((r) => r.path.startsWith('/search'))).toBe(false);
    const list = gh.requests.find((r) => r.method === 'GET' && r.path.endsWith('/issues'))!;
    expect(list.query).toMatchObject({ state: 'open', labels: 'model-alert' });
  });

  it('creates a missing label before the issue, and proceeds when it cannot', async () => {
    await applyEffects(effectsInput(gh.url), () => {});
    expect(repo.labels.get('model-alert')?.color).toBe('d93f0b');

    const other = await startFakeGitHub();
    other.faults.add({ method: 'POST', path: /\/labels$/, action: { type: 'forbidden' } });
    const out = await applyEffects(effectsInput(other.url), () => {});
    expect(out.failures).toEqual([]);
    expect(other.state.repo().issues).toHaveLength(1);
    await other.close();
  });

  it('updates the open alert on the next run, commenting only when the fingerprint changes', async () => {
    await applyEffects(effectsInput(gh.url), () => {});
    const before = repo.issues[0]!.body;

    // Same causes, different numbers: body updated, no comment.
    const same = makeVerdict({ reasons: ['accuracy-floor: accuracy = 0.7 < 0.85'] });
    const second = await applyEffects(
      effectsInput(gh.url, { verdict: same, now: new Date('2030-01-01T00:00:00Z') }),
      () => {},
    );
    expect(second.records.map((r) => r.outcome)).toEqual(['updated']);
    expect(repo.issues).toHaveLength(1);
    expect(repo.issues[0]!.body).not.toBe(before);
    expect(repo.issues[0]!.body).toContain('accuracy = 0.7');
    expect(repo.issues[0]!.comments).toHaveLength(0);

    // New failed rule and a drifted feature: new fingerprint → one comment.
    const changed = makeVerdict({ failedRules: ['accuracy-floor', 'f1-drop'], drifted: ['age'] });
    const third = await applyEffects(effectsInput(gh.url, { verdict: changed }), () => {});
    expect(third.records.map((r) => r.outcome)).toEqual(['updated', 'commented']);
    expect(repo.issues[0]!.comments).toHaveLength(1);
    expect(repo.issues[0]!.comments[0]!.body).toMatch(/verdict changed.*f1-drop.*age/);
    expect(third.issueNumber).toBe(1);
  });

  it('comments and closes on recovery, then opens a NEW issue on relapse', async () => {
    await applyEffects(effectsInput(gh.url), () => {});
    const recovered = await applyEffects(
      effectsInput(gh.url, { verdict: makeVerdict({ triggered: false }) }),
      () => {},
    );
    expect(recovered.records.map((r) => r.outcome)).toEqual(['closed']);
    expect(recovered.issueNumber).toBe(1);
    const first = repo.issues[0]!;
    expect(first.state).toBe('closed');
    expect(first.state_reason).toBe('completed');
    expect(first.comments[0]!.body).toMatch(/back within its rules/);

    const quiet = await applyEffects(
      effectsInput(gh.url, { verdict: makeVerdict({ triggered: false }) }),
      () => {},
    );
    expect(quiet.records.map((r) => r.outcome)).toEqual(['unchanged']);
    expect(quiet.issueNumber).toBeUndefined();

    const relapse = await applyEffects(effectsInput(gh.url), () => {});
    expect(relapse.records.map((r) => r.outcome)).toEqual(['created']);
    expect(relapse.issueNumber).toBe(2);
    expect(repo.issues.map((i) => i.state)).toEqual(['closed', 'open']);
  });

  it('leaves the alert open on recovery when close-on-recovery is false, and says why', async () => {
    await applyEffects(effectsInput(gh.url), () => {});
    const config = makeConfig({ alert: { closeOnRecovery: false } });
    const before = writes().length;
    const out = await applyEffects(
      effectsInput(gh.url, { config, verdict: makeVerdict({ triggered: false }) }),
      () => {},
    );
    expect(repo.issues[0]!.state).toBe('open');
    expect(out.records[0]).toMatchObject({ outcome: 'unchanged' });
    expect(out.records[0]!.detail).toMatch(/close-on-recovery is false/);
    expect(writes().length).toBe(before);
  });

  it('ignores other issues and pull requests with the label, and alerts of other monitors', async () => {
    addIssue(gh.state, repo, { labels: ['model-alert'], body: 'someone else' });
    addIssue(gh.state, repo, {
      labels: ['model-alert'],
      body: monitorMarker('churn-model'),
      pull_request: true,
    });
    addIssue(gh.state, repo, { labels: ['model-alert'], body: monitorMarker('churn-model-v2') });
    const out = await applyEffects(effectsInput(gh.url), () => {});
    expect(out.issueNumber).toBe(4);
    expect(repo.issues.filter((i) => i.state === 'open')).toHaveLength(4);
  });

  it('finds its alert beyond the first page of the list (pagination)', async () => {
    for (let i = 0; i < 130; i++) addIssue(gh.state, repo, { labels: ['model-alert'], body: `other ${i}` });
    addIssue(gh.state, repo, { labels: ['model-alert'], body: `x\n${monitorMarker('churn-model')}` });
    // Make ours the OLDEST so it sits on the last page (the list is newest first).
    repo.issues.unshift(repo.issues.pop()!);
    repo.issues.forEach((issue, index) => (issue.number = index + 1));
    const out = await applyEffects(effectsInput(gh.url), () => {});
    expect(out.records[0]!.outcome).toBe('updated');
    expect(out.issueNumber).toBe(1);
    expect(repo.issues[0]!.body).toContain('Retraining is due');
    expect(gh.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues')).length).toBe(2);
  });

  it('does nothing at all when the alert is disabled and no dispatch is configured', async () => {
    const out = await applyEffects(
      effectsInput(gh.url, { config: makeConfig({ alert: { enabled: false } }) }),
      () => {},
    );
    expect(out).toEqual({ dispatched: false, records: [], failures: [] });
    expect(gh.requests).toHaveLength(0);
  });
});
