/**
 * Parquet rows of `npm run bench` (issue 12): the action's drift check (`check --drift-method ks`) on the
 * benchmark data as Parquet, against
 *   - python: pandas + scipy.stats.ks_2samp. pyarrow is NOT available here (Debian bookworm has no
 *     python3-pyarrow and only the npm registry and Debian are reachable), and pandas.read_parquet needs pyarrow
 *     or fastparquet, so the Python side reads the same values from CSV (bench/ks_pandas.py) — what a user
 *     without pyarrow writes instead;
 *   - ours on the same data as CSV (Parquet should be faster than CSV);
 * and times every codec. The Parquet files are converted from the CSV benchmark data by DuckDB (the
 * `@duckdb/node-api` dev dependency), with DuckDB's default row groups of 122,880 rows.
 *
 * Usage: node --import tsx bench/parquet-bench.ts [--rounds N]. Measures dist/cli.js (run `npm run bundle`;
 * BENCH_CLI overrides it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { ensureBenchData, ROWS } from './bench-data.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(ROOT, 'bench', '.data');
const PYTHON = process.env.BENCH_PYTHON || '/usr/bin/python3';
/** The bundled CLI; BENCH_CLI overrides it (e.g. a copy, while dist/ is being rebuilt). */
const CLI = process.env.BENCH_CLI || path.join(ROOT, 'dist', 'cli.js');
const CODECS = ['snappy', 'uncompressed', 'zstd', 'gzip', 'brotli', 'lz4_raw'] as const;

interface Run {
  seconds: number;
  peakMb: number;
  stdout: string;
}

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}

/** Wall time and peak RSS (GNU time) of one child process. */
function measure(command: string[]): Run {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-pq-'));
  const rssFile = path.join(scratch, 'rss');
  const started = process.hrtime.bigint();
  const child = spawnSync('/usr/bin/time', ['-f', '%M', '-o', rssFile, ...command], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, RUNNER_DEBUG: '' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) fail(`'${command.join(' ')}' failed (exit ${child.status}):\n${child.stderr}`);
  const peakMb = (Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) * 1024) / 1e6;
  rmSync(scratch, { recursive: true, force: true });
  return { seconds, peakMb, stdout: child.stdout };
}

async function ensureParquet(csv: {
  reference: string;
  current: string;
}): Promise<Record<string, [string, string]>> {
  const files: Record<string, [string, string]> = {};
  let db: Awaited<ReturnType<DuckDBInstance['connect']>> | undefined;
  for (const codec of CODECS) {
    const pair = ['reference', 'current'].map((side) =>
      path.join(DATA, `${path.basename(csv[side as 'reference'], '.csv')}.${codec}.parquet`),
    ) as [string, string];
    for (const [i, file] of pair.entries()) {
      if (existsSync(file)) continue;
      db ??= await (await DuckDBInstance.create(':memory:')).connect();
      const source = i === 0 ? csv.reference : csv.current;
      await db.run(
        `COPY (SELECT * FROM read_csv('${source}')) TO '${file}' (FORMAT parquet, COMPRESSION ${codec})`,
      );
    }
    files[codec] = pair;
  }
  return files;
}

function check(reference: string, current: string, report: string): string[] {
  return [
    process.execPath,
    CLI,
    'check',
    '--reference-data',
    reference,
    '--current-data',
    current,
    '--drift-method',
    'ks',
    '--report-path',
    report,
  ];
}

