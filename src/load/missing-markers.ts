/**
 * Missing markers and boolean spellings applied to read columns: the readers' shared label clean-up.
 */
import { FALSE_SPELLINGS, TRUE_SPELLINGS } from '../data/missing.js';
import type { CategoricalColumn } from '../data/types.js';

/**
 * Missing markers as UTF-8 bytes, matched against a cell's byte range. Asked only about cells that did not
 * parse as numbers (a handful of short markers: a length check rejects most cells at once).
 */
export class ByteMarkers {
  private readonly markers: Uint8Array[];
  private readonly lengths = new Set<number>();

  constructor(values: readonly string[]) {
    this.markers = values.filter((v) => v !== '').map((v) => Buffer.from(v, 'utf8'));
    for (const m of this.markers) this.lengths.add(m.length);
  }

  has(bytes: Uint8Array, start: number, end: number): boolean {
    const length = end - start;
    if (!this.lengths.has(length)) return false;
    outer: for (const marker of this.markers) {
      if (marker.length !== length) continue;
      for (let i = 0; i < length; i++) if (marker[i] !== bytes[start + i]) continue outer;
      return true;
    }
    return false;
  }
}

/**
 * A categorical column with its missing markers turned into empty codes (-1), and pandas' boolean spellings
 * (`True` `TRUE` `true`, `False` …) merged into one label each, `true` / `false` (the labels the JSONL and
 * Parquet readers give booleans). Unlike pandas, spellings merge also in a column that holds other text:
 * `True` and `true` are never two categories. Costs O(dictionary) plus one pass over the codes when a label
 * changed.
 */
export function missingLabels(column: CategoricalColumn, naValues: readonly string[]): CategoricalColumn {
  const missing = new Set(naValues);
  const remap = new Int32Array(column.dictionary.length);
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  let changed = false;
  column.dictionary.forEach((label, code) => {
    if (missing.has(label)) {
      remap[code] = -1;
      changed = true;
      return;
    }
    const canonical = TRUE_SPELLINGS.includes(label)
      ? 'true'
      : FALSE_SPELLINGS.includes(label)
        ? 'false'
        : label;
    if (canonical !== label) changed = true;
    let target = index.get(canonical);
    if (target === undefined) {
      target = dictionary.length;
      index.set(canonical, target);
      dictionary.push(canonical);
    } else changed = true;
    remap[code] = target;
  });
  if (!changed) return column;
  const codes = column.codes;
  for (let i = 0; i < codes.length; i++) if (codes[i]! >= 0) codes[i] = remap[codes[i]!]!;
  return { ...column, dictionary };
}
