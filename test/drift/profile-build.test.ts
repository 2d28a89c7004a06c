/** The quantiles, std and histograms `retrain-trigger profile` writes, against numpy (committed fixture). */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../src/profile/build.js';
import { exactQuantiles, quantileRank } from '../../src/profile/quantiles.js';
import { close, numericColumn, table } from './helpers.js';

interface Case {
  name: string;
  values: number[];
  quantiles: Record<string, number[]>;
  std: number;
  edges: number[];
  counts: number[];
}
const fixture = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'drift', 'quantile-tests.json'), 'utf8'),
) as { cases: Case[] };

describe('profile quantiles and histograms', () => {
  for (const c of fixture.cases) {
    it(`equal numpy's inverted-CDF quantiles, std and Sturges histogram (${c.name})`, () => {
      const sorted = Float64Array.from(c.values).sort();
      for (const [q, expected] of Object.entries(c.quantiles)) {
        // -0 and 0 are equal values (numpy and our sort may order them differently): compare as numbers.
        const plain = (v: number[]) => v.map((x) => x + 0);
        expect(plain(exactQuantiles(sorted, Number(q))), `q = ${q}`).toEqual(plain(expected));
      }
      const profile = buildProfile(table('t.csv', [numericColumn('x', c.values)]), ['x'], { quantiles: 10 });
      const feature = profile.features.x!;
      expect(feature.edges).toEqual(c.edges);
      expect(feature.counts).toEqual(c.counts);
      expect(close(feature.std as number, c.std, 1e-12)).toBe(true);
      expect((feature.quantiles as number[]).map((x) => x + 0)).toEqual(c.quantiles['10']!.map((x) => x + 0));
    });
  }

  it('ranks the minimum and maximum first and last', () => {
    expect(quantileRank(0, 1000, 5)).toBe(1);
    expect(quantileRank(1, 1000, 5)).toBe(1);
    expect(quantileRank(1000, 1000, 5)).toBe(5);
    expect(quantileRank(500, 1000, 4)).toBe(2);
  });
});
