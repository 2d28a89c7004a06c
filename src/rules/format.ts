/** The rule-error message layout (position, text, caret). Numbers are formatted by text/format.ts. */
import type { RuleSpec } from './types.js';
import { InputError, formatPosition } from '../errors.js';
/** Line and column in the user's file of an offset into a rule's expression (expressions may span lines). */
export function filePositionOf(spec: RuleSpec, offset: number): { line: number; column: number } {
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
  const { line, column } = filePositionOf(spec, at);
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
