/**
 * `retrain-trigger profile`: profile tables once and ship a small JSON file instead of the rows.
 *
 *   retrain-trigger profile train.parquet --out reference-profile.json
 *   retrain-trigger profile 'last_7_days/*.csv' --edges-from reference-profile.json --out current-profile.json
 *
 * Reads CSV / JSON Lines / Parquet with the drift check's readers (several files are concatenated), builds
 * the profile (build.ts), and writes it only when every feature could be profiled — to a temporary file
 * renamed into place, so a failed run leaves no half-written profile.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { FeatureProfile } from '../data/types.js';
import { InputError, messageOf } from '../errors.js';
import { displayPath } from '../load/files.js';
import { readProfile } from '../load/profile.js';
import { loadDriftData } from '../load/table.js';
import { closestName, listNames, suggestion } from '../rules/names.js';
import { buildProfile, profileText, sharedEdges, type BuildOptions } from './build.js';

export const PROFILE_USAGE = `Usage: retrain-trigger profile [options] FILE|GLOB...

Writes a drift profile (docs/profile-format.md) of CSV / JSON Lines / Parquet tables: per numerical column a
histogram, quantiles, count and standard deviation; per categorical column its category counts.

  --out FILE              where to write the profile (default: standard output)
  --edges-from PROFILE    use the bin edges and column kinds of this profile (the reference's), so both
                          sides share them: profile the reference first, then the current data with this
  --bins N                equal-width bins per numerical column (default: Sturges' rule, as numpy)
  --quantiles Q           write Q + 1 quantiles per numerical column (default 1000; 0 = none)
  --features A,B          profile only these columns (repeatable)
  --exclude A,B           leave these columns out (repeatable)
  --categorical A,B       read these columns as categories even when every value is a number
  --description TEXT      free text stored in the profile`;

const OPTIONS = {
  out: { type: 'string' },
  'edges-from': { type: 'string' },
  bins: { type: 'string' },
  quantiles: { type: 'string' },
  features: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  categorical: { type: 'string', multiple: true },
  description: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface ProfileIo {
  cwd: string;
  /** The profile when no --out is given, and --help. */
  stdout: (text: string) => void;
  /** One line of progress (stderr). */
  log: (line: string) => void;
}

/** Run the command; throws InputError for usage and input problems (the CLI prints it and exits 2). */
export async function runProfileCommand(argv: string[], io: ProfileIo): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new InputError(`profile: ${usageProblem(error)}\n\n${PROFILE_USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return io.stdout(`${PROFILE_USAGE}\n`);
  if (positionals.length === 0) throw new InputError(`profile: no table given\n\n${PROFILE_USAGE}`);

  const edgesFrom = values['edges-from'];
  if (edgesFrom !== undefined && path.extname(edgesFrom).toLowerCase() !== '.json') {
    throw new InputError(`profile --edges-from: expected a profile (.json), found '${edgesFrom}'`);
  }
  const reference = edgesFrom ? await readProfile(path.resolve(io.cwd, edgesFrom), edgesFrom) : undefined;
  const shared = reference ? sharedEdges(reference.features) : undefined;
  const options: BuildOptions = { quantiles: wholeNumber(values.quantiles, '--quantiles', 1000, 0) };
  const bins = values.bins === undefined ? undefined : wholeNumber(values.bins, '--bins', 0, 1);
  if (bins !== undefined) options.bins = bins;
  if (shared) options.edges = shared.edges;

  const categorical = new Set([...list(values.categorical), ...(shared?.categorical ?? [])]);
  const data = await loadDriftData(positionals, 'profile', io.cwd, { categorical });
  if (data.type !== 'table') {
    throw new InputError(
      `profile: ${data.profile.source} is a profile already; give tables (.csv, .tsv, .jsonl, .ndjson, .parquet)`,
    );
  }
  const table = data.table;
  const names = chooseColumns(
    [...table.columns.keys()],
    list(values.features),
    list(values.exclude),
    table.source,
  );
  if (reference) checkAgainstReference(names, table, reference.features, reference.source);

  const document = buildProfile(table, names, options, values.description);
  const text = profileText(document);
  if (values.out === undefined) return io.stdout(text);
  await writeAtomically(path.resolve(io.cwd, values.out), values.out, text);
  io.log(
    `Wrote ${displayPath(path.resolve(io.cwd, values.out), io.cwd)}: ${names.length} feature(s), ${table.rowCount} row(s)`,
  );
}

/** parseArgs' complaint in our words: an unknown flag gets the closest known one. */
function usageProblem(error: unknown): string {
  const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(messageOf(error))?.[1];
  if (unknown === undefined) return messageOf(error);
  const closest = closestName(unknown.replace(/^-+/, ''), Object.keys(OPTIONS));
  return `unknown option '${unknown}'${closest ? `; did you mean '--${closest}'?` : ''}`;
}

function list(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

function wholeNumber(text: string | undefined, flag: string, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new InputError(`profile ${flag}: expected a whole number of at least ${min}, found '${text}'`);
  }
  return n;
}

function chooseColumns(columns: string[], features: string[], exclude: string[], source: string): string[] {
  const known = new Set(columns);
  for (const [flag, name] of [
    ...features.map((n) => ['--features', n]),
    ...exclude.map((n) => ['--exclude', n]),
  ]) {
    if (!known.has(name!)) {
      throw new InputError(
        `profile ${flag}: '${name}' is no column of ${source}${suggestion(name!, known, (n) => `'${n}'`)} (columns: ${listNames(known)})`,
      );
    }
  }
  const chosen = (features.length > 0 ? features : columns).filter((n) => !exclude.includes(n));
  if (chosen.length === 0) throw new InputError(`profile: no column left to profile in ${source}`);
  return [...new Set(chosen)];
}

/** With --edges-from both sides must hold the same features, of the same kinds. */
function checkAgainstReference(
  names: string[],
  table: { source: string; columns: Map<string, { kind: string }> },
  features: ReadonlyMap<string, FeatureProfile>,
  source: string,
): void {
  for (const name of names) {
    const feature = features.get(name);
    if (!feature) {
      throw new InputError(
        `profile: column '${name}' of ${table.source} is not in ${source} (features there: ${listNames(features.keys())}); ` +
          `leave it out with --exclude, or profile the reference with it`,
      );
    }
    if (feature.kind === 'numerical' && table.columns.get(name)!.kind !== 'numerical') {
      throw new InputError(
        `profile: column '${name}' holds text in ${table.source} but is numerical in ${source}; fix the export`,
      );
    }
  }
}

async function writeAtomically(file: string, shown: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(temporary, text, 'utf8');
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw new InputError(
      `profile --out: cannot write ${shown} (${(error as NodeJS.ErrnoException).code ?? messageOf(error)})`,
    );
  }
}
