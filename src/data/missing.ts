/**
 * Which cell texts mean "missing".
 *
 * pandas' default `na_values`, exactly as `STR_NA_VALUES` in pandas/_libs/parsers.pyx (pandas 2.x), so a table
 * written with `to_csv(na_rep=...)` or by a spreadsheet reads here as pandas (and so Evidently) reads it.
 * Not in the list, as in pandas: `inf` / `-inf` (numbers; stored as missing by the numeric readers here, as
 * Evidently's missing-value metric counts ±inf as missing), `none`, `NONE`, `Nan`.
 */
export const PANDAS_NA_VALUES: readonly string[] = [
  '',
  '#N/A',
  '#N/A N/A',
  '#NA',
  '-1.#IND',
  '-1.#QNAN',
  '-NaN',
  '-nan',
  '1.#IND',
  '1.#QNAN',
  '<NA>',
  'N/A',
  'NA',
  'NULL',
  'NaN',
  'None',
  'n/a',
  'nan',
  'null',
];

/** pandas' `_true_values` / `_false_values`: the spellings read as one boolean value. */
export const TRUE_SPELLINGS: readonly string[] = ['True', 'TRUE', 'true'];
export const FALSE_SPELLINGS: readonly string[] = ['False', 'FALSE', 'false'];
