/** The summary of a run with monitors: one table first, one collapsed section per monitor, hostile keys escaped. */
import { describe, expect, it } from 'vitest';
import { loadRun } from '../../src/monitors/expand.js';
import { runMonitors } from '../../src/monitors/run.js';
import { makeWorkspace } from '../e2e/run-action.js';

describe('monitors summary', () => {
  it('table, then sections; keys escaped for Markdown in the table and for HTML in <summary>', async () => {
    const cwd = makeWorkspace({
      'rt.yml': `rules: ['accuracy < 0.85']\nmonitors:\n  - {key: features, metrics: f.json}\n  - {key: '@team <b>x</b>', metrics: c.json, depends-on: features}\n  - {key: fraud, metrics: x.json}\n`,
      'f.json': JSON.stringify({ accuracy: 0.8 }),
      'c.json': JSON.stringify({ accuracy: 0.9 }),
      'x.json': JSON.stringify({ accuracy: 0.9 }),
    });
    const loaded = await loadRun((n) => (n === 'config' ? 'rt.yml' : undefined), {
      cwd,
      env: { RUNNER_TEMP: cwd },
    });
    if (loaded.kind !== 'monitors') throw new Error('expected monitors');
    const { summary, status } = await runMonitors(loaded.run, { repo: null });
    expect(status).toBe('due');
    const [table, ...sections] = summary.split('<details>');
    expect(table).toMatch(/^### retrain-trigger: 3 monitors — 2 due, 1 healthy\n\n\| Monitor \| Status \|/);
    expect(sections).toHaveLength(3);
    expect(sections[1]).toMatch(/^<summary><b>&#64;team &lt;b&gt;x&lt;\/b&gt;<\/b> — 🔴 due<\/summary>/);
    expect(summary).not.toContain('<b>x</b>');
    expect(summary).not.toMatch(/(^|[^\\])@team/);
  });
});