function ksOf(report: string): Record<string, [number, number]> {
  const parsed = JSON.parse(readFileSync(report, 'utf8')) as {
    drift: { features: { name: string; statistic: number; pValue: number }[] };
  };
  return Object.fromEntries(parsed.drift.features.map((f) => [f.name, [f.statistic, f.pValue]]));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function main(): Promise<void> {
  const flag = process.argv.indexOf('--rounds');
  const rounds = flag > 0 ? Number(process.argv[flag + 1]) : 3;
  if (!existsSync(CLI)) fail('dist/cli.js is missing: run npm run bundle first');
  const csv = await ensureBenchData(DATA);
  const parquet = await ensureParquet(csv);
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-pq-report-'));
  const report = path.join(scratch, 'report.json');
  const rel = (file: string) => path.relative(ROOT, file);
  const sides = {
    'ours, Parquet (snappy)': check(rel(parquet.snappy![0]), rel(parquet.snappy![1]), report),
    'ours, Parquet (uncompressed)': check(
      rel(parquet.uncompressed![0]),
      rel(parquet.uncompressed![1]),
      report,
    ),
    'ours, CSV': check(rel(csv.reference), rel(csv.current), report),
    'pandas.read_csv + scipy': [
      PYTHON,
      path.join(ROOT, 'bench', 'ks_pandas.py'),
      rel(csv.reference),
      rel(csv.current),
    ],
  };
  const runs: Record<string, Run[]> = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
  let agreement = '';
  for (let round = 1; round <= rounds; round++) {
    const order = Object.keys(sides);
    if (round % 2 === 0) order.reverse(); // alternate so machine load hits every side alike
    for (const side of order) {
      const run = measure(sides[side as keyof typeof sides]);
      runs[side]!.push(run);
      if (side === 'ours, Parquet (snappy)' && round === 1) {
        const ours = ksOf(report);
        const theirs = JSON.parse(measure(sides['pandas.read_csv + scipy']).stdout) as Record<
          string,
          [number, number]
        >;
        const off = Object.entries(theirs).filter(
          ([name, [s, p]]) =>
            !ours[name] || Math.abs(ours[name][0] - s) > 1e-9 || Math.abs(ours[name][1] - p) > 1e-9,
        );
        agreement =
          off.length === 0
            ? `agreement: all ${Object.keys(theirs).length} columns equal to scipy's to 1e-9 (statistic and p-value)`
            : `DISAGREEMENT: ${off.map(([n]) => n).join(', ')}`;
      }
    }
  }
  const python = median(runs['pandas.read_csv + scipy']!.map((r) => r.seconds));
  const ourCsv = median(runs['ours, CSV']!.map((r) => r.seconds));
  const lines = [
    '',
    `Parquet: 2 × ${ROWS.toLocaleString('en')} rows × 10 numeric columns, ks on every column, ${rounds} rounds (median wall, max peak RSS)`,
    '| side | median wall | peak RSS | ratio vs python | ratio vs our CSV |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const [side, list] of Object.entries(runs)) {
    const seconds = median(list.map((r) => r.seconds));
    const rss = Math.max(...list.map((r) => r.peakMb));
    lines.push(
      `| ${side} | ${seconds.toFixed(2)} s | ${rss.toFixed(0)} MB | ${(seconds / python).toFixed(2)} | ${(seconds / ourCsv).toFixed(2)} |`,
    );
  }
  lines.push(
    '(pyarrow is not installed — no Debian package — so the Python side reads the same values from CSV.)',
    `goals: Parquet ≤ 0.5 × the Python side: ${median(runs['ours, Parquet (snappy)']!.map((r) => r.seconds)) / python <= 0.5 ? 'ok' : 'MISSED'}; Parquet faster than CSV: ${median(runs['ours, Parquet (snappy)']!.map((r) => r.seconds)) < ourCsv ? 'ok' : 'MISSED'}`,
    agreement,
    '',
    `codecs (one run each, ${process.version}):`,
  );
  for (const codec of CODECS) {
    const run = measure(check(rel(parquet[codec]![0]), rel(parquet[codec]![1]), report));
    lines.push(`  ${codec.padEnd(12)} ${run.seconds.toFixed(2)} s  ${run.peakMb.toFixed(0)} MB`);
  }
  rmSync(scratch, { recursive: true, force: true });
  process.stdout.write(`${lines.join('\n')}\n`);
  if (agreement.startsWith('DISAGREEMENT')) process.exitCode = 1;
}

await main();
