/**
 * Minimal Config / Verdict / RepoContext for Effects tests, built directly (no config loader involved),
 * and the millisecond-scale client tuning the tests use.
 */
import type { AlertConfig, Config, DispatchConfig } from '../../src/config/types.js';
import type { FeatureDrift } from '../../src/drift/types.js';
import type { Verdict } from '../../src/verdict.js';
import type { ClientOptions } from '../../src/github/client.js';
import type { EffectsInput } from '../../src/github/effects.js';
import type { RepoContext } from '../../src/github/types.js';
import { DETECTOR_DEFAULTS } from '../../src/history/detectors.js';
import { featureDrift } from './drift-fixtures.js';

export const TEST_TOKEN = 'ghs_testtoken1234567890SECRET';

export function makeConfig(
  overrides: Partial<Omit<Config, 'alert' | 'dispatch'>> & {
    alert?: Partial<AlertConfig>;
    dispatch?: Partial<DispatchConfig> | null;
  } = {},
): Config {
  const { alert, dispatch, ...rest } = overrides;
  return {
    metrics: ['metrics.json'],
    baseline: [],
    rules: [],
    drift: null,
    failOnTrigger: false,
    onUnknown: 'keep',
    reportPath: 'retrain-report.json',
    monitorKey: 'churn-model',
    monitorTitle: overrides.monitorKey ?? 'churn-model',
    dryRun: false,
    gate: null,
    maxRetrainAttempts: 3,
    githubToken: TEST_TOKEN,
    secrets: [TEST_TOKEN],
    workingDirectory: '.',
    command: null,
    notify: { pagerdutyUrl: 'https://events.pagerduty.com/v2/enqueue', repeatMs: 0 },
    history: { store: null, maxRuns: 2000, detectors: DETECTOR_DEFAULTS },
    ...rest,
    alert: {
      enabled: true,
      labels: ['model-alert'],
      title: 'Model alert: {monitor}',
      assignees: [],
      closeOnRecovery: true,
      ...alert,
    },
    dispatch: dispatch === undefined || dispatch === null ? null : { inputs: {}, cooldownMs: 0, ...dispatch },
  };
}

export function makeVerdict(
  options: {
    triggered?: boolean;
    failedRules?: string[];
    reasons?: string[];
    drifted?: string[];
    /** Causes of an undecided verdict: makes it `unknown` (unless triggered). */
    undecided?: string[];
  } = {},
): Verdict {
  const undecided = options.undecided ?? [];
  const triggered = options.triggered ?? undecided.length === 0;
  const status = triggered ? 'due' : undecided.length > 0 ? 'unknown' : 'healthy';
  const failedRules = options.failedRules ?? (triggered ? ['accuracy-floor'] : []);
  const reasons = options.reasons ?? failedRules.map((id) => `${id}: accuracy = 0.8 < 0.85`);
  const drifted = options.drifted ?? [];
  const features: FeatureDrift[] = drifted.map((name) => featureDrift(name));
  return {
    status,
    assessed: status,
    triggered,
    reasons,
    undecided,
    onUnknown: 'keep',
    failedRules,
    rules: [],
    drift: drifted.length > 0 ? { decides: true, status: 'due', undecided: null } : null,
    evidence: {
      current: {
        values: new Map([['accuracy', 0.8]]),
        metadata: new Map(),
        sources: new Map(),
        files: ['metrics.json'],
      },
      baseline: null,
      drift:
        drifted.length > 0
          ? {
              detected: true,
              share: 1,
              count: drifted.length,
              tested: drifted.length,
              threshold: 0.5,
              correction: 'none',
              features,
              warnings: [],
            }
          : null,
    },
  };
}

export function repoFor(apiUrl: string, owner = 'octo', repo = 'models'): RepoContext {
  return {
    owner,
    repo,
    serverUrl: 'https://github.com',
    apiUrl,
    runUrl: `https://github.com/${owner}/${repo}/actions/runs/42`,
    workflow: 'Model monitor',
  };
}

/** Retries, rate-limit waits and write pacing in milliseconds instead of seconds. */
export const FAST: ClientOptions = {
  retryBaseMs: 1,
  rateLimitUnitMs: 1,
  writeSpacingMs: 0,
  budgetMs: 10_000,
};

export function effectsInput(
  apiUrl: string,
  parts: Partial<EffectsInput> & { config?: Config; verdict?: Verdict } = {},
): EffectsInput {
  return {
    verdict: parts.verdict ?? makeVerdict(),
    verdictMarkdown: parts.verdictMarkdown ?? '| rule | value |\n| --- | --- |\n| accuracy-floor | 0.8 |',
    config: parts.config ?? makeConfig(),
    repo: parts.repo ?? repoFor(apiUrl),
    now: parts.now,
    client: { ...FAST, ...parts.client },
    // The dispatch race check: wait at most 200 ms for the runs list (GitHub: 10 s).
    race: parts.race ?? { settleMs: 200, pollMs: 10 },
  };
}
