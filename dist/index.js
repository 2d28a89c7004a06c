import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-BZ6HSXNR.js";

// src/index.ts
await run();
