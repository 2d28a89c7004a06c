import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  InputError,
  formatPosition
} from "./chunk-FI7I53I2.js";

// src/load/utf8.ts
import { promises as fs } from "node:fs";
var strict = new TextDecoder("utf-8", { fatal: true });
var Utf8Locator = class {
  line = 1;
  column = 1;
  need = 0;
  lower = 128;
  upper = 191;
  pending = [];
  afterCr = false;
  /** Feed the next chunk; returns the first invalid sequence once found (then stop feeding). */
  feed(chunk) {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (this.need > 0) {
        if (byte < this.lower || byte > this.upper) return this.invalid();
        this.pending.push(byte);
        this.lower = 128;
        this.upper = 191;
        if (--this.need === 0) this.column++;
        continue;
      }
      if (byte < 128) {
        if (byte === 10) {
          if (!this.afterCr) this.newLine();
          this.afterCr = false;
        } else if (byte === 13) {
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
      if (byte >= 194 && byte <= 223) this.need = 1;
      else if (byte >= 224 && byte <= 239) {
        this.need = 2;
        if (byte === 224) this.lower = 160;
        if (byte === 237) this.upper = 159;
      } else if (byte >= 240 && byte <= 244) {
        this.need = 3;
        if (byte === 240) this.lower = 144;
        if (byte === 244) this.upper = 143;
      } else return this.invalid();
    }
    return null;
  }
  /** After the last chunk: a sequence cut off by the end of the file is invalid too. */
  end() {
    return this.need > 0 ? this.invalid() : null;
  }
  newLine() {
    this.line++;
    this.column = 1;
  }
  /** The sequence that went wrong: its first bytes, up to the one that broke it (not included). */
  invalid() {
    return { line: this.line, column: this.column, bytes: this.pending };
  }
};
function invalidUtf8Error(shown, where) {
  const bytes = where.bytes.map((b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`).join(" ");
  return new InputError(
    `${formatPosition({ file: shown, ...where })}: invalid UTF-8 (byte${where.bytes.length === 1 ? "" : "s"} ${bytes}); the file must be UTF-8 \u2014 it looks like another encoding such as Latin-1 or Windows-1252: convert it, e.g. \`iconv -f latin1 -t utf-8 in.csv > out.csv\`, or in pandas \`to_csv(..., encoding="utf-8")\``
  );
}
function decodeUtf8(bytes, shown) {
  try {
    return strict.decode(bytes);
  } catch {
    const locator = new Utf8Locator();
    const where = locator.feed(bytes) ?? locator.end();
    throw invalidUtf8Error(shown, where ?? { line: 1, column: 1, bytes: [] });
  }
}
var NotUtf8Error = class extends Error {
  name = "NotUtf8Error";
};
function decodeCell(bytes) {
  try {
    return strict.decode(bytes);
  } catch {
    throw new NotUtf8Error("invalid UTF-8");
  }
}
async function findInvalidUtf8(file, shown) {
  const locator = new Utf8Locator();
  const handle = await fs.open(file, "r");
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      const where2 = locator.feed(buffer.subarray(0, bytesRead));
      if (where2) return invalidUtf8Error(shown, where2);
    }
  } finally {
    await handle.close();
  }
  const where = locator.end();
  return where ? invalidUtf8Error(shown, where) : null;
}
async function locateInvalidUtf8(file, shown) {
  return await findInvalidUtf8(file, shown) ?? new InputError(`${shown}: invalid UTF-8 (the file changed while it was read?)`);
}

export {
  decodeUtf8,
  NotUtf8Error,
  decodeCell,
  findInvalidUtf8,
  locateInvalidUtf8
};
