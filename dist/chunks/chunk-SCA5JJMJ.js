import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  driftedFeatures,
  explainFailure,
  githubMessage,
  isAmbiguous,
  statusOf
} from "./chunk-MNYJVA2X.js";
import {
  createClient
} from "./chunk-DSE6RNUO.js";
import {
  displayPath,
  readText,
  require_dist,
  resolveFiles
} from "./chunk-SXQYWGFC.js";
import {
  FACTS,
  FactError,
  INFIX_PRECEDENCE,
  MATH_FUNCTIONS,
  PRECEDENCE,
  displayName,
  functionNames,
  isCondition,
  isReservedWord,
  listNames,
  matchesName,
  printExpr,
  quoteName,
  suggestion,
  valueKey
} from "./chunk-56PMEDHV.js";
import {
  InputError,
  formatPosition,
  messageOf
} from "./chunk-FI7I53I2.js";
import {
  __toESM
} from "./chunk-MQQLUTP6.js";

// src/rules/format.ts
function filePositionOf(spec, offset) {
  const before = spec.expression.slice(0, offset);
  const lastBreak = before.lastIndexOf("\n");
  if (lastBreak < 0) return { line: spec.origin.line, column: spec.origin.column + offset };
  const line = spec.origin.line + before.split("\n").length - 1;
  return { line, column: offset - lastBreak };
}
function visible(text) {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, "\uFFFD");
}
function oneLine(text) {
  return visible(text.replace(/\s*\r?\n\s*/g, " ").trim());
}
function ruleError(spec, offset, what) {
  const at = Math.max(0, Math.min(offset, spec.expression.length));
  const { line, column } = filePositionOf(spec, at);
  const where = formatPosition({ file: spec.origin.source, line, column });
  const lineStart = spec.expression.lastIndexOf("\n", at - 1) + 1;
  const lineEnd = spec.expression.indexOf("\n", at);
  const shown = visible(
    spec.expression.slice(lineStart, lineEnd < 0 ? void 0 : lineEnd).replace(/\r$/, "")
  );
  const pad = Array.from(shown.slice(0, at - lineStart), (c) => c === "	" ? "	" : " ").join("");
  return new InputError(
    `${where}: rule '${spec.id}' (${oneLine(spec.expression)}): ${what}
    ${shown}
    ${pad}^`
  );
}

// src/rules/check.ts
function factNodes(expr) {
  const found = [];
  const stack = [expr];
  while (stack.length > 0) {
    const node = stack.pop();
    switch (node.kind) {
      case "fact":
      case "fact-call":
        found.push(node);
        break;
      case "negate":
      case "not":
        stack.push(node.operand);
        break;
      case "arith":
      case "compare":
      case "logical":
        stack.push(node.right, node.left);
        break;
      case "call":
        stack.push(...[...node.args].reverse());
        break;
      case "number":
      case "boolean":
        break;
    }
  }
  return found;
}
function references(expr, facts) {
  return factNodes(expr).flatMap((node) => {
    const written = valueKey(node);
    if (node.kind === "fact")
      return [{ namespace: node.namespace, name: node.name, written, offset: node.start }];
    const fn = facts.functions.get(node.fn);
    const reads = fn?.reads?.(node.args) ?? node.args.flatMap((a) => a.kind === "fact" ? [{ namespace: a.namespace, name: a.name }] : []);
    return reads.map((r) => ({ ...r, written, offset: node.start }));
  });
}
function factContext(sources, facts, written) {
  const context = {
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
    }
  };
  return context;
}
function firstProblem(rule, sources) {
  const { facts } = rule;
  for (const node of factNodes(rule.ast)) {
    const context = factContext(sources, facts, valueKey(node));
    const reads = node.kind === "fact" ? [node] : node.args.filter((a) => a.kind === "fact");
    for (const read of reads) {
      const namespace = facts.namespaces.get(read.namespace);
      const problem = namespace?.check(read.name, { ...context, written: valueKey(read) });
      if (problem !== void 0) return { offset: read.start, message: problem };
    }
    if (node.kind === "fact-call") {
      const problem = facts.functions.get(node.fn)?.check?.(node.args, context);
      if (problem !== void 0) return { offset: node.start, message: problem };
    }
  }
  return void 0;
}
function checkRule(rule, sources) {
  const problem = firstProblem(rule, sources);
  if (problem !== void 0) throw ruleError(rule.spec, problem.offset, problem.message);
}

// src/text/format.ts
function formatNumber(x) {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "Infinity" : "-Infinity";
  if (x === 0) return "0";
  const magnitude = Math.abs(x);
  if (Number.isInteger(x) && magnitude < 1e15) return String(x);
  if (magnitude >= 1e-4 && magnitude < 1e6) {
    const fixed = x.toPrecision(6);
    if (!fixed.includes("e")) return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
  }
  const [mantissa = "", exponent = ""] = x.toExponential(5).split("e");
  return `${mantissa.replace(/\.?0+$/, "")}e${exponent}`;
}
function formatPercent(share, decimals) {
  return `${formatNumber(Number((share * 100).toFixed(decimals)))}%`;
}

// src/rules/reason.ts
var FLIPPED = {
  "<": ">=",
  "<=": ">",
  ">": "<=",
  ">=": "<",
  "==": "!=",
  "!=": "=="
};
function isConstant(expr) {
  switch (expr.kind) {
    case "number":
    case "boolean":
      return true;
    case "negate":
    case "not":
      return isConstant(expr.operand);
    case "arith":
    case "compare":
    case "logical":
      return isConstant(expr.left) && isConstant(expr.right);
    case "call":
      return expr.args.every(isConstant);
    default:
      return false;
  }
}
function explainComparison(expr, results, want) {
  const op = want ? expr.op : FLIPPED[expr.op];
  const left = results.get(expr.left) ?? NaN;
  const right = results.get(expr.right) ?? NaN;
  const tie = formatNumber(left) === formatNumber(right) && left !== right;
  const show2 = (x) => tie ? String(x) : formatNumber(x);
  const leftText = isConstant(expr.left) ? show2(left) : `${printExpr(expr.left)} = ${show2(left)}`;
  const rightText = isConstant(expr.right) ? show2(right) : `${show2(right)} = ${printExpr(expr.right)}`;
  return `${leftText} ${op} ${rightText}`;
}
function explain(expr, results, want) {
  switch (expr.kind) {
    case "compare":
      return { text: explainComparison(expr, results, want), joinedBy: null };
    case "not":
      return explain(expr.operand, results, !want);
    case "logical": {
      const joinedBy = want ? expr.op : expr.op === "and" ? "or" : "and";
      const parts = [expr.left, expr.right].filter((side2) => joinedBy === "and" || results.has(side2) && results.get(side2) !== 0 === want).map((side2) => explain(side2, results, want));
      if (parts.length === 1 && parts[0] !== void 0) return parts[0];
      const wrap = (part) => part.joinedBy !== null && part.joinedBy !== joinedBy ? `(${part.text})` : part.text;
      return { text: parts.map(wrap).join(` ${joinedBy} `), joinedBy };
    }
    case "boolean":
      return { text: String(expr.value), joinedBy: null };
    default:
      return { text: `${printExpr(expr)} = ${formatNumber(results.get(expr) ?? NaN)}`, joinedBy: null };
  }
}

