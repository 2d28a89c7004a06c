import { describe, expect, it } from 'vitest';
import { decideVerdict } from '../../src/decide.js';
import { InputError } from '../../src/errors.js';
import type { FeatureQuality, QualityResult } from '../../src/quality/types.js';
import { parseRule, parseRuleLines } from '../../src/rules/index.js';
import type { Evidence } from '../../src/verdict.js';
import { evidenceOf } from '../support/evidence.js';

const rules = (text: string) => parseRuleLines(text, "input 'rules'").map((spec) => parseRule(spec));

function feature(
  name: string,
  kind: 'numerical' | 'categorical',
  over: Partial<FeatureQuality>,
): FeatureQuality {
  return {
    name,
    kind,
    missing: { reference: 3, current: 13 },
    missingShare: { reference: 0.03, current: 0.13 },
    newCategories: kind === 'categorical' ? [] : null,
    newCategoryCount: kind === 'categorical' ? 0 : null,
    newShare: kind === 'categorical' ? 0 : null,
    referenceRange: kind === 'numerical' ? [0, 1] : null,
    outOfRange: kind === 'numerical' ? 0 : null,
    outOfRangeShare: kind === 'numerical' ? 0 : null,
    ...over,
  };
}

function withQuality(features: FeatureQuality[]): Evidence {
  const quality: QualityResult = { rows: { reference: 100, current: 100 }, features, changes: [] };
  return { ...evidenceOf({ accuracy: 0.9 }), quality };
}

const evidence = withQuality([
  feature('device', 'categorical', {}),
  feature('country', 'categorical', { newShare: 0.15 }),
  feature('income', 'numerical', { outOfRangeShare: 0.12 }),
]);

describe('quality facts in rules', () => {
  it('reads missing, new-category and out-of-range shares of a compared feature', () => {
    const verdict = decideVerdict(
      rules(
        [
          'quality.missing_share(device) > 10%',
          'quality.reference_missing_share(device) > 10%',
          'quality.new_share(country) > 5%',
          'quality.out_of_range_share(income) > 20%',
        ].join('\n'),
      ),
      evidence,
    );
    expect(verdict.rules.map((r) => r.outcome)).toEqual(['triggered', 'ok', 'triggered', 'ok']);
    expect(verdict.rules[0]?.values['quality.missing_share(device)']).toBeCloseTo(0.13, 12);
    expect(verdict.status).toBe('due');
  });

  it('names an unknown feature with did-you-mean, and a fact that does not fit the kind', () => {
    expect(() => decideVerdict(rules('quality.missing_share(devce) > 0'), evidence)).toThrow(InputError);
    expect(() => decideVerdict(rules('quality.missing_share(devce) > 0'), evidence)).toThrow(
      /did you mean 'device'/,
    );
    expect(() => decideVerdict(rules('quality.new_share(income) > 0'), evidence)).toThrow(
      /'income' is numerical/,
    );
  });

  it('is a configuration error without data quality (no tables on both sides)', () => {
    expect(() =>
      decideVerdict(rules('quality.missing_share(device) > 0'), evidenceOf({ accuracy: 0.9 })),
    ).toThrow(/needs data quality/);
  });

  it('never triggers on its own: a run whose rules do not read quality is healthy', () => {
    expect(decideVerdict(rules('accuracy < 0.5'), evidence).status).toBe('healthy');
  });
});
