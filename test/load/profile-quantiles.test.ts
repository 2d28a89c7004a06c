/** The quantile part of the profile format: reading, errors with positions, the schema, merging. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadProfiles, parseProfile } from '../../src/load/profile.js';
import { tempFile } from './table-helpers.js';

const schema = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '..', '..', 'schemas', 'profile.schema.json'), 'utf8'),
) as object;
const validateSchema = new Ajv({ strict: true }).compile(schema);

const GOOD = `{
  "version": 1,
  "rows": 12,
  "features": {
    "age": {"type": "numerical", "count": 10, "edges": [0, 50, 100], "counts": [6, 4],
            "quantiles": [18, 30, 41, 57, 88], "std": 21.5},
    "spend": {"type": "numerical", "count": 12, "quantiles": [0, 1.5, 2, 9.25, 40], "std": 11.1,
              "quantile_error": 0.001}
  }
}
`;

/** The reader's message for GOOD with one replacement; `structural` ones the schema rejects too. */
function errorFor(from: string, to: string, structural = true): string {
  const text = GOOD.replace(from, to);
  expect(text, `replacement of ${from}`).not.toBe(GOOD);
  try {
    parseProfile(text, 'q.json');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    if (structural) expect(validateSchema(JSON.parse(text)), `schema accepts ${to}`).toBe(false);
    return (error as Error).message;
  }
  throw new Error(`no error for ${to}`);
}

describe('profile quantiles', () => {
  it('reads the example of docs/profile-format.md', () => {
    const doc = readFileSync(path.join(import.meta.dirname, '..', '..', 'docs', 'profile-format.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)![1]!;
    const profile = parseProfile(example, 'example.json');
    expect(profile.features.get('income')).toMatchObject({ quantiles: { count: 990 } });
    expect(validateSchema(JSON.parse(example))).toBe(true);
  });

  it('reads quantiles with their count, std and rank error, alone or beside a histogram', () => {
    const profile = parseProfile(GOOD, 'q.json');
    expect(profile.features.get('age')).toEqual({
      kind: 'numerical',
      name: 'age',
      edges: [0, 50, 100],
      counts: [6, 4],
      quantiles: { values: [18, 30, 41, 57, 88], count: 10, std: 21.5 },
    });
    expect(profile.features.get('spend')).toEqual({
      kind: 'numerical',
      name: 'spend',
      quantiles: { values: [0, 1.5, 2, 9.25, 40], count: 12, std: 11.1, rankError: 0.001 },
    });
    expect(validateSchema(JSON.parse(GOOD))).toBe(true);
  });

  it('points at quantiles that decrease, a missing count or std, and a count that disagrees', () => {
    expect(errorFor('[18, 30, 41', '[18, 30, 29', false)).toBe(
      'q.json: line 6, column 35: features.age.quantiles[2]: 29 is less than the previous quantile 30 (quantiles must not decrease)',
    );
    expect(errorFor('"count": 12, ', '')).toBe(
      'q.json: line 7, column 14: features.spend.count: missing: quantiles need the number of values they summarise',
    );
    expect(errorFor(', "std": 11.1', '')).toMatch(
      /features\.spend\.std: missing: quantiles need the standard deviation \(stddev_pop\)$/,
    );
    expect(errorFor('"std": 11.1', '"std": -1')).toMatch(
      /line 7, column 92: features\.spend\.std: expected a non-negative number \(stddev_pop of the values\), found -1$/,
    );
    expect(errorFor('"count": 10', '"count": 11', false)).toBe(
      "q.json: line 5, column 43: features.age.count: 11 differs from the histogram's total 10 (both count the non-missing values)",
    );
    expect(errorFor('[0, 1.5, 2, 9.25, 40]', '[0]')).toMatch(
      /features\.spend\.quantiles: has 1 value\(s\); expected at least 2 \(minimum and maximum\)$/,
    );
    expect(errorFor('"quantile_error": 0.001', '"quantile_error": 1')).toMatch(
      /features\.spend\.quantile_error: expected the quantiles' rank error as a share of count, 0 <= error < 1, found 1$/,
    );
    expect(errorFor('"count": 12', '"count": 13', false)).toMatch(
      /features\.spend\.count: count 13 is more than "rows" \(12\)$/,
    );
  });

  it('needs a histogram or quantiles, and reads std only with quantiles', () => {
    const bare = '{"version": 1, "features": {"x": {"type": "numerical", "count": 3}}}';
    expect(() => parseProfile(bare, 'q.json')).toThrow(
      'q.json: line 1, column 34: features.x: a numerical feature needs a histogram ("edges" and "counts"), "quantiles", or both',
    );
    expect(validateSchema(JSON.parse(bare))).toBe(false);
    const stray =
      '{"version": 1, "features": {"x": {"type": "numerical", "edges": [0, 1], "counts": [2], "std": 1}}}';
    expect(() => parseProfile(stray, 'q.json')).toThrow(/features\.x\.std: is only read with "quantiles"$/);
    expect(validateSchema(JSON.parse(stray))).toBe(false);
  });

  it('refuses to merge quantiles across files (they do not add up)', async () => {
    const a = tempFile('.json', GOOD);
    await expect(
      loadProfiles(
        [
          { file: a, shown: 'a.json' },
          { file: a, shown: 'b.json' },
        ],
        'reference-data',
      ),
    ).rejects.toThrow(
      "reference-data: feature 'age' in b.json and a.json: quantiles cannot be merged across files; profile all rows of a side in one query",
    );
  });
});