// src/rules/evaluate.ts
var COMPARE = {
  "<": (a, b) => a < b,
  "<=": (a, b) => a <= b,
  ">": (a, b) => a > b,
  ">=": (a, b) => a >= b,
  "==": (a, b) => a === b,
  "!=": (a, b) => a !== b
};
var Evaluation = class {
  constructor(rule, sources) {
    this.rule = rule;
    this.sources = sources;
  }
  rule;
  sources;
  /** Every node's value, for the explanation. */
  results = /* @__PURE__ */ new Map();
  values = {};
  text(node) {
    return this.rule.spec.expression.slice(node.start, node.end).replace(/\s+/g, " ");
  }
  evaluate(node) {
    const value = this.compute(node);
    if (Number.isNaN(value)) throw new FactError(`${this.text(node)} is not a number (NaN)`);
    this.results.set(node, value);
    if (node.kind === "fact" || node.kind === "fact-call") {
      Object.defineProperty(this.values, valueKey(node), {
        value,
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
    return value;
  }
  compute(node) {
    const facts = this.rule.facts;
    switch (node.kind) {
      case "number":
        return node.percent ? node.value / 100 : node.value;
      case "boolean":
        return node.value ? 1 : 0;
      case "fact": {
        const namespace = facts.namespaces.get(node.namespace);
        if (!namespace) throw new FactError(`${valueKey(node)}: unknown namespace`);
        return namespace.read(node.name, factContext(this.sources, facts, valueKey(node)));
      }
      case "fact-call": {
        const fn = facts.functions.get(node.fn);
        if (!fn) throw new FactError(`${node.fn}(): unknown function`);
        return fn.evaluate(node.args, factContext(this.sources, facts, valueKey(node)));
      }
      case "negate":
        return -this.evaluate(node.operand);
      case "not":
        return this.evaluate(node.operand) === 0 ? 1 : 0;
      case "arith": {
        const left = this.evaluate(node.left);
        const right = this.evaluate(node.right);
        if (node.op === "+") return left + right;
        if (node.op === "-") return left - right;
        if (node.op === "*") return left * right;
        if (right === 0) {
          throw new FactError(`${this.text(node)} divides by zero (${this.text(node.right)} = 0)`);
        }
        return left / right;
      }
      case "compare": {
        const left = this.evaluate(node.left);
        const right = this.evaluate(node.right);
        return COMPARE[node.op](left, right) ? 1 : 0;
      }
      case "logical":
        return this.logical(node);
      case "call": {
        const args = node.args.map((arg) => this.evaluate(arg));
        if (node.fn === "abs") return Math.abs(args[0] ?? 0);
        const pick = node.fn === "min" ? Math.min : Math.max;
        return args.reduce((best, x) => pick(best, x));
      }
    }
  }
  /**
   * Both sides always, so every value lands in the record. A side that errors decides nothing when the other
   * side decides alone (`true or ?` is true, `false and ?` is false, Kleene's logic); otherwise the error stands.
   */
  logical(node) {
    const attempt = (side2) => {
      try {
        return this.evaluate(side2) !== 0;
      } catch (error) {
        if (error instanceof FactError) return error;
        throw error;
      }
    };
    const left = attempt(node.left);
    const right = attempt(node.right);
    const decisive = node.op === "or";
    if (left === decisive || right === decisive) return decisive ? 1 : 0;
    if (left instanceof FactError) throw left;
    if (right instanceof FactError) throw right;
    return (node.op === "and" ? left && right : left || right) ? 1 : 0;
  }
};
function evaluateRule(rule, sources) {
  const evaluation = new Evaluation(rule, sources);
  const { spec } = rule;
  const result = {
    id: spec.id,
    ...spec.name !== void 0 ? { name: spec.name } : {},
    ...spec.description !== void 0 ? { description: spec.description } : {},
    expression: spec.expression,
    outcome: "ok",
    values: evaluation.values,
    metrics: rule.metrics,
    usesDrift: rule.usesDrift
  };
  try {
    if (evaluation.evaluate(rule.ast) !== 0) {
      result.outcome = "triggered";
      result.reason = explain(rule.ast, evaluation.results, true).text;
    }
  } catch (error) {
    if (!(error instanceof FactError)) throw error;
    result.outcome = "error";
    result.error = error.message;
  }
  return result;
}

// src/rules/lines.ts
var RULE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
function nameSeparator(line) {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted && char === "\\") i++;
    else if (char === '"') quoted = !quoted;
    else if (char === ":" && !quoted) return i;
  }
  return -1;
}
function skipSpaces(line, from) {
  let i = from;
  while (i < line.length && /\s/.test(line[i] ?? "")) i++;
  return i;
}
function parseRuleLines(text, source, firstIndex = 1) {
  const rules = [];
  const seen = /* @__PURE__ */ new Map();
  text.split(/\r?\n/).forEach((line, index) => {
    const lineNumber = index + 1;
    const first = skipSpaces(line, 0);
    if (first === line.length || line[first] === "#") return;
    const colon = nameSeparator(line);
    let name;
    let start = first;
    if (colon >= 0) {
      const candidate = line.slice(first, colon).trim();
      if (!RULE_NAME.test(candidate)) {
        const where = formatPosition({ file: source, line: lineNumber, column: first + 1 });
        throw new InputError(
          `${where}: '${candidate}' is not a valid rule name before ':' (names start with a letter or _ and use letters, digits, _ . -), e.g. \`acc-floor: accuracy < 0.85\``
        );
      }
      name = candidate;
      start = skipSpaces(line, colon + 1);
    }
    const id = name ?? `rule-${firstIndex + rules.length}`;
    const earlier = seen.get(id);
    if (earlier !== void 0) {
      const where = formatPosition({ file: source, line: lineNumber, column: first + 1 });
      const what = name === void 0 ? `the id '${id}' of this unnamed rule` : `rule name '${id}'`;
      throw new InputError(`${where}: ${what} is already used on line ${earlier}; rule names must be unique`);
    }
    seen.set(id, lineNumber);
    const spec = {
      id,
      expression: line.slice(start).trimEnd(),
      origin: { source, line: lineNumber, column: start + 1 }
    };
    if (name !== void 0) spec.name = name;
    rules.push(spec);
  });
  return rules;
}

// src/rules/lexer.ts
var RuleSyntaxError = class extends Error {
  constructor(offset, message) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var TWO_CHAR_OPS = /* @__PURE__ */ new Set(["<=", ">=", "==", "!="]);
var ONE_CHAR_OPS = /* @__PURE__ */ new Set(["+", "-", "*", "/", "<", ">", "(", ")", ","]);
var NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
var SEGMENT = /[A-Za-z_][A-Za-z0-9_]*/y;
var NAME_CHAR = /[A-Za-z0-9_.]/;
var DURATION_MS = { h: 36e5, d: 864e5, w: 6048e5 };
var MISTAKES = {
  "=": "'=' is not an operator; compare with '=='",
  "!": "'!' is not an operator; use 'not' or '!='",
  "&": "'&' is not an operator; use 'and'",
  "|": "'|' is not an operator; use 'or'",
  "'": 'names are quoted with double quotes, e.g. "precision@5"',
  "%": "'%' must directly follow a number, as in 20%",
  "#": "comments must be on a line of their own"
};
function matchAt(pattern, text, at) {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match ? match[0] : null;
}
function describeChar(char) {
  const code = char.codePointAt(0) ?? 0;
  return code < 32 || code === 127 ? `control character U+${code.toString(16).padStart(4, "0")}` : `character '${char}'`;
}
function describe(token) {
  switch (token.type) {
    case "end":
      return "the end of the rule";
    case "number":
      return "a number";
    case "duration":
      return `the duration '${token.text}'`;
    case "string":
      return `the quoted name ${displayName(token.value)}`;
    case "name":
      return `'${token.segments.join(".")}'`;
    case "op":
      return `'${token.value}'`;
  }
}
function infixOf(token) {
  if (token.type === "op") return token.value;
  if (token.type === "name" && token.segments.length === 1) return token.segments[0];
  return void 0;
}
function isWord(token, word) {
  return token.type === "name" && token.segments.length === 1 && token.segments[0] === word;
}
function isOp(token, op) {
  return token.type === "op" && token.value === op;
}
function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? "";
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const start = i;
    const number = /[0-9]/.test(char) || char === "." && /[0-9]/.test(text[i + 1] ?? "");
    if (number) {
      const digits = matchAt(NUMBER, text, i) ?? "";
      i += digits.length;
      const percent = text[i] === "%";
      if (percent) i++;
      const next = text[i] ?? "";
      const unit = DURATION_MS[next];
      if (!percent && unit !== void 0 && /^\d+$/.test(digits) && !NAME_CHAR.test(text[i + 1] ?? "")) {
        i++;
        tokens.push({ type: "duration", text: `${digits}${next}`, ms: Number(digits) * unit, start, end: i });
        continue;
      }
      if (!percent && NAME_CHAR.test(next)) {
        const rest = matchAt(/[A-Za-z0-9_.]*/y, text, i) ?? "";
        throw new RuleSyntaxError(start, `malformed number '${digits}${rest}'`);
      }
      const value = Number(digits);
      if (!Number.isFinite(value)) throw new RuleSyntaxError(start, `number '${digits}' is too large`);
      tokens.push({ type: "number", value, percent, start, end: i });
    } else if (/[A-Za-z_]/.test(char)) {
      const segments = [];
      for (; ; ) {
        const segment = matchAt(SEGMENT, text, i) ?? "";
        segments.push(segment);
        i += segment.length;
        if (text[i] !== "." || !/[A-Za-z_]/.test(text[i + 1] ?? "")) break;
        i++;
      }
      tokens.push({ type: "name", segments, start, end: i });
      if (text[i] === ".") {
        if (text[i + 1] !== '"') {
          throw new RuleSyntaxError(i + 1, "expected a name after '.' (a letter or _, or a quoted name)");
        }
        tokens.push({ type: "op", value: ".", start: i, end: i + 1 });
        i++;
      }
    } else if (char === '"') {
      let value = "";
      i++;
      for (; ; ) {
        const c = text[i];
        if (c === void 0) throw new RuleSyntaxError(start, 'quoted name is not closed; add the closing "');
        i++;
        if (c === '"') break;
        if (c === "\\") {
          const escaped = text[i];
          if (escaped !== '"' && escaped !== "\\") {
            const found = escaped === void 0 ? "the end of the rule" : `'\\${escaped}'`;
            throw new RuleSyntaxError(i - 1, `unknown escape ${found} in a quoted name (only \\" and \\\\)`);
          }
          value += escaped;
          i++;
        } else {
          value += c;
        }
      }
      if (value === "") throw new RuleSyntaxError(start, 'empty quoted name ""');
      tokens.push({ type: "string", value, start, end: i });
    } else if (TWO_CHAR_OPS.has(text.slice(i, i + 2))) {
      tokens.push({ type: "op", value: text.slice(i, i + 2), start, end: i + 2 });
      i += 2;
    } else if (ONE_CHAR_OPS.has(char)) {
      tokens.push({ type: "op", value: char, start, end: i + 1 });
      i++;
    } else {
      const hint = MISTAKES[char];
      if (char === "&" && text[i + 1] === "&")
        throw new RuleSyntaxError(start, "'&&' is not an operator; use 'and'");
      if (char === "|" && text[i + 1] === "|")
        throw new RuleSyntaxError(start, "'||' is not an operator; use 'or'");
      const found = String.fromCodePoint(text.codePointAt(i) ?? 0);
      throw new RuleSyntaxError(start, hint ?? `unexpected ${describeChar(found)}`);
    }
  }
  tokens.push({ type: "end", start: text.length, end: text.length });
  return tokens;
}

