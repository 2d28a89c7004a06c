/**
 * The input contract shared by the two-sample tests: each sample is a non-empty Float64Array of finite values
 * sorted ascending (the drift engine drops missing cells and sorts each column once). A violation is a bug in
 * the caller, not bad user input, so it throws a plain Error naming the test, the sample and the index.
 */
export function assertSortedSample(test: string, label: 'ref' | 'cur', values: Float64Array): void {
  if (values.length === 0) {
    throw new Error(`${test}: the ${label} sample is empty (expected at least one finite value)`);
  }
  let previous = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) {
      throw new Error(`${test}: the ${label} sample has a non-finite value ${v} at index ${i}`);
    }
    if (v < previous) {
      throw new Error(
        `${test}: the ${label} sample is not sorted ascending at index ${i} (${v} after ${previous})`,
      );
    }
    previous = v;
  }
}

/** The same contract for tests that read their samples in any order (t-test): non-empty and finite only. */
export function assertFiniteSample(test: string, label: 'ref' | 'cur', values: Float64Array): void {
  if (values.length === 0) {
    throw new Error(`${test}: the ${label} sample is empty (expected at least one finite value)`);
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v - v !== 0)
      throw new Error(`${test}: the ${label} sample has a non-finite value ${v} at index ${i}`);
  }
}
