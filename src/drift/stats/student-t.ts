import betainc from '@stdlib/math-base-special-betainc';

/**
 * Two-sided tail probability of Student's t distribution, P(|T| >= |t|) with `df` degrees of freedom —
 * scipy's `2 * stdtr(df, -|t|)`. Through the regularised incomplete beta function:
 *   P(|T| >= |t|) = I_{df/(df+t²)}(df/2, 1/2) = 1 - I_{t²/(df+t²)}(1/2, df/2),
 * evaluating whichever argument is the smaller one so neither form loses digits to cancellation.
 * NaN for df <= 0 or a NaN t (scipy's `stdtr` domain).
 */
export function studentTTwoSided(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df) || df <= 0) return NaN;
  if (!Number.isFinite(t)) return 0;
  if (t === 0) return 1;
  const t2 = t * t;
  const x = df / (df + t2); // argument of the lower-tail form
  const y = t2 / (df + t2); // 1 - x without the rounding of the subtraction
  if (x < y) return betainc(x, df / 2, 0.5);
  return betainc(y, 0.5, df / 2, true, true);
}
