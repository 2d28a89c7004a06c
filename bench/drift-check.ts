/**
 * Our side of `npm run bench` when the bundled CLI (dist/cli.js) is not there: the same steps as the action's
 * drift check — load both tables, evaluate KS on every column — printing {"column": [statistic, pValue]}.
 *
 * Usage: node --import tsx bench/drift-check.ts REF.csv CUR.csv
 */
import { evaluateDrift } from '../src/drift/engine.js';
import type { DriftConfig } from '../src/drift/types.js';
import { loadDriftData } from '../src/load/table.js';

const [referenceFile, currentFile] = process.argv.slice(2);
if (!referenceFile || !currentFile) {
  process.stderr.write('usage: drift-check.ts REF.csv CUR.csv\n');
  process.exit(2);
}
const config: DriftConfig = {
  reference: [referenceFile],
  current: [currentFile],
  method: 'ks',
  share: 0.5,
  numerical: {},
  categorical: {},
  perFeature: {},
  binning: 'auto',
  minSamples: 30,
  correction: 'none',
  seed: 42,
};
const cwd = process.cwd();
const reference = await loadDriftData([referenceFile], 'reference-data', cwd);
const current = await loadDriftData([currentFile], 'current-data', cwd);
const result = evaluateDrift(reference, current, config);
const out: Record<string, [number, number | null]> = {};
for (const feature of result.features) out[feature.name] = [feature.statistic, feature.pValue];
process.stdout.write(`${JSON.stringify(out)}\n`);
