import { describe, expect, it } from 'vitest';
import { decideVerdict } from '../../src/decide.js';
import type { DriftResult, FeatureDrift } from '../../src/drift/types.js';
import {
  renderDriftTable,
  renderSummary,
  renderVerdictMarkdown,
  SUMMARY_LIMIT,
} from '../../src/report/markdown.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { parseRule, parseRuleLines } from '../../src/rules/index.js';
import { featureDrift } from '../support/drift-fixtures.js';
import type { Evidence } from '../../src/verdict.js';
import { evidenceOf } from '../support/evidence.js';

function bigEvidence(n: number, nameLength = 20): Evidence {
  const metrics = new Map<string, number>();
  const baseline = new Map<string, number>();
  for (let i = 0; i < n; i += 1) {
    const name = `m${i}_`.padEnd(nameLength, 'x') + '|@team';
    metrics.set(name, i / 7);
    baseline.set(name, i / 8 + 1);
  }
  metrics.set('accuracy', 0.8);
  return evidenceOf(metrics, baseline);
}

describe('summary', () => {
  const rules = parseRuleLines('accuracy < 0.85', "input 'rules'").map((s) => parseRule(s));

  it('puts the verdict first, the rule table, then metrics with baseline and change', () => {
    const verdict = decideVerdict(rules, bigEvidence(3));
    const md = renderSummary(verdict, [], []);
    expect(md.split('\n')[0]).toBe('### 🔴 Retraining is due (1 reason)');
    expect(md).toContain('| 🔴 triggered | rule-1 |');
    expect(md).toContain('#### Metrics');
    expect(md).toContain('| Metric | Value | Baseline | Change | Relative change |');
    expect(md).not.toMatch(/@team/);
    // Reasons once, under the headline; the shared verdict tables (also used in the alert issue) carry none.
    expect(md.match(/^- accuracy = 0\.8 \\< 0\.85$/gm)).toHaveLength(1);
    expect(renderVerdictMarkdown(verdict)).not.toMatch(/^- /m);
    // Metrics a rule reads come first.
    expect(md.indexOf('| accuracy |')).toBeLessThan(md.indexOf('| m0'));
  });

  it('stays readable and small for 500 metrics (folded table)', () => {
    const md = renderSummary(decideVerdict(rules, bigEvidence(500)), [], []);
    expect(md).toContain('<details><summary>501 metrics</summary>');
    expect(Buffer.byteLength(md)).toBeLessThan(SUMMARY_LIMIT);
    expect(md.match(/^\| m\d+/gm)).toHaveLength(500);
  });

  it('cuts the metrics table to stay under GitHub 1 MiB limit, saying so', () => {
    const md = renderSummary(decideVerdict(rules, bigEvidence(20_000, 60)), [], []);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(md).toMatch(/_\d+ more metrics not shown \(size limit\); all are in the JSON report\._/);
  });

  it('renders the same verdict for the terminal', () => {
    const text = renderTerminal(decideVerdict(rules, bigEvidence(2)), [], []);
    expect(text.split('\n')[0]).toBe('RETRAINING IS DUE');
    expect(text).toContain('accuracy = 0.8 < 0.85');
    expect(text).toContain('Metrics (3):');
  });
});

describe('drift table', () => {
  const feature = (name: string, status: FeatureDrift['status'], pValue: number | null, statistic: number) =>
    featureDrift(name, {
      status,
      drifted: status === 'drifted',
      method: pValue === null ? 'wasserstein' : 'ks',
      statistic,
      pValue,
      adjustedPValue: pValue === null ? null : Math.min(1, pValue * 4),
      threshold: pValue === null ? 0.1 : 0.05,
      referenceSize: 500,
      currentSize: 400,
      currentDropped: 3,
    });
  const drift: DriftResult = {
    detected: true,
    share: 0.5,
    count: 2,
    tested: 4,
    threshold: 0.5,
    correction: 'bonferroni',
    features: [
      feature('ok_feature', 'ok', 0.6, 0.01),
      feature('few', 'insufficient', null, NaN),
      feature('<img src=x>|@ops', 'drifted', 0.001, 0.3),
      feature('strongest', 'drifted', 1e-9, 0.5),
      feature('tiny-shift', 'below-effect-floor', 0.0001, 0.02),
    ],
    warnings: ['few: 12 rows in the current data (min-samples 30)'],
  };

  it('sorts by severity, names the correction and escapes feature names', () => {
    const md = renderDriftTable(drift);
    expect(md).toContain('2 of 4 features drifted (50%; threshold 50%), bonferroni correction.');
    expect(md).toContain('| p-value (bonferroni-adjusted) |');
    const rows = [
      '| strongest |',
      '| \\<img src=x\\>\\|@\u200bops |',
      '| tiny-shift |',
      '| ok\\_feature |',
      '| few |',
    ];
    const positions = rows.map((row) => md.indexOf(row));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(md).toContain('| 4e-9 |');
    expect(md).toContain('> ⚠️ few: 12 rows in the current data \\(min-samples 30\\)');
  });
});
