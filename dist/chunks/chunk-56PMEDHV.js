import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);

// src/rules/facts/types.ts
var FactError = class extends Error {
  name = "FactError";
};

// src/rules/facts/drift.ts
var DRIFT = {
  name: "drift",
  names: ["count", "detected", "share"],
  conditions: ["detected"],
  noun: "drift fact",
  check(_name, context) {
    if (context.sources.drift !== null) return void 0;
    return `${context.written} needs drift detection, but drift is not configured; give reference and current data`;
  },
  read(name, context) {
    const drift = context.sources.drift;
    if (drift === null) throw new FactError(`${context.written} is read, but drift is not configured`);
    if (drift.undecided !== void 0) {
      throw new FactError(`${context.written} is not known: ${drift.undecided}`);
    }
    if (name === "detected") return drift.detected ? 1 : 0;
    return name === "count" ? drift.count : drift.share;
  }
};

// src/rules/facts/metrics.ts
function describeMetadata(value) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") {
    return `string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}\u2026` : value)}`;
  }
  return typeof value;
}
function knownIn(set, name) {
  return set !== null && (set.values.has(name) || set.metadata.has(name));
}
function readSide(set, name, noun, context, other) {
  const value = set.values.get(name);
  if (value !== void 0) return value;
  const files = set.files.join(", ") || "no files";
  if (set.metadata.has(name)) {
    throw new FactError(
      `${noun} ${context.quote(name)} is ${describeMetadata(set.metadata.get(name))} in ${files}, not a number`
    );
  }
  throw new FactError(`${noun} ${context.quote(name)} has no value in this run's ${other} (${files})`);
}
var METRICS = {
  name: "metrics",
  names: null,
  noun: "metric",
  check(name, context) {
    const { metrics, baseline } = context.sources;
    if (knownIn(metrics, name) || knownIn(baseline, name)) return void 0;
    return context.unknown("metric", name, metrics.values.keys(), "no metrics were loaded");
  },
  read: (name, context) => readSide(context.sources.metrics, name, "metric", context, "metrics files")
};
function checkBaseline(name, context) {
  const { metrics, baseline } = context.sources;
  if (baseline === null) {
    return `${context.written} reads the baseline, but no baseline files were given; set the 'baseline' input`;
  }
  if (knownIn(baseline, name) || knownIn(metrics, name)) return void 0;
  return context.unknown(
    "baseline metric",
    name,
    baseline.values.keys(),
    "the baseline files hold no metrics"
  );
}
function readBaseline(name, context) {
  const baseline = context.sources.baseline;
  if (baseline === null) throw new FactError(`${context.written} reads the baseline, but none was given`);
  return readSide(baseline, name, "baseline metric", context, "baseline files");
}
var BASELINE = {
  name: "baseline",
  names: null,
  noun: "baseline metric",
  check: checkBaseline,
  read: readBaseline
};
function metricArg(args) {
  const arg = args[0];
  return arg?.kind === "fact" ? arg.name : "";
}
var readsBoth = (args) => [
  { namespace: "metrics", name: metricArg(args) },
  { namespace: "baseline", name: metricArg(args) }
];
var CHANGE = {
  name: "change",
  params: ["metric"],
  returns: "number",
  usage: 'change(accuracy) or change("p@5")',
  reads: readsBoth,
  check: (args, context) => checkBaseline(metricArg(args), context),
  evaluate(args, context) {
    const name = metricArg(args);
    return METRICS.read(name, context) - readBaseline(name, context);
  }
};
var REL_CHANGE = {
  name: "rel_change",
  params: ["metric"],
  returns: "number",
  usage: 'rel_change(accuracy) or rel_change("p@5")',
  reads: readsBoth,
  check: (args, context) => checkBaseline(metricArg(args), context),
  evaluate(args, context) {
    const name = metricArg(args);
    const current = METRICS.read(name, context);
    const baseline = readBaseline(name, context);
    if (baseline === 0) {
      throw new FactError(
        `${context.written} divides by the baseline ${context.quote(name)} = 0 (a relative change from 0 is undefined)`
      );
    }
    return (current - baseline) / Math.abs(baseline);
  }
};

// src/rules/facts/gates.ts
var CHALLENGER = { ...METRICS, name: "challenger", noun: "challenger metric" };
var CHAMPION = { ...BASELINE, name: "champion", noun: "champion metric" };

