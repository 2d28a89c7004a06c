/**
 * Recursive-descent / Pratt parser: tokens → Expr. Precedence, low to high:
 * `or` < `and` < `not` < comparisons (non-associative) < `+ -` < `* /` < unary `-` < atoms.
 * Nesting is limited (MAX_DEPTH) so hostile input gives an InputError, never a stack overflow.
 */
import {
  CHANGE_FUNCTIONS,
  DRIFT_FACTS,
  FUNCTION_NAMES,
  INFIX_PRECEDENCE,
  PRECEDENCE,
  displayName,
  isCondition,
  isReservedWord,
  type ArithOp,
  type ChangeFunction,
  type CompareOp,
  type DriftFact,
  type Expr,
  type MathFunction,
} from './ast.js';
import {
  RuleSyntaxError,
  describe,
  infixOf,
  isOp,
  isWord,
  tokenize,
  type Operator,
  type Token,
} from './lexer.js';
import { suggestion } from './names.js';

/** Deepest allowed nesting of parentheses, operators and calls. */
export const MAX_DEPTH = 200;

const quoteWord = (word: string) => `'${word}'`;
const EXAMPLE = 'e.g. `accuracy < 0.85`';
const TOO_DEEP = `the rule is nested too deeply (more than ${MAX_DEPTH} levels); split it up`;

class Parser {
  private readonly tokens: Token[];
  private index = 0;
  private depth = 0;
  /** Height of each subtree built so far, to bound long operator chains as well as nesting. */
  private readonly heights = new WeakMap<Expr, number>();

  constructor(text: string) {
    this.tokens = tokenize(text);
  }

  parseRule(): Expr {
    const first = this.peek();
    if (first.type === 'end')
      throw new RuleSyntaxError(0, `the rule is empty; write a condition, ${EXAMPLE}`);
    const expr = this.parseExpr(0);
    const next = this.peek();
    if (next.type !== 'end') {
      const hint = isOp(next, ')') ? "unmatched ')'" : `unexpected ${describe(next)}`;
      throw new RuleSyntaxError(next.start, `${hint}; expected an operator (such as <, +, and) or the end`);
    }
    if (!isCondition(expr)) {
      throw new RuleSyntaxError(expr.start, `rule must be a condition, ${EXAMPLE}`);
    }
    return expr;
  }