// src/rules/parser.ts
var MAX_DEPTH = 200;
var quoteWord = (word) => `'${word}'`;
var EXAMPLE = "e.g. `accuracy < 0.85`";
var TOO_DEEP = `the rule is nested too deeply (more than ${MAX_DEPTH} levels); split it up`;
var Parser = class {
  constructor(text, facts) {
    this.facts = facts;
    this.tokens = tokenize(text);
  }
  facts;
  tokens;
  index = 0;
  depth = 0;
  /** Height of each subtree built so far, to bound long operator chains as well as nesting. */
  heights = /* @__PURE__ */ new WeakMap();
  parseRule() {
    const first = this.peek();
    if (first.type === "end")
      throw new RuleSyntaxError(0, `the rule is empty; write a condition, ${EXAMPLE}`);
    const expr = this.parseExpr(0);
    const next = this.peek();
    if (next.type !== "end") {
      const hint = isOp(next, ")") ? "unmatched ')'" : `unexpected ${describe(next)}`;
      throw new RuleSyntaxError(next.start, `${hint}; expected an operator (such as <, +, and) or the end`);
    }
    if (!isCondition(expr, this.facts)) {
      throw new RuleSyntaxError(expr.start, `rule must be a condition, ${EXAMPLE}`);
    }
    return expr;
  }
  peek() {
    return this.tokens[this.index];
  }
  next() {
    const token = this.peek();
    if (token.type !== "end") this.index++;
    return token;
  }
  expectOp(op, what) {
    const token = this.peek();
    if (!isOp(token, op))
      throw new RuleSyntaxError(token.start, `expected ${what}, found ${describe(token)}`);
    return this.next();
  }
  /** Records a node's height and refuses trees deeper than MAX_DEPTH. */
  node(expr, children, at) {
    const height = 1 + children.reduce((most, child) => Math.max(most, this.heights.get(child) ?? 1), 0);
    if (height > MAX_DEPTH) {
      throw new RuleSyntaxError(at, TOO_DEEP);
    }
    this.heights.set(expr, height);
    return expr;
  }
  parseExpr(minPrecedence) {
    if (++this.depth > MAX_DEPTH) {
      throw new RuleSyntaxError(this.peek().start, TOO_DEEP);
    }
    let left = this.parsePrefix(minPrecedence);
    let compared = false;
    for (; ; ) {
      const token = this.peek();
      const op = infixOf(token);
      const precedence = op === void 0 ? void 0 : INFIX_PRECEDENCE[op];
      if (op === void 0 || precedence === void 0 || precedence < minPrecedence) break;
      if (precedence === PRECEDENCE.compare && compared) {
        throw new RuleSyntaxError(
          token.start,
          `comparisons cannot be chained; write \`a < b and b < c\` instead of \`a < b < c\``
        );
      }
      this.next();
      const right = this.parseExpr(precedence + 1);
      left = this.combine(op, left, right, token.start);
      compared = precedence === PRECEDENCE.compare;
    }
    this.depth--;
    return left;
  }
  combine(op, left, right, at) {
    const span = { start: left.start, end: right.end };
    if (op === "and" || op === "or") {
      for (const side2 of [left, right]) {
        if (!isCondition(side2, this.facts)) {
          throw new RuleSyntaxError(side2.start, `'${op}' needs a condition on each side, ${EXAMPLE}`);
        }
      }
      return this.node({ kind: "logical", op, left, right, ...span }, [left, right], at);
    }
    if (op === "+" || op === "-" || op === "*" || op === "/") {
      return this.node({ kind: "arith", op, left, right, ...span }, [left, right], at);
    }
    return this.node({ kind: "compare", op, left, right, ...span }, [left, right], at);
  }
  parsePrefix(minPrecedence) {
    const token = this.peek();
    if (isOp(token, "-")) {
      this.next();
      const operand = this.parseExpr(PRECEDENCE.negate);
      return this.node(
        { kind: "negate", operand, start: token.start, end: operand.end },
        [operand],
        token.start
      );
    }
    if (isWord(token, "not")) {
      if (minPrecedence > PRECEDENCE.not) {
        throw new RuleSyntaxError(token.start, "'not' must be in parentheses here, e.g. `1 + (not a < b)`");
      }
      this.next();
      const operand = this.parseExpr(PRECEDENCE.not);
      if (!isCondition(operand, this.facts)) {
        throw new RuleSyntaxError(operand.start, `'not' needs a condition, ${EXAMPLE}`);
      }
      return this.node(
        { kind: "not", operand, start: token.start, end: operand.end },
        [operand],
        token.start
      );
    }
    return this.parseAtom();
  }
  parseAtom() {
    const token = this.next();
    const span = { start: token.start, end: token.end };
    switch (token.type) {
      case "number":
        return { kind: "number", value: token.value, percent: token.percent, ...span };
      case "duration":
        throw new RuleSyntaxError(
          token.start,
          `a duration like '${token.text}' is only allowed as the window of a function over past runs`
        );
      case "string":
        return this.read(this.facts.bare, token.value, span);
      case "name":
        return this.parseName(token);
      case "op":
        if (token.value === "(") {
          const inner = this.parseExpr(0);
          const close = this.expectOp(")", "')' to close the '('");
          const grouped = { ...inner, start: token.start, end: close.end };
          this.heights.set(grouped, this.heights.get(inner) ?? 1);
          return grouped;
        }
        throw new RuleSyntaxError(
          token.start,
          `expected a value (a number, a metric name or '('), found ${describe(token)}`
        );
      case "end":
        throw new RuleSyntaxError(
          token.start,
          "the rule ends too early; expected a value (a number, a metric name or '(')"
        );
    }
  }
  read(namespace, name, span) {
    return { kind: "fact", namespace: namespace.name, name, ...span };
  }
  parseName(token) {
    const [first = ""] = token.segments;
    const span = { start: token.start, end: token.end };
    if (isOp(this.peek(), "(")) return this.parseCall(token.segments.join("."), token);
    if (token.segments.length === 1 && (first === "true" || first === "false")) {
      return { kind: "boolean", value: first === "true", ...span };
    }
    if (token.segments.length === 1 && (first === "and" || first === "or")) {
      throw new RuleSyntaxError(token.start, `expected a value before '${first}'`);
    }
    if (token.segments.length === 1 && functionNames(this.facts).includes(first)) {
      throw new RuleSyntaxError(
        token.start,
        `'${first}' is a function: call it as ${first}(\u2026); to read a metric named ${first}, quote it: "${first}"`
      );
    }
    return this.valueRead(token);
  }
  /** `NAME`, `NS.NAME` or `NS."quoted name"` (the name token is already taken). */
  valueRead(token) {
    const [first = "", ...rest] = token.segments;
    const span = { start: token.start, end: token.end };
    const namespace = this.facts.namespaces.get(first);
    if (namespace === void 0 || namespace === this.facts.bare) {
      if (isOp(this.peek(), ".")) {
        throw new RuleSyntaxError(
          this.peek().start,
          `only a namespace (${this.prefixes()}) can be followed by a quoted name; quote the whole name instead`
        );
      }
      return this.read(this.facts.bare, this.bareName(token.segments, token.start), span);
    }
    if (rest.length === 0 && isOp(this.peek(), ".") && namespace.names === null) {
      this.next();
      const quoted = this.next();
      if (quoted.type !== "string") {
        throw new RuleSyntaxError(quoted.start, `expected a quoted name after ${first}.`);
      }
      return this.read(namespace, quoted.value, { start: token.start, end: quoted.end });
    }
    const full = token.segments.join(".");
    if (namespace.names !== null) {
      const name = rest.join(".");
      if (rest.length !== 1 || !namespace.names.includes(name)) {
        const known = namespace.names.map((n) => `${first}.${n}`);
        const hint = rest.length === 0 ? `'${first}' needs a fact` : `unknown ${namespace.noun} '${full}'`;
        throw new RuleSyntaxError(
          token.start,
          `${hint}${suggestion(full, known, quoteWord)} (known: ${known.join(", ")})`
        );
      }
      return this.read(namespace, name, span);
    }
    if (rest.length === 0) {
      throw new RuleSyntaxError(
        token.start,
        `'${first}' needs a metric name: ${first}.accuracy or ${first}."p@5"`
      );
    }
    return this.read(namespace, this.bareName(rest, token.start + first.length + 1), span);
  }
  prefixes() {
    return [...this.facts.namespaces.keys()].filter((n) => n !== this.facts.bare.name && this.facts.namespaces.get(n)?.names === null).map((n) => `'${n}.'`).join(", ");
  }
  /** A bare metric name; one starting with a reserved word must be quoted to avoid ambiguity. */
  bareName(segments, at) {
    const name = segments.join(".");
    const first = segments[0] ?? "";
    if (isReservedWord(first, this.facts)) {
      throw new RuleSyntaxError(
        at,
        `'${first}' is a reserved word; quote the metric name: ${displayName(name)}`
      );
    }
    return name;
  }
  parseCall(name, token) {
    const fn = this.facts.functions.get(name);
    if (fn !== void 0) return this.parseFactCall(name, token);
    const names = functionNames(this.facts);
    if (!MATH_FUNCTIONS.includes(name)) {
      throw new RuleSyntaxError(
        token.start,
        `unknown function '${name}'${suggestion(name, names, quoteWord)} (functions: ${names.join(", ")})`
      );
    }
    const open = this.next();
    const args = [];
    if (isOp(this.peek(), ")"))
      throw new RuleSyntaxError(this.peek().start, `${name}() needs at least one argument`);
    for (; ; ) {
      args.push(this.parseExpr(0));
      if (!isOp(this.peek(), ",")) break;
      this.next();
    }
    const close = this.expectOp(")", `',' or ')' to close ${name}(`);
    if (name === "abs" && args.length !== 1) {
      throw new RuleSyntaxError(open.start, `abs() takes exactly one argument, found ${args.length}`);
    }
    const call = {
      kind: "call",
      fn: name,
      args,
      start: token.start,
      end: close.end
    };
    return this.node(call, args, token.start);
  }
  /** A registry function: each argument parsed as its parameter kind says. */
  parseFactCall(name, token) {
    const fn = this.facts.functions.get(name);
    const takes = `${name}() takes ${signature(fn.params, fn.optionalFrom)}, e.g. ${fn.usage}`;
    this.next();
    const args = [];
    const required = fn.optionalFrom ?? fn.params.length;
    for (const [index, kind] of fn.params.entries()) {
      if (index >= required && isOp(this.peek(), ")")) break;
      if (index > 0) this.expectOp(",", `',' and ${describeParam(kind)} (${takes})`);
      args.push(this.parseArg(kind, takes));
    }
    const last = args.length === 1 ? `the ${describeParam(fn.params[0] ?? "metric").replace(/^an? /, "")}` : "the arguments";
    const close = this.expectOp(")", `')' after ${last} (${takes})`);
    return { kind: "fact-call", fn: name, args, start: token.start, end: close.end };
  }
  parseArg(kind, takes) {
    const arg = this.next();
    const span = { start: arg.start, end: arg.end };
    const wrong = () => {
      throw new RuleSyntaxError(arg.start, `${takes}; found ${describe(arg)}`);
    };
    switch (kind) {
      case "window":
        if (arg.type === "duration") return { kind: "window", text: arg.text, ms: arg.ms, ...span };
        if (arg.type === "number" && !arg.percent && Number.isInteger(arg.value) && arg.value >= 1) {
          return { kind: "window", text: String(arg.value), runs: arg.value, ...span };
        }
        return wrong();
      case "column":
        if (arg.type === "string") return { kind: "column", name: arg.value, ...span };
        if (arg.type === "name") return { kind: "column", name: arg.segments.join("."), ...span };
        return wrong();
      case "metric":
        if (arg.type === "string") return this.read(this.facts.bare, arg.value, span);
        if (arg.type === "name" && !isOp(this.peek(), "(") && !isOp(this.peek(), ".")) {
          if (this.facts.namespaces.has(arg.segments[0] ?? "")) return wrong();
          return this.read(this.facts.bare, this.bareName(arg.segments, arg.start), span);
        }
        return wrong();
      case "fact":
        if (arg.type === "string") return this.read(this.facts.bare, arg.value, span);
        if (arg.type === "name" && !isOp(this.peek(), "(")) return this.valueRead(arg);
        return wrong();
    }
  }
};
function signature(params, optionalFrom = params.length) {
  const parts = params.map((p, i) => `${describeParam(p)}${i >= optionalFrom ? " (optional)" : ""}`);
  if (parts.length === 1) return parts[0].replace(/^an? /, "one ");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
function describeParam(kind) {
  switch (kind) {
    case "metric":
      return "a metric name";
    case "fact":
      return "a metric name or a fact such as baseline.accuracy";
    case "column":
      return "a column name";
    case "window":
      return "a window: a number of runs (7) or a duration (7d, 12h, 2w)";
  }
}
function parseExpression(text, facts = FACTS) {
  return new Parser(text, facts).parseRule();
}

// src/rules/rule.ts
function parseRule(spec, facts = FACTS) {
  let ast;
  try {
    ast = parseExpression(spec.expression, facts);
  } catch (error) {
    if (error instanceof RuleSyntaxError) throw ruleError(spec, error.offset, error.message);
    throw error;
  }
  const reads = references(ast, facts);
  const names = (namespace) => [
    ...new Set(reads.filter((r) => r.namespace === namespace).map((r) => r.name))
  ];
  return {
    spec,
    ast,
    facts,
    metrics: names(facts.bare.name),
    baseline: names("baseline"),
    usesDrift: reads.some((r) => r.namespace === "drift")
  };
}

// src/history/hysteresis.ts
var NO_HYSTERESIS = { for: { k: 1, n: 1 }, clearAfter: 1 };
function standingOf(outcomes, spec) {
  const { k, n } = spec.for;
  let window = [];
  let firingSince = -1;
  let healthy = 0;
  let changed = false;
  outcomes.forEach((outcome, index) => {
    changed = false;
    if (outcome === "unknown") return;
    const held = outcome === "triggered";
    if (firingSince < 0) {
      window.push(held);
      if (window.length > n) window.shift();
      if (window.filter(Boolean).length >= k) {
        firingSince = index;
        healthy = 0;
        changed = true;
      }
      return;
    }
    healthy = held ? 0 : healthy + 1;
    if (healthy >= spec.clearAfter) {
      firingSince = -1;
      healthy = 0;
      window = [];
      changed = true;
    }
  });
  const currentUnknown = outcomes.at(-1) === "unknown";
  return { standing: standing(window, firingSince, healthy, spec), currentUnknown, changed };
}
function standing(window, firingSince, healthy, spec) {
  if (firingSince >= 0) {
    if (healthy > 0) {
      return { state: "clearing", triggered: true, since: firingSince, healthy, needed: spec.clearAfter };
    }
    return { state: "firing", triggered: true, since: firingSince };
  }
  const { k, n } = spec.for;
  const held = k === n ? trailingRun(window) : window.filter(Boolean).length;
  if (held === 0) return { state: "inactive", triggered: false };
  return { state: "pending", triggered: false, held, needed: k, window: n };
}
function trailingRun(window) {
  let run = 0;
  for (let i = window.length - 1; i >= 0 && window[i]; i--) run++;
  return run;
}
function describeStanding(s) {
  switch (s.state) {
    case "inactive":
      return "ok";
    case "firing":
      return "triggered";
    case "pending":
      return s.needed === s.window ? `pending \u2014 ${s.held} of ${s.needed} runs` : `pending \u2014 ${s.held} of ${s.needed} runs (in the last ${s.window})`;
    case "clearing":
      return `clearing \u2014 ${s.healthy} of ${s.needed} healthy runs`;
  }
}
function parseFor(value) {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1 ? { k: value, n: value } : expectedFor(value);
  }
  if (typeof value !== "string") return expectedFor(value);
  const text = value.trim();
  const whole = /^(\d+)$/.exec(text);
  if (whole) return parseFor(Number(whole[1]));
  const ofN = /^(\d+)\s+of\s+(\d+)$/i.exec(text);
  if (!ofN) return expectedFor(value);
  const k = Number(ofN[1]);
  const n = Number(ofN[2]);
  if (k < 1 || n < 1) return expectedFor(value);
  if (k > n) return `'${text}' asks for more runs (${k}) than its window (${n}); expected K of N with K \u2264 N`;
  return { k, n };
}
function expectedFor(value) {
  return `expected a whole number of runs \u2265 1 (e.g. 3) or 'K of N' (e.g. '2 of 3'), got ${JSON.stringify(value)}`;
}
function parseClearAfter(value) {
  const n = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof n === "number" && Number.isInteger(n) && n >= 1) return n;
  return `expected a whole number of healthy runs \u2265 1 (e.g. 2), got ${JSON.stringify(value)}`;
}