// src/rules/facts/history.ts
function metricOf(args) {
  const arg = args[0];
  return arg?.kind === "fact" ? arg.name : "";
}
function windowOf(args) {
  const arg = args[1];
  if (arg?.kind !== "window") return void 0;
  return {
    text: arg.text,
    ...arg.runs !== void 0 ? { runs: arg.runs } : {},
    ...arg.ms !== void 0 ? { ms: arg.ms } : {}
  };
}
function historyFunction(name, windowed, returns, example) {
  return {
    name,
    params: windowed ? ["metric", "window"] : ["metric"],
    returns,
    usage: example,
    check(_args, context) {
      if (context.sources.history) return void 0;
      return `${context.written} reads earlier runs, but no run history was given`;
    },
    evaluate(args, context) {
      const history = context.sources.history;
      if (!history)
        throw new FactError(`${context.written} reads earlier runs, but no run history was given`);
      const answer = history.evaluate(name, metricOf(args), windowOf(args));
      if (!answer.known) throw new FactError(`${context.written}: ${answer.reason}`);
      return answer.value;
    }
  };
}
var HISTORY_FUNCTIONS = [
  historyFunction("previous", false, "number", "previous(accuracy)"),
  historyFunction("mean_over", true, "number", "mean_over(accuracy, 7) or mean_over(accuracy, 7d)"),
  historyFunction("median_over", true, "number", "median_over(accuracy, 7) or median_over(accuracy, 7d)"),
  historyFunction("min_over", true, "number", "min_over(accuracy, 7) or min_over(accuracy, 7d)"),
  historyFunction("max_over", true, "number", "max_over(accuracy, 7) or max_over(accuracy, 7d)"),
  historyFunction("highest", false, "number", "highest(accuracy)"),
  historyFunction("lowest", false, "number", "lowest(accuracy)"),
  historyFunction("slope", true, "number", "slope(accuracy, 14d) or slope(accuracy, 14)"),
  historyFunction("page_hinkley", false, "condition", "page_hinkley(accuracy)"),
  historyFunction("cusum", false, "condition", "cusum(accuracy)"),
  historyFunction("ewma", false, "condition", "ewma(accuracy)")
];

// src/rules/facts/model.ts
var MODEL = {
  name: "model",
  names: ["age_days"],
  noun: "model fact",
  check(_name, context) {
    if (context.sources.model) return void 0;
    return `${context.written} needs the model's age, which was not looked up on this run`;
  },
  read(_name, context) {
    const model = context.sources.model;
    if (!model) throw new FactError(`${context.written} is read, but the model's age was not looked up`);
    if (!model.ageDays.known) throw new FactError(`${context.written} is not known: ${model.ageDays.reason}`);
    return model.ageDays.value;
  }
};

// src/rules/facts/quality.ts
function columnOf(args) {
  const arg = args[0];
  return arg?.kind === "column" ? arg.name : "";
}
function qualityFunction(name, field, what, only) {
  const full = `quality.${name}`;
  const needsData = `${full}() needs data quality, which is computed from reference and current tables (drift.reference / drift.current, not profiles)`;
  return {
    name: full,
    params: ["column"],
    returns: "number",
    usage: `${full}(device)`,
    reads: () => [{ namespace: "quality", name }],
    check(args, context) {
      const quality = context.sources.quality;
      if (!quality) return needsData;
      const column = columnOf(args);
      const feature = quality.get(column);
      if (!feature)
        return context.unknown("compared feature", column, quality.keys(), "(no features were compared)");
      if (only && feature.kind !== only) {
        return `${context.written}: '${column}' is ${feature.kind}; ${full}() is the ${what} of a ${only} feature`;
      }
      return void 0;
    },
    evaluate(args, context) {
      const quality = context.sources.quality;
      if (!quality) throw new FactError(`${context.written} is read, but ${needsData}`);
      const column = columnOf(args);
      const value = quality.get(column)?.[field];
      if (value === void 0 || value === null || Number.isNaN(value)) {
        throw new FactError(`${context.written} is not known on this run's data`);
      }
      return value;
    }
  };
}
var QUALITY_FUNCTIONS = [
  qualityFunction("missing_share", "missingShare", "share of missing current cells"),
  qualityFunction("reference_missing_share", "referenceMissingShare", "share of missing reference cells"),
  qualityFunction(
    "new_share",
    "newShare",
    "share of current rows with a category the reference never had",
    "categorical"
  ),
  qualityFunction(
    "out_of_range_share",
    "outOfRangeShare",
    "share of current values outside the reference's range",
    "numerical"
  )
];