  private peek(): Token {
    return this.tokens[this.index] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== 'end') this.index++;
    return token;
  }

  private expectOp(op: Operator, what: string): Token {
    const token = this.peek();
    if (!isOp(token, op))
      throw new RuleSyntaxError(token.start, `expected ${what}, found ${describe(token)}`);
    return this.next();
  }

  /** Records a node's height and refuses trees deeper than MAX_DEPTH. */
  private node<T extends Expr>(expr: T, children: Expr[], at: number): T {
    const height = 1 + children.reduce((most, child) => Math.max(most, this.heights.get(child) ?? 1), 0);
    if (height > MAX_DEPTH) {
      throw new RuleSyntaxError(at, TOO_DEEP);
    }
    this.heights.set(expr, height);
    return expr;
  }

  private parseExpr(minPrecedence: number): Expr {
    if (++this.depth > MAX_DEPTH) {
      throw new RuleSyntaxError(this.peek().start, TOO_DEEP);
    }
    let left = this.parsePrefix(minPrecedence);
    let compared = false;
    for (;;) {
      const token = this.peek();
      const op = infixOf(token);
      const precedence = op === undefined ? undefined : INFIX_PRECEDENCE[op];
      if (op === undefined || precedence === undefined || precedence < minPrecedence) break;
      if (precedence === PRECEDENCE.compare && compared) {
        throw new RuleSyntaxError(
          token.start,
          `comparisons cannot be chained; write \`a < b and b < c\` instead of \`a < b < c\``,
        );
      }
      this.next();
      // Comparisons are non-associative; the rest group to the left, so the right side binds tighter.
      const right = this.parseExpr(precedence + 1);
      left = this.combine(op, left, right, token.start);
      compared = precedence === PRECEDENCE.compare;
    }
    this.depth--;
    return left;
  }

  private combine(op: string, left: Expr, right: Expr, at: number): Expr {
    const span = { start: left.start, end: right.end };
    if (op === 'and' || op === 'or') {
      for (const side of [left, right]) {
        if (!isCondition(side)) {
          throw new RuleSyntaxError(side.start, `'${op}' needs a condition on each side, ${EXAMPLE}`);
        }
      }
      return this.node({ kind: 'logical', op, left, right, ...span }, [left, right], at);
    }
    if (op === '+' || op === '-' || op === '*' || op === '/') {
      return this.node({ kind: 'arith', op: op as ArithOp, left, right, ...span }, [left, right], at);
    }
    return this.node({ kind: 'compare', op: op as CompareOp, left, right, ...span }, [left, right], at);
  }

  private parsePrefix(minPrecedence: number): Expr {
    const token = this.peek();
    if (isOp(token, '-')) {
      this.next();
      const operand = this.parseExpr(PRECEDENCE.negate);
      return this.node(
        { kind: 'negate', operand, start: token.start, end: operand.end },
        [operand],
        token.start,
      );
    }
    if (isWord(token, 'not')) {
      if (minPrecedence > PRECEDENCE.not) {
        throw new RuleSyntaxError(token.start, "'not' must be in parentheses here, e.g. `1 + (not a < b)`");
      }
      this.next();
      const operand = this.parseExpr(PRECEDENCE.not);
      if (!isCondition(operand)) {
        throw new RuleSyntaxError(operand.start, `'not' needs a condition, ${EXAMPLE}`);
      }
      return this.node(
        { kind: 'not', operand, start: token.start, end: operand.end },
        [operand],
        token.start,
      );
    }
    return this.parseAtom();
  }

  private parseAtom(): Expr {
    const token = this.next();
    const span = { start: token.start, end: token.end };
    switch (token.type) {
      case 'number':
        return { kind: 'number', value: token.value, percent: token.percent, ...span };
      case 'string':
        return { kind: 'metric', name: token.value, ...span };
      case 'name':
        return this.parseName(token);
      case 'op':
        if (token.value === '(') {
          const inner = this.parseExpr(0);
          const close = this.expectOp(')', "')' to close the '('");
          // Parentheses leave no node (the tree shape records the grouping); the span widens to include them.
          const grouped = { ...inner, start: token.start, end: close.end };
          this.heights.set(grouped, this.heights.get(inner) ?? 1);
          return grouped;
        }
        throw new RuleSyntaxError(
          token.start,
          `expected a value (a number, a metric name or '('), found ${describe(token)}`,
        );
      case 'end':
        throw new RuleSyntaxError(
          token.start,
          "the rule ends too early; expected a value (a number, a metric name or '(')",
        );
    }
  }

  private parseName(token: Extract<Token, { type: 'name' }>): Expr {
    const [first = '', ...rest] = token.segments;
    const span = { start: token.start, end: token.end };
    const full = token.segments.join('.');
    if (isOp(this.peek(), '(')) return this.parseCall(full, token);
    if (isOp(this.peek(), '.') && first !== 'baseline') {
      throw new RuleSyntaxError(
        this.peek().start,
        `only 'baseline.' can be followed by a quoted name; quote the whole name instead`,
      );
    }
    if (first === 'baseline') {
      if (rest.length === 0) {
        if (!isOp(this.peek(), '.')) {
          throw new RuleSyntaxError(
            token.start,
            '\'baseline\' needs a metric name: baseline.accuracy or baseline."p@5"',
          );
        }
        this.next();
        const quoted = this.next();
        if (quoted.type !== 'string')
          throw new RuleSyntaxError(quoted.start, 'expected a quoted name after baseline.');
        return { kind: 'baseline', name: quoted.value, start: token.start, end: quoted.end };
      }
      return { kind: 'baseline', name: this.bareName(rest, token.start + first.length + 1), ...span };
    }
    if (first === 'drift') {
      const fact = rest.join('.');
      if (rest.length !== 1 || !DRIFT_FACTS.includes(fact as DriftFact)) {
        const known = DRIFT_FACTS.map((f) => `drift.${f}`);
        const hint = rest.length === 0 ? "'drift' needs a fact" : `unknown drift fact '${full}'`;
        throw new RuleSyntaxError(
          token.start,
          `${hint}${suggestion(full, known, quoteWord)} (known: ${known.join(', ')})`,
        );
      }
      return { kind: 'drift', fact: fact as DriftFact, ...span };
    }
    if (token.segments.length === 1 && (first === 'true' || first === 'false')) {
      return { kind: 'boolean', value: first === 'true', ...span };
    }
    if (token.segments.length === 1 && (first === 'and' || first === 'or')) {
      throw new RuleSyntaxError(token.start, `expected a value before '${first}'`);
    }
    if (token.segments.length === 1 && FUNCTION_NAMES.includes(first)) {
      throw new RuleSyntaxError(
        token.start,
        `'${first}' is a function: call it as ${first}(…); to read a metric named ${first}, quote it: "${first}"`,
      );
    }
    return { kind: 'metric', name: this.bareName(token.segments, token.start), ...span };
  }

  /** A bare metric name; one starting with a reserved word must be quoted to avoid ambiguity. */
  private bareName(segments: string[], at: number): string {
    const name = segments.join('.');
    const first = segments[0] ?? '';
    if (isReservedWord(first)) {
      throw new RuleSyntaxError(
        at,
        `'${first}' is a reserved word; quote the metric name: ${displayName(name)}`,
      );
    }
    return name;
  }

  private parseCall(name: string, token: Token): Expr {
    if (!FUNCTION_NAMES.includes(name)) {
      throw new RuleSyntaxError(
        token.start,
        `unknown function '${name}'${suggestion(name, FUNCTION_NAMES, quoteWord)} (functions: ${FUNCTION_NAMES.join(', ')})`,
      );
    }
    const open = this.next();
    if (CHANGE_FUNCTIONS.includes(name as ChangeFunction)) {
      const arg = this.next();
      const usage = `${name}() takes one metric name, e.g. ${name}(accuracy) or ${name}("p@5")`;
      let metric: string;
      if (arg.type === 'string') metric = arg.value;
      else if (arg.type === 'name' && !['baseline', 'drift'].includes(arg.segments[0] ?? '')) {
        metric = this.bareName(arg.segments, arg.start);
      } else throw new RuleSyntaxError(arg.start, `${usage}; found ${describe(arg)}`);
      const close = this.expectOp(')', `')' after the metric name (${usage})`);
      return { kind: 'change', fn: name as ChangeFunction, name: metric, start: token.start, end: close.end };
    }
    const args: Expr[] = [];
    if (isOp(this.peek(), ')'))
      throw new RuleSyntaxError(this.peek().start, `${name}() needs at least one argument`);
    for (;;) {
      args.push(this.parseExpr(0));
      if (!isOp(this.peek(), ',')) break;
      this.next();
    }
    const close = this.expectOp(')', `',' or ')' to close ${name}(`);
    if (name === 'abs' && args.length !== 1) {
      throw new RuleSyntaxError(open.start, `abs() takes exactly one argument, found ${args.length}`);
    }
    const call = {
      kind: 'call' as const,
      fn: name as MathFunction,
      args,
      start: token.start,
      end: close.end,
    };
    return this.node(call, args, token.start);
  }
}

/** Parses an expression; throws RuleSyntaxError with the offset of the problem. */
export function parseExpression(text: string): Expr {
  return new Parser(text).parseRule();
}
