/**
 * Hand-written lexer for the rules language (tiny grammar, precise error columns — a generator would add a
 * dependency and worse messages). Errors are `RuleSyntaxError`s carrying the offset; parseRule turns them
 * into InputErrors with the rule's position and a caret.
 */

import { displayName } from './ast.js';

export type Operator = '+' | '-' | '*' | '/' | '<' | '<=' | '>' | '>=' | '==' | '!=' | '(' | ')' | ',' | '.';

export type Token =
  | { type: 'number'; value: number; percent: boolean; start: number; end: number }
  /** A whole number with a unit, `7d`, `12h`, `2w`: only valid as a window argument (`mean_over(x, 7d)`). */
  | { type: 'duration'; text: string; ms: number; start: number; end: number }
  /** A bare, possibly dotted name such as `eval.accuracy` or `and` (keywords are names too). */
  | { type: 'name'; segments: string[]; start: number; end: number }
  /** A double-quoted name, escapes already resolved. */
  | { type: 'string'; value: string; start: number; end: number }
  | { type: 'op'; value: Operator; start: number; end: number }
  | { type: 'end'; start: number; end: number };

/** A syntax problem at `offset` in the expression text. */
export class RuleSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const TWO_CHAR_OPS = new Set(['<=', '>=', '==', '!=']);
const ONE_CHAR_OPS = new Set(['+', '-', '*', '/', '<', '>', '(', ')', ',']);
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const SEGMENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const NAME_CHAR = /[A-Za-z0-9_.]/;
/** Units of window durations (minutes and seconds are too fine for runs of a monitor; months are ambiguous). */
const DURATION_MS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Hints for characters people often type from other languages. */
const MISTAKES: Record<string, string> = {
  '=': "'=' is not an operator; compare with '=='",
  '!': "'!' is not an operator; use 'not' or '!='",
  '&': "'&' is not an operator; use 'and'",
  '|': "'|' is not an operator; use 'or'",
  "'": 'names are quoted with double quotes, e.g. "precision@5"',
  '%': "'%' must directly follow a number, as in 20%",
  '#': 'comments must be on a line of their own',
};

function matchAt(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match ? match[0] : null;
}

function describeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code < 32 || code === 127
    ? `control character U+${code.toString(16).padStart(4, '0')}`
    : `character '${char}'`;
}

/** A token as named in messages. */
export function describe(token: Token): string {
  switch (token.type) {
    case 'end':
      return 'the end of the rule';
    case 'number':
      return 'a number';
    case 'duration':
      return `the duration '${token.text}'`;
    case 'string':
      return `the quoted name ${displayName(token.value)}`;
    case 'name':
      return `'${token.segments.join('.')}'`;
    case 'op':
      return `'${token.value}'`;
  }
}

/** The keyword or operator a token stands for as an infix operator, if any. */
export function infixOf(token: Token): string | undefined {
  if (token.type === 'op') return token.value;
  if (token.type === 'name' && token.segments.length === 1) return token.segments[0];
  return undefined;
}

export function isWord(token: Token, word: string): boolean {
  return token.type === 'name' && token.segments.length === 1 && token.segments[0] === word;
}

export function isOp(token: Token, op: Operator): boolean {
  return token.type === 'op' && token.value === op;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? '';
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const start = i;
    const number = /[0-9]/.test(char) || (char === '.' && /[0-9]/.test(text[i + 1] ?? ''));
    if (number) {
      const digits = matchAt(NUMBER, text, i) ?? '';
      i += digits.length;
      const percent = text[i] === '%';
      if (percent) i++;
      const next = text[i] ?? '';
      const unit = DURATION_MS[next];
      if (!percent && unit !== undefined && /^\d+$/.test(digits) && !NAME_CHAR.test(text[i + 1] ?? '')) {
        i++;
        tokens.push({ type: 'duration', text: `${digits}${next}`, ms: Number(digits) * unit, start, end: i });
        continue;
      }
      if (!percent && NAME_CHAR.test(next)) {
        const rest = matchAt(/[A-Za-z0-9_.]*/y, text, i) ?? '';
        throw new RuleSyntaxError(start, `malformed number '${digits}${rest}'`);
      }
      const value = Number(digits);
      if (!Number.isFinite(value)) throw new RuleSyntaxError(start, `number '${digits}' is too large`);
      tokens.push({ type: 'number', value, percent, start, end: i });
    } else if (/[A-Za-z_]/.test(char)) {
      const segments: string[] = [];
      for (;;) {
        const segment = matchAt(SEGMENT, text, i) ?? '';
        segments.push(segment);
        i += segment.length;
        if (text[i] !== '.' || !/[A-Za-z_]/.test(text[i + 1] ?? '')) break;
        i++;
      }
      tokens.push({ type: 'name', segments, start, end: i });
      if (text[i] === '.') {
        // `baseline."p@5"`: the dot becomes its own token; anything else after a dot is a mistake.
        if (text[i + 1] !== '"') {
          throw new RuleSyntaxError(i + 1, "expected a name after '.' (a letter or _, or a quoted name)");
        }
        tokens.push({ type: 'op', value: '.', start: i, end: i + 1 });
        i++;
      }
    } else if (char === '"') {
      let value = '';
      i++;
      for (;;) {
        const c = text[i];
        if (c === undefined) throw new RuleSyntaxError(start, 'quoted name is not closed; add the closing "');
        i++;
        if (c === '"') break;
        if (c === '\\') {
          const escaped = text[i];
          if (escaped !== '"' && escaped !== '\\') {
            const found = escaped === undefined ? 'the end of the rule' : `'\\${escaped}'`;
            throw new RuleSyntaxError(i - 1, `unknown escape ${found} in a quoted name (only \\" and \\\\)`);
          }
          value += escaped;
          i++;
        } else {
          value += c;
        }
      }
      if (value === '') throw new RuleSyntaxError(start, 'empty quoted name ""');
      tokens.push({ type: 'string', value, start, end: i });
    } else if (TWO_CHAR_OPS.has(text.slice(i, i + 2))) {
      tokens.push({ type: 'op', value: text.slice(i, i + 2) as Operator, start, end: i + 2 });
      i += 2;
    } else if (ONE_CHAR_OPS.has(char)) {
      tokens.push({ type: 'op', value: char as Operator, start, end: i + 1 });
      i++;
    } else {
      const hint = MISTAKES[char];
      if (char === '&' && text[i + 1] === '&')
        throw new RuleSyntaxError(start, "'&&' is not an operator; use 'and'");
      if (char === '|' && text[i + 1] === '|')
        throw new RuleSyntaxError(start, "'||' is not an operator; use 'or'");
      const found = String.fromCodePoint(text.codePointAt(i) ?? 0);
      throw new RuleSyntaxError(start, hint ?? `unexpected ${describeChar(found)}`);
    }
  }
  tokens.push({ type: 'end', start: text.length, end: text.length });
  return tokens;
}
