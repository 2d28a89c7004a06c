/** Issue 7, tables as people export them: each case from dist/index.js run as the runner runs it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, runAction } from './run-action.js';

/** A pandas-like export: age, income (with cents), country; `shift` moves income. */
function table(rows: number, options: { delimiter?: string; decimal?: string; shift?: number } = {}): string {
  const d = options.delimiter ?? ',';
  const lines = [['age', 'income', 'country'].join(d)];
  for (let i = 0; i < rows; i += 1) {
    const income = (1000 + ((i * 7919) % 997) + (options.shift ?? 0) + 0.25).toFixed(2);
    lines.push(
      [20 + (i % 40), income.replace('.', options.decimal ?? '.'), ['DE', 'FR', 'IT'][i % 3]].join(d),
    );
  }
  return lines.join('\n') + '\n';
}

interface DriftFeature {
  name: string;
  kind: string;
  method: string;
  dropped: { reference: number; current: number };
}

function report(run: { outputs: Record<string, string> }) {
  return JSON.parse(readFileSync(run.outputs.report as string, 'utf8')) as {
    drift: { features: DriftFeature[]; detected: boolean };
    quality: {
      features: { name: string; missingShare: { reference: number; current: number } }[];
    };
  };
}

const warnings = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning::'));

describe('tables as people export them (dist/index.js)', () => {
  it("reads a ';'-separated CSV with decimal points as its columns, not one column", async () => {
    const ws = makeWorkspace({
      'ref.csv': table(300, { delimiter: ';' }),
      'cur.csv': table(300, { delimiter: ';' }),
    });
    const run = await runAction({ 'reference-data': 'ref.csv', 'current-data': 'cur.csv' }, ws);
    expect(run.code, run.stdout).toBe(0);
    // Reading and testing the data is one collapsible group of the log (long reads print progress in it).
    const lines = run.stdout.split('\n');
    const group = lines.indexOf('::group::Drift: ref.csv vs cur.csv');
    expect(group, run.stdout).toBeGreaterThanOrEqual(0);
    expect(lines.indexOf('::endgroup::', group)).toBeGreaterThan(group);
    const drift = report(run).drift;
    expect(drift.features.map((f) => [f.name, f.kind])).toEqual([
      ['age', 'numerical'],
      ['income', 'numerical'],
      ['country', 'categorical'],
    ]);
    expect(run.outputs['drift-detected']).toBe('false');
  });

  it('reads decimal commas, detected or set with the decimal input', async () => {
    const files = {
      'ref.csv': table(300, { delimiter: ';', decimal: ',' }),
      'cur.csv': table(300, { delimiter: ';', decimal: ',', shift: 400 }),
    };
    for (const extra of [{}, { delimiter: ';', decimal: ',' }] as Record<string, string>[]) {
      const run = await runAction(
        { 'reference-data': 'ref.csv', 'current-data': 'cur.csv', ...extra },
        makeWorkspace(files),
      );
      expect(run.code, run.stdout).toBe(0);
      const income = report(run).drift.features.find((f) => f.name === 'income')!;
      expect(income.kind).toBe('numerical');
      expect(JSON.parse(run.outputs['drifted-features'] as string)).toEqual(['income']);
    }
  });

  it('names the delimiter it used and the one the line looks like when cell counts differ', async () => {
    const ws = makeWorkspace({
      'ref.csv': 'age,income,score\n31,1200,7\n44,1300,8\n',
      'cur.csv': 'age,income,score\n31,1200,7\n44;1300;8\n',
    });
    const run = await runAction({ 'reference-data': 'ref.csv', 'current-data': 'cur.csv' }, ws);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "::error::cur.csv: line 3: found 1 cell with delimiter ',', expected 3 as in the header; the line looks ';'-separated (3 cells)",
    );
  });

  it("keeps a numeric column with pandas' NA cells numeric and counts them as missing", async () => {
    const withNa = (rows: number, every: number) =>
      [
        'x,group',
        ...Array.from({ length: rows }, (_, i) => `${i % every === 0 ? 'NA' : (i % 50) + 0.5},g${i % 2}`),
      ].join('\n') + '\n';
    const ws = makeWorkspace({ 'ref.csv': withNa(200, 20), 'cur.csv': withNa(200, 5) });
    const run = await runAction({ 'reference-data': 'ref.csv', 'current-data': 'cur.csv' }, ws);
    expect(run.code, run.stdout).toBe(0);
    const result = report(run);
    const x = result.drift.features.find((f) => f.name === 'x')!;
    expect(x.kind).toBe('numerical');
    expect(x.method).toBe('ks');
    expect(x.dropped).toEqual({ reference: 10, current: 40 });
    expect(result.quality.features.find((f) => f.name === 'x')!.missingShare).toEqual({
      reference: 0.05,
      current: 0.2,
    });
    expect(run.summary).toContain('x missing 5% → 20%');
  });

  it('warns about customer_id and event_time, and exclude-features leaves them out', async () => {
    const rows = (offset: number, day: string) =>
      [
        'customer_id,event_time,amount',
        ...Array.from(
          { length: 100 },
          (_, i) =>
            `C${offset + i},2024-05-${day}T10:${String(i % 60).padStart(2, '0')}:00,${(i % 37) + 0.5}`,
        ),
      ].join('\n') + '\n';
    const files = { 'ref.csv': rows(0, '01'), 'cur.csv': rows(5000, '09') };
    const run = await runAction(
      { 'reference-data': 'ref.csv', 'current-data': 'cur.csv' },
      makeWorkspace(files),
    );
    expect(run.code, run.stdout).toBe(0);
    const shown = warnings(run.stdout).join('\n');
    expect(shown).toContain("'customer_id' looks like an identifier");
    expect(shown).toContain('exclude-features: customer_id');
    expect(shown).toContain("'event_time' looks like a timestamp");

    const excluded = await runAction(
      { 'reference-data': 'ref.csv', 'current-data': 'cur.csv', 'exclude-features': 'customer_id, event_*' },
      makeWorkspace(files),
    );
    expect(excluded.code, excluded.stdout).toBe(0);
    expect(report(excluded).drift.features.map((f) => f.name)).toEqual(['amount']);
    expect(warnings(excluded.stdout).filter((w) => w.includes('looks like'))).toEqual([]);
    expect(excluded.outputs['drift-detected']).toBe('false');
  });

  it('refuses per-feature and types names that are no column, with did-you-mean', async () => {
    const cases: [string, string][] = [
      [
        'per-feature:\n    incme: {method: psi}',
        "drift per-feature: 'incme' is no column of the reference (ref.csv) or current (cur.csv) data; did you mean 'income'?",
      ],
      [
        'types:\n    zipcode: categorical',
        "drift types: 'zipcode' is no column of the reference (ref.csv) or current (cur.csv) data",
      ],
    ];
    for (const [setting, message] of cases) {
      const ws = makeWorkspace({
        'ref.csv': table(60),
        'cur.csv': table(60),
        'monitor.yml': `drift:\n  reference: ref.csv\n  current: cur.csv\n  ${setting}\n`,
      });
      const run = await runAction({ config: 'monitor.yml' }, ws);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`::error::${message}`);
    }
  });

  it('leads the summary with a new category and its share of rows', async () => {
    const rows = (countries: string[]) =>
      ['country,n', ...countries.map((c, i) => `${c},${i % 7}`)].join('\n') + '\n';
    const ref = rows(Array.from({ length: 100 }, (_, i) => (i % 2 ? 'DE' : 'FR')));
    const cur = rows(Array.from({ length: 100 }, (_, i) => (i < 15 ? 'PL' : i % 2 ? 'DE' : 'FR')));
    const run = await runAction(
      { 'reference-data': 'ref.csv', 'current-data': 'cur.csv' },
      makeWorkspace({ 'ref.csv': ref, 'cur.csv': cur }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain(
      '#### What changed in the data\n\n- country: new category `PL`, 15% of rows',
    );
    expect(run.summary.indexOf('What changed in the data')).toBeLessThan(run.summary.indexOf('Data drift'));
  });
});
