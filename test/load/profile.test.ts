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
  "rows": 1000,
  "description": "training set",
  "features": {
    "age": {"type": "numerical", "edges": [18, 30, 45, 60, 90], "counts": [310, 402, 201, 80]},
    "country": {"type": "categorical", "counts": {"DE": 612, "FR": 301, "IT": 87}}
  }
}
`;

/** GOOD with one replacement; the error message of parsing it. */
function errorFor(from: string, to: string): string {
  const text = GOOD.replace(from, to);
  expect(text, `replacement of ${from}`).not.toBe(GOOD);
  try {
    parseProfile(text, 'p.json');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error(`no error for ${to}`);
}

describe('profile format', () => {
  it('parses histograms and category counts into a ProfileSet', () => {
    const profile = parseProfile(GOOD, 'p.json');
    expect(profile.source).toBe('p.json');
    expect([...profile.features.values()]).toEqual([
      { kind: 'numerical', name: 'age', edges: [18, 30, 45, 60, 90], counts: [310, 402, 201, 80] },
      { kind: 'categorical', name: 'country', counts: { DE: 612, FR: 301, IT: 87 } },
    ]);
    expect(validateSchema(JSON.parse(GOOD))).toBe(true);
  });

  it('points at edges that do not increase and at a wrong number of counts', () => {
    expect(errorFor('[18, 30, 45', '[18, 45, 30')).toBe(
      'p.json: line 6, column 52: features.age.edges[2]: 30 is not greater than the previous edge 45 (edges must increase)',
    );
    expect(errorFor('[18, 30, 45', '[18, 30, 30')).toMatch(
      /edges\[2\]: 30 is not greater than the previous edge 30/,
    );
    expect(errorFor('[310, 402, 201, 80]', '[310, 402, 201]')).toBe(
      'p.json: line 6, column 75: features.age.counts: has 3 count(s); expected 4 (one per bin: edges minus 1)',
    );
    expect(
      errorFor('"edges": [18, 30, 45, 60, 90], "counts": [310, 402, 201, 80]', '"edges": [18], "counts": []'),
    ).toMatch(/features\.age\.edges: has 1 edge\(s\); expected at least 2$/);
    expect(errorFor('[18, 30', '["18", 30')).toMatch(
      /features\.age\.edges\[0\]: expected a number, found "18"$/,
    );
  });

  it('rejects negative, fractional and non-numeric counts, and all-zero totals', () => {
    expect(errorFor('"DE": 612', '"DE": -3')).toBe(
      'p.json: line 7, column 57: features.country.counts.DE: expected a non-negative integer count, found -3',
    );
    expect(errorFor('[310, 402', '[310.5, 402')).toMatch(
      /features\.age\.counts\[0\]: expected a non-negative integer count, found 310\.5$/,
    );
    expect(errorFor('"FR": 301', '"FR": "301"')).toMatch(
      /counts\.FR: expected a non-negative integer count, found "301"$/,
    );
    expect(errorFor('[310, 402, 201, 80]', '[0, 0, 0, 0]')).toMatch(
      /features\.age\.counts: all counts are 0; expected at least one observation$/,
    );
    expect(errorFor('{"DE": 612, "FR": 301, "IT": 87}', '{"DE": 0}')).toMatch(
      /features\.country\.counts: all counts are 0/,
    );
    expect(errorFor('{"DE": 612, "FR": 301, "IT": 87}', '{}')).toMatch(
      /features\.country\.counts: is empty; expected at least one category$/,
    );
    expect(errorFor('"rows": 1000', '"rows": 900')).toMatch(
      /features\.age\.counts: counts add up to 993, more than "rows" \(900\)$/,
    );
  });

  it('checks the envelope: version, features, types and unknown keys', () => {
    expect(errorFor('"version": 1', '"version": 2')).toBe(
      'p.json: line 2, column 14: version: expected 1, found 2',
    );
    expect(errorFor('"version": 1,', '')).toBe(
      'p.json: line 1, column 1: version: expected 1, found nothing',
    );
    expect(errorFor('"type": "categorical"', '"type": "nominal"')).toMatch(
      /features\.country\.type: expected "numerical" or "categorical", found "nominal"$/,
    );
    expect(errorFor('"edges"', '"edge"')).toBe(
      'p.json: line 6, column 34: features.age.edge: unknown key (allowed here: type, count, edges, counts, quantiles, std, quantile_error)',
    );
    expect(errorFor('"rows": 1000', '"rowz": 1000')).toMatch(
      /line 3, column 3: rowz: unknown key \(allowed here: version, rows, features, description\)$/,
    );
    expect(errorFor('"rows": 1000', '"rows": -1')).toMatch(
      /rows: expected a non-negative integer count, found -1$/,
    );
    expect(errorFor('"description": "training set"', '"description": 5')).toMatch(
      /description: expected a string, found 5$/,
    );
    expect(() => parseProfile('[]', 'p.json')).toThrow(
      'p.json: line 1, column 1: profile: expected a profile object',
    );
    expect(() => parseProfile('{"version": 1, "features": {}}', 'p.json')).toThrow(
      'features: has no features; expected at least one',
    );
    expect(() => parseProfile('{"version": 1, "features": {"a b": 3}}', 'p.json')).toThrow(
      'p.json: line 1, column 36: features["a b"]: expected an object with "type" and "counts", found 3',
    );
  });

  it('reports JSON syntax errors and duplicate keys with positions', () => {
    expect(() => parseProfile('{\n  "version": 1,\n  "features": {,}\n}', 'p.json')).toThrow(
      /^p\.json: line 3, column 16: not valid JSON \(/,
    );
    expect(() => parseProfile('', 'p.json')).toThrow(/^p\.json: line 1, column 1: not valid JSON/);
    const duplicate = GOOD.replace('"country":', '"age":');
    expect(() => parseProfile(duplicate, 'p.json')).toThrow(
      'p.json: line 7, column 5: a key appears twice in the same object',
    );
  });

  it('merges several profile files: counts added, edges must match', async () => {
    const a = tempFile('.json', GOOD);
    const b = tempFile(
      '.json',
      '{"version": 1, "features": {"country": {"type": "categorical", "counts": {"DE": 1, "ES": 2}}}}',
    );
    const merged = await loadProfiles(
      [
        { file: a, shown: 'a.json' },
        { file: b, shown: 'b.json' },
        { file: a, shown: 'a-again.json' },
      ],
      'reference-data',
    );
    expect(merged.source).toBe('a.json, b.json, a-again.json');
    expect(merged.features.get('country')).toEqual({
      kind: 'categorical',
      name: 'country',
      counts: { DE: 1225, FR: 602, IT: 174, ES: 2 },
    });
    expect(merged.features.get('age')).toMatchObject({ counts: [620, 804, 402, 160] });

    const c = tempFile(
      '.json',
      '{"version": 1, "features": {"age": {"type": "numerical", "edges": [0, 1], "counts": [1]}}}',
    );
    await expect(
      loadProfiles(
        [
          { file: a, shown: 'a.json' },
          { file: c, shown: 'c.json' },
        ],
        'current-data',
      ),
    ).rejects.toThrow(
      "current-data: feature 'age' in c.json and a.json: histograms have different edges; merged profiles need identical edges",
    );
  });

  it('the JSON Schema rejects what the reader rejects structurally', () => {
    for (const [from, to] of [
      ['"version": 1', '"version": 2'],
      ['"DE": 612', '"DE": -3'],
      ['"edges"', '"edge"'],
      ['"type": "categorical"', '"type": "nominal"'],
    ] as const) {
      expect(validateSchema(JSON.parse(GOOD.replace(from, to))), to).toBe(false);
      expect(() => parseProfile(GOOD.replace(from, to), 'p.json')).toThrow(InputError);
    }
  });
});
