/** Contracts of the Effects stage: what was done on GitHub (or would be, in dry-run), for outputs and report. */

export interface RepoContext {
  owner: string;
  repo: string;
  /** e.g. https://github.com */
  serverUrl: string;
  /** e.g. https://api.github.com — tests point this at a loopback server. */
  apiUrl: string;
  /** URL of the current workflow run, when running in Actions. */
  runUrl?: string;
  /** Id of the current workflow run (GITHUB_RUN_ID): a gate step's candidate; the history record's run. */
  runId?: string;
  /** Name of the workflow running the monitor (used in the default monitor key). */
  workflow?: string;
  sha?: string;
  /** GITHUB_RUN_ATTEMPT: a re-run keeps the run id and replaces its history record. */
  runAttempt?: number;
}

export type ActionKind = 'alert-issue' | 'dispatch' | 'command' | 'notification' | 'history';

/** One line of the report's `actions` section. */
export interface ActionRecord {
  kind: ActionKind;
  /** created | updated | kept | commented | closed | reopened | unchanged | dispatched | skipped | failed | would-… in dry-run */
  outcome: string;
  /** Why it was done or skipped, in a sentence. */
  detail: string;
  url?: string;
  /** The command's output tail (secrets masked; escaped where it is shown). */
  output?: string;
}

/**
 * The label that says a person is needed on an alert (retraining failed `max-retrain-attempts` times, set by the
 * retraining follow-up; removing it resets that). An open alert carrying it makes the notifications `escalated`.
 */
export const ESCALATION_LABEL = 'retraining-failed';

export interface EffectsOutcome {
  /** Why a person is needed, when the open alert says so (it carries ESCALATION_LABEL). */
  escalated?: string;
  issueNumber?: number;
  issueUrl?: string;
  dispatched: boolean;
  runId?: number;
  runUrl?: string;
  records: ActionRecord[];
  /** Things asked for that could not be done; non-empty fails the step after outputs are set. */
  failures: string[];
}

/** A dispatch sent once for several monitors (`batch-dispatch`), as each monitor it covers reports it. */
export interface BatchDispatchNote {
  /** One escaped line for the alert issue body about what the dispatch did. */
  line: string;
  dispatched: boolean;
  runId?: number;
  runUrl?: string;
}
