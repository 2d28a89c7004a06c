/** Multiple-testing correction: Bonferroni and Benjamini–Hochberg. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjustPValues, benjaminiHochberg, bonferroni } from '../../src/drift/correction.js';

describe('multiple-testing correction', () => {
  it('Bonferroni multiplies by m and caps at 1', () => {
    expect(bonferroni([0.01, 0.2, 0.5])).toEqual([0.03, 0.6000000000000001, 1]);
  });

  it('Benjamini–Hochberg matches scipy.stats.false_discovery_control(ps, method="bh")', () => {
    const adjusted = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    [0.02, 0.04, 0.04, 0.02].forEach((x, i) => expect(adjusted[i]).toBeCloseTo(x, 15));
    const r = [0.008, 0.032, 0.0672, 0.0672, 0.0672, 0.08, 0.0845714285714286, 0.205];
    benjaminiHochberg([0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205]).forEach((x, i) =>
      expect(x).toBeCloseTo(r[i]!, 15),
    );
  });

  it('treats NaN as 1 and returns null when correction is none', () => {
    expect(bonferroni([NaN, 0.1])).toEqual([1, 0.2]);
    expect(adjustPValues([0.1], 'none')).toBeNull();
  });

  it('BH is monotone in p, between p and Bonferroni, and at most 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (ps) => {
          const bh = benjaminiHochberg(ps);
          const bonf = bonferroni(ps);
          ps.forEach((p, i) => {
            expect(bh[i]!).toBeGreaterThanOrEqual(p * (1 - 1e-15)); // p·m/m may round down by an ulp
            expect(bh[i]!).toBeLessThanOrEqual(bonf[i]! + 1e-15);
            expect(bh[i]!).toBeLessThanOrEqual(1);
            ps.forEach((q, j) => {
              if (p <= q) expect(bh[i]!).toBeLessThanOrEqual(bh[j]!);
            });
          });
        },
      ),
    );
  });
});
