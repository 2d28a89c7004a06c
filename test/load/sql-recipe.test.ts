/**
 * The SQL recipe of docs/profile-format.md, run for real: its exact text (read from the doc, so the doc and
 * this test cannot drift apart) on Parquet files in DuckDB, its rows turned into a profile as the doc's
 * Python does, and the drift numbers compared with the same check on the raw rows — binned methods exactly,
 * ks and wasserstein within the documented bound. The profile also equals what `retrain-trigger profile`
 * writes for the same edges.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DriftData, ProfileSet, QuantileSummary, Table } from '../../src/data/types.js';
import { countIntoBins } from '../../src/drift/binning.js';
import { evaluateDrift } from '../../src/drift/engine.js';
import { seededRandom } from '../../src/drift/stats/binned.js';
import type { DriftMethod } from '../../src/drift/types.js';
import { parseProfile } from '../../src/load/profile.js';
import { loadDriftData } from '../../src/load/table.js';
import { buildProfile } from '../../src/profile/build.js';
import { config } from '../drift/helpers.js';

const DOC = readFileSync(path.join(import.meta.dirname, '..', '..', 'docs', 'profile-format.md'), 'utf8');
const section = DOC.slice(DOC.indexOf('## SQL recipe'));
const RECIPE = /```sql\n([\s\S]*?)```/.exec(section)![1]!;
const PYTHON = /```python\n([\s\S]*?)```/.exec(section)![1]!;
/** The doc's Python constants: EDGES (a JSON-compatible dict literal) and Q. */
const EDGES = JSON.parse(/^EDGES = (\{[^\n]*\})$/m.exec(PYTHON)![1]!) as Record<string, number[]>;
const Q = Number(/^Q = (\d+)$/m.exec(PYTHON)![1]);

type Row = [feature: string, part: string, label: string | null, value: number];

/** The doc's `profile_from_rows`, in TypeScript. */
function profileFromRows(rows: Row[]): Record<string, unknown> {
  const features: Record<string, Record<string, unknown>> = {};
  const ranked: Record<string, Map<number, number>> = {};
  let total = 0;
  for (const [feature, part, label, value] of rows) {
    if (part === 'rows') {
      total = value;
      continue;
    }
    if (part === 'category') {
      const f = (features[feature] ??= { type: 'categorical', counts: {} });
      (f.counts as Record<string, number>)[label!] = value;
      continue;
    }
    const edges = EDGES[feature]!;
    const f = (features[feature] ??= { type: 'numerical', edges, counts: edges.slice(1).map(() => 0) });
    if (part === 'count') f.count = value;
    else if (part === 'std') f.std = value;
    else if (part === 'bin') (f.counts as number[])[Number(label)] = value;
    else if (part === 'quantile') (ranked[feature] ??= new Map()).set(Number(label), value);
  }
  for (const [feature, byRank] of Object.entries(ranked)) {
    const n = features[feature]!.count as number;
    features[feature]!.quantiles = Array.from({ length: Q + 1 }, (_, k) =>
      byRank.get(Math.max(1, Math.ceil((k * n) / Q))),
    );
  }
  return { version: 1, rows: total, features };
}

/** Rows of a reference-like or shifted table; missing, NaN, ±inf cells and values beyond the outer edges. */
function csv(n: number, shift: number, seed: number): string {
  const r = seededRandom(seed);
  const lines = ['age,income,country'];
  for (let i = 0; i < n; i++) {
    const age = i % 211 === 0 ? 'nan' : i % 223 === 0 ? '' : String(Math.round(14 + 80 * r() ** (1 + shift)));
    const income =
      i % 101 === 0 ? 'inf' : i % 103 === 0 ? '-inf' : (15000 * Math.exp(1.2 * r() + shift)).toFixed(2);
    const country = i % 89 === 0 ? '' : ['DE', 'FR', 'IT', 'ES', 'NL'][Math.floor(r() ** (1 + shift) * 5)];
    lines.push(`${age},${income},${country}`);
  }
  return `${lines.join('\n')}\n`;
}

interface Side {
  raw: Table;
  profile: ProfileSet;
  document: Record<string, unknown>;
}
const sides: Record<'reference' | 'current', Side> = {} as never;

async function recipeRows(connection: DuckDBConnection, parquet: string): Promise<Row[]> {
  await connection.run(`CREATE OR REPLACE VIEW events AS SELECT * FROM '${parquet.replaceAll("'", "''")}'`);
  const result = await connection.runAndReadAll(RECIPE);
  expect(result.columnNames()).toEqual(['feature', 'part', 'label', 'value']);
  return result.getRowsJS() as Row[];
}

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sql-recipe-'));
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  for (const [name, n, shift, seed] of [
    ['reference', 20000, 0, 1],
    ['current', 15000, 0.15, 2],
  ] as const) {
    const file = path.join(dir, `${name}.csv`);
    writeFileSync(file, csv(n, shift, seed));
    const parquet = path.join(dir, `${name}.parquet`);
    const types = "{'age': 'DOUBLE', 'income': 'DOUBLE', 'country': 'VARCHAR'}";
    await connection.run(
      `COPY (SELECT * FROM read_csv('${file}', header = true, columns = ${types})) TO '${parquet}' (FORMAT parquet)`,
    );
    const document = profileFromRows(await recipeRows(connection, parquet));
    const json = path.join(dir, `${name}-profile.json`);
    writeFileSync(json, JSON.stringify(document));
    const data = await loadDriftData([parquet], 'reference-data', dir);
    sides[name] = {
      raw: (data as Extract<DriftData, { type: 'table' }>).table,
      profile: parseProfile(readFileSync(json, 'utf8'), json),
      document,
    };
  }
  connection.closeSync();
});

