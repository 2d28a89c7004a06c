import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  loadDriftData,
  openDriftSource,
  readTable
} from "./chunk-L66KSUHU.js";
import "./chunk-AAE63ZVB.js";
import "./chunk-FI7I53I2.js";
import "./chunk-MQQLUTP6.js";
export {
  loadDriftData,
  openDriftSource,
  readTable
};
