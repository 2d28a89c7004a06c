import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-Q3IPYZKR.js";

// src/index.ts
await run();
