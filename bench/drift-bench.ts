/**
 * `npm run bench`: the action's drift check (KS on every column) against pandas.read_csv + scipy ks_2samp on
 * the same two CSV files (2 × 500,000 rows × 10 numeric columns), alternating rounds, each side a child
 * process measured the same way (wall time, peak RSS). Verifies both sides agree to 1e-9 on every column.
 *
 * Needs /usr/bin/python3 with pandas and scipy (Debian: apt-get install -y python3-pandas python3-scipy).
 * Not part of CI. Options: --rounds N (default 5); --fresh bundles the current src/cli.ts into a temporary
 * directory (esbuild, the settings of scripts/bundle.mjs) and measures that instead of the committed
 * dist/cli.js, which may lag behind the sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBenchData, ROWS } from './bench-data.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Debian's python3 (with python3-pandas, python3-scipy); BENCH_PYTHON overrides it. */
const PYTHON = process.env.BENCH_PYTHON || '/usr/bin/python3';
const GNU_TIME = '/usr/bin/time';
const TOLERANCE = 1e-9;
const RAW_FLOAT_MB = (2 * ROWS * 10 * 8) / 1e6;
const RSS_TARGET_MB = 2.5 * RAW_FLOAT_MB + 150;

type KsResults = Record<string, [number, number | null]>;
interface Run {
  seconds: number;
  peakMb: number;
  results: KsResults;
}

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}

