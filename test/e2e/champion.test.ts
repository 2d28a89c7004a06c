/**
 * The champion record from dist/index.js: a gate step with `history` records the promoted candidate as the
 * champion of its monitor key (once per candidate); a monitor — or the next gate step — reads it with
 * `baseline: champion` instead of a baseline file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, runAction } from './run-action.js';

const HISTORY = 'hist/runs.jsonl';
const CHAMPION_FILE = 'hist/runs.champion.jsonl';

function env(runId: string, attempt = '1'): Record<string, string> {
  return { GITHUB_REPOSITORY: 'octo/models', GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt };
}

function champions(ws: string): { run?: { id: string }; metrics: Record<string, number> }[] {
  return readFileSync(path.join(ws, CHAMPION_FILE), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}

const gate = (baseline: string) => ({
  metrics: 'candidate.json',
  baseline,
  gates: 'accuracy >= champion.accuracy + 0.005',
  'monitor-key': 'churn-model',
  history: HISTORY,
});

describe('the champion record (dist/index.js)', () => {
  it('a promoted candidate becomes the champion once; the next gate and the monitor compare with it', async () => {
    const ws = makeWorkspace({
      'candidate.json': JSON.stringify({ accuracy: 0.93 }),
      'champion.json': JSON.stringify({ accuracy: 0.9 }),
      'current.json': JSON.stringify({ accuracy: 0.9 }),
    });
    for (const attempt of ['1', '2']) {
      const run = await runAction(gate('champion.json'), ws, env('700', attempt));
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.promote).toBe('true');
    }
    expect(champions(ws).map((c) => [c.run?.id, c.metrics.accuracy])).toEqual([['700', 0.93]]);

    // The next candidate is gated against the recorded champion: 0.932 < 0.935 is rejected, not recorded.
    writeCandidate(ws, 0.932);
    const rejected = await runAction(gate('champion'), ws, env('701'));
    expect(rejected.outputs.promote).toBe('false');
    expect(rejected.summary).toContain('0.93');
    writeCandidate(ws, 0.95);
    const promoted = await runAction(gate('champion'), ws, env('702'));
    expect(promoted.outputs.promote).toBe('true');
    expect(champions(ws).map((c) => c.run?.id)).toEqual(['700', '702']);

    // The monitor: accuracy 0.9 against the champion's 0.95.
    const monitor = await runAction(
      {
        metrics: 'current.json',
        baseline: 'champion',
        rules: 'accuracy < baseline.accuracy - 0.02',
        'monitor-key': 'churn-model',
        history: HISTORY,
      },
      ws,
      env('800'),
    );
    expect(monitor.code, monitor.stdout).toBe(0);
    expect(monitor.outputs.triggered).toBe('true');
    expect(monitor.summary).toContain('0.95');
  }, 120_000);

  it('before any champion is recorded the monitor cannot decide; without history it is a config error', async () => {
    const ws = makeWorkspace({ 'current.json': JSON.stringify({ accuracy: 0.9 }) });
    const inputs = {
      metrics: 'current.json',
      baseline: 'champion',
      rules: 'accuracy < baseline.accuracy - 0.02',
      history: HISTORY,
    };
    const first = await runAction(inputs, ws, env('900'));
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs.status).toBe('unknown');
    expect(first.stdout).toContain('the champion record (none yet');
    const { history: _unused, ...noHistory } = inputs;
    const bad = await runAction(noHistory, ws, env('901'));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(
      'baseline: champion reads the champion record, which is kept in the run history',
    );
  }, 60_000);
});

function writeCandidate(ws: string, accuracy: number): void {
  writeFileSync(path.join(ws, 'candidate.json'), JSON.stringify({ accuracy }));
}
