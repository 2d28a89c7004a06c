import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);

// src/errors.ts
var InputError = class extends Error {
  name = "InputError";
  constructor(message) {
    super(message);
  }
};
function formatPosition(pos) {
  return `${pos.file ? `${pos.file}: ` : ""}line ${pos.line}, column ${pos.column}`;
}
function messageOf(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}

export {
  InputError,
  formatPosition,
  messageOf
};
