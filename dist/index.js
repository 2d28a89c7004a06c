import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-NP6QD74A.js";
import "./chunks/chunk-AAE63ZVB.js";
import "./chunks/chunk-N5B3GZII.js";
import "./chunks/chunk-FI7I53I2.js";
import "./chunks/chunk-MQQLUTP6.js";

// src/index.ts
await run();
