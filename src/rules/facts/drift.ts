/** `drift.share`, `drift.count`, `drift.detected`: the dataset drift decision as facts. */
import { FactError, type Namespace } from './types.js';

export const DRIFT: Namespace = {
  name: 'drift',
  names: ['count', 'detected', 'share'],
  conditions: ['detected'],
  noun: 'drift fact',
  check(_name, context) {
    if (context.sources.drift !== null) return undefined;
    return `${context.written} needs drift detection, but drift is not configured; give reference and current data`;
  },
  read(name, context) {
    const drift = context.sources.drift;
    if (drift === null) throw new FactError(`${context.written} is read, but drift is not configured`);
    if (drift.undecided !== undefined) {
      throw new FactError(`${context.written} is not known: ${drift.undecided}`);
    }
    if (name === 'detected') return drift.detected ? 1 : 0;
    return name === 'count' ? drift.count : drift.share;
  },
};
