import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-7B36Y664.js";

// src/index.ts
await run();
