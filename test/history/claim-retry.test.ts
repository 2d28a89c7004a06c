/**
 * The dispatch claim and the retraining loop: a retraining run whose attempt failed (src/loop/episode.ts gives
 * its id in `retryAfter`) must not hold the retry back through the history store, just as it does not through
 * the cooldown check on the runs list.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { claimGuard, storeClaim } from '../../src/history/claim.js';
import { EMPTY_HISTORY, withRecord } from '../../src/history/jsonl.js';
import type { HistoryRecord } from '../../src/history/record.js';
import { branchStore } from '../../src/history/store-branch.js';
import { FAST, repoFor, TEST_TOKEN } from '../support/effects-fixtures.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

const HOUR = 3_600_000;
const now = Date.parse('2026-12-02T06:00:00Z');

function record(run: string, time: number, actions: HistoryRecord['actions']): HistoryRecord {
  return {
    schemaVersion: 2,
    time: new Date(time).toISOString(),
    run: { id: run, attempt: 1 },
    status: 'due',
    metrics: {},
    rules: [],
    actions,
  };
}

describe('claimGuard with failed attempts', () => {
  const dispatchedRecently = withRecord(
    EMPTY_HISTORY,
    record('6', now - 30 * 60_000, { dispatched: true, runId: 901 }),
    100,
  );

  it('a dispatch of a failed retraining run blocks nothing; any other recent dispatch still does', () => {
    expect(claimGuard('7', now, HOUR)(dispatchedRecently)).toMatch(/run 6 .* within the cooldown/);
    expect(claimGuard('7', now, HOUR, new Set([901]))(dispatchedRecently)).toBeUndefined();
    expect(claimGuard('7', now, HOUR, new Set([902]))(dispatchedRecently)).toMatch(/within the cooldown/);
  });

  it('a re-run whose earlier attempt dispatched a run that failed may dispatch again', () => {
    const own = withRecord(EMPTY_HISTORY, record('7', now - 1000, { dispatched: true, runId: 901 }), 100);
    expect(claimGuard('7', now, HOUR)(own)).toMatch(/earlier attempt of this workflow run/);
    expect(claimGuard('7', now, HOUR, new Set([901]))(own)).toBeUndefined();
  });
});

describe('storeClaim passes the failed attempts to its guard', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startFakeGitHub({ token: TEST_TOKEN, repos: [{}] });
  });
  afterEach(async () => gh.close());

  it('refused without them, granted with them (and the claim is written)', async () => {
    const store = () =>
      branchStore({
        client: createClient(TEST_TOKEN, repoFor(gh.url), FAST),
        repo: repoFor(gh.url),
        branch: 'retrain-trigger-history',
        file: 'churn-model.jsonl',
        message: 'retrain-trigger: test',
        backoffMs: () => 0,
      });
    const at = new Date();
    await store().append(record('6', at.getTime() - 60_000, { dispatched: true, runId: 901 }), 100);
    const claim = storeClaim(store(), (t) => record('7', t.getTime(), {}), {
      runId: '7',
      maxRuns: 100,
      cooldownMs: HOUR,
    });
    const target = { owner: 'octo', repo: 'models' };
    const refused = await claim({ monitorKey: 'churn-model', target, now: at });
    expect(refused).toMatchObject({ granted: false });
    const granted = await claim({ monitorKey: 'churn-model', target, now: at, retryAfter: new Set([901]) });
    expect(granted).toEqual({ granted: true });
    const history = await store().read();
    expect(history.records.at(-1)?.actions?.claimedAt).toBe(at.toISOString());
  });
});
