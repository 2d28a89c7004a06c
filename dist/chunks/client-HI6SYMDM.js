import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  createClient,
  createOptions,
  formatDuration
} from "./chunk-QVAKQNGZ.js";
import {
  BudgetExhaustedError
} from "./chunk-INB4Q36A.js";
import "./chunk-PW4EGH3P.js";
import "./chunk-MQQLUTP6.js";
export {
  BudgetExhaustedError,
  createClient,
  createOptions,
  formatDuration
};
