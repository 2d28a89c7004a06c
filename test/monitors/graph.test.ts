import { describe, expect, it } from 'vitest';
import { dependencyOrder, propagate, type GraphNode, type Upstream } from '../../src/monitors/graph.js';
import { upstreamReason, withUpstream } from '../../src/monitors/upstream.js';
import type { Verdict, VerdictStatus } from '../../src/verdict.js';

const label = (key: string) => `monitors (${key})`;
const nodes = (spec: Record<string, string[]>): GraphNode[] =>
  Object.entries(spec).map(([key, dependsOn]) => ({ key, dependsOn }));

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('dependencyOrder', () => {
  it('puts every model after the models it depends on, file order where free', () => {
    expect(dependencyOrder(nodes({ c: ['b'], a: [], b: ['a'], d: [] }), label)).toEqual(['a', 'b', 'c', 'd']);
    expect(dependencyOrder(nodes({ x: [], y: [], z: ['x', 'y'] }), label)).toEqual(['x', 'y', 'z']);
  });

  it('names the whole cycle', () => {
    expect(message(() => dependencyOrder(nodes({ a: ['b'], b: ['c'], c: ['a'] }), label))).toBe(
      'monitors: depends-on cycle: a → b → c → a',
    );
    expect(message(() => dependencyOrder(nodes({ ok: [], a: ['ok', 'b'], b: ['a'] }), label))).toBe(
      'monitors: depends-on cycle: a → b → a',
    );
  });

  it('unknown names get a did-you-mean and the known keys; a monitor cannot depend on itself', () => {
    expect(message(() => dependencyOrder(nodes({ fraud: [], churn: ['fraudd'] }), label))).toBe(
      "monitors (churn): depends-on: unknown monitor 'fraudd'; did you mean 'fraud'? (known: churn, fraud)",
    );
    expect(message(() => dependencyOrder(nodes({ a: ['a'] }), label))).toBe(
      'monitors (a): depends-on: a monitor cannot depend on itself',
    );
  });

  it('a chain of 20,000 monitors does not exhaust the stack', () => {
    const spec: GraphNode[] = [];
    for (let i = 0; i < 20_000; i++) spec.push({ key: `m${i}`, dependsOn: i === 0 ? [] : [`m${i - 1}`] });
    const order = dependencyOrder([...spec].reverse(), label);
    expect(order[0]).toBe('m0');
    expect(order[order.length - 1]).toBe('m19999');
  });
});

describe('propagate', () => {
  const run = (spec: Record<string, string[]>, own: Record<string, VerdictStatus>) => {
    const graph = nodes(spec);
    const seen = new Map<string, Upstream>();
    const statuses = propagate(
      graph,
      dependencyOrder(graph, label),
      new Map(Object.entries(own)),
      (key, up) => {
        seen.set(key, up);
        const mine = own[key]!;
        return up.due.length > 0 ? 'due' : up.unknown.length > 0 && mine === 'healthy' ? 'unknown' : mine;
      },
    );
    return { statuses: Object.fromEntries(statuses), seen };
  };

  it('a due upstream makes its dependants due, transitively, and says where it started', () => {
    const { statuses, seen } = run(
      { features: [], churn: ['features'], ltv: ['churn'], other: [] },
      { features: 'due', churn: 'healthy', ltv: 'healthy', other: 'healthy' },
    );
    expect(statuses).toEqual({ features: 'due', churn: 'due', ltv: 'due', other: 'healthy' });
    expect(seen.get('churn')).toEqual({ due: [{ key: 'features', origins: ['features'] }], unknown: [] });
    expect(seen.get('ltv')).toEqual({ due: [{ key: 'churn', origins: ['features'] }], unknown: [] });
  });

  it('a model due on its own evidence is an origin too; unknown carries down to healthy models only', () => {
    const { statuses, seen } = run(
      { a: [], b: ['a'], c: ['b'], d: ['a'] },
      { a: 'unknown', b: 'healthy', c: 'due', d: 'due' },
    );
    expect(statuses).toEqual({ a: 'unknown', b: 'unknown', c: 'due', d: 'due' });
    expect(seen.get('c')).toEqual({ due: [], unknown: ['b'] });
    const both = run({ a: [], b: ['a'] }, { a: 'due', b: 'due' });
    expect(both.seen.get('b')?.due).toEqual([{ key: 'a', origins: ['a'] }]);
  });
});

function verdict(status: VerdictStatus, extra: Partial<Verdict> = {}): Verdict {
  return {
    status,
    assessed: status,
    triggered: status === 'due',
    reasons: status === 'due' ? ['accuracy < 0.85'] : [],
    undecided: status === 'unknown' ? ["rule 'r' could not be evaluated"] : [],
    onUnknown: 'keep',
    failedRules: status === 'due' ? ['r'] : [],
    rules: [],
    drift: null,
    evidence: {
      current: { values: new Map(), metadata: new Map(), sources: new Map(), files: [] },
      baseline: null,
      drift: null,
    },
    ...extra,
  };
}

describe('withUpstream', () => {
  it('due upstream: due, with a reason naming the upstream model and a depends-on pseudo rule', () => {
    const out = withUpstream(verdict('healthy'), {
      due: [{ key: 'features', origins: ['features'] }],
      unknown: [],
    });
    expect(out).toMatchObject({ status: 'due', assessed: 'due', triggered: true });
    expect(out.reasons).toEqual(["upstream model 'features' is due, and this model depends on it"]);
    expect(out.failedRules).toEqual(['depends-on:features']);
    const unknownOwn = withUpstream(verdict('unknown'), { due: [{ key: 'a', origins: ['a'] }], unknown: [] });
    expect(unknownOwn.status).toBe('due');
    expect(unknownOwn.undecided).toHaveLength(1);
  });

  it('names the origin when the upstream is due only through its own upstream', () => {
    expect(upstreamReason({ key: 'churn', origins: ['features'] })).toBe(
      "upstream model 'churn' is due, and this model depends on it ('churn' is due through 'features')",
    );
  });

  it('undecided upstream: a healthy model cannot be called healthy; its on-unknown decides', () => {
    const keep = withUpstream(verdict('healthy'), { due: [], unknown: ['a'] });
    expect(keep).toMatchObject({ status: 'unknown', assessed: 'unknown', triggered: false });
    expect(keep.undecided).toEqual(["upstream model 'a' could not be decided"]);
    const due = withUpstream(verdict('healthy', { onUnknown: 'due' }), { due: [], unknown: ['a'] });
    expect(due.status).toBe('due');
    expect(due.reasons[0]).toMatch(/on-unknown is 'due'/);
    expect(
      withUpstream(verdict('healthy', { onUnknown: 'healthy' }), { due: [], unknown: ['a'] }).status,
    ).toBe('healthy');
    const alreadyDue = verdict('due');
    expect(withUpstream(alreadyDue, { due: [], unknown: ['a'] })).toBe(alreadyDue);
  });
});
