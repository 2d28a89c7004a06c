import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  loadDriftData,
  openDriftSource,
  readTable
} from "./chunk-V46IWIYF.js";
import "./chunk-Z64SXLXG.js";
import "./chunk-SXQYWGFC.js";
import "./chunk-YEUO2G4O.js";
import "./chunk-7LIEUWGZ.js";
import "./chunk-FI7I53I2.js";
import "./chunk-MQQLUTP6.js";
export {
  loadDriftData,
  openDriftSource,
  readTable
};
