/**
 * What the monitors of one run must not share, and how they are kept apart: their report files and history files
 * (one per monitor, derived from an inherited path), and the runs of a workflow several of them dispatch (told
 * apart by the monitor key in the run's title).
 */
import type { DispatchConfig } from '../config/types.js';
import { InputError } from '../errors.js';
import * as path from 'node:path';
import { define, inherit, isPlainObject } from './merge.js';

/** What keeping dispatches apart needs of a monitor. */
interface Dispatching {
  key: string;
  config: { dispatch: DispatchConfig | null };
}

/**
 * Monitors that dispatch the same workflow one by one must tell their runs apart, or the first one's run would
 * hold back (cooldown) or cancel (race check) the others': each run's title has to name its monitor, which a
 * workflow_dispatch run can only do from an input — so one input must carry `{monitor}`.
 */
export function markSharedDispatches(monitors: Dispatching[], labels: Map<string, string>): void {
  const groups = new Map<string, Dispatching[]>();
  for (const m of monitors) {
    const d = m.config.dispatch;
    if (!d) continue;
    const where = d.repository ? `${d.repository.owner}/${d.repository.repo}` : '';
    const target = `${where}|${d.workflow !== undefined ? `workflow:${d.workflow}` : `event:${d.eventType ?? ''}`}`;
    groups.set(target, [...(groups.get(target) ?? []), m]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const keys = group.map((m) => m.key);
    for (const m of group) {
      const d = m.config.dispatch as DispatchConfig;
      if (d.workflow !== undefined && !Object.values(d.inputs).some((v) => v.includes('{monitor}'))) {
        throw new InputError(
          `${labels.get(m.key)}: dispatch: ${keys.map((k) => `'${k}'`).join(', ')} dispatch the same workflow ${d.workflow} one by one, so its runs must say which model they retrain: pass '{monitor}' in an input (e.g. model: '{monitor}') and name it in the workflow's run-name (run-name: Retrain \${{ inputs.model }}), or set batch-dispatch: true for one run for all models due`,
        );
      }
      d.sharedWith = keys;
    }
  }
}

/** A monitor key made safe for a file name. */
function fileSafe(key: string): string {
  return key.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'monitor';
}

/** `report.json` → `report.churn.json`. */
export function reportFor(runReport: string, key: string): string {
  const ext = path.extname(runReport);
  return ext
    ? `${runReport.slice(0, -ext.length)}.${fileSafe(key)}${ext}`
    : `${runReport}.${fileSafe(key)}.json`;
}

/**
 * A history file (`history: runs.jsonl`) inherited from the top level becomes one file per monitor
 * (`runs.churn.jsonl`): a history file holds one monitor's runs, and is rewritten as a whole on every run. A
 * monitor that names its own file keeps it (two monitors naming the same one is an error: see expandMonitors).
 */
export function ownHistoryFile(
  settings: Record<string, unknown>,
  own: Record<string, unknown>,
  key: string,
): string | undefined {
  const history = settings.history;
  const section = isPlainObject(history) ? history : null;
  const store = section ? section.store : history;
  if (typeof store !== 'string' || !/\.jsonl$/i.test(store.trim())) return undefined;
  const ownStore = isPlainObject(own.history) ? own.history.store : own.history;
  if (ownStore !== undefined) return store.trim();
  const file = store.trim().replace(/\.jsonl$/i, `.${fileSafe(key)}.jsonl`);
  if (section) define(settings, 'history', inherit(section, { store: file }));
  else define(settings, 'history', file);
  return file;
}
