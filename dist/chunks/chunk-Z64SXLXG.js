import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);

// src/data/missing.ts
var PANDAS_NA_VALUES = [
  "",
  "#N/A",
  "#N/A N/A",
  "#NA",
  "-1.#IND",
  "-1.#QNAN",
  "-NaN",
  "-nan",
  "1.#IND",
  "1.#QNAN",
  "<NA>",
  "N/A",
  "NA",
  "NULL",
  "NaN",
  "None",
  "n/a",
  "nan",
  "null"
];
var TRUE_SPELLINGS = ["True", "TRUE", "true"];
var FALSE_SPELLINGS = ["False", "FALSE", "false"];

export {
  PANDAS_NA_VALUES,
  TRUE_SPELLINGS,
  FALSE_SPELLINGS
};
