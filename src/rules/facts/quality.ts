/**
 * Data-quality facts (src/quality/): functions over a feature name —
 * `quality.missing_share(device)`, `quality.reference_missing_share(device)`, `quality.new_share(country)` and
 * `quality.out_of_range_share(income)`. Evidence only: a rule that reads them decides what they mean.
 * A column that neither table has, or a fact that does not apply to the column's kind, is a configuration error
 * (did-you-mean); quality that is absent on this run (no tables on both sides) is an `error` of the rule.
 */
import { FactError, type FactArg, type FactContext, type FactFunction } from './types.js';

type Field = 'missingShare' | 'referenceMissingShare' | 'newShare' | 'outOfRangeShare';

function columnOf(args: readonly FactArg[]): string {
  const arg = args[0];
  return arg?.kind === 'column' ? arg.name : '';
}

function qualityFunction(
  name: string,
  field: Field,
  what: string,
  only?: 'categorical' | 'numerical',
): FactFunction {
  const full = `quality.${name}`;
  const needsData = `${full}() needs data quality, which is computed from reference and current tables (drift.reference / drift.current, not profiles)`;
  return {
    name: full,
    params: ['column'],
    returns: 'number',
    usage: `${full}(device)`,
    reads: () => [{ namespace: 'quality', name }],
    check(args, context: FactContext) {
      const quality = context.sources.quality;
      if (!quality) return needsData;
      const column = columnOf(args);
      const feature = quality.get(column);
      if (!feature)
        return context.unknown('compared feature', column, quality.keys(), '(no features were compared)');
      if (only && feature.kind !== only) {
        return `${context.written}: '${column}' is ${feature.kind}; ${full}() is the ${what} of a ${only} feature`;
      }
      return undefined;
    },
    evaluate(args, context: FactContext) {
      const quality = context.sources.quality;
      if (!quality) throw new FactError(`${context.written} is read, but ${needsData}`);
      const column = columnOf(args);
      const value = quality.get(column)?.[field];
      if (value === undefined || value === null || Number.isNaN(value)) {
        throw new FactError(`${context.written} is not known on this run's data`);
      }
      return value;
    },
  };
}

export const QUALITY_FUNCTIONS: readonly FactFunction[] = [
  qualityFunction('missing_share', 'missingShare', 'share of missing current cells'),
  qualityFunction('reference_missing_share', 'referenceMissingShare', 'share of missing reference cells'),
  qualityFunction(
    'new_share',
    'newShare',
    'share of current rows with a category the reference never had',
    'categorical',
  ),
  qualityFunction(
    'out_of_range_share',
    'outOfRangeShare',
    "share of current values outside the reference's range",
    'numerical',
  ),
];
