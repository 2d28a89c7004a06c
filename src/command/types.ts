/** Retraining through a command: what is configured, and what one run of it gave. */

export interface CommandConfig {
  /** The argv, run without a shell: argv[0] is the program (found on PATH), the rest its arguments. */
  argv: string[];
  /** `command-timeout`: the command is stopped (SIGTERM, then SIGKILL 10 s later) after this many ms. */
  timeoutMs: number;
}

export interface CommandResult {
  exitCode: number;
  timedOut: boolean;
  /** The last lines of stdout and stderr interleaved, secrets masked (not yet escaped for any format). */
  tail: string;
  durationMs: number;
}

/** What the command is told about the verdict, through its environment. */
export interface CommandVerdict {
  status: 'due' | 'healthy' | 'unknown';
  reasons: string[];
  failedRules: string[];
  driftedFeatures: string[];
  reportPath: string;
  monitor: string;
}
