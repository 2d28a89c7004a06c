/**
 * The human sentence for a triggered rule: the comparisons that made it true, with their values,
 * joined by `and`/`or` as in the rule — `rel_change(rows) = 0.25 > 0.2`. Under `not`, the comparison that
 * held the other way is shown with its operator flipped (`accuracy = 0.9 >= 0.85`).
 */
import { printExpr, type CompareOp, type Expr } from './ast.js';
import { formatNumber } from '../text/format.js';

const FLIPPED: Record<CompareOp, CompareOp> = {
  '<': '>=',
  '<=': '>',
  '>': '<=',
  '>=': '<',
  '==': '!=',
  '!=': '==',
};

export interface Explanation {
  text: string;
  /** The connective joining the parts, so an `or` inside an `and` gets parentheses. */
  joinedBy: 'and' | 'or' | null;
}

/** True when a subtree reads no value (only literals): its number is shown alone. */
function isConstant(expr: Expr): boolean {
  switch (expr.kind) {
    case 'number':
    case 'boolean':
      return true;
    case 'negate':
    case 'not':
      return isConstant(expr.operand);
    case 'arith':
    case 'compare':
    case 'logical':
      return isConstant(expr.left) && isConstant(expr.right);
    case 'call':
      return expr.args.every(isConstant);
    default:
      return false;
  }
}

/** `accuracy = 0.8 < 0.85 = baseline.accuracy - 0.05`: the numbers meet at the operator. */
function explainComparison(
  expr: Extract<Expr, { kind: 'compare' }>,
  results: Map<Expr, number>,
  want: boolean,
) {
  const op = want ? expr.op : FLIPPED[expr.op];
  const left = results.get(expr.left) ?? NaN;
  const right = results.get(expr.right) ?? NaN;
  // When rounding makes distinct numbers look equal (0.8499999 vs 0.85), show them in full.
  const tie = formatNumber(left) === formatNumber(right) && left !== right;
  const show = (x: number) => (tie ? String(x) : formatNumber(x));
  const leftText = isConstant(expr.left) ? show(left) : `${printExpr(expr.left)} = ${show(left)}`;
  const rightText = isConstant(expr.right) ? show(right) : `${show(right)} = ${printExpr(expr.right)}`;
  return `${leftText} ${op} ${rightText}`;
}

/** Explains why `expr` evaluated to `want` (true or false), from the evaluated `results`. */
export function explain(expr: Expr, results: Map<Expr, number>, want: boolean): Explanation {
  switch (expr.kind) {
    case 'compare':
      return { text: explainComparison(expr, results, want), joinedBy: null };
    case 'not':
      return explain(expr.operand, results, !want);
    case 'logical': {
      // De Morgan: `not (a and b)` holds because a or b failed; `not (a or b)` because both failed.
      // A side that could not be evaluated (no result) never explains anything.
      const joinedBy = want ? expr.op : expr.op === 'and' ? 'or' : 'and';
      const parts = [expr.left, expr.right]
        .filter((side) => joinedBy === 'and' || (results.has(side) && (results.get(side) !== 0) === want))
        .map((side) => explain(side, results, want));
      if (parts.length === 1 && parts[0] !== undefined) return parts[0];
      const wrap = (part: Explanation) =>
        part.joinedBy !== null && part.joinedBy !== joinedBy ? `(${part.text})` : part.text;
      return { text: parts.map(wrap).join(` ${joinedBy} `), joinedBy };
    }
    case 'boolean':
      return { text: String(expr.value), joinedBy: null };
    default:
      return { text: `${printExpr(expr)} = ${formatNumber(results.get(expr) ?? NaN)}`, joinedBy: null };
  }
}
