/**
 * Decoding the pages of one flat column chunk straight into the column's typed array: numbers into a
 * Float64Array (NaN = missing), categories into Int32Array codes (-1 = missing).
 *
 * hyparquet supplies the parsing primitives (page headers, RLE / bit-packing, delta and byte-stream-split
 * decoding); the assembly is ours because hyparquet's own `readColumn` turns every page into JS arrays of
 * values, strings and nulls (GC took 28% of a Parquet read, `assembleLists` 15%). Here PLAIN doubles are
 * copied byte for byte into the column, dictionary pages are decoded once per chunk (to numbers, or to
 * category codes) and data pages only gather through them, and scratch arrays are reused across pages.
 */
import type { ColumnMetaData, DataReader, PageHeader } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { parseDecimal, parseFloat16 } from 'hyparquet/src/convert.js';
import { deltaBinaryUnpack, deltaByteArray, deltaLengthByteArray } from 'hyparquet/src/delta.js';
import { byteStreamSplit, readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { decompress } from './codecs.js';
import type { ColumnType } from './column-type.js';
import { ColumnTarget } from './target.js';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A dictionary page, decoded: numbers, or codes of the target's labels. */
type Dictionary = Float64Array | Int32Array;

export class ChunkDecoder {
  private levels: Int32Array = new Int32Array(0);
  private indices: Int32Array = new Int32Array(0);
  private numbers: Float64Array = new Float64Array(0);
  private codes: Int32Array = new Int32Array(0);

  constructor(
    private readonly type: ColumnType,
    private readonly target: ColumnTarget,
    /** 1 for an OPTIONAL column (definition levels present), 0 for REQUIRED. */
    private readonly maxDefinition: 0 | 1,
  ) {}

  /** Decode every page of one chunk (`bytes` = the chunk), filling rows [rowStart, rowStart + rows). */
  decode(bytes: Uint8Array, meta: ColumnMetaData, rowStart: number, rows: number): void {
    const reader: DataReader = {
      view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      offset: 0,
    };
    let dictionary: Dictionary | null = null;
    let at = rowStart;
    const end = rowStart + rows;
    while (reader.offset < bytes.length && at < end) {
      const header = parquetHeader(reader);
      const start = reader.offset;
      const size = header.compressed_page_size;
      if (size < 0 || start + size > bytes.length) {
        throw new Error(`page of ${size} bytes runs past the end of the column chunk`);
      }
      const page = bytes.subarray(start, start + size);
      reader.offset = start + size;
      if (header.type === 'DICTIONARY_PAGE') {
        const plain = decompress(meta.codec, page, header.uncompressed_page_size);
        dictionary = this.dictionaryOf(plain, header.dictionary_page_header?.num_values ?? 0);
      } else if (header.type === 'DATA_PAGE' || header.type === 'DATA_PAGE_V2') {
        at = this.dataPage(header, page, meta, dictionary, at, end);
      } // index pages and unknown page types carry no values: skipped, as the format allows
    }
    if (at !== end) throw new Error(`column chunk holds ${at - rowStart} values, its row group ${rows} rows`);
  }

  private dictionaryOf(page: Uint8Array, count: number): Dictionary {
    const reader: DataReader = {
      view: new DataView(page.buffer, page.byteOffset, page.byteLength),
      offset: 0,
    };
    if (this.type.text) {
      const codes = new Int32Array(count);
      this.plainCodes(reader, count, codes, 0);
      return codes;
    }
    const numbers = new Float64Array(count);
    this.plainNumbers(reader, count, numbers, 0);
    if (this.target.kind === 'numerical') return numbers;
    const codes = new Int32Array(count);
    for (let i = 0; i < count; i++) codes[i] = this.target.numberCode(numbers[i]!);
    return codes;
  }

  /** One data page (v1 or v2); returns the next row. */
  private dataPage(
    header: PageHeader,
    page: Uint8Array,
    meta: ColumnMetaData,
    dictionary: Dictionary | null,
    at: number,
    end: number,
  ): number {
    let values: Uint8Array;
    let rows: number;
    let encoding: string;
    let levels: Int32Array | null = null;
    if (header.type === 'DATA_PAGE') {
      const h = header.data_page_header!;
      rows = h.num_values;
      encoding = h.encoding;
      values = decompress(meta.codec, page, header.uncompressed_page_size);
      const reader = readerOf(values);
      if (this.maxDefinition > 0) {
        if (h.definition_level_encoding !== 'RLE') {
          throw new Error(`definition levels encoded as ${h.definition_level_encoding} are not supported`);
        }
        levels = this.definitionLevels(reader, rows, undefined);
      }
      values = values.subarray(reader.offset);
    } else {
      const h = header.data_page_header_v2!;
      rows = h.num_rows;
      encoding = h.encoding;
      const levelBytes = h.repetition_levels_byte_length + h.definition_levels_byte_length;
      if (this.maxDefinition > 0) {
        const reader = readerOf(page);
        reader.offset = h.repetition_levels_byte_length;
        levels = this.definitionLevels(reader, rows, h.definition_levels_byte_length);
      }
      values = page.subarray(levelBytes);
      if (h.is_compressed !== false) {
        values = decompress(meta.codec, values, header.uncompressed_page_size - levelBytes);
      }
    }
    if (at + rows > end) throw new Error('data pages hold more values than the row group has rows');
    let present = rows;
    if (levels) {
      present = 0;
      for (let i = 0; i < rows; i++) present += levels[i]! === 1 ? 1 : 0;
      if (present === rows) levels = null;
    }
    this.values(readerOf(values), encoding, present, dictionary, levels, at, rows);
    return at + rows;
  }

  /** Decode `present` values and write `rows` rows from `at` (missing where the level is 0). */
  private values(
    reader: DataReader,
    encoding: string,
    present: number,
    dictionary: Dictionary | null,
    levels: Int32Array | null,
    at: number,
    rows: number,
  ): void {
    const target = this.target;
    const direct = levels === null;
    if (target.kind === 'numerical') {
      const dest = direct ? target.values : (this.numbers = grown(this.numbers, present));
      this.decodeNumbers(reader, encoding, present, dictionary, dest, direct ? at : 0);
      if (!direct) scatterNumbers(dest, levels, target.values, at, rows);
      else if (this.type.physical === 'float' || this.type.physical === 'double') finiteOnly(dest, at, rows);
      return;
    }
    const dest = direct ? target.codes : (this.codes = grownInt(this.codes, present));
    const destAt = direct ? at : 0;
    if (dictionary && encoding.endsWith('_DICTIONARY')) {
      this.gather(reader, present, dictionary as Int32Array, dest, destAt);
    } else if (this.type.text) {
      this.decodeCodes(reader, encoding, present, dest, destAt);
    } else {
      const numbers = (this.numbers = grown(this.numbers, present));
      this.decodeNumbers(reader, encoding, present, null, numbers, 0);
      for (let i = 0; i < present; i++) dest[destAt + i] = target.numberCode(numbers[i]!);
    }
    if (!direct) scatterCodes(dest, levels, target.codes, at, rows);
  }

  private decodeNumbers(
    reader: DataReader,
    encoding: string,
    count: number,
    dictionary: Dictionary | null,
    dest: Float64Array,
    at: number,
  ): void {
    if (encoding === 'PLAIN') return this.plainNumbers(reader, count, dest, at);
    if (encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY') {
      if (!dictionary) throw new Error(`${encoding} page without a dictionary page`);
      return this.gather(reader, count, dictionary, dest, at);
    }
    const { physical } = this.type;
    if (encoding === 'RLE' && physical === 'boolean') {
      const bits = this.scratchIndices(count);
      readRleBitPackedHybrid(reader, 1, bits);
      for (let i = 0; i < count; i++) dest[at + i] = bits[i]!;
      return;
    }
    if (encoding === 'DELTA_BINARY_PACKED' && (physical === 'int32' || physical === 'int64')) {
      const ints = physical === 'int32' ? new Int32Array(count) : new BigInt64Array(count);
      deltaBinaryUnpack(reader, count, ints);
      return this.convert(ints, dest, at);
    }
    if (encoding === 'BYTE_STREAM_SPLIT' && physical !== 'boolean' && physical !== 'int96') {
      const split = byteStreamSplit(reader, count, TYPE_NAME[physical], this.type.fixedLength);
      return this.convert(
        split as Float64Array | Float32Array | Int32Array | BigInt64Array | Uint8Array[],
        dest,
        at,
      );
    }
    if ((encoding === 'DELTA_LENGTH_BYTE_ARRAY' || encoding === 'DELTA_BYTE_ARRAY') && physical === 'bytes') {
      const arrays: Uint8Array[] = new Array<Uint8Array>(count);
      (encoding === 'DELTA_BYTE_ARRAY' ? deltaByteArray : deltaLengthByteArray)(reader, count, arrays);
      return this.convert(arrays, dest, at);
    }
    throw new Error(`encoding ${encoding} is not supported for ${TYPE_NAME[physical]} values`);
  }

  private decodeCodes(
    reader: DataReader,
    encoding: string,
    count: number,
    dest: Int32Array,
    at: number,
  ): void {
    if (encoding === 'PLAIN') return this.plainCodes(reader, count, dest, at);
    if (encoding === 'DELTA_LENGTH_BYTE_ARRAY' || encoding === 'DELTA_BYTE_ARRAY') {
      const arrays: Uint8Array[] = new Array<Uint8Array>(count);
      (encoding === 'DELTA_BYTE_ARRAY' ? deltaByteArray : deltaLengthByteArray)(reader, count, arrays);
      for (let i = 0; i < count; i++) dest[at + i] = this.target.bytesCode(arrays[i]!, 0, arrays[i]!.length);
      return;
    }
    if (encoding.endsWith('_DICTIONARY')) throw new Error(`${encoding} page without a dictionary page`);
    throw new Error(`encoding ${encoding} is not supported for text values`);
  }

  /** RLE_DICTIONARY indices → dictionary entries. */
  private gather<T extends Float64Array | Int32Array>(
    reader: DataReader,
    count: number,
    dictionary: Dictionary,
    dest: T,
    at: number,
  ): void {
    const width = reader.view.getUint8(reader.offset++);
    const indices = this.scratchIndices(count);
    if (width === 0) indices.fill(0);
    else readRleBitPackedHybrid(reader, width, indices, reader.view.byteLength - reader.offset);
    const size = dictionary.length;
    for (let i = 0; i < count; i++) {
      const k = indices[i]!;
      if (k >= size) throw new Error(`dictionary index ${k} out of range (dictionary of ${size} values)`);
      dest[at + i] = dictionary[k]!;
    }
  }

  /** PLAIN values as numbers. */
  private plainNumbers(reader: DataReader, count: number, dest: Float64Array, at: number): void {
    const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset);
    const { physical, divisor, unsigned, fixedLength } = this.type;
    const need = (width: number) => {
      if (bytes.length < count * width) throw new Error(`page holds fewer than its ${count} values`);
    };
    if (physical === 'double' && LITTLE_ENDIAN) {
      need(8);
      new Uint8Array(dest.buffer, dest.byteOffset + at * 8, count * 8).set(bytes.subarray(0, count * 8));
    } else if (
      physical === 'double' ||
      physical === 'float' ||
      physical === 'int32' ||
      physical === 'int64'
    ) {
      need(physical === 'double' || physical === 'int64' ? 8 : 4);
      this.convert(aligned(bytes, count, physical, unsigned), dest, at);
    } else if (physical === 'int96') {
      need(12);
      const view = new DataView(bytes.buffer, bytes.byteOffset, count * 12);
      for (let i = 0; i < count; i++) {
        const nanos = view.getUint32(12 * i + 4, true) * 4294967296 + view.getUint32(12 * i, true);
        dest[at + i] = (view.getInt32(12 * i + 8, true) - 2440588) * 86400000 + nanos / 1e6;
      }
    } else if (physical === 'boolean') {
      if (bytes.length < Math.ceil(count / 8)) throw new Error(`page holds fewer than its ${count} values`);
      for (let i = 0; i < count; i++) dest[at + i] = (bytes[i >> 3]! >> (i & 7)) & 1;
    } else {
      let p = 0;
      for (let i = 0; i < count; i++) {
        const length = fixedLength ?? readLength(bytes, p);
        if (fixedLength === undefined) p += 4;
        if (p + length > bytes.length) throw new Error(`page holds fewer than its ${count} values`);
        dest[at + i] = this.bytesNumber(bytes.subarray(p, p + length)) / divisor;
        p += length;
      }
    }
  }

  /** PLAIN byte arrays as category codes (no string per cell: the target hashes the bytes). */
  private plainCodes(reader: DataReader, count: number, dest: Int32Array, at: number): void {
    const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset);
    const fixed = this.type.fixedLength;
    let p = 0;
    for (let i = 0; i < count; i++) {
      const length = fixed ?? readLength(bytes, p);
      if (fixed === undefined) p += 4;
      if (p + length > bytes.length) throw new Error(`page holds fewer than its ${count} values`);
      dest[at + i] = this.target.bytesCode(bytes, p, p + length);
      p += length;
    }
  }

  /** Typed arrays (and arrays of byte strings) from hyparquet's decoders → numbers in the column's unit. */
  private convert(
    source: Float64Array | Float32Array | Int32Array | Uint32Array | BigInt64Array | Uint8Array[],
    dest: Float64Array,
    at: number,
  ): void {
    const { divisor, unsigned } = this.type;
    const n = source.length;
    if (source instanceof BigInt64Array) {
      const words = new Uint32Array(source.buffer, source.byteOffset, 2 * n);
      const signed = new Int32Array(source.buffer, source.byteOffset, 2 * n);
      for (let i = 0; i < n; i++) {
        const high = unsigned ? words[2 * i + 1]! : signed[2 * i + 1]!;
        dest[at + i] = (high * 4294967296 + words[2 * i]!) / divisor;
      }
    } else if (Array.isArray(source)) {
      for (let i = 0; i < n; i++) dest[at + i] = this.bytesNumber(source[i]!) / divisor;
    } else if (source instanceof Int32Array && unsigned) {
      for (let i = 0; i < n; i++) dest[at + i] = (source[i]! >>> 0) / divisor;
    } else if (divisor === 1) {
      dest.set(source, at);
    } else {
      for (let i = 0; i < n; i++) dest[at + i] = source[i]! / divisor;
    }
  }

  private bytesNumber(bytes: Uint8Array): number {
    if (this.type.bytesAs === 'float16') return parseFloat16(bytes) ?? NaN;
    return parseDecimal(bytes);
  }

  /**
   * Definition levels (1 = value present, 0 = null), or null when the page has no nulls. Writers that mark
   * every column optional (DuckDB, Spark) write one RLE run of 1s for a page without nulls: recognised from
   * its header instead of expanded.
   */
  private definitionLevels(reader: DataReader, rows: number, length: number | undefined): Int32Array | null {
    const { view } = reader;
    let p = reader.offset;
    const size = length ?? view.getUint32(p, true);
    if (length === undefined) p += 4;
    const end = p + size;
    let header = 0;
    for (let shift = 0; p < end && shift < 35; shift += 7) {
      const byte = view.getUint8(p++);
      header |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    if ((header & 1) === 0 && header >>> 1 >= rows && p < end && view.getUint8(p) === 1) {
      reader.offset = end;
      return null;
    }
    this.levels = grownInt(this.levels, rows);
    const levels = this.levels.subarray(0, rows);
    readRleBitPackedHybrid(reader, 1, levels, length);
    return levels;
  }

  private scratchIndices(count: number): Int32Array {
    this.indices = grownInt(this.indices, count);
    return this.indices.subarray(0, count);
  }
}

