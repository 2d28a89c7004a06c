/**
 * JSON (`.json`: one object) and JSON Lines (`.jsonl` / `.ndjson`: one object per line, last line current).
 *
 * Hand-written reader rather than JSON.parse, because JSON.parse cannot say where things are: it gives no
 * position for a value (needed for "line 4, column 12: expected a number, got string"), silently keeps the
 * last of two equal keys, and on Node 20 some syntax errors carry no position at all
 * ("Unexpected token 'x', ... is not valid JSON"). The reader accepts exactly the JSON grammar (RFC 8259);
 * a property test checks it against JSON.parse.
 */
import {
  MAX_DEPTH,
  errorAt,
  flattenMetrics,
  positionFinder,
  topLevelEntries,
  type FlatMetrics,
  type MetricsEntry,
  type MetricsNode,
  type ParsedMetrics,
  type Position,
} from './metrics-tree.js';

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const WORD = /[A-Za-z0-9_$.+-]+/y;
const ESCAPES = '"\\/bfnrt';

/** A character (whole code point) or the end of input, for "found …" in messages. */
function describeAt(text: string, offset: number): string {
  const code = text.codePointAt(offset);
  return code === undefined ? 'end of input' : JSON.stringify(String.fromCodePoint(code));
}

class JsonReader {
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly locate: (offset: number) => Position,
    /** Added when a second value follows the first, e.g. a hint to use JSONL. */
    private readonly secondValueHint: string,
  ) {}

  /** The whole text as one JSON value. */
  document(): MetricsNode {
    this.skipSpace();
    const node = this.value(1);
    this.skipSpace();
    if (this.pos < this.text.length) {
      const hint = this.text[this.pos] === '{' ? this.secondValueHint : '';
      this.fail(`unexpected ${describeAt(this.text, this.pos)} after the end of the JSON value${hint}`);
    }
    return node;
  }

  private fail(message: string, offset = this.pos): never {
    throw errorAt(this.file, this.locate(offset), `invalid JSON: ${message}`);
  }

  private skipSpace(): void {
    for (;;) {
      const ch = this.text[this.pos];
      if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r') return;
      this.pos++;
    }
  }

  private value(depth: number): MetricsNode {
    if (depth > MAX_DEPTH) this.fail(`nested more than ${MAX_DEPTH} levels deep`);
    const start = this.pos;
    const at = this.locate(start);
    const ch = this.text[start];
    if (ch === '{') return { kind: 'mapping', entries: this.object(depth), at };
    if (ch === '[') return { kind: 'list', items: this.array(depth), at };
    if (ch === '"') return { kind: 'leaf', value: this.string(), at };
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) {
      NUMBER.lastIndex = start;
      const match = NUMBER.exec(this.text);
      if (!match) this.fail(`invalid number, expected a digit after "-"`);
      this.pos += match[0].length;
      return { kind: 'leaf', value: Number(match[0]), at };
    }
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, start)) {
        this.pos += word.length;
        return { kind: 'leaf', value, at };
      }
    }
    WORD.lastIndex = start;
    const token = WORD.exec(this.text)?.[0];
    const found = token === undefined ? describeAt(this.text, start) : JSON.stringify(token);
    const hint = token === undefined ? '' : ' (strings need double quotes)';
    this.fail(
      `unexpected ${found}, expected a value: object, array, string, number, true, false or null${hint}`,
    );
  }

  private object(depth: number): MetricsEntry[] {
    const entries: MetricsEntry[] = [];
    this.pos++; // '{'
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return entries;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') {
        const after = this.text[this.pos] === '}' ? ' (no comma after the last property)' : '';
        this.fail(
          `expected a property name in double quotes, found ${describeAt(this.text, this.pos)}${after}`,
        );
      }
      const at = this.locate(this.pos);
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') {
        this.fail(`expected ':' after property name, found ${describeAt(this.text, this.pos)}`);
      }
      this.pos++;
      this.skipSpace();
      entries.push({ key, at, node: this.value(depth + 1) });
      this.skipSpace();
      const next = this.text[this.pos];
      this.pos++;
      if (next === '}') return entries;
      if (next !== ',') {
        this.fail(
          `expected ',' or '}' after a property value, found ${describeAt(this.text, this.pos - 1)}`,
          this.pos - 1,
        );
      }
    }
  }

  private array(depth: number): MetricsNode[] {
    const items: MetricsNode[] = [];
    this.pos++; // '['
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return items;
    }
    for (;;) {
      this.skipSpace();
      items.push(this.value(depth + 1));
      this.skipSpace();
      const next = this.text[this.pos];
      this.pos++;
      if (next === ']') return items;
      if (next !== ',') {
        this.fail(
          `expected ',' or ']' after an array element, found ${describeAt(this.text, this.pos - 1)}`,
          this.pos - 1,
        );
      }
    }
  }

  /** A string literal; validated here, then decoded by JSON.parse (which cannot fail on it any more). */
  private string(): string {
    const start = this.pos;
    this.pos++; // opening quote
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined) this.fail('unterminated string (missing closing ")', start);
      if (ch === '"') break;
      if (ch === '\\') {
        const escape = this.text[this.pos + 1];
        if (escape === 'u') {
          HEX4.lastIndex = this.pos + 2;
          if (!HEX4.test(this.text)) this.fail('invalid \\u escape, expected 4 hex digits');
          this.pos += 6;
        } else if (escape !== undefined && ESCAPES.includes(escape)) {
          this.pos += 2;
        } else {
          this.fail(`invalid escape "\\${escape ?? ''}" in string`);
        }
      } else if (ch < ' ') {
        this.fail('control character in string (a line break inside a string must be written \\n)');
      } else {
        this.pos++;
      }
    }
    this.pos++; // closing quote
    return JSON.parse(this.text.slice(start, this.pos)) as string;
  }
}

