/**
 * Which trend charts a run shows: one per metric a rule reads, with a threshold line where the rule compares
 * the metric with a constant (`accuracy < 0.85`), and the drift share over time when drift is configured.
 * Pure: reads the parsed rules' trees and the timeline; trends.ts draws.
 */
import type { Expr } from '../rules/ast.js';
import type { ParsedRule } from '../rules/index.js';
import type { Verdict } from '../verdict.js';
import type { Timeline } from './timeline.js';
import { trendCharts, type ChartRequest } from './trends.js';

/** At most this many charts per run, so the issue body and the summary stay well within GitHub's limits. */
export const MAX_CHARTS = 8;

function constant(node: Expr): number | undefined {
  if (node.kind === 'number') return node.percent ? node.value / 100 : node.value;
  if (node.kind === 'negate' && node.operand.kind === 'number') {
    const inner = constant(node.operand);
    return inner === undefined ? undefined : -inner;
  }
  return undefined;
}

function children(node: Expr): Expr[] {
  switch (node.kind) {
    case 'negate':
    case 'not':
      return [node.operand];
    case 'arith':
    case 'compare':
    case 'logical':
      return [node.left, node.right];
    case 'call':
      return node.args;
    default:
      return [];
  }
}

/** `metric OP constant` comparisons become threshold lines; every other metric a rule reads gets a plain chart. */
export function chartRequests(rules: readonly ParsedRule[]): ChartRequest[] {
  const out: ChartRequest[] = [];
  for (const rule of rules) {
    const drawn = new Set<string>();
    const visit = (node: Expr): void => {
      if (node.kind === 'compare') {
        const sides = [node.left, node.right];
        const metric = sides.find(
          (s): s is Extract<Expr, { kind: 'fact' }> =>
            s.kind === 'fact' && s.namespace === rule.facts.bare.name,
        );
        const threshold = sides.map(constant).find((v) => v !== undefined);
        if (metric && threshold !== undefined) {
          out.push({ metric: metric.name, threshold });
          drawn.add(metric.name);
          return;
        }
      }
      for (const child of children(node)) visit(child);
    };
    visit(rule.ast);
    for (const metric of rule.metrics) if (!drawn.has(metric)) out.push({ metric });
  }
  return out;
}

/** The collapsed trend charts for the summary and the alert issue, or '' when there is no trend yet. */
export function historyCharts(t: Timeline, rules: readonly ParsedRule[], verdict: Verdict): string {
  const drift = verdict.evidence.drift;
  return trendCharts(
    t,
    chartRequests(rules),
    drift ? { share: drift.share, threshold: drift.threshold } : undefined,
    undefined,
    MAX_CHARTS,
  );
}
