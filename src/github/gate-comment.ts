/**
 * The gate step's comment on the alert issue: its marker (found again by a re-run of the same candidate),
 * the outcome with the champion vs challenger table, and the deployment's recorded state.
 */
import { randomUUID } from 'node:crypto';
import type { DispatchConfig } from '../config/types.js';
import { renderGateMarkdown, type GateVerdict } from '../gates/index.js';
import { escapeMarkdown } from '../text/escape.js';
import { nonceMarker, safeLink } from './body.js';
import type { DispatchResult } from './dispatch.js';

export type DeployState = 'claimed' | 'dispatched' | 'failed' | 'skipped' | 'none';

export function gateMarker(monitorKey: string, candidate: string): string {
  return `<!-- retrain-trigger:gate=${encodeURIComponent(monitorKey)}:${encodeURIComponent(candidate)} -->`;
}

const DEPLOY_STATE = /^<!-- retrain-trigger:deploy=(claimed|dispatched|failed|skipped|none) -->$/m;

/** The deploy state a gate comment records (only in a comment whose first line is our marker). */
export function readDeployState(body: string): DeployState | undefined {
  return DEPLOY_STATE.exec(body)?.[1] as DeployState | undefined;
}

/** The comment on the alert: the outcome, the table, what happened to the deployment. */
export function gateComment(
  verdict: GateVerdict,
  marker: string,
  runUrl: string | undefined,
  deploy: { state: DeployState; line: string },
): string {
  const run = safeLink('retraining run', runUrl);
  const lead = verdict.promote
    ? `The candidate of this ${run ?? 'retraining run'} passed its gates.`
    : `The candidate of this ${run ?? 'retraining run'} was **not** promoted.`;
  return [
    marker,
    renderGateMarkdown(verdict).trimEnd(),
    lead,
    deploy.line,
    // The monitor reads `candidate` to count a rejected candidate as a failed retraining attempt.
    `<!-- retrain-trigger:candidate=${verdict.promote ? 'promoted' : 'rejected'} -->\n` +
      `<!-- retrain-trigger:deploy=${deploy.state} -->\n${nonceMarker(randomUUID())}`,
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

/** What the comment says about the deployment once the dispatch answered (or did not). */
export function deployLine(
  result: DispatchResult,
  promote: DispatchConfig,
): { state: DeployState; line: string } {
  const workflow = escapeMarkdown(promote.workflow ?? '');
  if (result.dispatched) {
    const run = safeLink(result.runId !== undefined ? `run ${result.runId}` : 'its run', result.runUrl);
    return { state: 'dispatched', line: `🚀 Deployment dispatched: ${workflow}${run ? `, ${run}` : ''}.` };
  }
  const last = result.records[result.records.length - 1];
  const detail = escapeMarkdown(last?.detail ?? 'not dispatched');
  if (result.failures.length > 0) {
    // A lost answer may hide a run that started: keep the claim so no re-run dispatches a second one.
    const lost = /may or may not have started/.test(last?.detail ?? '');
    return {
      state: lost ? 'claimed' : 'failed',
      line: `⚠️ Deployment of ${workflow} ${lost ? 'uncertain' : 'failed'}: ${detail}`,
    };
  }
  return { state: 'skipped', line: `Deployment of ${workflow} not dispatched: ${detail}` };
}
