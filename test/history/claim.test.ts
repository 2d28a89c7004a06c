/**
 * The dispatch claim on the branch history store: concurrent monitor runs that all pass the cooldown check
 * dispatch retraining exactly once — the others are refused by the store's compare-and-swap before sending.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { applyEffects } from '../../src/github/effects.js';
import { claimGuard, storeClaim } from '../../src/history/claim.js';
import { parseHistory, withRecord, EMPTY_HISTORY } from '../../src/history/jsonl.js';
import type { HistoryRecord } from '../../src/history/record.js';
import { branchStore } from '../../src/history/store-branch.js';
import { effectsInput, FAST, makeConfig, repoFor, TEST_TOKEN } from '../support/effects-fixtures.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { branchFile } from '../support/fake-github-git.js';

const BRANCH = 'retrain-trigger-history';
const HOUR = 3_600_000;
let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub({
    token: TEST_TOKEN,
    repos: [{ workflows: [{ file: 'retrain.yml', inputs: ['monitor'] }] }],
  });
});
afterEach(async () => gh.close());

function record(run: string, time: Date, actions: HistoryRecord['actions'] = {}): HistoryRecord {
  return {
    schemaVersion: 2,
    time: time.toISOString(),
    run: { id: run, attempt: 1 },
    status: 'due',
    metrics: {},
    rules: [],
    actions,
  };
}

function store() {
  return branchStore({
    client: createClient(TEST_TOKEN, repoFor(gh.url), FAST),
    repo: repoFor(gh.url),
    branch: BRANCH,
    file: 'churn-model.jsonl',
    message: 'retrain-trigger: test',
    backoffMs: () => 0,
  });
}

describe('claimGuard', () => {
  const now = Date.parse('2026-12-02T06:00:00Z');
  const at = (ms: number) => new Date(now + ms);
  const history = (...records: HistoryRecord[]) =>
    records.reduce((h, r) => withRecord(h, r, 100), EMPTY_HISTORY);

  it('refuses when another run claimed (within 6 h) or dispatched within the cooldown; grants otherwise', () => {
    const guard = claimGuard('7', now, HOUR);
    expect(guard(history(record('5', at(-2 * HOUR), { dispatched: true })))).toBeUndefined();
    expect(guard(history(record('6', at(-30 * 60_000), { dispatched: true })))).toBe(
      'run 6 of this monitor dispatched retraining at 2026-12-02T05:30:00.000Z, within the cooldown (history)',
    );
    expect(guard(history(record('6', at(-1000), { claimedAt: at(-1000).toISOString() })))).toMatch(
      /^run 6 of this monitor claimed the retraining dispatch first/,
    );
    // A mark older than a job can run is from a run that died: it blocks nothing.
    expect(
      guard(history(record('6', at(-7 * HOUR), { claimedAt: at(-7 * HOUR).toISOString() }))),
    ).toBeUndefined();
    // Our own early record (a re-run's earlier claim) does not block; an earlier attempt that dispatched does.
    expect(guard(history(record('7', at(-1000), { claimedAt: at(-1000).toISOString() })))).toBeUndefined();
    expect(guard(history(record('7', at(-1000), { dispatched: true })))).toMatch(
      /earlier attempt of this workflow run/,
    );
  });
});

describe('storeClaim with the branch store', () => {
  it('3 concurrent monitor runs: one claim lands and dispatches, two are refused before sending', async () => {
    // The branch exists (an earlier run), so every claim is a fast-forward of the same commit.
    await store().append(record('1', new Date(Date.now() - 2 * HOUR)), 100);
    const config = makeConfig({
      alert: { enabled: false },
      dispatch: { workflow: 'retrain.yml', ref: 'main', inputs: { monitor: '{monitor}' }, cooldownMs: HOUR },
    });
    const runs = ['11', '12', '13'].map((runId) => ({ runId, store: store() }));
    for (const r of runs) await r.store.read();
    // All three pass the cooldown check before any has dispatched, then all three claim at once.
    gh.faults.add(
      { method: 'GET', path: /\/actions\/workflows\/[^/]+\/runs$/, action: { type: 'barrier', count: 3 } },
      { method: 'PATCH', path: /\/git\/refs\//, action: { type: 'barrier', count: 3 } },
    );
    const outs = await Promise.all(
      runs.map(({ runId, store: s }) =>
        applyEffects(
          {
            ...effectsInput(gh.url, { config }),
            claim: storeClaim(s, (now) => record(runId, now), { runId, maxRuns: 100, cooldownMs: HOUR }),
          },
          () => {},
        ),
      ),
    );
    const dispatches = gh.requests.filter((r) => r.method === 'POST' && /\/dispatches$/.test(r.path));
    expect(dispatches).toHaveLength(1);
    expect(outs.filter((o) => o.dispatched)).toHaveLength(1);
    const refused = outs.filter((o) => !o.dispatched).flatMap((o) => o.records.map((r) => r.detail));
    expect(refused).toHaveLength(2);
    for (const detail of refused)
      expect(detail).toMatch(
        /^Not dispatched: run 1[123] of this monitor claimed the retraining dispatch first/,
      );
    const stored = parseHistory(branchFile(gh.state.repo(), BRANCH, 'churn-model.jsonl') ?? '', 'x').records;
    expect(stored.map((r) => r.run?.id)).toHaveLength(2);
    expect(stored[1]?.actions?.claimedAt).toBeDefined();
  });

  it('a dispatching run costs 4 reads and 8 writes: the claim reuses the read, the final record replaces the early one', async () => {
    await store().append(record('1', new Date(Date.now() - 2 * HOUR)), 100);
    const s = store();
    const from = gh.requests.length;
    await s.read();
    const claim = storeClaim(s, (now) => record('21', now), { runId: '21', maxRuns: 100, cooldownMs: HOUR });
    const target = { owner: 'octo', repo: 'models' };
    await expect(claim({ monitorKey: 'churn-model', target, now: new Date() })).resolves.toEqual({
      granted: true,
    });
    const final = await s.append(record('21', new Date(), { dispatched: true, runId: 99 }), 100);
    expect(final.replaced).toBe(true);
    const git = gh.requests.slice(from).filter((r) => r.path.includes('/git/'));
    expect(git.filter((r) => r.method === 'GET')).toHaveLength(4);
    expect(git.filter((r) => r.method !== 'GET')).toHaveLength(8);
    const stored = parseHistory(branchFile(gh.state.repo(), BRANCH, 'churn-model.jsonl') ?? '', 'x').records;
    expect(stored.map((r) => [r.run?.id, r.actions?.dispatched ?? false, r.actions?.claimedAt])).toEqual([
      ['1', false, undefined],
      ['21', true, undefined],
    ]);
  });
});
