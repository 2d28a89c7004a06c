/**
 * `monitors:` in the config file → one Config per monitor.
 *
 * Inheritance: a monitor starts from every top-level setting (the file's, with the action's inputs over them) and
 * overrides what it sets itself. Mappings merge key by key, at every depth (`drift:`, `alert:`, `notify:`,
 * `dispatch:` and its `inputs:`); everything else — lists (`metrics`, `rules`, `labels`, `command`), strings,
 * numbers, booleans — is replaced as a whole. So `rules:` in a monitor are its rules (not added to the top-level
 * ones), while `drift: {share: 0.3}` changes only the share of the inherited drift settings.
 *
 * Not inherited: `monitors`, `batch-dispatch`, and with `batch-dispatch: true` the top-level `dispatch` (it is the
 * one batch dispatch then). A monitor may not set `monitor-key` (its `key` is that), `dry-run` or
 * `batch-dispatch` (settings of the whole run). Each monitor's report goes to its own file (`report-path` with
 * `.<key>` before `.json`, unless the monitor sets its own); the run's index of monitors goes to `report-path`.
 */
import * as path from 'node:path';
import {
  checkSettings,
  configFromSettings,
  readSettings,
  type Environment,
  type LoadedSettings,
  type Placement,
} from '../config/config.js';
import { secretValues, type InputSource } from '../config/inputs.js';
import { buildDispatch, DEFAULTS, toList, type Settings } from '../config/sections.js';
import type { Config, DispatchConfig } from '../config/types.js';
import { InputError } from '../errors.js';
import { parseRule } from '../rules/index.js';
import { markSharedDispatches, ownHistoryFile, reportFor } from './apart.js';
import { define, inherit, isPlainObject } from './merge.js';
import { dependencyOrder } from './graph.js';

export interface Monitor {
  /** Position in the `monitors:` list (0-based, as in `monitors[2]`). */
  index: number;
  key: string;
  dependsOn: string[];
  config: Config;
}

export interface MonitorsRun {
  /** In the order of the file. */
  monitors: Monitor[];
  /** Keys, every monitor after the monitors it depends on. */
  order: string[];
  /** `batch-dispatch: true`: the top-level dispatch, sent once for all models due that have no dispatch of their own. */
  batch: DispatchConfig | null;
  /** Where the run's index of monitors is written (the `report` output). */
  reportPath: string;
  dryRun: boolean;
  githubToken: string;
  secrets: readonly string[];
  workingDirectory: string;
}

export type LoadedRun = { kind: 'single'; config: Config } | { kind: 'monitors'; run: MonitorsRun };

/** Top-level settings no monitor inherits. */
const NOT_INHERITED = ['monitors', 'batch-dispatch', '$schema'];
/** Settings of the whole run, or of one monitor's identity, that a monitor may not set itself. */
const NOT_IN_MONITOR: Record<string, string> = {
  'monitor-key': "its 'key' is its monitor key",
  'dry-run': 'it is a setting of the whole run; set it at the top level',
  'batch-dispatch': 'it is a setting of the whole run; set it at the top level',
  monitors: 'monitors do not nest',
};
/** More monitors than this in one run is a mistake (one listing of alert issues serves them all anyway). */
export const MAX_MONITORS = 1000;

/** The configuration of this run: one monitor as always, or the monitors of a `monitors:` list. */
export async function loadRun(get: InputSource, environment: Environment): Promise<LoadedRun> {
  const loaded = await readSettings(get, environment);
  if (loaded.merged.monitors === undefined) {
    if (loaded.merged['batch-dispatch'] !== undefined) {
      throw new InputError("'batch-dispatch' is set but there is no 'monitors:' list to dispatch for");
    }
    checkSettings(loaded.merged, loaded.file, loaded.inputs.origins);
    const config = configFromSettings(loaded.merged as Settings, get, environment, {
      file: loaded.file,
      origins: loaded.inputs.origins,
      configInput: loaded.configInput,
      rulesAt: [],
    });
    return { kind: 'single', config };
  }
  return { kind: 'monitors', run: expandMonitors(loaded, get, environment) };
}

