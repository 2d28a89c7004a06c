/**
 * Aliases for validation gates (the gate step in the retraining workflow): `challenger.NAME` reads the
 * candidate's metrics — the `metrics` namespace — and `champion.NAME` the production model's — the `baseline`
 * namespace — so a gate can say which model it means. They are the same entries under another prefix: every
 * check, read and message is that of the namespace they alias. Only GATE_FACTS (registry.ts) holds them, so in
 * monitor rules `challenger` and `champion` stay ordinary metric names.
 */
import { BASELINE, METRICS } from './metrics.js';
import type { Namespace } from './types.js';

export const CHALLENGER: Namespace = { ...METRICS, name: 'challenger', noun: 'challenger metric' };
export const CHAMPION: Namespace = { ...BASELINE, name: 'champion', noun: 'champion metric' };
