/**
 * `depends-on:` between monitors: checked once (unknown names, a monitor naming itself, cycles), put in an order
 * where every model comes after the models it depends on, and used to carry an upstream model's state down to
 * the models that depend on it. Pure: keys in, keys out.
 */
import { InputError } from '../errors.js';
import { listNames, suggestion } from '../rules/names.js';
import type { VerdictStatus } from '../verdict.js';

export interface GraphNode {
  key: string;
  /** The monitors this one depends on (its upstream models). */
  dependsOn: readonly string[];
}

/**
 * The keys in an order where every monitor comes after all it depends on (stable: file order where free).
 * Throws an InputError naming the monitor for an unknown or self dependency, and naming the whole cycle for a
 * cycle. `label(key)` names a monitor in messages, e.g. `monitors[2] (churn)`.
 */
export function dependencyOrder(nodes: readonly GraphNode[], label: (key: string) => string): string[] {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  for (const node of nodes) {
    for (const upstream of node.dependsOn) {
      if (upstream === node.key) {
        throw new InputError(`${label(node.key)}: depends-on: a monitor cannot depend on itself`);
      }
      if (!byKey.has(upstream)) {
        throw new InputError(
          `${label(node.key)}: depends-on: unknown monitor '${upstream}'${suggestion(upstream, byKey.keys())} (known: ${listNames(byKey.keys())})`,
        );
      }
    }
  }
  // Depth-first, iteratively (a long chain of monitors must not exhaust the call stack).
  const state = new Map<string, 'visiting' | 'done'>();
  const order: string[] = [];
  for (const start of nodes) {
    if (state.has(start.key)) continue;
    const stack: { key: string; next: number }[] = [{ key: start.key, next: 0 }];
    state.set(start.key, 'visiting');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const deps = byKey.get(top.key)!.dependsOn;
      if (top.next < deps.length) {
        const upstream = deps[top.next++]!;
        const seen = state.get(upstream);
        if (seen === 'visiting') {
          const from = stack.findIndex((f) => f.key === upstream);
          const cycle = [...stack.slice(from).map((f) => f.key), upstream];
          throw new InputError(`monitors: depends-on cycle: ${cycle.join(' → ')}`);
        }
        if (seen === undefined) {
          state.set(upstream, 'visiting');
          stack.push({ key: upstream, next: 0 });
        }
        continue;
      }
      state.set(top.key, 'done');
      order.push(top.key);
      stack.pop();
    }
  }
  return order;
}

/** What a monitor's upstream models say this run. */
export interface Upstream {
  /** Direct upstream models that are due, each with the models whose own verdict made it due. */
  due: { key: string; origins: string[] }[];
  /** Direct upstream models that could not be decided (and are not due). */
  unknown: string[];
}

/**
 * Carry due (and could-not-decide) states down the graph, in dependency order: a monitor whose upstream model is
 * due is due too, transitively; one whose upstream could not be decided cannot be called healthy either.
 * `settle(key, upstream)` applies what the upstream models say to that monitor's verdict and returns the
 * status it then has (its on-unknown decides what an undecided upstream means for it); it is called once per
 * monitor, upstream models first. `own` is each monitor's status on its own evidence.
 */
export function propagate(
  nodes: readonly GraphNode[],
  order: readonly string[],
  own: ReadonlyMap<string, VerdictStatus>,
  settle: (key: string, upstream: Upstream) => VerdictStatus,
): Map<string, VerdictStatus> {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const statuses = new Map<string, VerdictStatus>();
  /** The monitors due on their own evidence that made each monitor due. */
  const origins = new Map<string, string[]>();
  for (const key of order) {
    const upstream: Upstream = { due: [], unknown: [] };
    for (const dep of byKey.get(key)?.dependsOn ?? []) {
      const status = statuses.get(dep);
      if (status === 'due') upstream.due.push({ key: dep, origins: origins.get(dep) ?? [dep] });
      else if (status === 'unknown') upstream.unknown.push(dep);
    }
    const status = settle(key, upstream);
    statuses.set(key, status);
    if (status === 'due') {
      const from = new Set(own.get(key) === 'due' ? [key] : []);
      for (const d of upstream.due) for (const o of d.origins) from.add(o);
      origins.set(key, from.size > 0 ? [...from] : [key]);
    }
  }
  return statuses;
}
