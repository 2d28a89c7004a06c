/** What a rule reads (metrics, baseline values, drift facts) and whether the loaded evidence has it. */
import { displayName, type Expr } from './ast.js';
import { ruleError } from './format.js';
import { listNames, quoteName, suggestion } from './names.js';
import type { ParsedRule } from './rule.js';

/** One value the rule reads, with where it is written (offset into the expression). */
export interface Reference {
  source: 'current' | 'baseline' | 'drift';
  /** Metric name, or the drift fact (`share`, `count`, `detected`). */
  name: string;
  /** How the rule writes the read, for messages: `rows`, `baseline.rows`, `change(rows)`, `drift.share`. */
  written: string;
  offset: number;
}

/** Every read in source order (change/rel_change read both the current and the baseline value). */
export function references(expr: Expr): Reference[] {
  const found: Reference[] = [];
  const stack: Expr[] = [expr];
  while (stack.length > 0) {
    const node = stack.pop() as Expr;
    switch (node.kind) {
      case 'metric':
        found.push({
          source: 'current',
          name: node.name,
          written: displayName(node.name),
          offset: node.start,
        });
        break;
      case 'baseline':
        found.push({
          source: 'baseline',
          name: node.name,
          written: `baseline.${displayName(node.name)}`,
          offset: node.start,
        });
        break;
      case 'change': {
        const written = `${node.fn}(${displayName(node.name)})`;
        found.push({ source: 'current', name: node.name, written, offset: node.start });
        found.push({ source: 'baseline', name: node.name, written, offset: node.start });
        break;
      }
      case 'drift':
        found.push({ source: 'drift', name: node.fact, written: `drift.${node.fact}`, offset: node.start });
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

export interface KnownNames {
  metrics: ReadonlySet<string>;
  /** null when no baseline files were given. */
  baseline: ReadonlySet<string> | null;
  /** Whether drift detection is configured. */
  drift: boolean;
}

function unknownName(kind: string, name: string, known: ReadonlySet<string>, empty: string): string {
  if (known.size === 0) return `unknown ${kind} ${quoteName(name)} (${empty})`;
  return `unknown ${kind} ${quoteName(name)}${suggestion(name, known)} (known: ${listNames(known, displayName)})`;
}

/** Throws an InputError pointing at the first read the evidence cannot satisfy. */
export function checkRule(rule: ParsedRule, known: KnownNames): void {
  for (const ref of references(rule.ast)) {
    if (ref.source === 'current' && !known.metrics.has(ref.name)) {
      throw ruleError(
        rule.spec,
        ref.offset,
        unknownName('metric', ref.name, known.metrics, 'no metrics were loaded'),
      );
    }
    if (ref.source === 'baseline') {
      if (known.baseline === null) {
        throw ruleError(
          rule.spec,
          ref.offset,
          `${ref.written} reads the baseline, but no baseline files were given; set the 'baseline' input`,
        );
      }
      if (!known.baseline.has(ref.name)) {
        const what = unknownName(
          'baseline metric',
          ref.name,
          known.baseline,
          'the baseline files hold no metrics',
        );
        throw ruleError(rule.spec, ref.offset, what);
      }
    }
    if (ref.source === 'drift' && !known.drift) {
      throw ruleError(
        rule.spec,
        ref.offset,
        `${ref.written} needs drift detection, but drift is not configured; give reference and current data`,
      );
    }
  }
}
