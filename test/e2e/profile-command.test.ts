/**
 * `retrain-trigger profile` from dist/cli.js: profile the reference, profile the current data with its edges,
 * and the drift check on the two small JSON files gives the numbers of the check on the tables — binned
 * methods exactly, ks and wasserstein within the stated bound.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProfileSet, QuantileSummary } from '../../src/data/types.js';
import { parseProfile } from '../../src/load/profile.js';
import { seededRandom } from '../../src/drift/stats/binned.js';
import { makeWorkspace, NODE, ROOT } from './run-action.js';

function summary(profile: ProfileSet, name: string): QuantileSummary {
  const feature = profile.features.get(name)!;
  if (feature.kind !== 'numerical' || !feature.quantiles) throw new Error(`no quantiles for ${name}`);
  return feature.quantiles;
}

function cli(args: string[], cwd: string) {
  return spawnSync(NODE, [path.join(ROOT, 'dist/cli.js'), ...args], { cwd, encoding: 'utf8' });
}

interface Feature {
  name: string;
  method: string;
  statistic: number;
  pValue: number | null;
  bound?: number;
}

function check(cwd: string, ref: string, cur: string, method: string, features = 'age,income,country') {
  const args = ['--reference-data', ref, '--current-data', cur, '--drift-method', method];
  const res = cli(['check', ...args, '--features', features, '--json'], cwd);
  expect(res.status, res.stderr).toBe(0);
  const report = JSON.parse(res.stdout) as { drift: { features: Feature[]; warnings: string[] } };
  return new Map(report.drift.features.map((f) => [f.name, f]));
}

/** A table of n rows: a rounded age, a skewed income with empty and 'inf' cells, a country. */
function rows(n: number, shift: number, seed: number): string {
  const r = seededRandom(seed);
  const lines = ['age,income,country'];
  for (let i = 0; i < n; i++) {
    const age = Math.round(18 + 60 * r() + shift);
    const income =
      i % 97 === 0 ? '' : i % 101 === 0 ? 'inf' : (30000 * Math.exp(r() + shift / 20)).toFixed(2);
    lines.push(`${age},${income},${['DE', 'FR', 'IT', 'ES'][Math.floor(r() * (shift ? 4 : 3))]}`);
  }
  return lines.join('\n');
}

let ws: string;

beforeAll(async () => {
  ws = makeWorkspace({ 'ref.csv': rows(3000, 0, 1), 'cur.csv': rows(2500, 4, 2) });
  // The current table also as Parquet (DuckDB writes it), read by the profile command's Parquet reader.
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  const csv = path.join(ws, 'cur.csv').replaceAll("'", "''");
  const parquet = path.join(ws, 'cur.parquet').replaceAll("'", "''");
  await connection.run(
    `COPY (SELECT * FROM read_csv('${csv}', header = true, columns = {'age': 'DOUBLE', 'income': 'DOUBLE', 'country': 'VARCHAR'})) TO '${parquet}' (FORMAT parquet)`,
  );
  connection.closeSync();
});

