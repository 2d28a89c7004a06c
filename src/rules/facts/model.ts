/**
 * `model.age_days`: how many days ago the model in production was trained (src/history/model-age.ts: from the
 * `model-timestamp` key of the metrics files, the last successful run of the retraining workflow, or the last
 * retraining in the history). An age no source knows makes the rule an `error`, never "fresh".
 */
import { FactError, type Namespace } from './types.js';

export const MODEL: Namespace = {
  name: 'model',
  names: ['age_days'],
  noun: 'model fact',
  check(_name, context) {
    if (context.sources.model) return undefined;
    return `${context.written} needs the model's age, which was not looked up on this run`;
  },
  read(_name, context) {
    const model = context.sources.model;
    if (!model) throw new FactError(`${context.written} is read, but the model's age was not looked up`);
    if (!model.ageDays.known) throw new FactError(`${context.written} is not known: ${model.ageDays.reason}`);
    return model.ageDays.value;
  },
};
