/**
 * Functions over the run history, by their contract names (issue 9): `previous(x)`, `mean_over(x, w)`,
 * `median_over(x, w)`, `min_over(x, w)`, `max_over(x, w)`, `highest(x)`, `lowest(x)`, `slope(x, w)` and the change
 * detectors `page_hinkley(x)`, `cusum(x)`, `ewma(x)` (conditions: true when a change was detected since the last
 * retraining). `x` is a current metric; `w` a window of N runs (`7`) or a duration (`7d`), this run included.
 *
 * The arithmetic lives in src/history/ (series.ts, detectors.ts) and reaches the rules through the `history`
 * source; too little history is an `error` of the rule (the verdict's `unknown`), never a silent false.
 */
import { FactError, type FactArg, type FactFunction, type HistoryWindow } from './types.js';

function metricOf(args: readonly FactArg[]): string {
  const arg = args[0];
  return arg?.kind === 'fact' ? arg.name : '';
}

function windowOf(args: readonly FactArg[]): HistoryWindow | undefined {
  const arg = args[1];
  if (arg?.kind !== 'window') return undefined;
  return {
    text: arg.text,
    ...(arg.runs !== undefined ? { runs: arg.runs } : {}),
    ...(arg.ms !== undefined ? { ms: arg.ms } : {}),
  };
}

function historyFunction(
  name: string,
  windowed: boolean,
  returns: 'number' | 'condition',
  example: string,
): FactFunction {
  return {
    name,
    params: windowed ? ['metric', 'window'] : ['metric'],
    returns,
    usage: example,
    check(_args, context) {
      if (context.sources.history) return undefined;
      return `${context.written} reads earlier runs, but no run history was given`;
    },
    evaluate(args, context) {
      const history = context.sources.history;
      if (!history)
        throw new FactError(`${context.written} reads earlier runs, but no run history was given`);
      const answer = history.evaluate(name, metricOf(args), windowOf(args));
      if (!answer.known) throw new FactError(`${context.written}: ${answer.reason}`);
      return answer.value;
    },
  };
}

export const HISTORY_FUNCTIONS: readonly FactFunction[] = [
  historyFunction('previous', false, 'number', 'previous(accuracy)'),
  historyFunction('mean_over', true, 'number', 'mean_over(accuracy, 7) or mean_over(accuracy, 7d)'),
  historyFunction('median_over', true, 'number', 'median_over(accuracy, 7) or median_over(accuracy, 7d)'),
  historyFunction('min_over', true, 'number', 'min_over(accuracy, 7) or min_over(accuracy, 7d)'),
  historyFunction('max_over', true, 'number', 'max_over(accuracy, 7) or max_over(accuracy, 7d)'),
  historyFunction('highest', false, 'number', 'highest(accuracy)'),
  historyFunction('lowest', false, 'number', 'lowest(accuracy)'),
  historyFunction('slope', true, 'number', 'slope(accuracy, 14d) or slope(accuracy, 14)'),
  historyFunction('page_hinkley', false, 'condition', 'page_hinkley(accuracy)'),
  historyFunction('cusum', false, 'condition', 'cusum(accuracy)'),
  historyFunction('ewma', false, 'condition', 'ewma(accuracy)'),
];