export function expandMonitors(
  loaded: LoadedSettings,
  get: InputSource,
  environment: Environment,
): MonitorsRun {
  const { merged: top, file, inputs } = loaded;
  // The top level is a template here: a section it leaves incomplete (drift without its data) is completed by
  // the monitors, and each monitor is checked in full below. Everything else is checked now.
  checkSettings(
    top,
    file,
    inputs.origins,
    undefined,
    (e) => e.keyword === 'required' && !e.instancePath.startsWith('/monitors'),
  );
  const items = top.monitors as Record<string, unknown>[];
  if (items.length > MAX_MONITORS) {
    throw new InputError(`monitors: at most ${MAX_MONITORS} monitors in one run, got ${items.length}`);
  }
  if (top['monitor-key'] !== undefined) {
    throw new InputError(
      `${inputs.origins.has('/monitor-key') ? "input 'monitor-key'" : 'monitor-key'}: with 'monitors:' each monitor has its own key ('key:'); remove monitor-key`,
    );
  }
  const batchOn = top['batch-dispatch'] === true;
  const batch = batchOn ? buildBatch(top.dispatch as Settings['dispatch']) : null;
  const base = Object.create(null) as Record<string, unknown>;
  for (const [name, value] of Object.entries(top)) {
    if (NOT_INHERITED.includes(name) || (batchOn && name === 'dispatch')) continue;
    define(base, name, value);
  }
  const runReport = path.resolve(
    environment.cwd,
    (top['report-path'] as string | undefined) ??
      path.join(environment.env.RUNNER_TEMP || environment.cwd, DEFAULTS.reportFile),
  );

  const seen = new Map<string, number>();
  const reports = new Map<string, string>();
  const historyFiles = new Map<string, number>();
  const monitors: Monitor[] = items.map((item, index) => {
    const key = item.key as string;
    const label = `monitors[${index}] (${key})`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new InputError(
        `${label}: the key '${key}' is used twice (also monitors[${earlier}]); keys must be unique`,
      );
    }
    seen.set(key, index);
    const own = Object.create(null) as Record<string, unknown>;
    for (const [name, value] of Object.entries(item)) {
      if (name === 'key' || name === 'depends-on') continue;
      const why = NOT_IN_MONITOR[name];
      if (why) throw new InputError(`${label}: '${name}' cannot be set for one monitor: ${why}`);
      define(own, name, value);
    }
    const settings = inherit(base, own);
    define(settings, 'monitor-key', key);
    if (own['report-path'] === undefined) define(settings, 'report-path', reportFor(runReport, key));
    const historyFile = ownHistoryFile(settings, own, key);
    const sharing =
      historyFile !== undefined ? historyFiles.get(path.resolve(environment.cwd, historyFile)) : undefined;
    if (sharing !== undefined) {
      throw new InputError(
        `${label}: history: the file '${historyFile}' is also the history of monitors[${sharing}]; a history file holds one monitor's runs`,
      );
    }
    if (historyFile !== undefined) historyFiles.set(path.resolve(environment.cwd, historyFile), index);
    try {
      checkSettings(settings, file, inputs.origins, placement(index, own));
      const config = configFromSettings(settings as Settings, get, environment, {
        file,
        origins: inputs.origins,
        configInput: loaded.configInput,
        rulesAt: own.rules !== undefined ? ['monitors', index] : [],
      });
      if (config.gate) {
        throw new InputError(
          "'gates' belong to the gate step of the retraining workflow, which judges one candidate: run it there with this monitor's key as monitor-key",
        );
      }
      // Rule syntax now, so a broken rule in the last monitor stops the run before any monitor acts.
      for (const rule of config.rules) parseRule(rule);
      const other = reports.get(config.reportPath);
      if (other !== undefined || config.reportPath === runReport) {
        throw new InputError(
          `report-path '${config.reportPath}' is also the report of ${other ?? 'the whole run'}; give each monitor its own`,
        );
      }
      reports.set(config.reportPath, label);
      const dependsOn = toList(item['depends-on'] as string | string[] | undefined).flatMap((d) =>
        d
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      );
      return { index, key, dependsOn, config };
    } catch (error) {
      if (error instanceof InputError) throw new InputError(`${label}: ${error.message}`);
      throw error;
    }
  });
  const labels = new Map(monitors.map((m) => [m.key, `monitors[${m.index}] (${m.key})`]));
  markSharedDispatches(monitors, labels);
  const order = dependencyOrder(monitors, (key) => labels.get(key) ?? key);
  const first = monitors[0]!.config;
  return {
    monitors,
    order,
    batch,
    reportPath: runReport,
    dryRun: first.dryRun,
    githubToken: first.githubToken,
    secrets: secretValues(get, environment.env),
    workingDirectory: environment.cwd,
  };
}

function buildBatch(dispatch: Settings['dispatch']): DispatchConfig {
  if (!dispatch) {
    throw new InputError(
      "batch-dispatch: true needs the top-level 'dispatch:' (workflow or event-type) to send once for all models due",
    );
  }
  try {
    return buildDispatch(dispatch) as DispatchConfig;
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`batch-dispatch: ${error.message}`);
    throw error;
  }
}

/** Problems in a value the monitor set itself are shown at its place under `monitors[index]`. */
function placement(index: number, own: Record<string, unknown>): Placement {
  return {
    ownSegments(segments, key) {
      let node: unknown = own;
      for (const segment of segments) {
        if (!isPlainObject(node) && !Array.isArray(node)) break;
        if (!Object.prototype.hasOwnProperty.call(node, segment)) return null;
        node = (node as Record<string | number, unknown>)[segment];
      }
      if (segments.length === 0 && key !== undefined && !Object.prototype.hasOwnProperty.call(own, key)) {
        return key === 'monitor-key' || key === 'report-path' ? ['monitors', index] : null;
      }
      if (segments.length > 0 && key !== undefined && isPlainObject(node) && !(key in node)) return null;
      return ['monitors', index, ...segments];
    },
  };
}
