/**
 * THE FACTS REGISTRY — the one place the rules language learns what a rule can read.
 *
 * The lexer, parser, checker, evaluator, printer and reasons know only two shapes of fact:
 *   - a namespaced value `NS.NAME` (`baseline.accuracy`, `drift.share`, `model.age_days`,
 *     `challenger.accuracy`), or a bare name, which reads the `metrics` namespace (`accuracy`);
 *   - a call of a function over facts `FN(ARGS)` (`change(accuracy)`, `quality.missing_share(device)`,
 *     `previous(accuracy)`, `mean_over(accuracy, 7d)`), whose parameters are metrics, any fact, column names
 *     or windows (`7` runs or a duration `7d` / `12h` / `2w`) — see ParamKind in types.ts.
 * Everything else about a fact comes from its entry here: which names exist, which are conditions, how it is
 * checked against the loaded evidence (a typo fails the run) and how it is read (a missing value makes the rule
 * an `error`, never a silent false).
 *
 * Adding a namespace or a function is one entry:
 *   1. write a `Namespace` or `FactFunction` (types.ts) in its own file next to this one, e.g. `quality.ts`;
 *      if it reads a new kind of evidence, add that source as one field of `FactSources` and fill it in
 *      decide.ts from the Evidence;
 *   2. add it to NAMESPACES or FUNCTIONS below.
 * Its prefix (or the first segment of a dotted function name) becomes a reserved word: a metric named like it
 * must then be quoted in rules (`"model.version"`). Math helpers that take expressions (`abs`, `min`, `max`)
 * are not facts and stay in the parser.
 */
import { DRIFT } from './drift.js';
import { CHALLENGER, CHAMPION } from './gates.js';
import { HISTORY_FUNCTIONS } from './history.js';
import { BASELINE, CHANGE, METRICS, REL_CHANGE } from './metrics.js';
import { MODEL } from './model.js';
import { QUALITY_FUNCTIONS } from './quality.js';
import type { FactFunction, Namespace } from './types.js';

export interface FactRegistry {
  /** The namespace bare names read (`metrics`). */
  bare: Namespace;
  namespaces: ReadonlyMap<string, Namespace>;
  functions: ReadonlyMap<string, FactFunction>;
  /** First segments that mean a namespace or a function, so a metric starting with one must be quoted. */
  reserved: ReadonlySet<string>;
}

const NAMESPACES: readonly Namespace[] = [METRICS, BASELINE, DRIFT, MODEL];
const FUNCTIONS: readonly FactFunction[] = [CHANGE, REL_CHANGE, ...QUALITY_FUNCTIONS, ...HISTORY_FUNCTIONS];

export function createRegistry(
  namespaces: readonly Namespace[],
  functions: readonly FactFunction[],
  bare = 'metrics',
): FactRegistry {
  const byName = new Map(namespaces.map((n) => [n.name, n]));
  const bareNamespace = byName.get(bare);
  if (!bareNamespace) throw new Error(`facts registry: no namespace '${bare}' for bare names`);
  const reserved = new Set<string>();
  for (const n of namespaces) if (n !== bareNamespace) reserved.add(n.name);
  for (const f of functions) reserved.add(f.name.split('.')[0] ?? f.name);
  return {
    bare: bareNamespace,
    namespaces: byName,
    functions: new Map(functions.map((f) => [f.name, f])),
    reserved,
  };
}

/** The registry every rule is parsed and evaluated with. */
export const FACTS: FactRegistry = createRegistry(NAMESPACES, FUNCTIONS);

/** The registry gates are parsed and evaluated with: the same facts plus `challenger.` / `champion.` (gates.ts). */
export const GATE_FACTS: FactRegistry = createRegistry([...NAMESPACES, CHALLENGER, CHAMPION], FUNCTIONS);
