/**
 * The column being filled: one typed array sized to the file's row count (never grown, never one JS value
 * per cell), and for categories the label dictionary — byte strings hashed without making a string per
 * cell, numbers (booleans, columns configured categorical) through a small map of distinct values.
 */
import type { Column } from '../../data/types.js';
import { ByteDictionary, mergeDuplicateLabels } from '../table-columns.js';
import type { ColumnType } from './column-type.js';

export class ColumnTarget {
  readonly kind: 'numerical' | 'categorical';
  readonly values: Float64Array;
  readonly codes: Int32Array;
  readonly length: number;
  private readonly bytes = new ByteDictionary();
  private readonly numberCodes = new Map<number, number>();
  private readonly numberLabels: string[] = [];

  constructor(
    private readonly type: ColumnType,
    rows: number,
  ) {
    this.kind = type.kind;
    this.length = rows;
    this.values = new Float64Array(type.kind === 'numerical' ? rows : 0);
    this.codes = new Int32Array(type.kind === 'categorical' ? rows : 0);
  }

  /** Code of a number's label; NaN and ±Infinity are missing (-1), as in the other readers. */
  numberCode(value: number): number {
    if (!Number.isFinite(value)) return -1;
    let code = this.numberCodes.get(value);
    if (code === undefined) {
      code = this.numberLabels.length;
      this.numberCodes.set(value, code);
      this.numberLabels.push(this.type.label(value));
    }
    return code;
  }

  bytesCode(bytes: Uint8Array, start: number, end: number): number {
    return this.bytes.codeOf(bytes, start, end);
  }

  finish(): Column {
    const { name } = this.type;
    if (this.kind === 'numerical') return { kind: 'numerical', name, values: this.values };
    const labels = this.type.text ? this.bytes.labels() : this.numberLabels;
    // Distinct byte strings can decode to one label (invalid UTF-8 becomes U+FFFD): merge them.
    const dictionary = this.type.text ? mergeDuplicateLabels(labels, this.codes) : labels;
    return { kind: 'categorical', name, codes: this.codes, dictionary };
  }
}
