import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-M3QLS3UZ.js";

// src/index.ts
await run();
