/**
 * Which features are compared: the common columns (or `features`), minus `exclude`; every column name the
 * settings give (`features`, `per-feature`, `types`, `exclude`) must be a column of one of the tables, else the
 * run fails with a did-you-mean — a misspelt override silently ignored is a wrong test. Also: warnings for
 * tested columns that look like identifiers or timestamps, which always "drift" and distort the share.
 */
import type { Column, DriftData, DriftSource, FeatureProfile } from '../data/types.js';
import { isGlob, matchesName } from '../data/names.js';
import { InputError } from '../errors.js';
import { listNames, suggestion } from '../rules/names.js';
import type { DriftConfig } from './types.js';

export type Entry = { type: 'column'; column: Column } | { type: 'profile'; profile: FeatureProfile };

export interface Sources {
  reference: string;
  current: string;
}

export function sourceOf(data: DriftData | DriftSource): string {
  if (data.type === 'profile') return data.profile.source;
  return data.type === 'table' ? data.table.source : data.columns.source;
}

export function entriesOf(data: DriftData): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  if (data.type === 'table') {
    for (const [name, column] of data.table.columns) entries.set(name, { type: 'column', column });
  } else {
    for (const [name, profile] of data.profile.features) entries.set(name, { type: 'profile', profile });
  }
  return entries;
}

function list(names: string[]): string {
  return names.length === 0 ? '(none)' : names.map((n) => `'${n}'`).join(', ');
}

const quote = (name: string) => `'${name}'`;

/** Every column name given in the settings exists in one of the tables (globs in `exclude` match one). */
function checkNamedColumns(
  config: DriftConfig,
  ref: ReadonlyMap<string, unknown>,
  cur: ReadonlyMap<string, unknown>,
  sources: Sources,
): void {
  const known = new Set([...ref.keys(), ...cur.keys()]);
  const named: [setting: string, name: string][] = [
    ...(config.features ?? []).map((n): [string, string] => ['features', n]),
    ...Object.entries(config.perFeature).map(([n, choice]): [string, string] => [
      Object.keys(choice).every((key) => key === 'type') ? 'types' : 'per-feature',
      n,
    ]),
    ...(config.exclude ?? []).map((n): [string, string] => ['exclude', n]),
  ];
  for (const [setting, name] of named) {
    if (isGlob(name) ? [...known].some((column) => matchesName(column, name)) : known.has(name)) continue;
    const what = isGlob(name) ? `the pattern '${name}' matches no column` : `'${name}' is no column`;
    throw new InputError(
      `drift ${setting}: ${what} of the reference (${sources.reference}) or current (${sources.current}) ` +
        `data${isGlob(name) ? '' : suggestion(name, known, quote)} (columns: ${listNames(known)})`,
    );
  }
}

/** The features to compare, in order; one-sided columns are an error unless `features` leaves them out. */
export function chooseFeatures(
  ref: ReadonlyMap<string, unknown>,
  cur: ReadonlyMap<string, unknown>,
  config: DriftConfig,
  sources: Sources,
  warnings: string[],
): string[] {
  checkNamedColumns(config, ref, cur, sources);
  const exclude = config.exclude ?? [];
  const kept = (name: string) => !exclude.some((pattern) => matchesName(name, pattern));
  const onlyRef = [...ref.keys()].filter((n) => !cur.has(n) && kept(n));
  const onlyCur = [...cur.keys()].filter((n) => !ref.has(n) && kept(n));
  const common = [...ref.keys()].filter((n) => cur.has(n) && kept(n));
  const missing = (): string =>
    [
      onlyRef.length ? `current (${sources.current}) lacks ${list(onlyRef)}` : '',
      onlyCur.length ? `reference (${sources.reference}) lacks ${list(onlyCur)}` : '',
    ]
      .filter(Boolean)
      .join('; ');

  if (config.features === undefined) {
    if (onlyRef.length || onlyCur.length) {
      throw new InputError(
        `drift: the reference and current data have different columns: ${missing()}. ` +
          `List the features to compare in 'features' (or leave columns out with 'exclude') to test only ` +
          `the common ones`,
      );
    }
    return common;
  }
  const chosen: string[] = [];
  for (const name of config.features) {
    if (chosen.includes(name) || !kept(name)) continue;
    if (ref.has(name) && cur.has(name)) chosen.push(name);
    else {
      const lacking = ref.has(name) ? `current (${sources.current})` : `reference (${sources.reference})`;
      throw new InputError(`drift features: '${name}' is missing from the ${lacking} data`);
    }
  }
  if (onlyRef.length || onlyCur.length) {
    warnings.push(`drift: columns present on one side only were not compared: ${missing()}`);
  }
  return chosen;
}

/** Fewer non-missing rows than this on a side and "every value distinct" says nothing. */
const IDENTIFIER_MIN_ROWS = 10;
const ID_NAME = /(^|[_\-. ])(id|uuid|guid|key)$|^(id|uuid)([_\-. ]|$)|[a-z](Id|ID|Uuid|UUID)$/;
const TIME_NAME = /(^|[_\-. ])(time|timestamp|ts|date|datetime)$|_at$|[a-z](Time|Timestamp|Date|At)$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A warning when feature `name` looks like an identifier (every value distinct on both sides: text labels, or
 * whole numbers in a column named like `*_id`) or a timestamp (ISO dates/times, or large numbers in a column
 * named like `*_time` / `*_at`), else undefined. Such columns always drift: every value is new.
 */
export function lookAlikeWarning(name: string, ref: Entry, cur: Entry): string | undefined {
  if (ref.type !== 'column' || cur.type !== 'column') return undefined;
  const how =
    `leave it out with exclude-features: ${name} (config drift.exclude), or list the features to test in ` +
    `'features'`;
  const a = ref.column;
  const b = cur.column;
  if (looksLikeTimestamp(a, name) && looksLikeTimestamp(b, name)) {
    return `drift: '${name}' looks like a timestamp; time moves on, so it always drifts — ${how}`;
  }
  if (allDistinct(a, name) && allDistinct(b, name)) {
    return (
      `drift: '${name}' looks like an identifier (every value is distinct in the reference and in the ` +
      `current data), so every value is new and it always drifts — ${how}`
    );
  }
  return undefined;
}

function allDistinct(column: Column, name: string): boolean {
  if (column.kind === 'categorical') {
    const seen = new Uint8Array(column.dictionary.length);
    let rows = 0;
    for (const code of column.codes) {
      if (code < 0) continue;
      if (seen[code]) return false;
      seen[code] = 1;
      rows++;
    }
    return rows >= IDENTIFIER_MIN_ROWS;
  }
  if (!ID_NAME.test(name)) return false;
  const seen = new Set<number>();
  for (const x of column.values) {
    if (Number.isNaN(x)) continue;
    if (!Number.isInteger(x) || seen.has(x)) return false;
    seen.add(x);
  }
  return seen.size >= IDENTIFIER_MIN_ROWS;
}

function looksLikeTimestamp(column: Column, name: string): boolean {
  if (column.kind === 'categorical') {
    const labels = column.dictionary.slice(0, 100);
    return labels.length > 0 && labels.every((label) => ISO_TIME.test(label.trim()));
  }
  if (!TIME_NAME.test(name)) return false;
  let finite = 0;
  for (const x of column.values) {
    if (Number.isNaN(x)) continue;
    if (x < 1e8) return false; // seconds since 1970 are above 1e8 since 1973
    finite++;
  }
  return finite > 0;
}