function checkPython(): void {
  const probe = spawnSync(PYTHON, ['-c', 'import pandas, scipy'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    fail(
      `${PYTHON} with pandas and scipy is needed for the comparison (${probe.error?.message ?? probe.stderr.trim().split('\n').pop()}).\n` +
        `  On Debian/Ubuntu: apt-get install -y python3-pandas python3-scipy`,
    );
  }
}

/** Run `command` as a child process; peak RSS from GNU time, else from a tiny Python getrusage wrapper. */
function measure(command: string[], readResults: (stdout: string) => KsResults): Run {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-rss-'));
  const rssFile = path.join(scratch, 'rss');
  const wrapped = existsSync(GNU_TIME)
    ? [GNU_TIME, '-f', '%M', '-o', rssFile, ...command]
    : [
        PYTHON,
        '-c',
        'import resource,subprocess,sys\nr=subprocess.run(sys.argv[2:])\n' +
          'open(sys.argv[1],"w").write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\nsys.exit(r.returncode)',
        rssFile,
        ...command,
      ];
  const started = process.hrtime.bigint();
  const child = spawnSync(wrapped[0]!, wrapped.slice(1), {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, RUNNER_DEBUG: '' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) fail(`'${command.join(' ')}' failed (exit ${child.status}):\n${child.stderr}`);
  const peakMb = (Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) * 1024) / 1e6;
  rmSync(scratch, { recursive: true, force: true });
  return { seconds, peakMb, results: readResults(child.stdout) };
}

/** A fresh bundle of src/cli.ts in `dir`, built like scripts/bundle.mjs builds dist/. */
async function bundleCli(dir: string): Promise<string> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: { cli: path.join(ROOT, 'src', 'cli.ts') },
    outdir: dir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: {
      js: "import { createRequire as __rtCreateRequire } from 'node:module';\nconst require = __rtCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return path.join(dir, 'cli.js');
}

/** Ours: the bundled CLI when it is there and accepts the drift flags, else bench/drift-check.ts. */
function ourCommand(
  cli: string,
  reference: string,
  current: string,
  reportPath: string,
): { label: string; command: string[] } {
  if (existsSync(cli)) {
    const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
    if (
      help.status === 0 &&
      help.stdout.includes('--drift-method') &&
      help.stdout.includes('--report-path')
    ) {
      return {
        label: `node ${path.relative(ROOT, cli)} check`,
        command: [
          process.execPath,
          cli,
          'check',
          '--reference-data',
          reference,
          '--current-data',
          current,
          '--drift-method',
          'ks',
          '--report-path',
          reportPath,
        ],
      };
    }
  }
  return {
    label: 'node --import tsx bench/drift-check.ts',
    command: [
      process.execPath,
      '--import',
      'tsx',
      path.join(ROOT, 'bench', 'drift-check.ts'),
      reference,
      current,
    ],
  };
}

function cliResults(reportPath: string): KsResults {
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as {
    drift?: { features?: { name: string; statistic: number; pValue: number | null }[] };
  };
  const features = report.drift?.features;
  if (!features) fail(`${reportPath} has no drift.features`);
  return Object.fromEntries(features.map((f) => [f.name, [f.statistic, f.pValue]]));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function compare(ours: KsResults, theirs: KsResults): string[] {
  const problems: string[] = [];
  for (const [name, [statistic, pValue]] of Object.entries(theirs)) {
    const mine = ours[name];
    if (!mine) {
      problems.push(`${name}: missing on our side`);
      continue;
    }
    if (Math.abs(mine[0] - statistic) > TOLERANCE)
      problems.push(`${name}: statistic ${mine[0]} vs scipy ${statistic}`);
    if (mine[1] === null || pValue === null || Math.abs(mine[1] - pValue) > TOLERANCE) {
      problems.push(`${name}: p-value ${mine[1]} vs scipy ${pValue}`);
    }
  }
  return problems;
}

async function main(): Promise<void> {
  const roundsFlag = process.argv.indexOf('--rounds');
  const rounds = roundsFlag > 0 ? Number(process.argv[roundsFlag + 1]) : 5;
  if (!Number.isInteger(rounds) || rounds < 1) fail('--rounds needs a positive integer');
  checkPython();
  const { reference, current } = await ensureBenchData(path.join(ROOT, 'bench', '.data'));
  const rel = (file: string) => path.relative(ROOT, file);
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-report-'));
  const reportPath = path.join(scratch, 'report.json');
  const cli = process.argv.includes('--fresh')
    ? await bundleCli(path.join(scratch, 'fresh-bundle'))
    : path.join(ROOT, 'dist', 'cli.js');
  const ours = ourCommand(cli, rel(reference), rel(current), reportPath);
  const readOurs = ours.command.includes('check')
    ? () => cliResults(reportPath)
    : (out: string) => JSON.parse(out);
  const python = [PYTHON, path.join(ROOT, 'bench', 'ks_pandas.py'), rel(reference), rel(current)];

  process.stdout.write(
    `ours:   ${ours.label}\npython: ${PYTHON} bench/ks_pandas.py (pandas.read_csv + scipy.stats.ks_2samp)\n`,
  );
  const mine: Run[] = [];
  const theirs: Run[] = [];
  for (let round = 1; round <= rounds; round++) {
    // Alternate which side goes first so drift in machine load hits both alike.
    const order = round % 2 ? ['ours', 'python'] : ['python', 'ours'];
    for (const side of order) {
      const run =
        side === 'ours' ? measure(ours.command, readOurs) : measure(python, (out) => JSON.parse(out));
      (side === 'ours' ? mine : theirs).push(run);
      process.stdout.write(
        `  round ${round} ${side.padEnd(6)} ${run.seconds.toFixed(2)} s  ${run.peakMb.toFixed(0)} MB\n`,
      );
    }
  }
  rmSync(scratch, { recursive: true, force: true });

  const problems = compare(mine[0]!.results, theirs[0]!.results);
  const ourTime = median(mine.map((r) => r.seconds));
  const theirTime = median(theirs.map((r) => r.seconds));
  const ourRss = Math.max(...mine.map((r) => r.peakMb));
  const theirRss = Math.max(...theirs.map((r) => r.peakMb));
  const ratio = ourTime / theirTime;
  process.stdout.write(
    [
      '',
      `2 × ${ROWS.toLocaleString('en')} rows × 10 numeric columns, KS on every column, ${rounds} rounds each`,
      '| side   | median wall | peak RSS |',
      '| ------ | ----------- | -------- |',
      `| ours   | ${ourTime.toFixed(2).padStart(9)} s | ${ourRss.toFixed(0).padStart(5)} MB |`,
      `| python | ${theirTime.toFixed(2).padStart(9)} s | ${theirRss.toFixed(0).padStart(5)} MB |`,
      '',
      `ratio ours/python: ${ratio.toFixed(2)} (target ≤ 0.5) ${ratio <= 0.5 ? 'ok' : 'MISSED'}`,
      `our peak RSS: ${ourRss.toFixed(0)} MB (target ≤ 2.5 × ${RAW_FLOAT_MB} MB raw floats + 150 MB = ` +
        `${RSS_TARGET_MB} MB) ${ourRss <= RSS_TARGET_MB ? 'ok' : 'MISSED'}`,
      problems.length === 0
        ? `agreement: all ${Object.keys(theirs[0]!.results).length} columns equal to ${TOLERANCE} (statistic and p-value)`
        : `DISAGREEMENT:\n  ${problems.join('\n  ')}`,
      '',
    ].join('\n'),
  );
  if (problems.length > 0) process.exitCode = 1;
}

await main();
