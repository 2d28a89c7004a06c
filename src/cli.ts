/** CLI entry (placeholder until the pipeline lands). */
console.error('retrain-trigger: not implemented yet');
process.exitCode = 1;
