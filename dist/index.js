import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-YGXMKBDK.js";
import "./chunks/chunk-ZPYZUOVT.js";
import "./chunks/chunk-SCA5JJMJ.js";
import "./chunks/chunk-MNYJVA2X.js";
import "./chunks/chunk-DSE6RNUO.js";
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
