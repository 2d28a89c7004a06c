/** The CLI as a new user meets it: help and version in the usual spellings, did-you-mean for a mistyped flag. */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, NODE, ROOT } from './run-action.js';

function cli(args: string[], cwd = ROOT) {
  return spawnSync(NODE, [path.join(ROOT, 'dist/cli.js'), ...args], { cwd, encoding: 'utf8' });
}

describe('dist/cli.js', () => {
  it.each([['-h'], ['--help'], ['help']])('%s prints the usage and exits 0', (flag) => {
    const res = cli([flag]);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^Usage: retrain-trigger check \[options\]/);
  });

  it.each([['-V'], ['--version']])('%s prints the version', (flag) => {
    const res = cli([flag]);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('suggests the flag meant for a mistyped one', () => {
    const res = cli(['check', '--metric', 'm.json']);
    expect(res.status).toBe(2);
    expect(res.stderr.split('\n')[0]).toBe(
      "retrain-trigger: unknown option '--metric'; did you mean '--metrics'?",
    );
  });

  it('accepts --drift-share as a percentage, as rules do', () => {
    const rows = (shift: number) =>
      ['x', ...Array.from({ length: 200 }, (_, i) => String(i + shift))].join('\n');
    const ws = makeWorkspace({ 'ref.csv': rows(0), 'cur.csv': rows(0) });
    const res = cli(
      ['check', '--reference-data', 'ref.csv', '--current-data', 'cur.csv', '--drift-share', '30%', '--json'],
      ws,
    );
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout).drift.threshold).toBe(0.3);
  });

  it('exits 1 with on-unknown fail when the verdict could not be decided, and prints ⚪ first', () => {
    const ws = makeWorkspace({ 'm.json': '{"accuracy": 0.9, "model": "churn-v3"}' });
    const res = cli(['check', '--metrics', 'm.json', '--rules', '"model" > 1', '--on-unknown', 'fail'], ws);
    expect(res.status).toBe(1);
    expect(res.stdout.split('\n')[0]).toMatch(/^⚪ Could not decide: rule 'rule-1'/);
  });
});
