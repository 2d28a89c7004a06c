/**
 * What a rule reads (namespaced values and calls of the facts registry) and whether this configuration can
 * ever satisfy it. A problem here is a configuration error (a typo, a source not configured): an InputError.
 */
import type { Expr, FactCall } from './ast.js';
import { displayName, valueKey } from './ast.js';
import type { FactRegistry } from './facts/registry.js';
import type { FactContext, FactRead, FactSources } from './facts/types.js';
import { ruleError } from './format.js';
import { listNames, quoteName, suggestion } from './names.js';
import type { ParsedRule } from './rule.js';

/** One value the rule reads: a namespaced name, with where it is written (offset into the expression). */
export interface Reference {
  namespace: string;
  name: string;
  /** How the rule writes the read, for messages: `rows`, `baseline.rows`, `change(rows)`, `drift.share`. */
  written: string;
  offset: number;
}

/** Every fact node (reads and calls) in source order. */
export function factNodes(expr: Expr): (FactRead | FactCall)[] {
  const found: (FactRead | FactCall)[] = [];
  const stack: Expr[] = [expr];
  while (stack.length > 0) {
    const node = stack.pop() as Expr;
    switch (node.kind) {
      case 'fact':
      case 'fact-call':
        found.push(node);
        break;
      case 'negate':
      case 'not':
        stack.push(node.operand);
        break;
      case 'arith':
      case 'compare':
      case 'logical':
        stack.push(node.right, node.left);
        break;
      case 'call':
        stack.push(...[...node.args].reverse());
        break;
      case 'number':
      case 'boolean':
        break;
    }
  }
  return found;
}

/** Every namespaced read in source order (a call contributes what its function reads). */
export function references(expr: Expr, facts: FactRegistry): Reference[] {
  return factNodes(expr).flatMap((node): Reference[] => {
    const written = valueKey(node);
    if (node.kind === 'fact')
      return [{ namespace: node.namespace, name: node.name, written, offset: node.start }];
    const fn = facts.functions.get(node.fn);
    const reads =
      fn?.reads?.(node.args) ??
      node.args.flatMap((a) => (a.kind === 'fact' ? [{ namespace: a.namespace, name: a.name }] : []));
    return reads.map((r) => ({ ...r, written, offset: node.start }));
  });
}

/** The helpers handed to registry entries, for one read or call written as `written`. */
export function factContext(sources: FactSources, facts: FactRegistry, written: string): FactContext {
  const context: FactContext = {
    sources,
    written,
    quote: quoteName,
    unknown(noun, name, known, empty) {
      const names = [...known];
      if (names.length === 0) return `unknown ${noun} ${quoteName(name)} (${empty})`;
      return `unknown ${noun} ${quoteName(name)}${suggestion(name, names)} (known: ${listNames(names, displayName)})`;
    },
    read(ref) {
      const namespace = facts.namespaces.get(ref.namespace);
      if (!namespace) throw new Error(`facts registry: no namespace '${ref.namespace}'`);
      return namespace.read(ref.name, { ...context, written: valueKey(ref) });
    },
  };
  return context;
}

/** The first read this configuration can never satisfy: where it is written and why; undefined when none. */
export function firstProblem(
  rule: ParsedRule,
  sources: FactSources,
): { offset: number; message: string } | undefined {
  const { facts } = rule;
  for (const node of factNodes(rule.ast)) {
    const context = factContext(sources, facts, valueKey(node));
    const reads: FactRead[] =
      node.kind === 'fact' ? [node] : node.args.filter((a): a is FactRead => a.kind === 'fact');
    for (const read of reads) {
      const namespace = facts.namespaces.get(read.namespace);
      const problem = namespace?.check(read.name, { ...context, written: valueKey(read) });
      if (problem !== undefined) return { offset: read.start, message: problem };
    }
    if (node.kind === 'fact-call') {
      const problem = facts.functions.get(node.fn)?.check?.(node.args, context);
      if (problem !== undefined) return { offset: node.start, message: problem };
    }
  }
  return undefined;
}

/** Throws an InputError pointing at the first read this configuration can never satisfy. */
export function checkRule(rule: ParsedRule, sources: FactSources): void {
  const problem = firstProblem(rule, sources);
  if (problem !== undefined) throw ruleError(rule.spec, problem.offset, problem.message);
}
