/**
 * Concurrent monitor runs dispatch retraining at most once (issue 8): the cooldown check is list-then-dispatch
 * and GitHub lists a new run only after a delay, so racing runs can all dispatch. After dispatching, each run
 * waits for the list to catch up, keeps the oldest run and cancels the newer ones (src/github/race.ts).
 *
 * The figure in docs/alerting.md comes from the first test: `npx vitest run test/github/dispatch-race.test.ts`.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEffects } from '../../src/github/effects.js';
import { startFakeGitHub, type FakeGitHub, type FakeRepo } from '../support/fake-github.js';
import { effectsInput, makeConfig } from '../support/effects-fixtures.js';
import type { DispatchConfig } from '../../src/config/types.js';
import type { EffectsOutcome } from '../../src/github/types.js';

let gh: FakeGitHub;
let repo: FakeRepo;
beforeEach(async () => {
  gh = await startFakeGitHub({
    repos: [{ workflows: [{ file: 'retrain.yml', inputs: ['monitor'], runName: 'Retrain {monitor}' }] }],
  });
  repo = gh.state.repo();
  // A new run appears in the runs list 60 ms after it was created (GitHub: a few seconds).
  gh.state.runListDelayMs = 60;
});
afterEach(async () => gh.close());

const RUNS = /\/actions\/(workflows\/[^/]+\/)?runs$/;
const RACE = { settleMs: 1000, pollMs: 15 };

function monitorRun(dispatch: Partial<DispatchConfig>, monitorKey = 'churn-model') {
  const config = makeConfig({
    alert: { enabled: false },
    monitorKey,
    dispatch: { ref: 'main', cooldownMs: 3_600_000, ...dispatch },
  });
  return applyEffects({ ...effectsInput(gh.url, { config }), race: RACE }, () => {});
}

const live = () => repo.runs.filter((r) => r.conclusion !== 'cancelled');

/** `count` monitor runs at the same moment: every pre-dispatch check lists before any run is visible. */
async function race(count: number, dispatch: Partial<DispatchConfig>): Promise<EffectsOutcome[]> {
  gh.faults.add({ method: 'GET', path: RUNS, action: { type: 'barrier', count } });
  return Promise.all(Array.from({ length: count }, () => monitorRun(dispatch)));
}

describe('concurrent monitor runs', () => {
  it('3 concurrent runs × 20 trials: 0 extra retraining runs (workflow_dispatch)', async () => {
    const workflow = { workflow: 'retrain.yml', inputs: { monitor: '{monitor}' } };
    let extra = 0;
    let dispatchedTotal = 0;
    const reported: boolean[] = [];
    for (let trial = 0; trial < 20; trial++) {
      repo.runs.length = 0;
      gh.faults.clear();
      const outs = await race(3, workflow);
      // Every trial really raced: all three dispatched before any saw another's run.
      expect(repo.runs).toHaveLength(3);
      extra += live().length - 1;
      dispatchedTotal += outs.filter((o) => o.dispatched).length;
      expect(outs.flatMap((o) => o.failures)).toEqual([]);
      // The run kept is the oldest, and every monitor run reports it as the retraining run.
      const oldest = [...repo.runs].sort((a, b) => a.id - b.id)[0]!;
      reported.push(live()[0]?.id === oldest.id && outs.every((o) => o.runId === oldest.id));
    }
    console.log(`extra retraining runs in 3 concurrent runs x 20 trials: ${extra}`);
    expect(extra).toBe(0);
    expect(dispatchedTotal).toBe(20);
    expect(reported.every(Boolean)).toBe(true);
  });

  it('3 concurrent runs without run details (204): the oldest run is kept after the settle time', async () => {
    gh.state.runDetails = 'ignored';
    for (let trial = 0; trial < 3; trial++) {
      repo.runs.length = 0;
      gh.faults.clear();
      await race(3, { workflow: 'retrain.yml', inputs: { monitor: '{monitor}' } });
      expect(repo.runs).toHaveLength(3);
      expect(live()).toHaveLength(1);
    }
  });

  it('3 concurrent repository_dispatch runs: one retraining run left', async () => {
    for (let trial = 0; trial < 3; trial++) {
      repo.runs.length = 0;
      gh.faults.clear();
      const outs = await race(3, { eventType: 'retrain' });
      expect(repo.runs).toHaveLength(3);
      expect(live()).toHaveLength(1);
      expect(outs.flatMap((o) => o.records.map((r) => r.outcome))).toContain('deduplicated');
    }
  });

  it('says what happened: the newer run cancels its own run and reports the kept one', async () => {
    const outs = await race(2, { workflow: 'retrain.yml', inputs: { monitor: '{monitor}' } });
    const [older, newer] = [...repo.runs].sort((a, b) => a.id - b.id);
    const loser = outs.find((o) => o.records.some((r) => r.outcome === 'cancelled'))!;
    expect(loser.dispatched).toBe(false);
    expect(loser.records.at(-1)!.detail).toBe(
      `Cancelled our duplicate: another monitor run dispatched retraining at the same moment: run ${older!.id} (the older one) is kept and ours, run ${newer!.id}, was cancelled.`,
    );
    expect(newer!.conclusion).toBe('cancelled');
    expect(gh.requests.filter((r) => r.path.endsWith('/cancel')).length).toBeGreaterThanOrEqual(1);
  });

  it('monitors sharing one workflow never cancel each other when the run name carries the key', async () => {
    gh.faults.add({ method: 'GET', path: RUNS, action: { type: 'barrier', count: 2 } });
    const workflow = { workflow: 'retrain.yml', inputs: { monitor: '{monitor}' }, cooldownMs: 0 };
    await Promise.all([monitorRun(workflow, 'churn-model'), monitorRun(workflow, 'fraud-model')]);
    expect(repo.runs.map((r) => r.display_title).sort()).toEqual([
      'Retrain churn-model',
      'Retrain fraud-model',
    ]);
    expect(live()).toHaveLength(2);
  });

  it('a refused claim (the history store seam) dispatches nothing', async () => {
    const config = makeConfig({
      alert: { enabled: false },
      dispatch: { workflow: 'retrain.yml', ref: 'main', inputs: { monitor: '{monitor}' } },
    });
    const out = await applyEffects(
      {
        ...effectsInput(gh.url, { config }),
        race: RACE,
        claim: async () => ({ granted: false, reason: 'run 7 of this monitor claimed it first' }),
      },
      () => {},
    );
    expect(out.dispatched).toBe(false);
    expect(out.records.at(-1)!.detail).toBe('Not dispatched: run 7 of this monitor claimed it first');
    expect(repo.runs).toHaveLength(0);
  });
});
