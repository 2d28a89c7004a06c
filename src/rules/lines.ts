/** Splits the multi-line `rules` input into rule specs: one rule a line, optionally `name: expression`. */
import type { RuleSpec } from './types.js';
import { InputError, formatPosition } from '../errors.js';

const RULE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Offset of the first `:` outside double quotes, or -1. */
function nameSeparator(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted && char === '\\') i++;
    else if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) return i;
  }
  return -1;
}

/** Offset of the first non-whitespace character at or after `from` (the line's length when none). */
function skipSpaces(line: string, from: number): number {
  let i = from;
  while (i < line.length && /\s/.test(line[i] ?? '')) i++;
  return i;
}

/**
 * One rule per non-blank line; lines starting with `#` are comments. Ids are the rule's name or `rule-N`,
 * N counting all rules from `firstIndex`. `origin.column` points at the expression's first character.
 */
export function parseRuleLines(text: string, source: string, firstIndex = 1): RuleSpec[] {
  const rules: RuleSpec[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((line, index) => {
    const lineNumber = index + 1;
    const first = skipSpaces(line, 0);
    if (first === line.length || line[first] === '#') return;
    const colon = nameSeparator(line);
    let name: string | undefined;
    let start = first;
    if (colon >= 0) {
      const candidate = line.slice(first, colon).trim();
      if (!RULE_NAME.test(candidate)) {
        const where = formatPosition({ file: source, line: lineNumber, column: first + 1 });
        throw new InputError(
          `${where}: '${candidate}' is not a valid rule name before ':' ` +
            '(names start with a letter or _ and use letters, digits, _ . -), e.g. `acc-floor: accuracy < 0.85`',
        );
      }
      name = candidate;
      start = skipSpaces(line, colon + 1);
    }
    const id = name ?? `rule-${firstIndex + rules.length}`;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      const where = formatPosition({ file: source, line: lineNumber, column: first + 1 });
      const what = name === undefined ? `the id '${id}' of this unnamed rule` : `rule name '${id}'`;
      throw new InputError(`${where}: ${what} is already used on line ${earlier}; rule names must be unique`);
    }
    seen.set(id, lineNumber);
    const spec: RuleSpec = {
      id,
      expression: line.slice(start).trimEnd(),
      origin: { source, line: lineNumber, column: start + 1 },
    };
    if (name !== undefined) spec.name = name;
    rules.push(spec);
  });
  return rules;
}
