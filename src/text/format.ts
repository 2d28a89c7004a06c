/** Numbers and percentages as reasons, reports, issue bodies and logs show them: one format everywhere. */

/**
 * Up to 6 significant digits without trailing zeros (`0.8`, `0.333333`), exponent form for very large or
 * small magnitudes (`1.5e-7`, `2e+21`), `-0` as `0`. Integers below 1e15 are shown whole (`1234567` rows),
 * because counts are exact and rounding them would misreport.
 */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  if (x === 0) return '0';
  const magnitude = Math.abs(x);
  if (Number.isInteger(x) && magnitude < 1e15) return String(x);
  if (magnitude >= 1e-4 && magnitude < 1e6) {
    const fixed = x.toPrecision(6);
    // toPrecision switches to exponent form itself when rounding carries to 1e6 (999999.9).
    if (!fixed.includes('e')) return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  }
  const [mantissa = '', exponent = ''] = x.toExponential(5).split('e');
  return `${mantissa.replace(/\.?0+$/, '')}e${exponent}`;
}

/** A share (0.25) as a percentage rounded to `decimals` places (`25%`). */
export function formatPercent(share: number, decimals: number): string {
  return `${formatNumber(Number((share * 100).toFixed(decimals)))}%`;
}
