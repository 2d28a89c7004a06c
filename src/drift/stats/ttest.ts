import type { TestResult } from './result.js';

/** Work in progress: signature fixed for the drift engine. */
export function tTestInd(_ref: Float64Array, _cur: Float64Array): TestResult {
  return { statistic: NaN, pValue: NaN };
}
