import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  BudgetExhaustedError,
  createClient,
  createOptions,
  formatDuration
} from "./chunk-DSE6RNUO.js";
import "./chunk-PW4EGH3P.js";
import "./chunk-MQQLUTP6.js";
export {
  BudgetExhaustedError,
  createClient,
  createOptions,
  formatDuration
};
