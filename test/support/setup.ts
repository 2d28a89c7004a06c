/**
 * Property-based tests run with a fixed seed so CI is reproducible; set FC_SEED to explore other inputs
 * (`FC_SEED=$RANDOM npm run test:unit`). A failure prints the seed and path to replay it.
 */
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? 20261122);
fc.configureGlobal({ seed: Number.isFinite(seed) ? seed : 20261122 });
