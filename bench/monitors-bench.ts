/**
 * Many monitors in one run (issue 11): 50 monitors × 20 metrics (20 rules each), half of them due, with alert
 * issues, against the loopback fake GitHub — `monitors:` in one run (one shared client, one listing of open alert
 * issues) side by side with the alternative it replaces, one step per monitor (`runPipeline` per monitor, as 50
 * steps would run). Each phase from the same state: cold (25 alerts to open), steady (nothing changed), recovered
 * (25 alerts to close). Counts GitHub API calls by kind (exact, the same every time) and wall time (median of
 * --rounds, in-process, writes unpaced: `writeSpacingMs: 0` on both sides, since production's 1 s pacing between
 * writes would dominate both and hide the rest).
 *
 * Usage: node --import tsx bench/monitors-bench.ts [--rounds N] [--monitors N] [--metrics N]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { ClientOptions } from '../src/github/client.js';
import type { RepoContext } from '../src/github/types.js';
import { loadRun, type MonitorsRun } from '../src/monitors/expand.js';
import { runMonitors } from '../src/monitors/run.js';
import { runPipeline } from '../src/pipeline.js';
import { startFakeGitHub, type FakeGitHub } from '../test/support/fake-github.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    monitors: { type: 'string', default: '50' },
    metrics: { type: 'string', default: '20' },
  },
});
const ROUNDS = Number(values.rounds);
const MONITORS = Number(values.monitors);
const METRICS = Number(values.metrics);
const TOKEN = 'ghs_bench_token';
const CLIENT: ClientOptions = { writeSpacingMs: 0, retryBaseMs: 1, rateLimitUnitMs: 1, budgetMs: 600_000 };

type Phase = 'cold' | 'steady' | 'recovered';
const quiet = (): void => {};
const PHASES: Phase[] = ['cold', 'steady', 'recovered'];

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rt-monitors-bench-'));
  const monitors = Array.from(
    { length: MONITORS },
    (_, i) => `  - {key: model-${i}, metrics: model-${i}.json}`,
  );
  const rules = Array.from({ length: METRICS }, (_, j) => `  - 'm${j} < 0.5'`);
  writeFileSync(
    path.join(dir, 'rt.yml'),
    `alert: {enabled: true}\nrules:\n${rules.join('\n')}\nmonitors:\n${monitors.join('\n')}\n`,
  );
  return dir;
}

/** Half the models due (m0 below its threshold) in `cold` and `steady`, all healthy in `recovered`. */
function writeMetrics(dir: string, phase: Phase): void {
  for (let i = 0; i < MONITORS; i++) {
    const due = phase !== 'recovered' && i % 2 === 0;
    const metrics = Object.fromEntries(
      Array.from({ length: METRICS }, (_, j) => [`m${j}`, j === 0 && due ? 0.4 : 0.9]),
    );
    writeFileSync(path.join(dir, `model-${i}.json`), JSON.stringify(metrics));
  }
}

async function load(dir: string): Promise<MonitorsRun> {
  const loaded = await loadRun((name) => ({ config: 'rt.yml', 'github-token': TOKEN })[name], {
    cwd: dir,
    env: { RUNNER_TEMP: dir },
  });
  if (loaded.kind !== 'monitors') throw new Error('expected monitors');
  return loaded.run;
}

interface Measure {
  calls: Record<string, number>;
  ms: number;
}

function kindOf(method: string, p: string): string {
  if (method === 'GET' && /\/issues$/.test(p)) return 'list issues';
  if (method === 'POST' && /\/issues$/.test(p)) return 'create issue';
  if (/\/labels/.test(p)) return 'labels';
  if (/\/comments$/.test(p)) return 'comment';
  if (method === 'PATCH') return 'update issue';
  return `${method} other`;
}

async function measure(way: 'one run' | 'one step each'): Promise<Record<Phase, Measure>> {
  const github: FakeGitHub = await startFakeGitHub({ token: TOKEN });
  const repo: RepoContext = {
    owner: 'octo',
    repo: 'models',
    serverUrl: 'https://github.com',
    apiUrl: github.url,
    runUrl: 'https://github.com/octo/models/actions/runs/1',
  };
  const dir = workspace();
  const out = {} as Record<Phase, Measure>;
  try {
    for (const phase of PHASES) {
      writeMetrics(dir, phase);
      const run = await load(dir);
      const from = github.requests.length;
      const start = performance.now();
      if (way === 'one run') {
        const result = await runMonitors(run, { repo, client: CLIENT, log: quiet });
        if (result.failures.length > 0) throw new Error(result.failures.join('\n'));
      } else {
        for (const monitor of run.monitors) {
          const result = await runPipeline(monitor.config, { repo, client: CLIENT, log: quiet });
          if (result.effects.failures.length > 0) throw new Error(result.effects.failures.join('\n'));
        }
      }
      const ms = performance.now() - start;
      const calls: Record<string, number> = {};
      for (const r of github.requests.slice(from)) {
        const kind = kindOf(r.method, r.path);
        calls[kind] = (calls[kind] ?? 0) + 1;
      }
      out[phase] = { calls, ms };
    }
    const open = github.state.repo().issues.filter((i) => i.state === 'open').length;
    if (open !== 0) throw new Error(`${way}: ${open} alerts still open after recovery`);
  } finally {
    await github.close();
  }
  return out;
}

const total = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const results: Record<string, Record<Phase, Measure>[]> = { 'one run': [], 'one step each': [] };
for (let round = 0; round < ROUNDS; round++) {
  // Alternate which goes first.
  const order: ('one run' | 'one step each')[] =
    round % 2 === 0 ? ['one run', 'one step each'] : ['one step each', 'one run'];
  for (const way of order) results[way]!.push(await measure(way));
}

console.log(
  `monitors bench: ${MONITORS} monitors × ${METRICS} metrics (${METRICS} rules each), half due; median of ${ROUNDS} rounds`,
);
console.log('phase      way             API calls (by kind)                                   wall ms');
for (const phase of PHASES) {
  const row: Record<string, { calls: number; ms: number }> = {};
  for (const way of ['one run', 'one step each'] as const) {
    const first = results[way]![0]![phase];
    const calls = total(first.calls);
    const ms = median(results[way]!.map((r) => r[phase].ms));
    row[way] = { calls, ms };
    const kinds = Object.entries(first.calls)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    console.log(
      `${phase.padEnd(10)} ${way.padEnd(15)} ${String(calls).padStart(4)} (${kinds})`.padEnd(86) +
        ms.toFixed(0).padStart(7),
    );
  }
  const a = row['one run']!;
  const b = row['one step each']!;
  console.log(
    `${''.padEnd(10)} ratio one run / one step each: calls ${(a.calls / b.calls).toFixed(2)}, time ${(a.ms / b.ms).toFixed(2)}`,
  );
}
