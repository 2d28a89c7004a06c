/**
 * The profile format (docs/profile-format.md, schemas/profile.schema.json): pre-aggregated histograms,
 * quantiles and category counts, for when raw rows cannot leave their system.
 *
 *   {"version": 1, "rows": 1000,
 *    "features": {"age": {"type": "numerical", "edges": [0, 30, 60, 90], "counts": [10, 20, 5]},
 *                 "country": {"type": "categorical", "counts": {"DE": 10, "FR": 3}}}}
 *
 * Syntax errors come from JSON.parse (position when it gives one); every other error points at the offending
 * value by line and column (profile-check.ts).
 */
import type { FeatureProfile, ProfileSet } from '../data/types.js';
import { InputError, messageOf } from '../errors.js';
import { readText } from './files.js';
import { ProfileChecker } from './profile-check.js';

/** Parse and validate the text of one profile file. */
export function parseProfile(text: string, shown: string): ProfileSet {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${shown}: ${syntaxPosition(text, messageOf(error))}not valid JSON (${cleanJsonMessage(error)})`,
    );
  }
  const checker = new ProfileChecker(text, shown);
  return { source: shown, features: checker.check(root) };
}

/** Read one profile file. */
export async function readProfile(file: string, shown: string): Promise<ProfileSet> {
  return parseProfile(await readText(file, shown), shown);
}

/**
 * Read several profiles of one side and merge them: a feature in several files has its counts added
 * (numerical features need identical edges).
 */
export async function loadProfiles(
  entries: { file: string; shown: string }[],
  what: string,
): Promise<ProfileSet> {
  const features = new Map<string, FeatureProfile>();
  const origin = new Map<string, string>();
  for (const { file, shown } of entries) {
    const profile = await readProfile(file, shown);
    for (const [name, feature] of profile.features) {
      const earlier = features.get(name);
      if (!earlier) {
        features.set(name, feature);
        origin.set(name, shown);
        continue;
      }
      features.set(
        name,
        mergeFeature(earlier, feature, `${what}: feature '${name}' in ${shown} and ${origin.get(name)}`),
      );
    }
  }
  return { source: entries.map((e) => e.shown).join(', '), features };
}

function mergeFeature(a: FeatureProfile, b: FeatureProfile, where: string): FeatureProfile {
  if (a.kind === 'numerical' && b.kind === 'numerical') {
    if (a.quantiles || b.quantiles) {
      // Quantiles of two parts do not give the quantiles of the whole without the rows.
      throw new InputError(
        `${where}: quantiles cannot be merged across files; profile all rows of a side in one query`,
      );
    }
    const [ea, eb] = [a.edges!, b.edges!];
    if (ea.length !== eb.length || ea.some((edge, i) => edge !== eb[i])) {
      throw new InputError(`${where}: histograms have different edges; merged profiles need identical edges`);
    }
    return { ...a, counts: a.counts!.map((count, i) => count + b.counts![i]!) };
  }
  if (a.kind === 'categorical' && b.kind === 'categorical') {
    const counts = { ...a.counts };
    for (const [label, count] of Object.entries(b.counts)) counts[label] = (counts[label] ?? 0) + count;
    return { ...a, counts };
  }
  throw new InputError(`${where}: one is numerical and the other categorical`);
}

function syntaxPosition(text: string, message: string): string {
  const match = /at position (\d+)/.exec(message);
  const offset = match ? Number(match[1]) : /end of JSON input/.test(message) ? text.length : -1;
  if (offset < 0) return '';
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}: `;
}

/** V8 quotes the whole input in some messages; drop that copy. */
function cleanJsonMessage(error: unknown): string {
  return messageOf(error)
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '');
}
