// @vitest-environment jsdom
// Mermaid's parser needs a DOM for DOMPurify: jsdom.
/**
 * Every trend chart the action emits (from dist/index.js, as the runner runs it) parses with Mermaid's own parser
 * and stays within the size limits: a metric chart with the rule's threshold, one without, the drift share.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_CHART_CHARS } from '../../src/report/charts.js';
import { makeWorkspace, runAction } from './run-action.js';

type Mermaid = typeof import('mermaid').default;
let mermaid: Mermaid;
beforeAll(async () => {
  mermaid = (await import('mermaid')).default;
  mermaid.initialize({ startOnLoad: false });
});

const column = (name: string, values: number[]) => `${name}\n${values.join('\n')}\n`;
const range = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));

describe('trend charts from dist/index.js', () => {
  it('the summary shows one chart per metric a rule reads and the drift share, each parsed by Mermaid', async () => {
    const ws = makeWorkspace({
      'reference.csv': column(
        'age',
        range(60, (i) => 20 + (i % 30)),
      ),
    });
    const inputs = {
      metrics: 'metrics.json',
      rules: 'accuracy < 0.85\nf1 < mean_over(f1, 3) - 0.1',
      history: 'history.jsonl',
      'reference-data': 'reference.csv',
      'current-data': 'current.csv',
    };
    let summary = '';
    for (const [i, accuracy] of [0.91, 0.88, 0.86].entries()) {
      writeFileSync(path.join(ws, 'metrics.json'), JSON.stringify({ accuracy, f1: 0.8 - i / 100 }));
      writeFileSync(
        path.join(ws, 'current.csv'),
        column(
          'age',
          range(60, (j) => 20 + (j % 30) + i * 10),
        ),
      );
      const run = await runAction(inputs, ws, { GITHUB_RUN_ID: String(500 + i) });
      expect(run.code, run.stdout).toBe(0);
      summary = run.summary;
    }
    const details = summary.slice(
      summary.indexOf('<details><summary>Trends over the last 30 runs</summary>'),
    );
    const blocks = [...details.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1] as string);
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toContain('title "accuracy (threshold 0.85)"');
    expect(blocks[0]).toContain('line [0.91, 0.88, 0.86]');
    expect(blocks[0]).toContain('line [0.85, 0.85, 0.85]');
    expect(blocks[1]).toContain('title "f1"');
    expect(blocks[2]).toContain('title "share of drifted features (%)"');
    for (const block of blocks) {
      expect(block.length).toBeLessThanOrEqual(MAX_CHART_CHARS);
      await expect(mermaid.parse(block)).resolves.toMatchObject({ diagramType: 'xychart' });
    }
  }, 60_000);
});
