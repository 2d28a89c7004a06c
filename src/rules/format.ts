/** Number formatting for reasons and reports, and the rule-error message layout (position, text, caret). */
import type { RuleSpec } from '../config/types.js';
import { InputError, formatPosition } from '../errors.js';

/**
 * Up to 6 significant digits without trailing zeros (`0.8`, `0.333333`), exponent form for very large or
 * small magnitudes (`1.5e-7`, `2e+21`), `-0` as `0`. Integers below 1e15 are shown whole (`1234567` rows),
 * because counts are exact and rounding them would misreport.
 */
/** A share (0.25) as a percentage rounded to `decimals` places (`25%`). */
export function formatPercent(share: number, decimals: number): string {
  return `${formatNumber(Number((share * 100).toFixed(decimals)))}%`;
}

export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  if (x === 0) return '0';
  const magnitude = Math.abs(x);
  if (Number.isInteger(x) && magnitude < 1e15) return String(x);
  if (magnitude >= 1e-4 && magnitude < 1e6) {
    const fixed = x.toPrecision(6);
    // toPrecision switches to exponent form itself when rounding carries to 1e6 (999999.9).
    if (!fixed.includes('e')) return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  }
  const [mantissa = '', exponent = ''] = x.toExponential(5).split('e');
  return `${mantissa.replace(/\.?0+$/, '')}e${exponent}`;
}

/** Line and column in the user's file of an offset into a rule's expression (expressions may span lines). */
export function positionOf(spec: RuleSpec, offset: number): { line: number; column: number } {
  const before = spec.expression.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  if (lastBreak < 0) return { line: spec.origin.line, column: spec.origin.column + offset };
  const line = spec.origin.line + before.split('\n').length - 1;
  return { line, column: offset - lastBreak };
}

/** Control characters (other than tab) would garble a terminal; they are shown as U+FFFD. */
function visible(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '\ufffd');
}

/** The expression on one line, for quoting inside a message. */
function oneLine(text: string): string {
  return visible(text.replace(/\s*\r?\n\s*/g, ' ').trim());
}

/**
 * `input 'rules': line 2, column 12: rule 'acc-floor' (accuracy < 0.85): <what>` followed by the expression
 * line and a caret under `offset`.
 */
export function ruleError(spec: RuleSpec, offset: number, what: string): InputError {
  const at = Math.max(0, Math.min(offset, spec.expression.length));
  const { line, column } = positionOf(spec, at);
  const where = formatPosition({ file: spec.origin.source, line, column });
  const lineStart = spec.expression.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = spec.expression.indexOf('\n', at);
  const shown = visible(
    spec.expression.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, ''),
  );
  // One space per character (code point, so an emoji counts once); tabs are kept so the caret lines up.
  const pad = Array.from(shown.slice(0, at - lineStart), (c) => (c === '\t' ? '\t' : ' ')).join('');
  return new InputError(
    `${where}: rule '${spec.id}' (${oneLine(spec.expression)}): ${what}\n    ${shown}\n    ${pad}^`,
  );
}
