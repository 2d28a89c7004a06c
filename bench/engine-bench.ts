/**
 * Engine rows of `npm run bench` (issue 12): the drift engine's `t_test` and `z` on 1M rows per side and the
 * categorical `tvd` permutation test on 2M rows of 100,000 categories, against the same computations in
 * numpy / scipy (bench/engine_scipy.py) on the same arrays. Both sides are timed in-process after the data is
 * in memory (the readers have their own rows), median of --rounds (tvd: one round each, it takes seconds).
 * Checks t_test and z agree with scipy to 1e-9 and tvd's statistic exactly (its p-value comes from a
 * different random stream, so it is shown, not compared).
 *
 * Usage: node --import tsx bench/engine-bench.ts [--rounds N] [--cases t_test,z,tvd]
 * (python: BENCH_PYTHON, default /usr/bin/python3; tvd takes minutes on a loaded machine)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Column, DriftData } from '../src/data/types.js';
import { evaluateDrift } from '../src/drift/engine.js';
import { seededRandom } from '../src/drift/stats/binned.js';
import type { DriftConfig, DriftMethod } from '../src/drift/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(ROOT, 'bench', '.data', 'engine');
const PYTHON = process.env.BENCH_PYTHON || '/usr/bin/python3';
const ROWS = 1_000_000;
const CATEGORIES = 100_000;
const VERSION = `v1 rows=${ROWS} categories=${CATEGORIES}`;

interface Case {
  seconds: number[];
  statistic: number;
  pvalue: number;
}

function normal(u: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

/** Seeded arrays, written once as raw little-endian files numpy reads with fromfile. */
function ensureData(): Record<string, Float64Array | Int32Array> {
  const u = seededRandom(12);
  const make = () => ({
    ttest_ref: Float64Array.from({ length: ROWS }, () => normal(u)),
    ttest_cur: Float64Array.from({ length: ROWS }, () => normal(u) + 0.003),
    z_ref: Float64Array.from({ length: ROWS }, () => (u() < 0.3 ? 1 : 0)),
    z_cur: Float64Array.from({ length: ROWS }, () => (u() < 0.301 ? 1 : 0)),
    // Skewed category frequencies (a few large, a long tail), the shape of ids, zip codes, product SKUs.
    tvd_ref: Int32Array.from({ length: ROWS }, () => Math.floor(u() ** 2 * CATEGORIES)),
    tvd_cur: Int32Array.from({ length: ROWS }, () => Math.floor(u() ** 2 * CATEGORIES)),
  });
  const marker = path.join(DIR, 'VERSION');
  const names = ['ttest_ref', 'ttest_cur', 'z_ref', 'z_cur', 'tvd_ref', 'tvd_cur'];
  const file = (name: string) => path.join(DIR, `${name}.${name.startsWith('tvd') ? 'i32' : 'f64'}`);
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== VERSION) {
    mkdirSync(DIR, { recursive: true });
    const data = make();
    for (const [name, array] of Object.entries(data)) writeFileSync(file(name), new Uint8Array(array.buffer));
    writeFileSync(marker, VERSION);
    return data;
  }
  return Object.fromEntries(
    names.map((name) => {
      const bytes = readFileSync(file(name));
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      return [name, name.startsWith('tvd') ? new Int32Array(buffer) : new Float64Array(buffer)];
    }),
  );
}

function table(name: string, column: Column): DriftData {
  return {
    type: 'table',
    table: {
      source: name,
      rowCount: column.kind === 'numerical' ? column.values.length : column.codes.length,
      columns: new Map([['x', column]]),
    },
  };
}

function config(method: DriftMethod): DriftConfig {
  return {
    reference: [],
    current: [],
    method,
    share: 0.5,
    numerical: {},
    categorical: {},
    perFeature: {},
    binning: 'auto',
    minSamples: 30,
    correction: 'none',
    seed: 42,
  };
}