// src/history/model-age.ts
var DAY_MS = 864e5;
var ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
function parseTimestamp(value, key) {
  if (typeof value === "number" && Number.isFinite(value)) {
    if (value > 1e11)
      return `'${key}' = ${value} is too large for epoch seconds (milliseconds? divide by 1000)`;
    if (value <= 0) return `'${key}' = ${value} is not a time (expected epoch seconds or ISO 8601)`;
    return value * 1e3;
  }
  if (typeof value === "string" && ISO.test(value.trim())) {
    const text = value.trim();
    const withZone = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text) ? `${text}Z` : text;
    const ms = Date.parse(withZone.replace(" ", "T"));
    if (!Number.isNaN(ms)) return ms;
  }
  return `'${key}' = ${JSON.stringify(value)} is not a time (expected ISO 8601 like 2026-10-28T09:00:00Z or epoch seconds)`;
}
function modelAge(evidence) {
  const { now } = evidence;
  const ageOf = (trainedAt, source) => {
    if (trainedAt > now + DAY_MS) {
      return { known: false, reason: `the model's training time ${isoDate(trainedAt)} is in the future` };
    }
    return { known: true, age: { trainedAt, days: Math.max(0, (now - trainedAt) / DAY_MS), source } };
  };
  if (evidence.timestamp !== void 0) {
    const { key, value, file } = evidence.timestamp;
    const ms = parseTimestamp(value, key);
    if (typeof ms === "string") return { known: false, reason: file ? `${file}: ${ms}` : ms };
    return ageOf(ms, { kind: "metrics", key, ...file ? { file } : {} });
  }
  const run = evidence.lastSuccessfulRun;
  if (run !== void 0) {
    const ms = Date.parse(run.createdAt);
    if (!Number.isNaN(ms)) {
      return ageOf(ms, {
        kind: "workflow-run",
        workflow: run.workflow,
        ...run.url ? { runUrl: run.url } : {}
      });
    }
  }
  if (evidence.lastRetrainingInHistory !== void 0) {
    const ms = Date.parse(evidence.lastRetrainingInHistory);
    if (!Number.isNaN(ms)) return ageOf(ms, { kind: "history" });
  }
  const looked = [
    evidence.looked.modelTimestamp ? `no '${evidence.looked.modelTimestamp}' in the metrics files` : "no model-timestamp key set",
    evidence.looked.workflow ? `no successful ${evidence.looked.workflow} run on the default branch` : "no dispatch-workflow to look at",
    evidence.looked.history ? "no retraining in the history" : "no history"
  ];
  return { known: false, reason: `the model's age is unknown: ${looked.join(", ")}` };
}
function isoDate(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function describeSource(source) {
  switch (source.kind) {
    case "metrics":
      return source.file ? `'${source.key}' in ${source.file}` : `'${source.key}' in the metrics files`;
    case "workflow-run":
      return `last successful ${source.workflow} run`;
    case "history":
      return "last retraining in the history";
  }
}
function describeAge(age, maxDays) {
  const whole = Math.floor(age.days);
  const max = maxDays === void 0 ? "" : `; max ${Number(maxDays.toFixed(3))}d`;
  return `model is ${whole} day${whole === 1 ? "" : "s"} old (${describeSource(age.source)}, ${isoDate(age.trainedAt)}${max})`;
}
function parseMaxAge(value) {
  if (typeof value === "number" && Number.isFinite(value) && value > 0) return value;
  if (typeof value === "string") {
    const m = /^(\d+(?:\.\d+)?)\s*([hdw]?)$/.exec(value.trim());
    if (m && Number(m[1]) > 0) return Number(m[1]) * ({ h: 1 / 24, d: 1, w: 7, "": 1 }[m[2]] ?? 1);
  }
  return `expected a duration like 30d, 36h or 2w, got ${JSON.stringify(value)}`;
}

// src/history/timeline.ts
function timeline(records, current) {
  const earlier = current.runId === void 0 ? [...records] : records.filter((r) => r.run?.id !== current.runId);
  return { records: earlier, current };
}
function metricSeries(t, name) {
  const points = t.records.map((r) => ({
    time: Date.parse(r.time),
    value: Object.prototype.hasOwnProperty.call(r.metrics, name) ? r.metrics[name] : void 0
  }));
  points.push({ time: t.current.time, value: t.current.metrics.get(name) });
  return points;
}
function lastRetrainingIndex(records) {
  for (let i = records.length - 1; i >= 0; i--) if (records[i]?.actions?.dispatched === true) return i;
  return -1;
}
function lastRetraining(records) {
  const i = lastRetrainingIndex(records);
  return i < 0 ? void 0 : records[i]?.time;
}
function sinceRetraining(t, name) {
  const start = lastRetrainingIndex(t.records) + 1;
  const values = t.records.slice(start).map((r) => r.metrics[name]);
  values.push(t.current.metrics.get(name));
  return values.filter((v) => typeof v === "number" && Number.isFinite(v));
}
function ruleOutcomes(t, ruleId, current) {
  const past = t.records.map((r) => {
    const outcome = r.rules.find((rule) => rule.id === ruleId)?.outcome;
    return outcome === "triggered" || outcome === "ok" ? outcome : "unknown";
  });
  return [...past, current];
}
function driftShares(t, current) {
  const points = t.records.filter((r) => r.drift !== void 0).map((r) => ({ time: Date.parse(r.time), value: r.drift?.share }));
  if (current !== void 0) points.push({ time: t.current.time, value: current });
  return points;
}

// src/history/standings.ts
var MODEL_AGE_RULE = "max-model-age";
function info(s) {
  return { state: s.standing.state, counts: s.standing.triggered, text: describeStanding(s.standing) };
}
var asRunOutcome = (outcome) => outcome === "error" ? "unknown" : outcome;
function ruleStanding(t, ruleId, outcome, hysteresis = NO_HYSTERESIS) {
  return standingOf(ruleOutcomes(t, ruleId, asRunOutcome(outcome)), hysteresis);
}
function withStandings(results, hysteresis, t) {
  return results.map((r) => {
    const spec = hysteresis.get(r.id);
    return spec ? { ...r, standing: info(ruleStanding(t, r.id, r.outcome, spec)) } : r;
  });
}
function driftStanding(t, detected, hysteresis) {
  const past = t.records.map(
    (r) => r.drift === void 0 ? "unknown" : r.drift.detected ? "triggered" : "ok"
  );
  const now = detected === void 0 ? "unknown" : detected ? "triggered" : "ok";
  return info(standingOf([...past, now], hysteresis));
}
function modelFacts(age) {
  if (age === void 0) return null;
  return { ageDays: age.known ? { known: true, value: age.age.days } : { known: false, reason: age.reason } };
}
function modelAgeRule(age, maxDays) {
  const max = Number(maxDays.toFixed(3));
  const base = {
    id: MODEL_AGE_RULE,
    expression: `model.age_days > ${max}`,
    description: `the model may be at most ${max}d old`,
    metrics: [],
    usesDrift: false
  };
  if (age === void 0 || !age.known) {
    const reason = age === void 0 ? "the model's age was not looked up" : age.reason;
    return { ...base, outcome: "error", values: {}, error: reason };
  }
  const days = age.age.days;
  return {
    ...base,
    outcome: days > maxDays ? "triggered" : "ok",
    values: { "model.age_days": Number(days.toFixed(2)) },
    ...days > maxDays ? { reason: describeAge(age.age, maxDays) } : {}
  };
}

// src/decide.ts
function decideVerdict(rules, evidence, onUnknown = "keep", memory) {
  const drift = evidence.drift;
  const driftUnknown = drift ? undecidedDrift(drift) : void 0;
  const sources = {
    ...factSources(evidence, driftUnknown),
    history: memory?.facts ?? null,
    model: modelFacts(memory?.age)
  };
  for (const rule of rules) checkRule(rule, sources);
  let results = rules.map((rule) => evaluateRule(rule, sources));
  if (memory) results = withStandings(results, hysteresisOf(rules), memory.timeline);
  if (memory?.maxModelAgeDays !== void 0) results.push(modelAgeRule(memory.age, memory.maxModelAgeDays));
  const reasons = results.flatMap((r) => counts(r) ? [reasonOf(r)] : []);
  const failedRules = results.filter(counts).map((r) => r.id);
  const undecided = results.flatMap(
    (r) => r.outcome === "error" ? [`rule '${r.id}' (${r.expression}) could not be evaluated: ${r.error}`] : []
  );
  let driftVerdict = null;
  if (drift !== null) {
    const decides = !results.some((r) => r.usesDrift);
    const status2 = driftUnknown !== void 0 ? "unknown" : drift.detected ? "due" : "healthy";
    const standing2 = memory?.driftHysteresis && driftStanding(
      memory.timeline,
      driftUnknown === void 0 ? drift.detected : void 0,
      memory.driftHysteresis
    );
    driftVerdict = { decides, status: status2, undecided: driftUnknown ?? null, ...standing2 ? { standing: standing2 } : {} };
    const due = standing2 ? standing2.counts : status2 === "due";
    if (decides && due) {
      reasons.push(
        status2 === "due" ? driftReason(drift) : `data drift has not cleared: ${standing2 ? standing2.text : ""}`
      );
    }
    if (decides && driftUnknown !== void 0)
      undecided.push(`data drift could not be decided: ${driftUnknown}`);
  }
  const driftDue = driftVerdict?.decides === true && (driftVerdict.standing ? driftVerdict.standing.counts : driftVerdict.status === "due");
  const assessed = failedRules.length > 0 || driftDue ? "due" : undecided.length > 0 ? "unknown" : "healthy";
  let status = assessed;
  if (assessed === "unknown" && (onUnknown === "healthy" || onUnknown === "due")) status = onUnknown;
  if (status === "due" && assessed === "unknown") {
    reasons.push(`could not decide, and on-unknown is 'due': ${undecided.join("; ")}`);
  }
  return {
    status,
    assessed,
    triggered: status === "due",
    reasons,
    undecided,
    onUnknown,
    failedRules,
    rules: results,
    drift: driftVerdict,
    evidence
  };
}
function factsOf(evidence) {
  return factSources(evidence, evidence.drift ? undecidedDrift(evidence.drift) : void 0);
}
function counts(r) {
  return r.standing ? r.standing.counts : r.outcome === "triggered";
}
function reasonOf(r) {
  if (r.outcome === "triggered" && r.reason) return r.reason;
  const where = `${r.id} (${r.expression})`;
  if (r.outcome === "error")
    return `${where} still counts as triggered (not evaluable on this run, not cleared)`;
  return `${where} has not cleared: ${r.standing?.text ?? "triggered"}`;
}
function hysteresisOf(rules) {
  const out = /* @__PURE__ */ new Map();
  for (const rule of rules) if (rule.spec.hysteresis) out.set(rule.spec.id, rule.spec.hysteresis);
  return out;
}
function factSources(evidence, driftUnknown) {
  const drift = evidence.drift;
  const driftFacts = drift ? {
    share: drift.share,
    count: drift.count,
    detected: drift.detected,
    ...driftUnknown !== void 0 ? { undecided: driftUnknown } : {}
  } : null;
  const quality = evidence.quality ? new Map(
    evidence.quality.features.map((f) => [
      f.name,
      {
        kind: f.kind,
        missingShare: f.missingShare.current,
        referenceMissingShare: f.missingShare.reference,
        newShare: f.newShare,
        outOfRangeShare: f.outOfRangeShare
      }
    ])
  ) : null;
  return { metrics: evidence.current, baseline: evidence.baseline, drift: driftFacts, quality };
}
function undecidedDrift(drift) {
  const insufficient = drift.features.filter((f) => f.status === "insufficient");
  const shown = insufficient.slice(0, 5).map((f) => `'${f.name}' (${f.referenceSize} reference / ${f.currentSize} current rows)`).join(", ");
  const more = insufficient.length > 5 ? ` and ${insufficient.length - 5} more` : "";
  if (drift.tested === 0) {
    return drift.features.length === 0 ? "there were no features to test" : `no feature could be tested: all ${insufficient.length} have too few rows: ${shown}${more}`;
  }
  if (drift.detected || insufficient.length === 0) return void 0;
  const total = drift.tested + insufficient.length;
  const worst = (drift.count + insufficient.length) / total;
  if (worst < drift.threshold) return void 0;
  return `${insufficient.length} of ${total} features have too few rows to test (${shown}${more}); counted as drifted they would make ${formatPercent(worst, 1)} \u2265 ${formatPercent(drift.threshold, 1)} and turn "no drift" (${drift.count} of ${drift.tested} tested) into drift`;
}
function driftReason(drift) {
  const names = driftedFeatures(drift);
  const shown = names.slice(0, 10).join(", ") + (names.length > 10 ? `, \u2026 and ${names.length - 10} more` : "");
  return `data drift: ${drift.count} of ${drift.tested} features drifted (${formatPercent(drift.share, 1)} \u2265 ${formatPercent(drift.threshold, 1)}): ${shown}`;
}

// src/load/metrics.ts
import * as path from "node:path";

// src/load/metrics-tree.ts
var MAX_DEPTH2 = 100;
function errorAt(file, at, message) {
  return new InputError(`${formatPosition({ file, ...at })}: ${message}`);
}
function positionFinder(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}
function quote(text, max = 80) {
  const shown = text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
  return `'${shown}'`;
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") {
    const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}\u2026` : value);
    return `string ${shown}`;
  }
  if (typeof value === "number") return String(value);
  return typeof value;
}
function metricValue(value, name, file, at) {
  if (typeof value === "boolean") return { value: value ? 1 : 0 };
  if (typeof value === "number" && Number.isFinite(value)) return { value };
  if (typeof value === "number") {
    throw errorAt(file, at, `metric ${quote(name)}: expected a finite number, got ${describeValue(value)}`);
  }
  return { metadata: value ?? null };
}
function plain(node) {
  if (node.kind === "leaf") return node.value;
  if (node.kind === "list") return node.items.map(plain);
  return Object.fromEntries(node.entries.map((e) => [e.key, plain(e.node)]));
}
function flattenMetrics(entries, file) {
  const values = /* @__PURE__ */ new Map();
  const metadata = /* @__PURE__ */ new Map();
  const definedAt = /* @__PURE__ */ new Map();
  const walk = (list, prefix, depth) => {
    for (const entry of list) {
      if (entry.key === "") throw errorAt(file, entry.at, "empty metric name (a key must not be empty)");
      const name = prefix === "" ? entry.key : `${prefix}.${entry.key}`;
      const { node } = entry;
      if (node.kind === "mapping") {
        if (depth >= MAX_DEPTH2) throw errorAt(file, node.at, `nested more than ${MAX_DEPTH2} levels deep`);
        walk(node.entries, name, depth + 1);
        continue;
      }
      const first = definedAt.get(name);
      if (first) {
        throw errorAt(
          file,
          entry.at,
          `metric ${quote(name)} is defined twice (first at ${formatPosition(first)}); names must be unique after nested keys are joined with "."`
        );
      }
      const read = metricValue(node.kind === "list" ? plain(node) : node.value, name, file, node.at);
      if ("value" in read) values.set(name, read.value);
      else metadata.set(name, read.metadata);
      definedAt.set(name, entry.at);
    }
  };
  walk(entries, "", 1);
  return { values, metadata };
}
function topLevelEntries(root, file, format) {
  if (root.kind === "mapping") return root.entries;
  const found = root.kind === "list" ? "a list" : describeValue(root.value);
  const hint = root.kind === "list" ? "; for a history of runs use a .jsonl file, one object per line, the last line being current" : "";
  const example = format === "JSON" ? '{"accuracy": 0.93}' : "accuracy: 0.93";
  throw errorAt(
    file,
    root.at,
    `the top level is ${found}, expected a mapping of metric names to numbers such as ${example}${hint}`
  );
}

// src/load/metrics-csv.ts
var isBlank = (ch) => ch === " " || ch === "	";
var isLineEnd = (ch) => ch === "\n" || ch === "\r";
function parseCsvRows(text, file) {
  const rows = [];
  let pos = 0;
  let line = 1;
  let lineStart = 0;
  const at = (offset) => ({ line, column: offset - lineStart + 1 });
  const newLine = () => {
    pos += text[pos] === "\r" && text[pos + 1] === "\n" ? 2 : 1;
    line++;
    lineStart = pos;
  };
  while (pos < text.length) {
    const row = { line, cells: [] };
    let quotedCell = false;
    for (; ; ) {
      while (isBlank(text[pos])) pos++;
      if (text[pos] === '"') {
        quotedCell = true;
        const open = at(pos);
        let cell = "";
        pos++;
        for (; ; ) {
          const ch = text[pos];
          if (ch === void 0) {
            throw errorAt(file, open, "unterminated quoted cell: the quote opened here is never closed");
          }
          if (ch === '"' && text[pos + 1] === '"') {
            cell += '"';
            pos += 2;
          } else if (ch === '"') {
            pos++;
            break;
          } else if (isLineEnd(ch)) {
            cell += text.slice(pos, ch === "\r" && text[pos + 1] === "\n" ? pos + 2 : pos + 1);
            newLine();
          } else {
            cell += ch;
            pos++;
          }
        }
        while (isBlank(text[pos])) pos++;
        const next = text[pos];
        if (next !== void 0 && next !== "," && !isLineEnd(next)) {
          throw errorAt(
            file,
            at(pos),
            `unexpected ${JSON.stringify(next)} after a closing quote; inside a quoted cell write "" for a quote`
          );
        }
        row.cells.push(cell);
      } else {
        const start = pos;
        while (pos < text.length && text[pos] !== "," && !isLineEnd(text[pos])) {
          if (text[pos] === '"') {
            throw errorAt(
              file,
              at(pos),
              'a quote inside an unquoted cell; put the whole cell in quotes and write "" for each quote in it'
            );
          }
          pos++;
        }
        row.cells.push(text.slice(start, pos).replace(/[ \t]+$/, ""));
      }
      if (text[pos] !== ",") break;
      pos++;
    }
    if (pos < text.length) newLine();
    const blank = !quotedCell && row.cells.length === 1 && row.cells[0] === "";
    if (!blank) rows.push(row);
  }
  return rows;
}
var DECIMAL = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
function cellValue(cell) {
  const text = cell.trim();
  if (text === "") return { metadata: null };
  const lower = text.toLowerCase();
  if (lower === "true" || lower === "false") return { value: lower === "true" ? 1 : 0 };
  const value = DECIMAL.test(text) ? Number(text) : NaN;
  return Number.isFinite(value) ? { value } : { metadata: text };
}
function isLongHeader(cells) {
  const [first, second] = cells.map((cell) => cell.trim().toLowerCase());
  return cells.length === 2 && (first === "metric" || first === "name") && second === "value";
}
function checkWidth(row, width, file, expected) {
  if (row.cells.length !== width) {
    throw new InputError(
      `${file}: line ${row.line}: found ${row.cells.length} cells, expected ${width} (${expected})`
    );
  }
}
function longForm(rows, file) {
  const current = /* @__PURE__ */ new Map();
  const metadata = /* @__PURE__ */ new Map();
  const lineOf = /* @__PURE__ */ new Map();
  for (const row of rows.slice(1)) {
    checkWidth(row, 2, file, "a metric name and a value, like the header");
    const [name = "", cell = ""] = row.cells;
    if (name === "") throw new InputError(`${file}: line ${row.line}: empty metric name in the first column`);
    const first = lineOf.get(name);
    if (first !== void 0) {
      throw new InputError(
        `${file}: line ${row.line}: metric ${quote(name)} is listed twice (also line ${first})`
      );
    }
    const read = cellValue(cell);
    if ("value" in read) current.set(name, read.value);
    else metadata.set(name, read.metadata);
    lineOf.set(name, row.line);
  }
  if (lineOf.size === 0) {
    throw new InputError(`${file}: no metrics: the metric,value header has no rows under it`);
  }
  return { current, metadata, history: [] };
}
function wideForm(rows, file) {
  const [header, ...data] = rows;
  const names = header.cells;
  const columnOf = /* @__PURE__ */ new Map();
  names.forEach((name, index) => {
    const where = `${file}: line ${header.line}, column ${index + 1} of the header`;
    if (name === "") throw new InputError(`${where}: empty metric name`);
    const first = columnOf.get(name);
    if (first !== void 0) {
      throw new InputError(`${where}: metric ${quote(name)} appears twice (also column ${first + 1})`);
    }
    columnOf.set(name, index);
  });
  if (data.length === 0) {
    throw new InputError(
      `${file}: line ${header.line}: only a header, expected a row of values under it (or use the long form: a metric,value header and one metric per row)`
    );
  }
  const last = data.length - 1;
  const metadata = /* @__PURE__ */ new Map();
  const maps = data.map((row, rowIndex) => {
    checkWidth(row, names.length, file, `one per metric, like the header on line ${header.line}`);
    const values = /* @__PURE__ */ new Map();
    row.cells.forEach((cell, index) => {
      const name = names[index] ?? "";
      const read = cellValue(cell);
      if ("value" in read) values.set(name, read.value);
      else if (rowIndex === last) metadata.set(name, read.metadata);
    });
    return values;
  });
  const current = maps.pop() ?? /* @__PURE__ */ new Map();
  return { current, metadata, history: maps };
}
function parseCsvMetrics(text, file) {
  const rows = parseCsvRows(text, file);
  const header = rows[0];
  if (!header) return { current: /* @__PURE__ */ new Map(), metadata: /* @__PURE__ */ new Map(), history: [] };
  return isLongHeader(header.cells) ? longForm(rows, file) : wideForm(rows, file);
}

// src/load/metrics-json.ts
var NUMBER2 = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var HEX4 = /[0-9a-fA-F]{4}/y;
var WORD = /[A-Za-z0-9_$.+-]+/y;
var ESCAPES = '"\\/bfnrt';
function describeAt(text, offset) {
  const code = text.codePointAt(offset);
  return code === void 0 ? "end of input" : JSON.stringify(String.fromCodePoint(code));
}
var JsonReader = class {
  constructor(text, file, locate, secondValueHint) {
    this.text = text;
    this.file = file;
    this.locate = locate;
    this.secondValueHint = secondValueHint;
  }
  text;
  file;
  locate;
  secondValueHint;
  pos = 0;
  /** The whole text as one JSON value. */
  document() {
    this.skipSpace();
    const node = this.value(1);
    this.skipSpace();
    if (this.pos < this.text.length) {
      const hint = this.text[this.pos] === "{" ? this.secondValueHint : "";
      this.fail(`unexpected ${describeAt(this.text, this.pos)} after the end of the JSON value${hint}`);
    }
    return node;
  }
  fail(message, offset = this.pos) {
    throw errorAt(this.file, this.locate(offset), `invalid JSON: ${message}`);
  }
  skipSpace() {
    for (; ; ) {
      const ch = this.text[this.pos];
      if (ch !== " " && ch !== "	" && ch !== "\n" && ch !== "\r") return;
      this.pos++;
    }
  }
  value(depth) {
    if (depth > MAX_DEPTH2) this.fail(`nested more than ${MAX_DEPTH2} levels deep`);
    const start = this.pos;
    const at = this.locate(start);
    const ch = this.text[start];
    if (ch === "{") return { kind: "mapping", entries: this.object(depth), at };
    if (ch === "[") return { kind: "list", items: this.array(depth), at };
    if (ch === '"') return { kind: "leaf", value: this.string(), at };
    if (ch === "-" || ch !== void 0 && ch >= "0" && ch <= "9") {
      NUMBER2.lastIndex = start;
      const match = NUMBER2.exec(this.text);
      if (!match) this.fail(`invalid number, expected a digit after "-"`);
      this.pos += match[0].length;
      return { kind: "leaf", value: Number(match[0]), at };
    }
    for (const [word, value] of [
      ["true", true],
      ["false", false],
      ["null", null]
    ]) {
      if (this.text.startsWith(word, start)) {
        this.pos += word.length;
        return { kind: "leaf", value, at };
      }
    }
    WORD.lastIndex = start;
    const token = WORD.exec(this.text)?.[0];
    const found = token === void 0 ? describeAt(this.text, start) : JSON.stringify(token);
    const hint = token === void 0 ? "" : " (strings need double quotes)";
    this.fail(
      `unexpected ${found}, expected a value: object, array, string, number, true, false or null${hint}`
    );
  }
  object(depth) {
    const entries = [];
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return entries;
    }
    for (; ; ) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') {
        const after = this.text[this.pos] === "}" ? " (no comma after the last property)" : "";
        this.fail(
          `expected a property name in double quotes, found ${describeAt(this.text, this.pos)}${after}`
        );
      }
      const at = this.locate(this.pos);
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ":") {
        this.fail(`expected ':' after property name, found ${describeAt(this.text, this.pos)}`);
      }
      this.pos++;
      this.skipSpace();
      entries.push({ key, at, node: this.value(depth + 1) });
      this.skipSpace();
      const next = this.text[this.pos];
      this.pos++;
      if (next === "}") return entries;
      if (next !== ",") {
        this.fail(
          `expected ',' or '}' after a property value, found ${describeAt(this.text, this.pos - 1)}`,
          this.pos - 1
        );
      }
    }
  }
  array(depth) {
    const items = [];
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return items;
    }
    for (; ; ) {
      this.skipSpace();
      items.push(this.value(depth + 1));
      this.skipSpace();
      const next = this.text[this.pos];
      this.pos++;
      if (next === "]") return items;
      if (next !== ",") {
        this.fail(
          `expected ',' or ']' after an array element, found ${describeAt(this.text, this.pos - 1)}`,
          this.pos - 1
        );
      }
    }
  }
  /** A string literal; validated here, then decoded by JSON.parse (which cannot fail on it any more). */
  string() {
    const start = this.pos;
    this.pos++;
    for (; ; ) {
      const ch = this.text[this.pos];
      if (ch === void 0) this.fail('unterminated string (missing closing ")', start);
      if (ch === '"') break;
      if (ch === "\\") {
        const escape = this.text[this.pos + 1];
        if (escape === "u") {
          HEX4.lastIndex = this.pos + 2;
          if (!HEX4.test(this.text)) this.fail("invalid \\u escape, expected 4 hex digits");
          this.pos += 6;
        } else if (escape !== void 0 && ESCAPES.includes(escape)) {
          this.pos += 2;
        } else {
          this.fail(`invalid escape "\\${escape ?? ""}" in string`);
        }
      } else if (ch < " ") {
        this.fail("control character in string (a line break inside a string must be written \\n)");
      } else {
        this.pos++;
      }
    }
    this.pos++;
    return JSON.parse(this.text.slice(start, this.pos));
  }
};
function readJsonTree(text, file, locate = positionFinder(text), secondValueHint = "") {
  return new JsonReader(text, file, locate, secondValueHint).document();
}
function parseJsonMetrics(text, file) {
  if (/^[ \t\n\r]*$/.test(text)) return { current: /* @__PURE__ */ new Map(), metadata: /* @__PURE__ */ new Map(), history: [] };
  const root = readJsonTree(text, file, void 0, " (for one object per line use a .jsonl file)");
  const flat = flattenMetrics(topLevelEntries(root, file, "JSON"), file);
  return { current: flat.values, metadata: flat.metadata, history: [] };
}
function parseJsonLinesMetrics(text, file) {
  const rows = [];
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    if (/^[ \t\r]*$/.test(line)) return;
    const lineNumber = index + 1;
    const root = readJsonTree(line, file, (offset) => ({ line: lineNumber, column: offset + 1 }));
    if (root.kind !== "mapping") {
      const found = root.kind === "list" ? "an array" : `a ${root.value === null ? "null" : typeof root.value}`;
      throw errorAt(file, root.at, `expected a JSON object of metrics on each line, found ${found}`);
    }
    rows.push(flattenMetrics(root.entries, file));
  });
  const current = rows.pop();
  return {
    current: current?.values ?? /* @__PURE__ */ new Map(),
    metadata: current?.metadata ?? /* @__PURE__ */ new Map(),
    history: rows.map((row) => row.values)
  };
}

// src/load/metrics-yaml.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/load/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYamlDocument(text, lineCounter) {
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  let problem = null;
  const consider = (candidate) => {
    if (problem === null || candidate.offset < problem.offset) problem = candidate;
  };
  const [error] = doc.errors;
  if (error) consider({ offset: error.pos[0], code: error.code, message: error.message });
  (0, import_yaml.visit)(doc, {
    Map: (_key, map) => {
      if (!(0, import_yaml.isMap)(map)) return;
      const seen = /* @__PURE__ */ new Map();
      for (const pair of map.items) {
        const key = (0, import_yaml.isScalar)(pair.key) ? pair.key.value : pair.key;
        if (!seen.has(key)) {
          seen.set(key, true);
          continue;
        }
        const range = pair.key?.range;
        consider({ offset: range?.[0] ?? 0, code: "DUPLICATE_KEY", message: "Map keys must be unique" });
        break;
      }
    }
  });
  return { doc, problem };
}

// src/load/metrics-yaml.ts
var REWORDED = {
  MULTIPLE_DOCS: "the file holds several YAML documents (---); a metrics file holds one mapping of metrics"
};
function aliasTargets(doc) {
  const latest = /* @__PURE__ */ new Map();
  const targets = /* @__PURE__ */ new Map();
  (0, import_yaml2.visit)(doc, {
    Node: (_key, node) => {
      if ((0, import_yaml2.isAlias)(node)) targets.set(node, latest.get(node.source));
      else if (node.anchor) latest.set(node.anchor, node);
    }
  });
  return targets;
}
var YamlTreeBuilder = class {
  constructor(doc, file, lines) {
    this.file = file;
    this.lines = lines;
    this.targets = aliasTargets(doc);
  }
  file;
  lines;
  targets;
  position(node, fallback) {
    const range = node?.range;
    if (!range) return fallback;
    const { line, col } = this.lines.linePos(range[0]);
    return { line, column: col };
  }
  node(node, fallback, depth) {
    const at = this.position(node, fallback);
    if (depth > MAX_DEPTH2) throw errorAt(this.file, at, `nested more than ${MAX_DEPTH2} levels deep`);
    if ((0, import_yaml2.isAlias)(node)) {
      const target = this.targets.get(node);
      if (target === void 0)
        throw errorAt(this.file, at, `alias *${node.source} has no anchor &${node.source} before it`);
      if ((0, import_yaml2.isScalar)(target)) return { kind: "leaf", value: target.value, at };
      throw errorAt(
        this.file,
        at,
        `alias *${node.source} must refer to a plain value, not a mapping or list`
      );
    }
    if ((0, import_yaml2.isMap)(node)) {
      const entries = node.items.map((pair) => {
        const keyAt = this.position(pair.key, at);
        return {
          key: this.keyName(pair.key, keyAt),
          at: keyAt,
          node: this.node(pair.value, keyAt, depth + 1)
        };
      });
      return { kind: "mapping", entries, at };
    }
    if ((0, import_yaml2.isSeq)(node)) {
      return { kind: "list", items: node.items.map((item) => this.node(item, at, depth + 1)), at };
    }
    if ((0, import_yaml2.isScalar)(node)) return { kind: "leaf", value: node.value, at };
    return { kind: "leaf", value: null, at };
  }
  /** Keys are names as written: `1.0: …` is the metric "1.0", not 1; quoted keys are their decoded text. */
  keyName(key, at) {
    if ((0, import_yaml2.isScalar)(key)) {
      if (typeof key.value === "string") return key.value;
      return key.source ?? String(key.value ?? "");
    }
    if (key === null || key === void 0) return "";
    throw errorAt(this.file, at, "a metric name must be a plain key, not a list, mapping or alias");
  }
};
function parseYamlMetrics(text, file) {
  const lines = new import_yaml2.LineCounter();
  let doc;
  let problem;
  try {
    ({ doc, problem } = parseYamlDocument(text, lines));
  } catch (error) {
    throw errorAt(file, { line: 1, column: 1 }, `cannot read YAML: ${messageOf(error)}`);
  }
  if (problem) {
    const { line, col } = lines.linePos(problem.offset);
    const message = REWORDED[problem.code] ?? problem.message;
    throw errorAt(file, { line, column: col }, `invalid YAML: ${message}`);
  }
  if (doc.contents === null) return { current: /* @__PURE__ */ new Map(), metadata: /* @__PURE__ */ new Map(), history: [] };
  const builder = new YamlTreeBuilder(doc, file, lines);
  const root = builder.node(doc.contents, { line: 1, column: 1 }, 1);
  const flat = flattenMetrics(topLevelEntries(root, file, "YAML"), file);
  return { current: flat.values, metadata: flat.metadata, history: [] };
}

// src/load/metrics.ts
var JSON_LINES = {
  parse: parseJsonLinesMetrics,
  example: 'one JSON object per line such as {"accuracy": 0.93}, the last line being current'
};
var YAML = { parse: parseYamlMetrics, example: 'a mapping such as "accuracy: 0.93"' };
var FORMATS = {
  ".json": { parse: parseJsonMetrics, example: 'an object such as {"accuracy": 0.93}' },
  ".yaml": YAML,
  ".yml": YAML,
  ".jsonl": JSON_LINES,
  ".ndjson": JSON_LINES,
  ".csv": {
    parse: parseCsvMetrics,
    example: "a header of metric names and a row of values, or a metric,value header and one metric per row"
  }
};
function parseMetricsText(text, file) {
  const extension = path.extname(file).toLowerCase();
  const format = FORMATS[extension];
  if (!format) {
    const found = extension === "" ? "no extension" : `extension '${extension}'`;
    throw new InputError(
      `${file}: unsupported metrics file (${found}); supported: ${Object.keys(FORMATS).join(", ")}`
    );
  }
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const { current, metadata, history } = format.parse(body, file);
  if (current.size === 0 && metadata.size === 0) {
    throw new InputError(`${file}: no metrics found, expected ${format.example}`);
  }
  return { file, current, metadata, history };
}
async function loadMetrics(patterns, what, cwd) {
  const loaded = {
    values: /* @__PURE__ */ new Map(),
    metadata: /* @__PURE__ */ new Map(),
    sources: /* @__PURE__ */ new Map(),
    history: [],
    files: []
  };
  for (const absolute of await resolveFiles(patterns, what, cwd)) {
    const shown = displayPath(absolute, cwd);
    const parsed = parseMetricsText(await readText(absolute, shown), shown);
    const entries = [...parsed.current, ...parsed.metadata];
    for (const [name, value] of entries) {
      const numeric = typeof value === "number" && parsed.current.has(name);
      const earlier = loaded.values.has(name) ? loaded.values.get(name) : loaded.metadata.get(name);
      const defined = loaded.sources.has(name);
      if (!defined) {
        if (numeric) loaded.values.set(name, value);
        else loaded.metadata.set(name, value);
        loaded.sources.set(name, shown);
      } else if (JSON.stringify(earlier) !== JSON.stringify(value) || loaded.values.has(name) !== numeric) {
        throw new InputError(
          `${what}: metric ${quote(name)} has two different values: ${show(earlier)} in ${loaded.sources.get(name)} and ${show(value)} in ${shown}; a metric may appear in several files only with the same value`
        );
      }
    }
    for (const row of parsed.history) loaded.history.push(row);
    loaded.files.push(shown);
  }
  return loaded;
}
function show(value) {
  return typeof value === "number" ? String(value) : JSON.stringify(value);
}

// src/evidence.ts
async function gatherEvidence(config, output = {}) {
  const cwd = config.workingDirectory;
  const current = config.metrics.length > 0 ? await loadMetrics(config.metrics, "metrics", cwd) : null;
  const baseline = config.baseline.length > 0 ? await loadMetrics(config.baseline, "baseline", cwd) : null;
  let drift = null;
  let quality = null;
  if (config.drift) {
    const settings = config.drift;
    const work = () => compareData(settings, cwd, output.log);
    const title = `Drift: ${settings.reference.join(", ")} vs ${settings.current.join(", ")}`;
    ({ drift, quality } = output.section ? await output.section(title, work) : await work());
  }
  return {
    current: current ? side(current) : { values: /* @__PURE__ */ new Map(), metadata: /* @__PURE__ */ new Map(), sources: /* @__PURE__ */ new Map(), files: [] },
    baseline: baseline ? side(baseline) : null,
    drift,
    quality
  };
}
async function compareData(settings, cwd, log) {
  const [{ openDriftSource }, { evaluateDriftFrom }, { assessFeature, summarizeQuality }] = await Promise.all(
    [import("./table-QX4PK2KU.js"), import("./engine-ERQPF4PG.js"), import("./assess-ZZXWKE63.js")]
  );
  const exclude = settings.exclude ?? [];
  const options = {
    ...settings.table ? { format: settings.table } : {},
    wanted: (name) => (settings.features === void 0 || settings.features.includes(name)) && !exclude.some((pattern) => matchesName(name, pattern)),
    ...log ? { log } : {}
  };
  const reference = await openDriftSource(settings.reference, "reference-data", cwd, options);
  const current = await openDriftSource(settings.current, "current-data", cwd, options);
  const assessed = [];
  const drift = await evaluateDriftFrom(
    reference,
    current,
    settings,
    (name, kind, ref, cur) => assessed.push(assessFeature(name, kind, ref, cur))
  );
  const quality = reference.type === "columns" && current.type === "columns" ? summarizeQuality(
    { reference: reference.columns.rowCount, current: current.columns.rowCount },
    assessed
  ) : null;
  return { drift, quality };
}
function side(loaded) {
  return {
    values: loaded.values,
    metadata: loaded.metadata,
    sources: loaded.sources,
    files: loaded.files,
    history: loaded.history
  };
}

// src/history/memory.ts
import { createHash } from "node:crypto";
import * as path3 from "node:path";

// src/history/record.ts
var HISTORY_RECORD_VERSION = 2;
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function readRecord(value) {
  if (!isObject(value)) return { ok: false, problem: "expected a JSON object (one run per line)" };
  const time = typeof value["time"] === "string" ? value["time"] : value["generatedAt"];
  if (typeof time !== "string" || Number.isNaN(Date.parse(time))) {
    return { ok: false, problem: "expected 'time' as an ISO 8601 date-time string" };
  }
  const version = value["schemaVersion"] ?? 1;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: "expected 'schemaVersion' as a whole number \u2265 1" };
  }
  const metrics = {};
  const rawMetrics = value["metrics"] ?? {};
  if (!isObject(rawMetrics))
    return { ok: false, problem: "expected 'metrics' as an object of name \u2192 number" };
  for (const [name, v] of Object.entries(rawMetrics)) {
    if (typeof v === "number" && Number.isFinite(v)) define(metrics, name, v);
  }
  const rules = readRules(value["rules"]);
  if (typeof rules === "string") return { ok: false, problem: rules };
  const status = readStatus(value);
  if (status === void 0) return { ok: false, problem: "expected 'status' as due, healthy or unknown" };
  const record = { schemaVersion: version, time, status, metrics, rules };
  if (typeof value["monitor"] === "string") record.monitor = value["monitor"];
  const run = value["run"];
  if (isObject(run) && (typeof run["id"] === "string" || typeof run["id"] === "number")) {
    record.run = {
      id: String(run["id"]),
      attempt: typeof run["attempt"] === "number" ? run["attempt"] : 1,
      ...typeof run["url"] === "string" ? { url: run["url"] } : {}
    };
  }
  if (typeof value["sha"] === "string") record.sha = value["sha"];
  const drift = readDrift(value["drift"]);
  if (drift) record.drift = drift;
  if (value["quality"] !== void 0) record.quality = value["quality"];
  const actions = value["actions"];
  if (isObject(actions)) {
    record.actions = {
      ...typeof actions["issue"] === "number" ? { issue: actions["issue"] } : {},
      ...typeof actions["dispatched"] === "boolean" ? { dispatched: actions["dispatched"] } : {},
      ...typeof actions["runId"] === "number" ? { runId: actions["runId"] } : {},
      ...typeof actions["claimedAt"] === "string" ? { claimedAt: actions["claimedAt"] } : {}
    };
  } else if (Array.isArray(actions)) {
    const dispatched = actions.some(
      (a) => isObject(a) && a["kind"] === "dispatch" && a["outcome"] === "dispatched"
    );
    record.actions = { dispatched };
  }
  return { ok: true, record };
}
function define(target, name, value) {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}
function readStatus(value) {
  const status = value["status"];
  if (status === "due" || status === "healthy" || status === "unknown") return status;
  if (status !== void 0) return void 0;
  if (typeof value["triggered"] === "boolean") return value["triggered"] ? "due" : "healthy";
  return "unknown";
}
function readRules(raw) {
  if (raw === void 0) return [];
  if (!Array.isArray(raw)) return "expected 'rules' as a list";
  const out = [];
  for (const rule of raw) {
    if (!isObject(rule) || typeof rule["id"] !== "string")
      return "expected every entry of 'rules' to have an 'id'";
    const outcome = rule["outcome"];
    if (outcome === "triggered" || outcome === "ok" || outcome === "error")
      out.push({ id: rule["id"], outcome });
    else if (typeof rule["triggered"] === "boolean") {
      out.push({ id: rule["id"], outcome: rule["triggered"] ? "triggered" : "ok" });
    } else return `expected rule '${rule["id"]}' to have an outcome (triggered, ok or error)`;
  }
  return out;
}
function readDrift(raw) {
  if (!isObject(raw) || typeof raw["share"] !== "number") return void 0;
  const features = Array.isArray(raw["features"]) ? raw["features"] : [];
  return {
    share: raw["share"],
    detected: raw["detected"] === true,
    features: features.filter(isObject).filter((f) => typeof f["name"] === "string" && typeof f["statistic"] === "number").map((f) => ({
      name: f["name"],
      statistic: f["statistic"],
      drifted: f["drifted"] === true
    }))
  };
}

// src/history/jsonl.ts
var HistoryError = class extends InputError {
};
var EMPTY_HISTORY = { lines: [], records: [] };
var DEFAULT_MAX_RUNS = 2e3;
function parseHistory(text, where) {
  const lines = [];
  const records = [];
  const raw = text.replace(/^\uFEFF/, "").split("\n");
  raw.forEach((line, index) => {
    const trimmed = line.replace(/\r$/, "");
    if (trimmed.trim() === "") return;
    let value;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new HistoryError(
        `history: ${where}, line ${index + 1}: not valid JSON (${detail}); nothing was written`
      );
    }
    const parsed = readRecord(value);
    if (!parsed.ok)
      throw new HistoryError(`history: ${where}, line ${index + 1}: ${parsed.problem}; nothing was written`);
    lines.push(trimmed);
    records.push(parsed.record);
  });
  return { lines, records };
}
function withRecord(history, record, maxRuns) {
  const line = JSON.stringify(record);
  const lines = [...history.lines];
  const records = [...history.records];
  const runId = record.run?.id;
  const same = runId === void 0 ? -1 : records.findIndex((r) => r.run?.id === runId);
  if (same >= 0) {
    lines[same] = line;
    records[same] = record;
  } else {
    lines.push(line);
    records.push(record);
  }
  const drop = Math.max(0, records.length - maxRuns);
  return { lines: lines.slice(drop), records: records.slice(drop) };
}
function historyText(history) {
  return history.lines.length === 0 ? "" : `${history.lines.join("\n")}
`;
}
function historyFileName(monitorKey, hash) {
  const safe = monitorKey.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|[-.]+$/g, "").slice(0, 80);
  const name = safe === monitorKey && safe !== "" ? safe : `${safe || "monitor"}-${hash(monitorKey).slice(0, 8)}`;
  return `${name}.jsonl`;
}

// src/history/store.ts
function describeAppend(history, record, maxRuns, where) {
  const replaces = record.run !== void 0 && history.records.some((r) => r.run?.id === record.run?.id);
  const total = history.records.length + (replaces ? 0 : 1);
  const dropped = Math.max(0, total - maxRuns);
  const what = replaces ? `replace the record of run ${record.run?.id}` : "append 1 record";
  const drop = dropped > 0 ? `, dropping the ${dropped} oldest (history-max-runs ${maxRuns})` : "";
  return `would ${what} ${replaces ? "in" : "to"} ${where} (${history.records.length} stored${drop})`;
}

// src/history/store-branch.ts
var DEFAULT_HISTORY_BRANCH = "retrain-trigger-history";
var MAX_ATTEMPTS = 5;
function unexpected(endpoint, what) {
  return new InputError(
    `history: GitHub's answer to ${endpoint} is not what the Git data API returns (${what})`
  );
}
var isObject2 = (v) => typeof v === "object" && v !== null;
function shaAt(data, key, endpoint) {
  const holder = isObject2(data) ? data[key] : void 0;
  const sha = isObject2(holder) ? holder["sha"] : void 0;
  if (typeof sha !== "string" || !/^[0-9a-f]{40}$/.test(sha)) throw unexpected(endpoint, `no ${key}.sha`);
  return sha;
}
function ownSha(data, endpoint) {
  const sha = isObject2(data) ? data["sha"] : void 0;
  if (typeof sha !== "string" || !/^[0-9a-f]{40}$/.test(sha)) throw unexpected(endpoint, "no sha");
  return sha;
}
function branchStore(options) {
  const { client, repo, branch, file } = options;
  const where = `branch '${branch}', file '${file}'`;
  const base = { owner: repo.owner, repo: repo.repo };
  const octokit = client.octokit;
  const backoff = options.backoffMs ?? ((n) => 250 * n * (0.5 + Math.random()));
  let last;
  async function call(action, permission, send) {
    try {
      return await send();
    } catch (error) {
      if (statusOf(error) === 409) {
        throw new InputError(
          `history: ${action} failed: GitHub answered 409 (the repository has no commits yet?); the branch store needs a repository with at least one commit`
        );
      }
      throw new InputError(`history: ${explainFailure(error, action, permission)}`);
    }
  }
  async function readTip() {
    const endpoint = `GET /repos/${repo.owner}/${repo.repo}/git/ref/heads/${branch}`;
    try {
      const { data } = await octokit.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
        ...base,
        ref: `heads/${branch}`
      });
      return shaAt(data, "object", endpoint);
    } catch (error) {
      if (statusOf(error) === 404) return void 0;
      if (error instanceof InputError) throw error;
      return call(`reading the history branch '${branch}'`, "contents: read", () => Promise.reject(error));
    }
  }
  async function load() {
    const commit = await readTip();
    if (commit === void 0) return { content: EMPTY_HISTORY };
    const reading = `reading ${where}`;
    const commitData = await call(
      reading,
      "contents: read",
      () => octokit.request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", { ...base, commit_sha: commit })
    );
    const tree = shaAt(commitData.data, "tree", "GET \u2026/git/commits/{sha}");
    const treeData = await call(
      reading,
      "contents: read",
      () => octokit.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", { ...base, tree_sha: tree })
    );
    const entries = isObject2(treeData.data) ? treeData.data["tree"] : void 0;
    if (!Array.isArray(entries)) throw unexpected("GET \u2026/git/trees/{sha}", "no tree list");
    const entry = entries.find((e) => isObject2(e) && e["path"] === file && e["type"] === "blob");
    if (!entry) {
      if (isObject2(treeData.data) && treeData.data["truncated"] === true) {
        throw unexpected(
          "GET \u2026/git/trees/{sha}",
          `the tree listing is truncated and does not show '${file}'`
        );
      }
      return { commit, tree, content: EMPTY_HISTORY };
    }
    const blobSha = ownSha(entry, "GET \u2026/git/trees/{sha}");
    const blob = await call(
      reading,
      "contents: read",
      () => octokit.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", { ...base, file_sha: blobSha })
    );
    return { commit, tree, content: parseHistory(decodeBlob(blob.data, entry["size"]), where) };
  }
  async function writeCommit(snapshot, text) {
    const writing = `writing ${where}`;
    const blob = await call(
      writing,
      "contents: write",
      () => octokit.request("POST /repos/{owner}/{repo}/git/blobs", {
        ...base,
        content: Buffer.from(text, "utf8").toString("base64"),
        encoding: "base64"
      })
    );
    const tree = await call(
      writing,
      "contents: write",
      () => octokit.request("POST /repos/{owner}/{repo}/git/trees", {
        ...base,
        ...snapshot.tree ? { base_tree: snapshot.tree } : {},
        tree: [{ path: file, mode: "100644", type: "blob", sha: ownSha(blob.data, "POST \u2026/git/blobs") }]
      })
    );
    const treeSha = ownSha(tree.data, "POST \u2026/git/trees");
    const commit = await call(
      writing,
      "contents: write",
      () => octokit.request("POST /repos/{owner}/{repo}/git/commits", {
        ...base,
        message: options.message,
        tree: treeSha,
        parents: snapshot.commit ? [snapshot.commit] : []
      })
    );
    return { commit: ownSha(commit.data, "POST \u2026/git/commits"), tree: treeSha };
  }
  async function moveBranch(snapshot, commit) {
    try {
      if (snapshot.commit) {
        await octokit.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
          ...base,
          ref: `heads/${branch}`,
          sha: commit,
          force: false,
          request: { retries: 0 }
        });
      } else {
        await octokit.request("POST /repos/{owner}/{repo}/git/refs", {
          ...base,
          ref: `refs/heads/${branch}`,
          sha: commit,
          request: { retries: 0 }
        });
      }
      return "moved";
    } catch (error) {
      const status = statusOf(error);
      if (status === 409 || status === 422 && /fast.forward|already exists|does not exist/i.test(githubMessage(error))) {
        return "conflict";
      }
      if (isAmbiguous(error)) return "lost";
      throw new InputError(
        `history: ${explainFailure(error, `updating the branch '${branch}'`, "contents: write")}`
      );
    }
  }
  return {
    where,
    async read() {
      last = await load();
      return last.content;
    },
    async append(record, maxRuns, guard) {
      let snapshot = last ?? await load();
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        if (attempt > 1) await sleep(backoff(attempt));
        const refused = guard?.(snapshot.content);
        if (refused !== void 0) {
          last = snapshot;
          return {
            where,
            attempts: attempt,
            replaced: false,
            dropped: 0,
            runs: snapshot.content.records.length,
            refused
          };
        }
        const next = withRecord(snapshot.content, record, maxRuns);
        const replaced = record.run !== void 0 && snapshot.content.records.some((r) => r.run?.id === record.run?.id);
        const total = snapshot.content.records.length + (replaced ? 0 : 1);
        const result = {
          where,
          attempts: attempt,
          replaced,
          dropped: total - next.records.length,
          runs: next.records.length
        };
        const { commit, tree } = await writeCommit(snapshot, historyText(next));
        const moved = await moveBranch(snapshot, commit);
        if (moved === "moved" || moved === "lost" && await readTip() === commit) {
          last = { commit, tree, content: next };
          return result;
        }
        snapshot = await load();
      }
      throw new InputError(
        `history: ${where} kept changing while this run wrote to it; gave up after ${MAX_ATTEMPTS} attempts (no record of this run was stored)`
      );
    }
  };
}
function decodeBlob(data, size) {
  const endpoint = "GET \u2026/git/blobs/{sha}";
  if (!isObject2(data) || typeof data["content"] !== "string") throw unexpected(endpoint, "no content");
  if (data["encoding"] !== "base64") throw unexpected(endpoint, `encoding ${String(data["encoding"])}`);
  const bytes = Buffer.from(data["content"].replace(/\s+/g, ""), "base64");
  const expected = typeof data["size"] === "number" ? data["size"] : size;
  if (typeof expected === "number" && bytes.length !== expected) {
    throw unexpected(endpoint, `${bytes.length} of ${expected} bytes: the answer was cut short`);
  }
  return bytes.toString("utf8");
}
function sleep(ms) {
  return ms > 0 ? new Promise((resolve2) => setTimeout(resolve2, ms)) : Promise.resolve();
}