// src/rules/facts/registry.ts
var NAMESPACES = [METRICS, BASELINE, DRIFT, MODEL];
var FUNCTIONS = [CHANGE, REL_CHANGE, ...QUALITY_FUNCTIONS, ...HISTORY_FUNCTIONS];
function createRegistry(namespaces, functions, bare = "metrics") {
  const byName = new Map(namespaces.map((n) => [n.name, n]));
  const bareNamespace = byName.get(bare);
  if (!bareNamespace) throw new Error(`facts registry: no namespace '${bare}' for bare names`);
  const reserved = /* @__PURE__ */ new Set();
  for (const n of namespaces) if (n !== bareNamespace) reserved.add(n.name);
  for (const f of functions) reserved.add(f.name.split(".")[0] ?? f.name);
  return {
    bare: bareNamespace,
    namespaces: byName,
    functions: new Map(functions.map((f) => [f.name, f])),
    reserved
  };
}
var FACTS = createRegistry(NAMESPACES, FUNCTIONS);
var GATE_FACTS = createRegistry([...NAMESPACES, CHALLENGER, CHAMPION], FUNCTIONS);

// src/rules/ast.ts
var MATH_FUNCTIONS = ["abs", "max", "min"];
var KEYWORDS = ["and", "or", "not", "true", "false"];
var RESERVED = /* @__PURE__ */ new Set([...KEYWORDS, ...MATH_FUNCTIONS, ...FACTS.reserved]);
var BARE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
function functionNames(facts = FACTS) {
  return [...MATH_FUNCTIONS, ...facts.functions.keys()].sort();
}
function isBareName(name) {
  return BARE_NAME.test(name) && !RESERVED.has(name.split(".")[0] ?? "");
}
function isReservedWord(word, facts = FACTS) {
  return facts === FACTS ? RESERVED.has(word) : RESERVED.has(word) || facts.reserved.has(word);
}
function displayName(name) {
  return isBareName(name) ? name : quoted(name);
}
function quoted(name) {
  return `"${name.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
function isCondition(expr, facts = FACTS) {
  switch (expr.kind) {
    case "compare":
    case "logical":
    case "not":
    case "boolean":
      return true;
    case "fact":
      return facts.namespaces.get(expr.namespace)?.conditions?.includes(expr.name) ?? false;
    case "fact-call":
      return facts.functions.get(expr.fn)?.returns === "condition";
    default:
      return false;
  }
}
var PRECEDENCE = {
  or: 1,
  and: 2,
  not: 3,
  compare: 4,
  additive: 5,
  multiplicative: 6,
  negate: 7,
  atom: 8
};
var INFIX_PRECEDENCE = {
  or: PRECEDENCE.or,
  and: PRECEDENCE.and,
  "<": PRECEDENCE.compare,
  "<=": PRECEDENCE.compare,
  ">": PRECEDENCE.compare,
  ">=": PRECEDENCE.compare,
  "==": PRECEDENCE.compare,
  "!=": PRECEDENCE.compare,
  "+": PRECEDENCE.additive,
  "-": PRECEDENCE.additive,
  "*": PRECEDENCE.multiplicative,
  "/": PRECEDENCE.multiplicative
};
function precedenceOf(expr) {
  switch (expr.kind) {
    case "logical":
      return PRECEDENCE[expr.op];
    case "not":
      return PRECEDENCE.not;
    case "compare":
      return PRECEDENCE.compare;
    case "arith":
      return expr.op === "+" || expr.op === "-" ? PRECEDENCE.additive : PRECEDENCE.multiplicative;
    case "negate":
      return PRECEDENCE.negate;
    default:
      return PRECEDENCE.atom;
  }
}
function valueKey(expr) {
  if (expr.kind === "fact-call") return `${expr.fn}(${expr.args.map(printArg).join(", ")})`;
  return expr.namespace === FACTS.bare.name ? displayName(expr.name) : `${expr.namespace}.${displayName(expr.name)}`;
}
function printArg(arg) {
  switch (arg.kind) {
    case "fact":
      return valueKey(arg);
    case "column":
      return BARE_NAME.test(arg.name) ? arg.name : quoted(arg.name);
    case "window":
      return arg.text;
  }
}
function wrap(expr, needsParens) {
  const text = printExpr(expr);
  return needsParens ? `(${text})` : text;
}
function printExpr(expr) {
  switch (expr.kind) {
    case "number":
      return `${String(expr.value)}${expr.percent ? "%" : ""}`;
    case "boolean":
      return String(expr.value);
    case "fact":
    case "fact-call":
      return valueKey(expr);
    case "negate":
      return `-${wrap(expr.operand, precedenceOf(expr.operand) < PRECEDENCE.negate)}`;
    case "not":
      return `not ${wrap(expr.operand, precedenceOf(expr.operand) < PRECEDENCE.not)}`;
    case "call":
      return `${expr.fn}(${expr.args.map(printExpr).join(", ")})`;
    case "arith":
    case "logical": {
      const own = precedenceOf(expr);
      const left = wrap(expr.left, precedenceOf(expr.left) < own);
      return `${left} ${expr.op} ${wrap(expr.right, precedenceOf(expr.right) <= own)}`;
    }
    case "compare": {
      const own = PRECEDENCE.compare;
      const left = wrap(expr.left, precedenceOf(expr.left) <= own);
      return `${left} ${expr.op} ${wrap(expr.right, precedenceOf(expr.right) <= own)}`;
    }
  }
}

// src/rules/names.ts
function quoteName(name) {
  const shown = displayName(name);
  return shown === name ? `'${name}'` : shown;
}
var LIST_LIMIT = 20;
var MAX_COMPARED = 100;
function editDistance(a, b, limit = Math.max(a.length, b.length)) {
  const n = a.length;
  const m = b.length;
  const over = limit + 1;
  if (Math.abs(n - m) > limit) return over;
  let previous = new Int32Array(m + 2);
  let current = new Int32Array(m + 2);
  for (let j = 0; j <= m + 1; j++) previous[j] = j <= limit ? j : over;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(m, i + limit);
    current[0] = i <= limit ? i : over;
    current[from - 1] = from === 1 ? current[0] : over;
    let rowMin = from === 1 ? current[0] : over;
    const code = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const substitute = previous[j - 1] + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, substitute, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    current[to + 1] = over;
    if (rowMin > limit) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[m], over);
}
function closestName(name, known) {
  const limit = Math.max(2, Math.floor(name.length / 3));
  const lower = name.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const candidate of known) {
    let distance;
    if (candidate.toLowerCase() === lower) distance = 0;
    else if (name.length > MAX_COMPARED || candidate.length > MAX_COMPARED) continue;
    else {
      const bound = Math.min(limit, bestDistance);
      distance = editDistance(name, candidate, bound);
      if (distance > bound) continue;
    }
    if (distance < bestDistance || distance === bestDistance && best !== void 0 && candidate < best) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== void 0 && bestDistance <= limit && bestDistance < name.length ? best : void 0;
}
function suggestion(name, known, quote = quoteName) {
  const closest = closestName(name, known);
  return closest === void 0 ? "" : `; did you mean ${quote(closest)}?`;
}
function listNames(names, show = (name) => name) {
  const sorted = [...new Set(names)].sort();
  const shown = sorted.slice(0, LIST_LIMIT).map(show).join(", ");
  const hidden = sorted.length - LIST_LIMIT;
  return hidden > 0 ? `${shown} \u2026 and ${hidden} more` : shown;
}

// src/data/names.ts
function isGlob(pattern) {
  return pattern.includes("*") || pattern.includes("?");
}
function matchesName(name, pattern) {
  if (!isGlob(pattern)) return name === pattern;
  const source = pattern.split("").map((ch) => ch === "*" ? ".*" : ch === "?" ? "." : ch.replace(/[\\^$.|+()[\]{}]/g, "\\$&")).join("");
  return new RegExp(`^${source}$`, "su").test(name);
}

export {
  FactError,
  FACTS,
  GATE_FACTS,
  MATH_FUNCTIONS,
  functionNames,
  isReservedWord,
  displayName,
  isCondition,
  PRECEDENCE,
  INFIX_PRECEDENCE,
  valueKey,
  printExpr,
  quoteName,
  closestName,
  suggestion,
  listNames,
  isGlob,
  matchesName
};