const TYPE_NAME = {
  boolean: 'BOOLEAN',
  int32: 'INT32',
  int64: 'INT64',
  int96: 'INT96',
  float: 'FLOAT',
  double: 'DOUBLE',
  bytes: 'BYTE_ARRAY',
} as const;

function readerOf(bytes: Uint8Array): DataReader {
  return { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
}

function readLength(bytes: Uint8Array, p: number): number {
  if (p + 4 > bytes.length) throw new Error('page ends inside a value length');
  return (bytes[p]! | (bytes[p + 1]! << 8) | (bytes[p + 2]! << 16) | (bytes[p + 3]! << 24)) >>> 0;
}

/** A typed view of `count` little-endian values at the start of `bytes` (copied when misaligned). */
function aligned(
  bytes: Uint8Array,
  count: number,
  physical: 'double' | 'float' | 'int32' | 'int64',
  unsigned: boolean,
): Float64Array | Float32Array | Int32Array | Uint32Array | BigInt64Array {
  const width = physical === 'double' || physical === 'int64' ? 8 : 4;
  const source = bytes.byteOffset % width === 0 ? bytes : bytes.slice(0, count * width);
  const { buffer, byteOffset } = source;
  if (physical === 'double') return new Float64Array(buffer, byteOffset, count);
  if (physical === 'float') return new Float32Array(buffer, byteOffset, count);
  if (physical === 'int64') return new BigInt64Array(buffer, byteOffset, count);
  return unsigned ? new Uint32Array(buffer, byteOffset, count) : new Int32Array(buffer, byteOffset, count);
}

function grown(array: Float64Array, count: number): Float64Array {
  return array.length >= count ? array : new Float64Array(Math.max(count, array.length * 2));
}

function grownInt(array: Int32Array, count: number): Int32Array {
  return array.length >= count ? array : new Int32Array(Math.max(count, array.length * 2));
}

/** ±Infinity and NaN become NaN (missing), as in the other readers. */
function finiteOnly(values: Float64Array, at: number, rows: number): void {
  for (let i = at; i < at + rows; i++) {
    const x = values[i]!;
    if (x - x !== 0) values[i] = NaN;
  }
}

function scatterNumbers(
  present: Float64Array,
  levels: Int32Array,
  out: Float64Array,
  at: number,
  rows: number,
): void {
  let k = 0;
  for (let i = 0; i < rows; i++) {
    if (levels[i] === 1) {
      const x = present[k++]!;
      out[at + i] = x - x === 0 ? x : NaN;
    } else out[at + i] = NaN;
  }
}

function scatterCodes(
  present: Int32Array,
  levels: Int32Array,
  out: Int32Array,
  at: number,
  rows: number,
): void {
  let k = 0;
  for (let i = 0; i < rows; i++) out[at + i] = levels[i] === 1 ? present[k++]! : -1;
}
