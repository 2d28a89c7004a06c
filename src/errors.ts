/**
 * A problem with the user's input (files, rules, config, inputs) or with what GitHub answered.
 * main.ts prints `message` alone via core.setFailed — never a stack trace — so the message must teach:
 * name the file / input, the line and column where known, what was found and what was expected.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(message: string) {
    super(message);
  }
}

/** Position in a text file, 1-based, for error messages. */
export interface SourcePosition {
  file?: string;
  line: number;
  column: number;
}

export function formatPosition(pos: SourcePosition): string {
  return `${pos.file ? `${pos.file}: ` : ''}line ${pos.line}, column ${pos.column}`;
}

/** Message of any thrown value, for wrapping unexpected errors without leaking a stack. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