// src/history/store-file.ts
import { promises as fs } from "node:fs";
import * as path2 from "node:path";
function fileStore(file) {
  const where = `file '${file}'`;
  const read = async () => {
    let text;
    try {
      text = await fs.readFile(file, "utf8");
    } catch (error) {
      if (error.code === "ENOENT") return EMPTY_HISTORY;
      throw new InputError(
        `history: cannot read ${where} (${error.code ?? "error"})`
      );
    }
    return parseHistory(text, where);
  };
  return {
    where,
    read,
    async append(record, maxRuns, guard) {
      const before = await read();
      const refused = guard?.(before);
      if (refused !== void 0) {
        return { where, attempts: 1, replaced: false, dropped: 0, runs: before.records.length, refused };
      }
      const after = withRecord(before, record, maxRuns);
      const replaced = record.run !== void 0 && before.records.some((r) => r.run?.id === record.run?.id);
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        await fs.mkdir(path2.dirname(file), { recursive: true });
        await fs.writeFile(temporary, historyText(after), "utf8");
        await fs.rename(temporary, file);
      } catch (error) {
        await fs.rm(temporary, { force: true });
        throw new InputError(
          `history: cannot write ${where} (${error.code ?? "error"})`
        );
      }
      const total = before.records.length + (replaced ? 0 : 1);
      return {
        where,
        attempts: 1,
        replaced,
        dropped: total - after.records.length,
        runs: after.records.length
      };
    }
  };
}

