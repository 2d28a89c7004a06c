/**
 * Strict UTF-8 for every file we read: invalid bytes are an error naming the file, line and column — never
 * silently U+FFFD, which would merge Latin-1 `é` and `è` into one category and hide a shift.
 *
 * Decoding itself is Node's `TextDecoder('utf-8', { fatal: true })` (native, fast). It only says *that* the
 * bytes are invalid, so on that (error) path the bytes are validated again here, by hand, to find *where*:
 * the WHATWG UTF-8 decoder's rules (no overlong forms, no surrogates, nothing above U+10FFFF), line by line.
 */
import { promises as fs } from 'node:fs';
import { InputError, formatPosition } from '../errors.js';

const strict = new TextDecoder('utf-8', { fatal: true });

/** Where the first invalid byte sequence starts: 1-based line and column (in characters), and its bytes. */
export interface InvalidUtf8 {
  line: number;
  column: number;
  bytes: number[];
}

/**
 * Finds the first invalid sequence in bytes fed chunk by chunk. Lines end at LF, CRLF or a lone CR (as the
 * CSV reader counts them); columns count characters.
 */
export class Utf8Locator {
  private line = 1;
  private column = 1;
  private need = 0;
  private lower = 0x80;
  private upper = 0xbf;
  private pending: number[] = [];
  private afterCr = false;

  /** Feed the next chunk; returns the first invalid sequence once found (then stop feeding). */
  feed(chunk: Uint8Array): InvalidUtf8 | null {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (this.need > 0) {
        if (byte < this.lower || byte > this.upper) return this.invalid();
        this.pending.push(byte);
        this.lower = 0x80;
        this.upper = 0xbf;
        if (--this.need === 0) this.column++;
        continue;
      }
      if (byte < 0x80) {
        if (byte === 0x0a) {
          if (!this.afterCr) this.newLine();
          this.afterCr = false;
        } else if (byte === 0x0d) {
          this.newLine();
          this.afterCr = true;
        } else {
          this.afterCr = false;
          this.column++;
        }
        continue;
      }
      this.afterCr = false;
      this.pending = [byte];
      if (byte >= 0xc2 && byte <= 0xdf) this.need = 1;
      else if (byte >= 0xe0 && byte <= 0xef) {
        this.need = 2;
        if (byte === 0xe0) this.lower = 0xa0;
        if (byte === 0xed) this.upper = 0x9f;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        this.need = 3;
        if (byte === 0xf0) this.lower = 0x90;
        if (byte === 0xf4) this.upper = 0x8f;
      } else return this.invalid();
    }
    return null;
  }

  /** After the last chunk: a sequence cut off by the end of the file is invalid too. */
  end(): InvalidUtf8 | null {
    return this.need > 0 ? this.invalid() : null;
  }

  private newLine(): void {
    this.line++;
    this.column = 1;
  }

  /** The sequence that went wrong: its first bytes, up to the one that broke it (not included). */
  private invalid(): InvalidUtf8 {
    return { line: this.line, column: this.column, bytes: this.pending };
  }
}

/** The error for an invalid sequence, teaching how to fix the file. */
export function invalidUtf8Error(shown: string, where: InvalidUtf8): InputError {
  const bytes = where.bytes.map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
  return new InputError(
    `${formatPosition({ file: shown, ...where })}: invalid UTF-8 (byte${where.bytes.length === 1 ? '' : 's'} ` +
      `${bytes}); the file must be ` +
      'UTF-8 — it looks like another encoding such as Latin-1 or Windows-1252: convert it, e.g. ' +
      '`iconv -f latin1 -t utf-8 in.csv > out.csv`, or in pandas `to_csv(..., encoding="utf-8")`',
  );
}

/** Decode bytes held in memory as strict UTF-8 (a BOM is dropped); invalid bytes throw the located error. */
export function decodeUtf8(bytes: Uint8Array, shown: string): string {
  try {
    return strict.decode(bytes);
  } catch {
    const locator = new Utf8Locator();
    const where = locator.feed(bytes) ?? locator.end();
    throw invalidUtf8Error(shown, where ?? { line: 1, column: 1, bytes: [] });
  }
}

/**
 * Thrown by decodeCell where the position is not known (a cell's bytes, a header name): the reader of the file
 * catches it and calls locateInvalidUtf8 to name the line and column.
 */
export class NotUtf8Error extends Error {
  override readonly name = 'NotUtf8Error';
}

/** Strict UTF-8 decoding of a cell (label, header name); invalid bytes throw NotUtf8Error. */
export function decodeCell(bytes: Uint8Array): string {
  try {
    return strict.decode(bytes);
  } catch {
    throw new NotUtf8Error('invalid UTF-8');
  }
}

/**
 * For streamed files: read the file again in chunks and return the error for its first invalid sequence,
 * or null when it is valid UTF-8. Called on an error path (or once, on a suspicious U+FFFD).
 */
export async function findInvalidUtf8(file: string, shown: string): Promise<InputError | null> {
  const locator = new Utf8Locator();
  const handle = await fs.open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      const where = locator.feed(buffer.subarray(0, bytesRead));
      if (where) return invalidUtf8Error(shown, where);
    }
  } finally {
    await handle.close();
  }
  const where = locator.end();
  return where ? invalidUtf8Error(shown, where) : null;
}

/** After a strict decode failed while streaming: the error naming where the file stops being UTF-8. */
export async function locateInvalidUtf8(file: string, shown: string): Promise<InputError> {
  // The decode failed, so a position exists; the fallback only guards against a file changed meanwhile.
  return (
    (await findInvalidUtf8(file, shown)) ??
    new InputError(`${shown}: invalid UTF-8 (the file changed while it was read?)`)
  );
}
