/**
 * `node --import tsx bench/input-costs.ts`: the inputs of issue 8 that used to cost too much, each measured at
 * size n and 2n (median of 3 runs). A ratio near 2 means linear; the quadratic paths they replace gave ~4.
 * For YAML the yaml package's own path (uniqueKeys + Alias.resolve) is measured side by side at smaller sizes.
 * Not part of CI; figures are in docs/untrusted-input.md.
 */
import { LineCounter, parseDocument } from 'yaml';
import { parseCsvMetrics } from '../src/load/metrics-csv.js';
import { parseMetricsText } from '../src/load/metrics.js';
import { parseYamlMetrics } from '../src/load/metrics-yaml.js';
import { closestName } from '../src/rules/names.js';

function median(work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[1]!;
}

function scaling(label: string, n: number, make: (n: number) => () => unknown): void {
  const small = median(make(n));
  const large = median(make(2 * n));
  console.log(
    `${label}: n=${n} ${small.toFixed(0)} ms, 2n=${2 * n} ${large.toFixed(0)} ms, ratio ${(large / small).toFixed(2)}`,
  );
}

const jsonl = (n: number) => Array.from({ length: n }, (_, i) => `{"accuracy": ${i / n}}`).join('\n');
const aliases = (n: number) =>
  ['base: &a 0.5', ...Array.from({ length: n }, (_, i) => `m${i}: *a`)].join('\n');
const wide = (n: number) => {
  const names = Array.from({ length: n }, (_, i) => `m${i}`);
  return `${names.join(',')}\n${names.map(() => 1).join(',')}\n`;
};

scaling('JSONL metrics history (lines)', 62_500, (n) => {
  const text = jsonl(n);
  return () => parseMetricsText(text, 'h.jsonl');
});
scaling('YAML metrics, aliases to one scalar', 10_000, (n) => {
  const text = aliases(n);
  return () => parseYamlMetrics(text, 'm.yaml');
});
scaling('  yaml package alone (uniqueKeys, Alias.resolve)', 2_500, (n) => {
  const text = aliases(n);
  return () => {
    const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: true });
    doc.toJS({ maxAliasCount: -1 });
  };
});
scaling('did-you-mean, name and known name of n characters', 50_000, (n) => {
  const name = 'x'.repeat(n);
  return () => closestName(`${name}a`, [`${name}b`, 'accuracy']);
});
scaling('did-you-mean among n known names', 50_000, (n) => {
  const known = Array.from({ length: n }, (_, i) => `feature_${i}_score`);
  return () => closestName('featrue_77_score', known);
});
scaling('wide metrics CSV (columns)', 50_000, (n) => {
  const text = wide(n);
  return () => parseCsvMetrics(text, 'w.csv');
});

// Strict UTF-8 in the table readers: only header names and distinct labels are decoded, with the fatal
// decoder instead of the replacing one. Side by side on 200,000 distinct labels:
{
  const labels = Array.from({ length: 200_000 }, (_, i) => Buffer.from(`category-é-${i}`));
  const fatal = new TextDecoder('utf-8', { fatal: true });
  const replacing = new TextDecoder();
  const strict = median(() => labels.map((l) => fatal.decode(l)));
  const lenient = median(() => labels.map((l) => replacing.decode(l)));
  console.log(
    `decode 200,000 labels: fatal ${strict.toFixed(0)} ms, replacing ${lenient.toFixed(0)} ms, ratio ${(strict / lenient).toFixed(2)}`,
  );
}