/** One JSON value as a positioned tree; `locate` maps offsets in `text` to positions in the file. */
export function readJsonTree(
  text: string,
  file: string,
  locate: (offset: number) => Position = positionFinder(text),
  secondValueHint = '',
): MetricsNode {
  return new JsonReader(text, file, locate, secondValueHint).document();
}

/** `.json`: one object of metrics; nested objects flatten to dotted names. */
export function parseJsonMetrics(text: string, file: string): ParsedMetrics {
  // An empty file is reported as "no metrics" by the caller.
  if (/^[ \t\n\r]*$/.test(text)) return { current: new Map(), metadata: new Map(), history: [] };
  const root = readJsonTree(text, file, undefined, ' (for one object per line use a .jsonl file)');
  const flat = flattenMetrics(topLevelEntries(root, file, 'JSON'), file);
  return { current: flat.values, metadata: flat.metadata, history: [] };
}

/** `.jsonl` / `.ndjson`: one object per non-blank line; the last is current, earlier ones are history. */
export function parseJsonLinesMetrics(text: string, file: string): ParsedMetrics {
  const rows: FlatMetrics[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (/^[ \t\r]*$/.test(line)) return;
    const lineNumber = index + 1;
    const root = readJsonTree(line, file, (offset) => ({ line: lineNumber, column: offset + 1 }));
    if (root.kind !== 'mapping') {
      const found =
        root.kind === 'list' ? 'an array' : `a ${root.value === null ? 'null' : typeof root.value}`;
      throw errorAt(file, root.at, `expected a JSON object of metrics on each line, found ${found}`);
    }
    rows.push(flattenMetrics(root.entries, file));
  });
  const current = rows.pop();
  // History keeps the numbers only: metadata describes a run, it is not a series.
  return {
    current: current?.values ?? new Map(),
    metadata: current?.metadata ?? new Map(),
    history: rows.map((row) => row.values),
  };
}