describe('retrain-trigger profile', () => {
  it('writes profiles whose drift numbers match the tables', () => {
    const first = cli(['profile', 'ref.csv', '--out', 'profiles/ref.json', '--description', 'training'], ws);
    expect(first.stderr).toBe('Wrote profiles/ref.json: 3 feature(s), 3000 row(s)\n');
    expect(first.status).toBe(0);
    const second = cli(
      ['profile', 'cur.parquet', '--edges-from', 'profiles/ref.json', '--out', 'cur.json'],
      ws,
    );
    expect(second.status, second.stderr).toBe(0);

    const ref = parseProfile(readFileSync(path.join(ws, 'profiles/ref.json'), 'utf8'), 'ref.json');
    const cur = parseProfile(readFileSync(path.join(ws, 'cur.json'), 'utf8'), 'cur.json');
    // 31 empty and 29 'inf' income cells are not counted.
    expect(summary(ref, 'income')).toMatchObject({ count: 3000 - 31 - 29 });
    expect(summary(ref, 'income').values).toHaveLength(1001);
    const edges = (p: ProfileSet) => (p.features.get('age') as { edges?: number[] }).edges;
    expect(edges(cur)).toEqual(edges(ref));
    expect(cur.features.get('country')).toMatchObject({ counts: { ES: expect.any(Number) } });

    for (const method of ['psi', 'chisquare', 'hellinger']) {
      const profiles = check(ws, 'profiles/ref.json', 'cur.json', method);
      const mixed = check(ws, 'profiles/ref.json', 'cur.csv', method);
      for (const name of ['age', 'income', 'country']) {
        expect(profiles.get(name)!.statistic, `${method} ${name}`).toBe(mixed.get(name)!.statistic);
      }
    }
    for (const method of ['ks', 'wasserstein']) {
      const profiles = check(ws, 'profiles/ref.json', 'cur.json', method, 'age,income');
      const tables = check(ws, 'ref.csv', 'cur.csv', method, 'age,income');
      for (const name of ['age', 'income']) {
        // The documented bounds (docs/profile-format.md, "Error bounds"), from the two profiles.
        const [r, c] = [summary(ref, name), summary(cur, name)];
        const side = (q: QuantileSummary) => 1 / (q.values.length - 1) + 1 / q.count;
        const area = (q: QuantileSummary) =>
          (1 / (2 * (q.values.length - 1)) + 1 / q.count) * (q.values.at(-1)! - q.values[0]!);
        const bound = method === 'ks' ? side(r) + side(c) : (area(r) + area(c)) / r.std;
        expect(bound).toBeLessThan(method === 'ks' ? 0.003 : 0.01);
        const [a, b] = [profiles.get(name)!, tables.get(name)!];
        expect(Math.abs(a.statistic - b.statistic), `${method} ${name}`).toBeLessThanOrEqual(bound);
        // The report's bound adds, for ks up to 10,000 rows, scipy's lattice rounding 1/(2·max n).
        const lattice = method === 'ks' ? 1 / (2 * Math.max(r.count, c.count)) : 0;
        expect(a.bound, `${method} ${name} bound in the report`).toBeCloseTo(bound + lattice, 12);
        expect(b.bound, 'raw rows have no bound').toBeUndefined();
      }
    }
  });

  it('writes to standard output without --out, with the chosen bins and quantiles', () => {
    const res = cli(['profile', 'ref.csv', '--features', 'age', '--bins', '4', '--quantiles', '4'], ws);
    expect(res.status, res.stderr).toBe(0);
    const profile = JSON.parse(res.stdout);
    expect(Object.keys(profile.features)).toEqual(['age']);
    expect(profile.features.age.edges).toHaveLength(5);
    expect(profile.features.age.quantiles).toHaveLength(5);
  });

  it('fails with a message naming the input, and writes nothing', () => {
    const expectFailure = (args: string[], message: string | RegExp) => {
      const res = cli([...args, '--out', 'never.json'], ws);
      expect(res.status).toBe(2);
      expect(res.stderr).toMatch(message);
      expect(existsSync(path.join(ws, 'never.json'))).toBe(false);
    };
    expectFailure(
      ['profile', 'ref.csv', '--features', 'agee'],
      "profile --features: 'agee' is no column of ref.csv; did you mean 'age'?",
    );
    expectFailure(['profile', 'missing.csv'], "profile: no file matches 'missing.csv'");
    expectFailure(
      ['profile', 'ref.csv', '--bins', '0'],
      "profile --bins: expected a whole number of at least 1, found '0'",
    );
    expectFailure(['profile', 'ref.csv', '--bnis', '3'], "unknown option '--bnis'; did you mean '--bins'?");
    expectFailure(
      ['profile', 'ref.csv', '--edges-from', 'cur.csv'],
      "profile --edges-from: expected a profile (.json), found 'cur.csv'",
    );
    writeFileSync(
      path.join(ws, 'narrow.json'),
      '{"version": 1, "features": {"age": {"type": "numerical", "edges": [0, 1], "counts": [1]}}}',
    );
    expectFailure(
      ['profile', 'ref.csv', '--edges-from', 'narrow.json'],
      "profile: column 'income' of ref.csv is not in narrow.json (features there: age); leave it out with --exclude",
    );
    writeFileSync(path.join(ws, 'empty.csv'), 'a,b\n,1\n,2\n');
    expectFailure(
      ['profile', 'empty.csv'],
      "empty.csv: column 'a' has no values (every cell is empty or not finite)",
    );
  });

  it('escapes a hostile column name in its messages', () => {
    writeFileSync(path.join(ws, 'hostile.csv'), '"x\n::error::owned",y\n1,2\n');
    const res = cli(['profile', 'hostile.csv', '--features', 'x'], ws);
    expect(res.status).toBe(2);
    expect(res.stderr).not.toMatch(/^::error::/m);
  });
});
