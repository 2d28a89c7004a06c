/** Outcome of a two-sample hypothesis test: the test statistic and its p-value (scipy's conventions). */
export interface TestResult {
  statistic: number;
  pValue: number;
}
