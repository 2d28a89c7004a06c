/**
 * The facts registry: a new namespace or function is one entry, and the parser, checker, evaluator, printer
 * and reasons handle it without change. Proven here with entries of the shapes the next features need:
 * a namespaced value (`model.age_days`), a namespaced function over a column (`quality.missing_share(device)`)
 * and a function over a metric and a window (`mean_over(accuracy, 7d)`).
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  createRegistry,
  evaluateRule,
  FACTS,
  parseRule,
  printExpr,
  checkRule,
} from '../../src/rules/index.js';
import { FactError, type FactFunction, type Namespace } from '../../src/rules/facts/types.js';
import { errorOf, sexpr, sources, spec } from './helpers.js';

const MODEL: Namespace = {
  name: 'model',
  names: ['age_days', 'stale'],
  conditions: ['stale'],
  noun: 'model fact',
  check: () => undefined,
  read: (name) => (name === 'stale' ? 1 : 34),
};

const MISSING_SHARE: FactFunction = {
  name: 'quality.missing_share',
  params: ['column'],
  returns: 'number',
  usage: 'quality.missing_share(device)',
  reads: () => [{ namespace: 'quality', name: 'missing_share' }],
  check: (args) =>
    args[0]?.kind === 'column' && args[0].name === 'nope' ? "unknown column 'nope'" : undefined,
  evaluate: (args) => (args[0]?.kind === 'column' && args[0].name === 'device' ? 0.13 : 0),
};

/** Mean of the current value and `runs` copies of a fixed past value — enough to check the plumbing. */
const MEAN_OVER: FactFunction = {
  name: 'mean_over',
  params: ['fact', 'window'],
  returns: 'number',
  usage: 'mean_over(accuracy, 7) or mean_over(accuracy, 7d)',
  evaluate(args, context) {
    const [fact, window] = args;
    if (fact?.kind !== 'fact' || window?.kind !== 'window') throw new FactError('bad arguments');
    if (window.ms !== undefined) throw new FactError(`no history for a window of ${window.text}`);
    const now = context.read(fact);
    return (now + (window.runs ?? 0) * 0.9) / ((window.runs ?? 0) + 1);
  },
};

const registry = createRegistry(
  [...FACTS.namespaces.values(), MODEL],
  [...FACTS.functions.values(), MISSING_SHARE, MEAN_OVER],
);
const facts = sources({ accuracy: 0.8 }, { accuracy: 0.9 });
const parse = (expression: string) => parseRule(spec(expression), registry);

describe('facts registry', () => {
  it('parses, prints and evaluates a namespaced value, with conditions from the entry', () => {
    const rule = parse('model.age_days > 30 and model.stale');
    expect(sexpr(rule.ast)).toBe('(and (> (model [age_days]) 30) (model [stale]))');
    const result = evaluateRule(rule, facts);
    expect(result.outcome).toBe('triggered');
    expect(result.reason).toBe('model.age_days = 34 > 30 and model.stale = 1');
    expect(errorOf(() => parse('model.age_day > 30')).message).toContain(
      "unknown model fact 'model.age_day'; did you mean 'model.age_days'? (known: model.age_days, model.stale)",
    );
  });

  it('parses a dotted function over a column, checks its arguments, evaluates it', () => {
    const rule = parse('quality.missing_share(device) > 10%');
    expect(printExpr(rule.ast)).toBe('quality.missing_share(device) > 10%');
    expect(evaluateRule(rule, facts)).toMatchObject({
      outcome: 'triggered',
      values: { 'quality.missing_share(device)': 0.13 },
    });
    const typo = errorOf(() => checkRule(parse('quality.missing_share(nope) > 0'), facts));
    expect(typo).toBeInstanceOf(InputError);
    expect(typo.message).toContain("unknown column 'nope'");
  });

  it('takes windows of runs (7) and durations (7d), and says what it expected otherwise', () => {
    const runs = evaluateRule(parse('accuracy < mean_over(accuracy, 3) - 0.02'), facts);
    expect(runs.outcome).toBe('triggered');
    expect(runs.values['mean_over(accuracy, 3)']).toBeCloseTo(0.875, 12);
    const days = evaluateRule(parse('mean_over(baseline.accuracy, 7d) > 0'), facts);
    expect(days).toMatchObject({ outcome: 'error', error: 'no history for a window of 7d' });
    expect(printExpr(parse('mean_over(baseline."p@5", 2w) > 0').ast)).toBe(
      'mean_over(baseline."p@5", 2w) > 0',
    );
    expect(errorOf(() => parse('mean_over(accuracy, 0) > 0')).message).toContain(
      'mean_over() takes a metric name or a fact such as baseline.accuracy and a window: a number of runs (7) or a duration (7d, 12h, 2w), e.g. mean_over(accuracy, 7) or mean_over(accuracy, 7d); found a number',
    );
    expect(errorOf(() => parse('accuracy < 7d')).message).toContain(
      "a duration like '7d' is only allowed as the window of a function over past runs",
    );
  });

  it('reserves the new names: a metric starting with one must be quoted', () => {
    expect(registry.reserved.has('quality')).toBe(true);
    expect(errorOf(() => parse('mean_over < 1')).message).toContain("'mean_over' is a function");
    expect(evaluateRule(parse('"accuracy" < 0.85'), facts).outcome).toBe('triggered');
  });

  it('the default registry holds metrics, baseline, drift, model, change, rel_change, the quality and the history functions', () => {
    expect([...FACTS.namespaces.keys()]).toEqual(['metrics', 'baseline', 'drift', 'model']);
    expect([...FACTS.functions.keys()]).toEqual([
      'change',
      'rel_change',
      'quality.missing_share',
      'quality.reference_missing_share',
      'quality.new_share',
      'quality.out_of_range_share',
      'previous',
      'mean_over',
      'median_over',
      'min_over',
      'max_over',
      'highest',
      'lowest',
      'slope',
      'page_hinkley',
      'cusum',
      'ewma',
    ]);
    expect(FACTS.bare.name).toBe('metrics');
  });
});
