/**
 * Recursive-descent / Pratt parser: tokens → Expr. Precedence, low to high:
 * `or` < `and` < `not` < comparisons (non-associative) < `+ -` < `* /` < unary `-` < atoms.
 * Nesting is limited (MAX_DEPTH) so hostile input gives an InputError, never a stack overflow.
 * Names and calls are resolved through the facts registry (facts/registry.ts): the parser knows the shapes
 * `NS.NAME` and `FN(ARGS)`, the registry knows which exist.
 */
import {
  INFIX_PRECEDENCE,
  MATH_FUNCTIONS,
  PRECEDENCE,
  displayName,
  functionNames,
  isCondition,
  isReservedWord,
  type ArithOp,
  type CompareOp,
  type Expr,
  type MathFunction,
} from './ast.js';
import { FACTS, type FactRegistry } from './facts/registry.js';
import type { FactArg, FactRead, Namespace, ParamKind } from './facts/types.js';
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

  constructor(
    text: string,
    private readonly facts: FactRegistry,
  ) {
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
    if (!isCondition(expr, this.facts)) {
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
        if (!isCondition(side, this.facts)) {
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
      if (!isCondition(operand, this.facts)) {
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
      case 'duration':
        throw new RuleSyntaxError(
          token.start,
          `a duration like '${token.text}' is only allowed as the window of a function over past runs`,
        );
      case 'string':
        return this.read(this.facts.bare, token.value, span);
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

  private read(namespace: Namespace, name: string, span: { start: number; end: number }): FactRead {
    return { kind: 'fact', namespace: namespace.name, name, ...span };
  }

  private parseName(token: Extract<Token, { type: 'name' }>): Expr {
    const [first = ''] = token.segments;
    const span = { start: token.start, end: token.end };
    if (isOp(this.peek(), '(')) return this.parseCall(token.segments.join('.'), token);
    if (token.segments.length === 1 && (first === 'true' || first === 'false')) {
      return { kind: 'boolean', value: first === 'true', ...span };
    }
    if (token.segments.length === 1 && (first === 'and' || first === 'or')) {
      throw new RuleSyntaxError(token.start, `expected a value before '${first}'`);
    }
    if (token.segments.length === 1 && functionNames(this.facts).includes(first)) {
      throw new RuleSyntaxError(
        token.start,
        `'${first}' is a function: call it as ${first}(…); to read a metric named ${first}, quote it: "${first}"`,
      );
    }
    return this.valueRead(token);
  }

  /** `NAME`, `NS.NAME` or `NS."quoted name"` (the name token is already taken). */
  private valueRead(token: Extract<Token, { type: 'name' }>): FactRead {
    const [first = '', ...rest] = token.segments;
    const span = { start: token.start, end: token.end };
    const namespace = this.facts.namespaces.get(first);
    if (namespace === undefined || namespace === this.facts.bare) {
      if (isOp(this.peek(), '.')) {
        throw new RuleSyntaxError(
          this.peek().start,
          `only a namespace (${this.prefixes()}) can be followed by a quoted name; quote the whole name instead`,
        );
      }
      return this.read(this.facts.bare, this.bareName(token.segments, token.start), span);
    }
    if (rest.length === 0 && isOp(this.peek(), '.') && namespace.names === null) {
      this.next();
      const quoted = this.next();
      if (quoted.type !== 'string') {
        throw new RuleSyntaxError(quoted.start, `expected a quoted name after ${first}.`);
      }
      return this.read(namespace, quoted.value, { start: token.start, end: quoted.end });
    }
    const full = token.segments.join('.');
    if (namespace.names !== null) {
      const name = rest.join('.');
      if (rest.length !== 1 || !namespace.names.includes(name)) {
        const known = namespace.names.map((n) => `${first}.${n}`);
        const hint = rest.length === 0 ? `'${first}' needs a fact` : `unknown ${namespace.noun} '${full}'`;
        throw new RuleSyntaxError(
          token.start,
          `${hint}${suggestion(full, known, quoteWord)} (known: ${known.join(', ')})`,
        );
      }
      return this.read(namespace, name, span);
    }
    if (rest.length === 0) {
      throw new RuleSyntaxError(
        token.start,
        `'${first}' needs a metric name: ${first}.accuracy or ${first}."p@5"`,
      );
    }
    return this.read(namespace, this.bareName(rest, token.start + first.length + 1), span);
  }

  private prefixes(): string {
    return [...this.facts.namespaces.keys()]
      .filter((n) => n !== this.facts.bare.name && this.facts.namespaces.get(n)?.names === null)
      .map((n) => `'${n}.'`)
      .join(', ');
  }

  /** A bare metric name; one starting with a reserved word must be quoted to avoid ambiguity. */
  private bareName(segments: string[], at: number): string {
    const name = segments.join('.');
    const first = segments[0] ?? '';
    if (isReservedWord(first, this.facts)) {
      throw new RuleSyntaxError(
        at,
        `'${first}' is a reserved word; quote the metric name: ${displayName(name)}`,
      );
    }
    return name;
  }

  private parseCall(name: string, token: Token): Expr {
    const fn = this.facts.functions.get(name);
    if (fn !== undefined) return this.parseFactCall(name, token);
    const names = functionNames(this.facts);
    if (!MATH_FUNCTIONS.includes(name as MathFunction)) {
      throw new RuleSyntaxError(
        token.start,
        `unknown function '${name}'${suggestion(name, names, quoteWord)} (functions: ${names.join(', ')})`,
      );
    }
    const open = this.next();
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

  /** A registry function: each argument parsed as its parameter kind says. */
  private parseFactCall(name: string, token: Token): Expr {
    const fn = this.facts.functions.get(name)!;
    const takes = `${name}() takes ${signature(fn.params, fn.optionalFrom)}, e.g. ${fn.usage}`;
    this.next(); // '('
    const args: FactArg[] = [];
    const required = fn.optionalFrom ?? fn.params.length;
    for (const [index, kind] of fn.params.entries()) {
      if (index >= required && isOp(this.peek(), ')')) break;
      if (index > 0) this.expectOp(',', `',' and ${describeParam(kind)} (${takes})`);
      args.push(this.parseArg(kind, takes));
    }
    const last =
      args.length === 1
        ? `the ${describeParam(fn.params[0] ?? 'metric').replace(/^an? /, '')}`
        : 'the arguments';
    const close = this.expectOp(')', `')' after ${last} (${takes})`);
    return { kind: 'fact-call', fn: name, args, start: token.start, end: close.end };
  }

  private parseArg(kind: ParamKind, takes: string): FactArg {
    const arg = this.next();
    const span = { start: arg.start, end: arg.end };
    const wrong = (): never => {
      throw new RuleSyntaxError(arg.start, `${takes}; found ${describe(arg)}`);
    };
    switch (kind) {
      case 'window':
        if (arg.type === 'duration') return { kind: 'window', text: arg.text, ms: arg.ms, ...span };
        if (arg.type === 'number' && !arg.percent && Number.isInteger(arg.value) && arg.value >= 1) {
          return { kind: 'window', text: String(arg.value), runs: arg.value, ...span };
        }
        return wrong();
      case 'column':
        if (arg.type === 'string') return { kind: 'column', name: arg.value, ...span };
        if (arg.type === 'name') return { kind: 'column', name: arg.segments.join('.'), ...span };
        return wrong();
      case 'metric':
        if (arg.type === 'string') return this.read(this.facts.bare, arg.value, span);
        if (arg.type === 'name' && !isOp(this.peek(), '(') && !isOp(this.peek(), '.')) {
          if (this.facts.namespaces.has(arg.segments[0] ?? '')) return wrong();
          return this.read(this.facts.bare, this.bareName(arg.segments, arg.start), span);
        }
        return wrong();
      case 'fact':
        if (arg.type === 'string') return this.read(this.facts.bare, arg.value, span);
        if (arg.type === 'name' && !isOp(this.peek(), '(')) return this.valueRead(arg);
        return wrong();
    }
  }
}

/** `one metric name`, `a metric name and a window (…)`. */
function signature(params: readonly ParamKind[], optionalFrom = params.length): string {
  const parts = params.map((p, i) => `${describeParam(p)}${i >= optionalFrom ? ' (optional)' : ''}`);
  if (parts.length === 1) return (parts[0] as string).replace(/^an? /, 'one ');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function describeParam(kind: ParamKind): string {
  switch (kind) {
    case 'metric':
      return 'a metric name';
    case 'fact':
      return 'a metric name or a fact such as baseline.accuracy';
    case 'column':
      return 'a column name';
    case 'window':
      return 'a window: a number of runs (7) or a duration (7d, 12h, 2w)';
  }
}

/** Parses an expression; throws RuleSyntaxError with the offset of the problem. */
export function parseExpression(text: string, facts: FactRegistry = FACTS): Expr {
  return new Parser(text, facts).parseRule();
}
