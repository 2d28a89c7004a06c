import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandEnv, verdictEnv } from '../../src/command/env.js';
import { planCommand, type CommandLedgerEntry } from '../../src/command/plan.js';
import { runCommand } from '../../src/command/run.js';

const verdict = {
  status: 'due' as const,
  reasons: ['accuracy is 0.80, below 0.85', 'drift in "age"'],
  failedRules: ['accuracy-floor'],
  driftedFeatures: ['age', 'inco$me;`x`'],
  reportPath: '/tmp/report.json',
  monitor: 'churn',
};

describe('command environment', () => {
  it('carries the verdict under the contract names, JSON where the issue says', () => {
    const env = verdictEnv(verdict);
    expect(env).toEqual({
      RETRAIN_TRIGGER_STATUS: 'due',
      RETRAIN_TRIGGER_REASONS: JSON.stringify(verdict.reasons),
      RETRAIN_TRIGGER_FAILED_RULES: '["accuracy-floor"]',
      RETRAIN_TRIGGER_DRIFTED_FEATURES: JSON.stringify(verdict.driftedFeatures),
      RETRAIN_TRIGGER_REPORT: '/tmp/report.json',
      RETRAIN_TRIGGER_MONITOR: 'churn',
    });
  });

  it("keeps the runner's environment but not the action's inputs (secrets)", () => {
    const env = commandEnv(
      { PATH: '/bin', 'INPUT_GITHUB-TOKEN': 'ghs_x', INPUT_SLACK_WEBHOOK_URL: 'u' },
      verdict,
    );
    expect(env.PATH).toBe('/bin');
    expect(Object.keys(env).filter((k) => k.startsWith('INPUT_'))).toEqual([]);
  });
});

describe('planCommand: the dispatch guarantees', () => {
  const now = new Date('2026-12-02T12:00:00Z');
  const input = {
    monitor: 'churn',
    status: 'due' as const,
    runId: '100',
    now,
    cooldownMs: 86_400_000,
    maxFailures: 3,
  };
  const at = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();
  const e = (o: Partial<CommandLedgerEntry>): CommandLedgerEntry => ({
    monitor: 'churn',
    at: at(30),
    state: 'succeeded',
    ...o,
  });

  it('runs only when due', () => {
    expect(planCommand([], input).run).toBe(true);
    expect(planCommand([], { ...input, status: 'healthy' }).run).toBe(false);
    expect(planCommand([], { ...input, status: 'unknown' }).reason).toMatch(/could not be decided/);
  });

  it('never twice in one workflow run (re-runs)', () => {
    const d = planCommand([e({ runId: '100', at: at(30) })], input);
    expect(d.run).toBe(false);
    expect(d.reason).toMatch(/earlier attempt of this workflow run/);
  });

  it('not within the cooldown after a start that succeeded or has no outcome', () => {
    expect(planCommand([e({ runId: '99', at: at(2) })], input).run).toBe(false);
    expect(planCommand([e({ runId: '99', at: at(2), state: 'claimed' })], input).reason).toMatch(
      /no outcome recorded/,
    );
    expect(planCommand([e({ runId: '99', at: at(30) })], input).run).toBe(true);
  });

  it('a failure does not hold the next attempt back, up to maxFailures in a row', () => {
    const claim = (id: string, h: number): CommandLedgerEntry[] => [
      e({ runId: id, at: at(h), state: 'claimed' }),
      e({ runId: id, at: at(h), state: 'failed', exitCode: 1 }),
    ];
    expect(planCommand(claim('98', 1), input).run).toBe(true);
    const three = [...claim('95', 3), ...claim('96', 2), ...claim('97', 1)];
    const d = planCommand(three, input);
    expect(d.run).toBe(false);
    expect(d.reason).toMatch(/failed 3 times in a row/);
    expect(
      planCommand([...three, ...claim('98', 0.5).slice(0, 1), e({ runId: '98', at: at(0.5) })], input).run,
    ).toBe(false);
  });
});

/** Running (a zombie left for a container's init to reap is not running). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) [ZX]/.test(stat);
  } catch {
    return false;
  }
}

describe('runCommand (real processes, no shell)', () => {
  const node = process.execPath;
  it('passes the argv verbatim and the env; keeps the output tail, masked', async () => {
    const lines: string[] = [];
    const result = await runCommand({
      argv: [
        node,
        '-e',
        'console.log(process.argv[1]); console.log(process.env.RETRAIN_TRIGGER_MONITOR); console.error("token s3cr3t-value")',
        '$(touch /tmp/pwned) ; `id` | x',
      ],
      env: { ...verdictEnv(verdict), PATH: process.env.PATH ?? '' },
      timeoutMs: 20_000,
      secrets: ['s3cr3t-value'],
      log: (l) => lines.push(l),
    });
    expect(result.exitCode).toBe(0);
    expect(result.timedOut).toBe(false);
    expect(result.tail.split('\n')).toEqual(['$(touch /tmp/pwned) ; `id` | x', 'churn', 'token ***']);
    expect(lines.join('\n')).not.toContain('s3cr3t-value');
  });

  it('reports a non-zero exit code with the tail', async () => {
    const result = await runCommand({
      argv: [node, '-e', 'for (let i = 0; i < 100; i++) console.log("line " + i); process.exit(3)'],
      env: { PATH: process.env.PATH ?? '' },
      timeoutMs: 20_000,
      secrets: [],
    });
    expect(result.exitCode).toBe(3);
    const tail = result.tail.split('\n');
    expect(tail).toHaveLength(40);
    expect(tail[39]).toBe('line 99');
  });

  it('stops a command at command-timeout, its children too', async () => {
    const started = Date.now();
    const result = await runCommand({
      argv: [
        node,
        '-e',
        'const c = require("node:child_process").spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" }); console.log(c.pid); setTimeout(() => {}, 60000)',
      ],
      env: { PATH: process.env.PATH ?? '' },
      timeoutMs: 800,
      secrets: [],
    });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).toBe(124);
    expect(Date.now() - started).toBeLessThan(10_000);
    const grandchild = Number(result.tail);
    expect(grandchild).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(alive(grandchild)).toBe(false);
  });

  it("a command's own exit code 124 is not a timeout", async () => {
    const result = await runCommand({
      argv: [node, '-e', 'process.exit(124)'],
      env: {},
      timeoutMs: 20_000,
      secrets: [],
    });
    expect(result.exitCode).toBe(124);
    expect(result.timedOut).toBe(false);
  });

  it('a program not on PATH says so', async () => {
    const result = await runCommand({
      argv: ['retrain-trigger-no-such-program'],
      env: { PATH: process.env.PATH ?? '' },
      timeoutMs: 20_000,
      secrets: [],
    });
    expect(result.exitCode).toBe(127);
    expect(result.tail).toMatch(/not found on PATH/);
  });
});
