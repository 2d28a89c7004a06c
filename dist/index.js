import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-HTEAQTTL.js";
import "./chunks/chunk-XOHXQY67.js";
import "./chunks/chunk-N6QDBD5Y.js";
import "./chunks/chunk-RHESUIOC.js";
import "./chunks/chunk-INB4Q36A.js";
import "./chunks/chunk-PW4EGH3P.js";
import "./chunks/chunk-Z64SXLXG.js";
import "./chunks/chunk-SXQYWGFC.js";
import "./chunks/chunk-7LIEUWGZ.js";
import "./chunks/chunk-XIZ7O7JT.js";
import "./chunks/chunk-56PMEDHV.js";
import "./chunks/chunk-FI7I53I2.js";
import "./chunks/chunk-MQQLUTP6.js";

// src/index.ts
await run();
