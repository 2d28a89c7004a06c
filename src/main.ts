/** Orchestration (placeholder until the pipeline lands): the only place that sets outputs or fails the step. */
import * as core from '@actions/core';

export async function run(): Promise<void> {
  core.setFailed('retrain-trigger: not implemented yet');
}
