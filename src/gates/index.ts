/** The validation gate: is the candidate (challenger) good enough to replace the model in production (champion)? */
export { compileGates, evaluateGates, type CompiledGate } from './evaluate.js';
export { renderGateHeadline, renderGateMarkdown, renderGateReasons, renderGateTable } from './markdown.js';
export { describeThresholdGate, ZERO_BASELINE_MARGIN } from './threshold.js';
export type * from './types.js';