function ours(method: DriftMethod, ref: Column, cur: Column, rounds: number): Case {
  const seconds: number[] = [];
  let feature = null;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    feature = evaluateDrift(table('ref', ref), table('cur', cur), config(method)).features[0]!;
    seconds.push((performance.now() - started) / 1000);
  }
  return { seconds, statistic: feature!.statistic, pvalue: feature!.pValue! };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function main(): void {
  const flag = process.argv.indexOf('--rounds');
  const rounds = flag > 0 ? Number(process.argv[flag + 1]) : 5;
  const data = ensureData();
  const numeric = (name: string): Column => ({
    kind: 'numerical',
    name: 'x',
    values: data[name] as Float64Array,
  });
  const labels = Array.from({ length: CATEGORIES }, (_, k) => `c${k}`);
  const codes = (name: string): Column => ({
    kind: 'categorical',
    name: 'x',
    codes: data[name] as Int32Array,
    dictionary: labels,
  });

  const casesFlag = process.argv.indexOf('--cases');
  const cases = casesFlag > 0 ? process.argv[casesFlag + 1]!.split(',') : ['t_test', 'z', 'tvd'];
  const python = spawnSync(
    PYTHON,
    [path.join(ROOT, 'bench', 'engine_scipy.py'), DIR, String(rounds), cases.join(',')],
    {
      encoding: 'utf8',
      maxBuffer: 16 << 20,
    },
  );
  if (python.status !== 0) {
    process.stderr.write(`bench: ${PYTHON} bench/engine_scipy.py failed:\n${python.stderr}\n`);
    process.exit(1);
  }
  const theirs = JSON.parse(python.stdout) as Record<string, Case>;
  const runs: Record<string, () => Case> = {
    t_test: () => ours('t_test', numeric('ttest_ref'), numeric('ttest_cur'), rounds),
    z: () => ours('z', numeric('z_ref'), numeric('z_cur'), rounds),
    tvd: () => ours('tvd', codes('tvd_ref'), codes('tvd_cur'), 1),
  };
  const mine: Record<string, Case> = Object.fromEntries(cases.map((name) => [name, runs[name]!()]));

  const lines = [
    '',
    `engine vs numpy/scipy, in-process after loading (${PYTHON} bench/engine_scipy.py)`,
    '| case | ours | numpy/scipy | ratio | goal | agreement |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  let problems = 0;
  for (const [name, label] of [
    ['t_test', '`t_test`, 1M rows per side'],
    ['z', '`z`, 1M rows per side (0/1)'],
    ['tvd', '`tvd`, 2M rows, 100k categories, 1000 permutations'],
  ] as const) {
    if (!mine[name]) continue;
    const a = mine[name]!;
    const b = theirs[name]!;
    const ratio = median(a.seconds) / median(b.seconds);
    const agrees =
      name === 'tvd'
        ? Math.abs(a.statistic - b.statistic) <= 1e-9
        : Math.abs(a.statistic - b.statistic) <= 1e-9 * Math.max(1, Math.abs(b.statistic)) &&
          Math.abs(a.pvalue - b.pvalue) <= 1e-9;
    if (!agrees) problems++;
    const agreement =
      name === 'tvd'
        ? `statistic ${agrees ? 'equal' : `DIFFERS ${a.statistic} vs ${b.statistic}`}; p ${a.pvalue} vs ${b.pvalue} (different random streams)`
        : agrees
          ? 'statistic and p-value to 1e-9'
          : `DIFFERS: ${a.statistic}/${a.pvalue} vs ${b.statistic}/${b.pvalue}`;
    lines.push(
      `| ${label} | ${median(a.seconds).toFixed(3)} s | ${median(b.seconds).toFixed(3)} s | ${ratio.toFixed(2)} ${ratio <= 1 ? 'ok' : 'MISSED'} | ≤ 1 | ${agreement} |`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  if (problems > 0) process.exitCode = 1;
}

main();
