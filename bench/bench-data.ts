/**
 * Seeded benchmark data: two CSV files (reference, current) of 500,000 rows × 10 numeric columns, written once
 * into bench/.data/ (gitignored) and reused while the files exist with the expected size marker.
 *
 * Columns look like real features: fixed decimals, a few significant digits, integers, exponent notation
 * from toPrecision. (Every cell has ≤ 15 significant digits, the common case; 17-digit round-trip floats
 * would take the exact `Number()` fallback of the reader instead of its fast path.) The current file shifts
 * three columns so some features drift and others do not.
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { seededRandom as random } from '../src/drift/stats/binned.js';

export const ROWS = 500_000;
const VERSION = `v1 rows=${ROWS}`;

function normal(uniform: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

type Cell = (u: () => number, z: () => number) => string;

function columns(shift: boolean): [string, Cell][] {
  const s = shift ? 1 : 0;
  return [
    ['income_k', (_u, z) => (50 + 10 * z() + 0.3 * s).toFixed(4)],
    ['spend_ratio', (_u, z) => Math.exp(0.5 * z()).toPrecision(6)],
    ['age', (u) => String(18 + Math.floor(u() * 73))],
    ['score', (u) => u().toFixed(6)],
    ['latency_ms', (_u, z) => (120 * (1 + 0.05 * s) + 15 * z()).toPrecision(8)],
    ['wait_s', (u) => (-Math.log(1 - u()) * 3).toFixed(3)],
    ['embedding_0', (_u, z) => (z() * 1e-3).toPrecision(10)],
    ['balance', (_u, z) => (1000 + 300 * z() + 5 * s).toFixed(2)],
    ['sentiment', (u) => (2 * u() - 1).toFixed(5)],
    ['temperature', (_u, z) => (21 + 3 * z()).toPrecision(7)],
  ];
}

async function writeCsv(file: string, seed: number, shift: boolean): Promise<void> {
  const u = random(seed);
  const z = normal(u);
  const spec = columns(shift);
  const out = createWriteStream(file);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await write(`${spec.map(([name]) => name).join(',')}\n`);
  let block = '';
  for (let row = 0; row < ROWS; row++) {
    block += `${spec.map(([, cell]) => cell(u, z)).join(',')}\n`;
    if (block.length > 1 << 20) {
      await write(block);
      block = '';
    }
  }
  await write(block);
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

/** Write the two files unless present; returns their paths. */
export async function ensureBenchData(dir: string): Promise<{ reference: string; current: string }> {
  const reference = path.join(dir, 'ref.csv');
  const current = path.join(dir, 'cur.csv');
  const marker = path.join(dir, 'VERSION');
  if (
    existsSync(marker) &&
    readFileSync(marker, 'utf8') === VERSION &&
    existsSync(reference) &&
    existsSync(current)
  ) {
    return { reference, current };
  }
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`writing benchmark data into ${dir} (once)…\n`);
  await writeCsv(reference, 20240501, false);
  await writeCsv(current, 20240502, true);
  writeFileSync(marker, VERSION);
  return { reference, current };
}