const profileData = (side: Side): DriftData => ({ type: 'profile', profile: side.profile });
const tableData = (side: Side): DriftData => ({ type: 'table', table: side.raw });

function drift(ref: DriftData, cur: DriftData, method: DriftMethod, features: string[]) {
  const result = evaluateDrift(ref, cur, config({ method, features, minSamples: 1 }));
  return new Map(result.features.map((f) => [f.name, f]));
}

describe('the SQL recipe on DuckDB', () => {
  it('bins with the edges its Python converter declares', () => {
    for (const [feature, edges] of Object.entries(EDGES)) {
      const block = RECIPE.slice(RECIPE.indexOf(`SELECT '${feature}', 'bin'`));
      const cases = [...block.slice(0, block.indexOf('END AS bin')).matchAll(/WHEN x < (\S+) THEN (\d+)/g)];
      expect(
        cases.map((m) => Number(m[1])),
        feature,
      ).toEqual(edges.slice(1, -1));
      expect(
        cases.map((m) => Number(m[2])),
        feature,
      ).toEqual(edges.slice(1, -1).map((_, i) => i));
      expect(block, feature).toMatch(new RegExp(`ELSE ${edges.length - 2} END AS bin`));
    }
    expect(RECIPE.match(/\* (\d+) \/ n/g)).toEqual(Array(4).fill(`* ${Q} / n`));
  });

  it('writes what retrain-trigger profile writes for the same edges', () => {
    for (const side of Object.values(sides)) {
      const cli = buildProfile(side.raw, ['age', 'income', 'country'], {
        quantiles: Q,
        edges: new Map(Object.entries(EDGES)),
      });
      const sql = side.document as unknown as typeof cli;
      expect(sql.rows).toBe(cli.rows);
      for (const name of ['age', 'income']) {
        const [a, b] = [sql.features[name]!, cli.features[name]!];
        expect({ ...a, std: 0 }).toEqual({ ...b, std: 0 });
        expect(Math.abs((a.std as number) - (b.std as number))).toBeLessThan(1e-9 * (b.std as number));
      }
      expect(sql.features.country).toEqual(cli.features.country);
    }
  });

  it('gives the binned methods of the raw rows exactly, counted into the same edges', () => {
    const { reference: ref, current: cur } = sides;
    const methods: DriftMethod[] = [
      'psi',
      'kl_div',
      'jensenshannon',
      'hellinger',
      'linf',
      'chisquare',
      'g_test',
    ];
    for (const method of methods) {
      const profiles = drift(profileData(ref), profileData(cur), method, ['age', 'income', 'country']);
      const mixed = drift(profileData(ref), tableData(cur), method, ['age', 'income', 'country']);
      const raw = drift(tableData(ref), tableData(cur), method, ['country']);
      for (const name of ['age', 'income', 'country']) {
        expect(profiles.get(name)!.statistic, `${method} ${name}`).toBe(mixed.get(name)!.statistic);
      }
      expect(profiles.get('country')!.statistic, method).toBe(raw.get('country')!.statistic);
      expect(profiles.get('country')!.pValue, method).toBe(raw.get('country')!.pValue);
    }
    // …and the counts are the raw rows' counts over the edges (values beyond them in the outer bins).
    for (const name of ['age', 'income']) {
      for (const side of [ref, cur]) {
        const column = side.raw.columns.get(name) as { values: Float64Array };
        const finite = column.values.filter(Number.isFinite).sort();
        const feature = side.profile.features.get(name) as { counts: number[] };
        expect(feature.counts, name).toEqual([...countIntoBins(finite, EDGES[name]!).counts]);
      }
    }
  });

  it('gives ks and wasserstein of the raw rows within the documented bound', () => {
    const { reference: ref, current: cur } = sides;
    for (const method of ['ks', 'wasserstein'] as const) {
      const profiles = drift(profileData(ref), profileData(cur), method, ['age', 'income']);
      const raw = drift(tableData(ref), tableData(cur), method, ['age', 'income']);
      for (const name of ['age', 'income']) {
        const [r, c] = [quantiles(ref, name), quantiles(cur, name)];
        const side = (s: QuantileSummary) => 1 / (s.values.length - 1) + 1 / s.count;
        const area = (s: QuantileSummary) =>
          (1 / (2 * (s.values.length - 1)) + 1 / s.count) * (s.values.at(-1)! - s.values[0]!);
        const bound = method === 'ks' ? side(r) + side(c) : (area(r) + area(c)) / r.std;
        const [a, b] = [profiles.get(name)!, raw.get(name)!];
        expect(Math.abs(a.statistic - b.statistic), `${method} ${name}`).toBeLessThanOrEqual(bound);
        expect(b.drifted, `${method} ${name} decision`).toBe(a.drifted);
      }
    }
  });
});

function quantiles(side: Side, name: string): QuantileSummary {
  return (side.profile.features.get(name) as { quantiles: QuantileSummary }).quantiles;
}
