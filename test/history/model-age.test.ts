import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { describeAge, modelAge, parseMaxAge, parseTimestamp } from '../../src/history/model-age.js';
import { latestSuccessfulRun } from '../../src/history/model-age-github.js';
import { FAST, repoFor, TEST_TOKEN } from '../support/effects-fixtures.js';
import { addRun, startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const looked = { modelTimestamp: 'trained_at', workflow: 'retrain.yml', history: true };

function age(result: ReturnType<typeof modelAge>, max?: number): string {
  if (!result.known) throw new Error(result.reason);
  return describeAge(result.age, max);
}

describe('model age', () => {
  it('reads the metrics timestamp first (ISO 8601 or epoch seconds)', () => {
    const both = {
      now: NOW,
      timestamp: { key: 'trained_at', value: '2026-10-28', file: 'metrics.json' },
      lastSuccessfulRun: { workflow: 'retrain.yml', createdAt: '2026-11-30T00:00:00Z' },
      looked,
    };
    expect(age(modelAge(both), 30)).toBe(
      "model is 34 days old ('trained_at' in metrics.json, 2026-10-28; max 30d)",
    );
    const epoch = {
      ...both,
      timestamp: { key: 'trained_at', value: Date.parse('2026-11-30T12:00:00Z') / 1000 },
    };
    expect(age(modelAge(epoch))).toBe("model is 1 day old ('trained_at' in the metrics files, 2026-11-30)");
  });

  it('then the latest successful retraining run, then the history', () => {
    const run = {
      now: NOW,
      lastSuccessfulRun: { workflow: 'retrain.yml', createdAt: '2026-10-28T09:00:00Z' },
      looked,
    };
    expect(age(modelAge({ ...run, lastRetrainingInHistory: '2026-11-30T00:00:00Z' }), 30)).toBe(
      'model is 34 days old (last successful retrain.yml run, 2026-10-28; max 30d)',
    );
    expect(age(modelAge({ now: NOW, lastRetrainingInHistory: '2026-11-20T00:00:00Z', looked }))).toBe(
      'model is 11 days old (last retraining in the history, 2026-11-20)',
    );
  });

  it('no source is unknown, naming what was looked at', () => {
    expect(modelAge({ now: NOW, looked })).toEqual({
      known: false,
      reason:
        "the model's age is unknown: no 'trained_at' in the metrics files, no successful retrain.yml run on the default branch, no retraining in the history",
    });
  });

  it('a malformed or future timestamp is an error, not a fallback', () => {
    const bad = modelAge({
      now: NOW,
      timestamp: { key: 'trained_at', value: 'yesterday', file: 'm.json' },
      looked,
    });
    expect(bad).toEqual({
      known: false,
      reason: `m.json: 'trained_at' = "yesterday" is not a time (expected ISO 8601 like 2026-10-28T09:00:00Z or epoch seconds)`,
    });
    expect(parseTimestamp(1764590400000, 'trained_at')).toMatch(/too large for epoch seconds \(milliseconds/);
    expect(modelAge({ now: NOW, timestamp: { key: 't', value: '2027-06-01' }, looked })).toEqual({
      known: false,
      reason: "the model's training time 2027-06-01 is in the future",
    });
    // An offset-less date-time is UTC.
    expect(parseTimestamp('2026-10-28T09:00:00', 't')).toBe(Date.parse('2026-10-28T09:00:00Z'));
  });

  it('max-model-age durations', () => {
    expect(parseMaxAge('30d')).toBe(30);
    expect(parseMaxAge('2w')).toBe(14);
    expect(parseMaxAge('36h')).toBe(1.5);
    expect(parseMaxAge(7)).toBe(7);
    expect(parseMaxAge('a month')).toBe('expected a duration like 30d, 36h or 2w, got "a month"');
  });
});

describe('latest successful retraining run (GitHub)', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startFakeGitHub({ token: TEST_TOKEN });
  });
  afterEach(async () => {
    await gh.close();
  });

  it('the newest successful run on the default branch', async () => {
    const repo = gh.state.repo();
    addRun(gh.state, repo, { created_at: '2026-10-20T00:00:00Z' });
    addRun(gh.state, repo, { created_at: '2026-10-28T09:00:00Z' });
    addRun(gh.state, repo, { created_at: '2026-11-01T00:00:00Z', conclusion: 'failure' });
    addRun(gh.state, repo, { created_at: '2026-11-02T00:00:00Z', head_branch: 'experiment' });
    addRun(gh.state, repo, { created_at: '2026-11-03T00:00:00Z', status: 'in_progress', conclusion: null });
    const client = createClient(TEST_TOKEN, repoFor(gh.url), FAST);
    const run = await latestSuccessfulRun(client, repoFor(gh.url), 'retrain.yml');
    expect(run).toMatchObject({ workflow: 'retrain.yml', createdAt: '2026-10-28T09:00:00Z' });
    const query = gh.requests.at(-1)?.query;
    expect(query).toMatchObject({ status: 'success', branch: 'main' });
  });

  it('none yet is undefined; an unknown workflow and a 403 are explained', async () => {
    const client = createClient(TEST_TOKEN, repoFor(gh.url), FAST);
    expect(await latestSuccessfulRun(client, repoFor(gh.url), 'retrain.yml', 'main')).toBeUndefined();
    await expect(latestSuccessfulRun(client, repoFor(gh.url), 'nope.yml', 'main')).rejects.toThrow(
      "GitHub knows no workflow 'nope.yml' in octo/models (404)",
    );
    gh.faults.add({ path: /\/runs$/, action: { type: 'forbidden' } });
    await expect(latestSuccessfulRun(client, repoFor(gh.url), 'retrain.yml', 'main')).rejects.toThrow(
      /Add `actions: read` under `permissions:`/,
    );
  });
});
