/**
 * The one typed configuration object. Produced once by getConfig() (inputs merged over the YAML file,
 * validated against retrain-trigger.schema.json); everything downstream reads only this.
 */
import type { DriftConfig } from '../drift/types.js';
import type { Hysteresis } from '../history/hysteresis.js';
import type { HistorySettings } from '../history/settings.js';
import type { CommandConfig } from '../command/types.js';
import type { NotifyConfig } from '../notify/types.js';
import type { RuleSpec } from '../rules/types.js';
import type { OnUnknown } from '../verdict.js';
import type { GateSpec } from '../gates/types.js';
import type { RepoTarget } from './dispatch-checks.js';

export interface AlertConfig {
  enabled: boolean;
  labels: string[];
  /** Title template; `{monitor}` is replaced with the monitor key. */
  title: string;
  assignees: string[];
  closeOnRecovery: boolean;
}

export interface DispatchConfig {
  /** Workflow file name (`retrain.yml`) or numeric id, for workflow_dispatch. */
  workflow?: string;
  /** repository_dispatch event type, the alternative to `workflow`. */
  eventType?: string;
  /** The repository dispatched into (workflow or event), parsed from `owner/name`; default the current one. */
  repository?: RepoTarget;
  /** Git ref for workflow_dispatch; undefined = the repository's default branch. */
  ref?: string;
  /**
   * Inputs sent with the dispatch, values as strings (templates like `{reasons}` expanded at dispatch time).
   * A map without a prototype: `__proto__` and `constructor` are input names like any other.
   */
  inputs: Record<string, string>;
  /** No new dispatch while a run is queued/in progress or was created within this many milliseconds. */
  cooldownMs: number;
  /**
   * Monitors of one `monitors:` run that dispatch this same workflow (or event) one by one. Their runs are told
   * apart by the monitor key in the run's title (the workflow's `run-name`): a run naming another of them does
   * not hold this monitor back; a run naming none of them holds all of them back (github/race.ts runCounts).
   */
  sharedWith?: string[];
}

/** A gate step (in the retraining workflow): is the candidate good enough to replace the champion? */
export interface GateConfig {
  gates: GateSpec[];
  /** Mark the step failed when the candidate is rejected (after outputs). */
  failOnReject: boolean;
  /** The deployment workflow dispatched once per promoted candidate (`promote-workflow`, `promote-inputs`). */
  promote: DispatchConfig | null;
  /** The monitor's alert issue the outcome is reported on (the monitor passes `{issue_number}`). */
  issueNumber: number | null;
}

export interface Config {
  /** Paths / globs of the current metrics files (may be empty when only drift is configured). */
  metrics: string[];
  baseline: string[];
  /** `baseline: champion`: the baseline is the champion record the gate step keeps (loop/champion.ts). */
  championBaseline?: boolean;
  rules: RuleSpec[];
  drift: DriftConfig | null;
  failOnTrigger: boolean;
  /** What a verdict that could not be decided becomes (`keep`, `healthy`, `due`, `fail`). */
  onUnknown: OnUnknown;
  /** Where the JSON report is written. */
  reportPath: string;
  /** Stable key identifying this monitor (alert-issue marker, dispatch dedup). */
  monitorKey: string;
  /** The monitor as named in issue titles: `monitor-key` when set, else a short form of the default key. */
  monitorTitle: string;
  alert: AlertConfig;
  dispatch: DispatchConfig | null;
  /** Retraining through a command (argv, timeout); null when not configured. */
  command: CommandConfig | null;
  /** Notification targets (none enabled when no URL or key is set). */
  notify: NotifyConfig;
  /** Where notifications sent and commands started are recorded (required with either). */
  stateFile?: string;
  /** Set for a gate step (`gates` given); null for a monitor step. */
  gate: GateConfig | null;
  /** Failed retraining attempts in one alert episode before the monitor stops and asks for a person. */
  maxRetrainAttempts: number;
  dryRun: boolean;
  githubToken: string;
  /** Values of the secret inputs (the token…): redacted from every message, report and summary. */
  secrets: readonly string[];
  /** Directory relative paths and globs are resolved against. */
  workingDirectory: string;
  /** The run history (`history`, `history-branch`, `history-max-runs`, `history.detectors`). */
  history: HistorySettings;
  /** `max-model-age` in days; undefined = not checked. */
  maxModelAgeDays?: number;
  /** `model-timestamp`: the metrics key holding the model's training time. */
  modelTimestamp?: string;
  /** `drift.for` / `drift.clear-after`; undefined = none. */
  driftHysteresis?: Hysteresis;
}
