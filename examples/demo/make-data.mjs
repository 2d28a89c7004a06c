// Regenerates the demo's data files (deterministic): node examples/demo/make-data.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
let seed = 20261122;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const normal = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
const pick = (items, weights) => {
  let r = rand() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i += 1) if ((r -= weights[i]) < 0) return items[i];
  return items[items.length - 1];
};

function table(rows, shift) {
  const lines = ['age,income,tenure_months,country,plan'];
  for (let i = 0; i < rows; i += 1) {
    const age = Math.round(38 + 11 * normal() + shift.age);
    const income = (52000 + 15000 * normal() * shift.incomeScale).toFixed(2);
    const tenure = Math.max(0, Math.round(24 + 12 * normal()));
    const country = pick(['DE', 'FR', 'US', 'IN'], shift.countries);
    const plan = pick(['free', 'pro'], [0.7, 0.3]);
    lines.push([age, income, tenure, country, plan].join(','));
  }
  return lines.join('\n') + '\n';
}

writeFileSync(join(here, 'reference.csv'), table(800, { age: 0, incomeScale: 1, countries: [4, 3, 2, 1] }));
writeFileSync(join(here, 'current.csv'), table(600, { age: 6, incomeScale: 1.6, countries: [2, 2, 3, 3] }));
