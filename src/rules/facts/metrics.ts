/**
 * The metrics namespaces and the functions comparing them: bare names (`accuracy`) read the current metrics,
 * `baseline.NAME` the baseline files; `change(x)` = current − baseline, `rel_change(x)` = change / |baseline|.
 *
 * A name that no loaded file knows (neither side, not even as metadata) is a typo: an InputError with
 * did-you-mean. A name known on one side but missing on the other, or holding metadata, is a value this run
 * lacks: the rule's outcome is `error`, and the verdict `unknown`.
 */
import { FactError, type FactContext, type FactFunction, type MetricSet, type Namespace } from './types.js';

/** Short text of a metadata value for messages: `string "churn-v3"`, `null`, `a list`. */
export function describeMetadata(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    return `string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value)}`;
  }
  return typeof value;
}

function knownIn(set: MetricSet | null, name: string): boolean {
  return set !== null && (set.values.has(name) || set.metadata.has(name));
}

function readSide(set: MetricSet, name: string, noun: string, context: FactContext, other: string): number {
  const value = set.values.get(name);
  if (value !== undefined) return value;
  const files = set.files.join(', ') || 'no files';
  if (set.metadata.has(name)) {
    throw new FactError(
      `${noun} ${context.quote(name)} is ${describeMetadata(set.metadata.get(name))} in ${files}, not a number`,
    );
  }
  throw new FactError(`${noun} ${context.quote(name)} has no value in this run's ${other} (${files})`);
}

export const METRICS: Namespace = {
  name: 'metrics',
  names: null,
  noun: 'metric',
  check(name, context) {
    const { metrics, baseline } = context.sources;
    if (knownIn(metrics, name) || knownIn(baseline, name)) return undefined;
    return context.unknown('metric', name, metrics.values.keys(), 'no metrics were loaded');
  },
  read: (name, context) => readSide(context.sources.metrics, name, 'metric', context, 'metrics files'),
};

function checkBaseline(name: string, context: FactContext): string | undefined {
  const { metrics, baseline } = context.sources;
  if (baseline === null) {
    return `${context.written} reads the baseline, but no baseline files were given; set the 'baseline' input`;
  }
  if (knownIn(baseline, name) || knownIn(metrics, name)) return undefined;
  return context.unknown(
    'baseline metric',
    name,
    baseline.values.keys(),
    'the baseline files hold no metrics',
  );
}

function readBaseline(name: string, context: FactContext): number {
  const baseline = context.sources.baseline;
  if (baseline === null) throw new FactError(`${context.written} reads the baseline, but none was given`);
  return readSide(baseline, name, 'baseline metric', context, 'baseline files');
}

export const BASELINE: Namespace = {
  name: 'baseline',
  names: null,
  noun: 'baseline metric',
  check: checkBaseline,
  read: readBaseline,
};

/** The metric name of a one-metric call. */
function metricArg(args: Parameters<FactFunction['evaluate']>[0]): string {
  const arg = args[0];
  return arg?.kind === 'fact' ? arg.name : '';
}

const readsBoth: FactFunction['reads'] = (args) => [
  { namespace: 'metrics', name: metricArg(args) },
  { namespace: 'baseline', name: metricArg(args) },
];

export const CHANGE: FactFunction = {
  name: 'change',
  params: ['metric'],
  returns: 'number',
  usage: 'change(accuracy) or change("p@5")',
  reads: readsBoth,
  check: (args, context) => checkBaseline(metricArg(args), context),
  evaluate(args, context) {
    const name = metricArg(args);
    return METRICS.read(name, context) - readBaseline(name, context);
  },
};

export const REL_CHANGE: FactFunction = {
  name: 'rel_change',
  params: ['metric'],
  returns: 'number',
  usage: 'rel_change(accuracy) or rel_change("p@5")',
  reads: readsBoth,
  check: (args, context) => checkBaseline(metricArg(args), context),
  evaluate(args, context) {
    const name = metricArg(args);
    const current = METRICS.read(name, context);
    const baseline = readBaseline(name, context);
    if (baseline === 0) {
      throw new FactError(
        `${context.written} divides by the baseline ${context.quote(name)} = 0 (a relative change from 0 is undefined)`,
      );
    }
    return (current - baseline) / Math.abs(baseline);
  },
};