// src/history/memory.ts
var sha256 = (text) => createHash("sha256").update(text).digest("hex");
function openStore(settings, context) {
  const store = settings.store;
  if (store === null) return null;
  if (store.kind === "file") return fileStore(path3.resolve(context.cwd, store.path));
  if (context.repo === null) {
    throw new InputError(
      "history: branch needs a repository (GITHUB_REPOSITORY); offline, use a .jsonl path for 'history' instead"
    );
  }
  return branchStore({
    client: context.client(),
    repo: context.repo,
    branch: store.branch,
    file: historyFileName(context.monitorKey, sha256),
    message: `retrain-trigger: record a run of ${context.monitorKey}`
  });
}
function recordOf(run) {
  const metrics = {};
  for (const [name, value] of run.metrics) {
    if (Number.isFinite(value)) {
      Object.defineProperty(metrics, name, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return {
    schemaVersion: HISTORY_RECORD_VERSION,
    time: run.time.toISOString(),
    monitor: run.monitor,
    ...run.run ? { run: run.run } : {},
    ...run.sha ? { sha: run.sha } : {},
    status: run.status,
    metrics,
    rules: run.rules,
    ...run.drift ? { drift: run.drift } : {},
    ...run.quality !== void 0 ? { quality: run.quality } : {},
    ...run.actions ? { actions: run.actions } : {}
  };
}
async function remember(store, read, record, maxRuns, dryRun) {
  if (dryRun) return { written: false, plan: describeAppend(read, record, maxRuns, store.where) };
  return { written: true, result: await store.append(record, maxRuns) };
}

// src/loop/champion.ts
function championStore(config, repo) {
  const settings = config.history;
  const where = settings.store;
  if (where === null) {
    throw new InputError(
      "baseline: champion reads the champion record, which is kept in the run history: set 'history' (e.g. `history: branch`) in the monitor and in the gate step"
    );
  }
  let client;
  const store = openStore(
    where.kind === "file" ? { ...settings, store: { kind: "file", path: where.path.replace(/(\.jsonl)$/i, ".champion$1") } } : settings,
    {
      monitorKey: `${config.monitorKey}.champion`,
      cwd: config.workingDirectory,
      repo,
      client: () => client ??= createClient(config.githubToken, repo)
    }
  );
  if (store === null) throw new Error("champion: the history store did not open");
  return store;
}
async function readChampion(config, repo) {
  const store = championStore(config, repo);
  const newest = (await store.read()).records.at(-1);
  if (!newest) {
    const none = `the champion record (none yet in ${store.where}: the gate step records one when it promotes)`;
    return { values: /* @__PURE__ */ new Map(), metadata: /* @__PURE__ */ new Map(), sources: /* @__PURE__ */ new Map(), files: [none] };
  }
  const label = `the champion record (${newest.run ? `run ${newest.run.id}, ` : ""}${newest.time})`;
  const values = new Map(Object.entries(newest.metrics));
  return {
    values,
    metadata: /* @__PURE__ */ new Map(),
    sources: new Map([...values.keys()].map((name) => [name, label])),
    files: [label]
  };
}
async function recordChampion(config, repo, challenger, verdict, now) {
  const store = championStore(config, repo);
  const record = recordOf({
    time: now,
    monitor: config.monitorKey,
    ...repo.runId ? {
      run: {
        id: repo.runId,
        attempt: repo.runAttempt ?? 1,
        ...repo.runUrl ? { url: repo.runUrl } : {}
      }
    } : {},
    ...repo.sha ? { sha: repo.sha } : {},
    status: "healthy",
    metrics: challenger,
    rules: verdict.gates.map((g) => ({ id: g.id, outcome: g.outcome === "passed" ? "ok" : "triggered" }))
  });
  const what = `the promoted candidate as the champion of '${config.monitorKey}' (${store.where})`;
  if (config.dryRun) return { kind: "history", outcome: "would-record", detail: `would record ${what}` };
  const result = await store.append(record, config.history.maxRuns);
  return {
    kind: "history",
    outcome: result.replaced ? "replaced" : "recorded",
    detail: `Recorded ${what}${result.replaced ? ", replacing the record of an earlier attempt of this run" : ""}.`
  };
}

// src/report/json.ts
import { promises as fs2 } from "node:fs";
import * as path4 from "node:path";
var REPORT_SCHEMA_VERSION = 2;
function buildReport(verdict, effects, context) {
  const { evidence } = verdict;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: (context.now ?? /* @__PURE__ */ new Date()).toISOString(),
    monitor: context.monitor,
    status: verdict.status,
    assessed: verdict.assessed,
    onUnknown: verdict.onUnknown,
    triggered: verdict.triggered,
    reasons: [...verdict.reasons],
    undecided: [...verdict.undecided],
    failedRules: [...verdict.failedRules],
    run: { ...context.run },
    rules: verdict.rules.map((r) => ({
      id: r.id,
      ...r.name !== void 0 ? { name: r.name } : {},
      ...r.description !== void 0 ? { description: r.description } : {},
      expression: r.expression,
      outcome: r.outcome,
      values: { ...r.values },
      ...r.reason !== void 0 ? { reason: r.reason } : {},
      ...r.error !== void 0 ? { error: r.error } : {},
      ...r.standing !== void 0 ? { standing: { ...r.standing } } : {}
    })),
    metrics: metricsRecord(evidence.current),
    baseline: evidence.baseline ? metricsRecord(evidence.baseline) : null,
    drift: driftRecord(verdict),
    quality: evidence.quality ?? null,
    actions: effects.records.map((a) => ({ ...a })),
    failures: [...effects.failures]
  };
}
function metricsRecord(side2) {
  return {
    values: Object.fromEntries(side2.values),
    metadata: Object.fromEntries(side2.metadata),
    sources: Object.fromEntries(side2.sources),
    files: [...side2.files]
  };
}
var finite = (x) => x === null || !Number.isFinite(x) ? null : x;
function driftRecord(verdict) {
  const drift = verdict.evidence.drift;
  if (!drift || !verdict.drift) return null;
  return {
    status: verdict.drift.status,
    decides: verdict.drift.decides,
    detected: drift.detected,
    share: drift.share,
    count: drift.count,
    tested: drift.tested,
    threshold: drift.threshold,
    correction: drift.correction,
    undecided: verdict.drift.undecided,
    ...verdict.drift.standing ? { standing: { ...verdict.drift.standing } } : {},
    features: drift.features.map((f) => ({
      name: f.name,
      kind: f.kind,
      method: f.method,
      status: f.status,
      drifted: f.drifted,
      statistic: f.status === "insufficient" ? null : finite(f.statistic),
      pValue: finite(f.pValue),
      adjustedPValue: finite(f.adjustedPValue),
      threshold: f.threshold,
      effectSize: finite(f.effectSize),
      ...f.bound !== void 0 ? { bound: f.bound } : {},
      rows: { reference: f.referenceSize, current: f.currentSize },
      dropped: { reference: f.referenceDropped, current: f.currentDropped }
    })),
    warnings: [...drift.warnings]
  };
}
async function writeReport(file, report) {
  try {
    await fs2.mkdir(path4.dirname(file), { recursive: true });
    await fs2.writeFile(file, `${JSON.stringify(report, null, 2)}
`, "utf8");
  } catch (error) {
    const code = error.code ?? "error";
    throw new InputError(`report-path: cannot write the report to ${file} (${code})`);
  }
}

export {
  references,
  firstProblem,
  formatNumber,
  formatPercent,
  evaluateRule,
  parseRuleLines,
  parseRule,
  NO_HYSTERESIS,
  parseFor,
  parseClearAfter,
  modelAge,
  parseMaxAge,
  timeline,
  metricSeries,
  lastRetraining,
  sinceRetraining,
  driftShares,
  decideVerdict,
  factsOf,
  parseYamlDocument,
  gatherEvidence,
  HISTORY_RECORD_VERSION,
  EMPTY_HISTORY,
  DEFAULT_MAX_RUNS,
  DEFAULT_HISTORY_BRANCH,
  openStore,
  recordOf,
  remember,
  readChampion,
  recordChampion,
  buildReport,
  writeReport
};
