/**
 * Page decompression for every codec pyarrow, polars, Spark and DuckDB write: UNCOMPRESSED, SNAPPY, GZIP,
 * ZSTD, BROTLI, LZ4 (Hadoop-framed, Spark's and old pyarrow's `lz4`, with the raw-block fallback pyarrow
 * also applies) and LZ4_RAW. LZO (written by nothing current) is refused with a message.
 *
 * Choice by measurement (bench/README.md): Node's own zlib (native) for GZIP, BROTLI and — on Node ≥ 22.15,
 * which the action's node24 runtime is — ZSTD; `fzstd` (pure JS, from hyparquet-compressors) for ZSTD on older
 * Node; `hysnappy` (WebAssembly, from hyparquet-compressors) for SNAPPY — 3.5× hyparquet's JS snappy; hyparquet-compressors' LZ4 for both LZ4 codecs.
 */
import type { CompressionCodec } from 'hyparquet';
import { snappyUncompressor } from 'hysnappy';
import { decompress as fzstdDecompress } from 'fzstd';
import { decompressLz4, decompressLz4Raw } from 'hyparquet-compressors/src/lz4.js';
import * as zlib from 'node:zlib';

type Decompress = (input: Uint8Array, outputLength: number) => Uint8Array;

/** hysnappy's WebAssembly instance, made on the first SNAPPY page. */
let snappy: Decompress | undefined;

/** Node's native zstd (added in 22.15 / 23.8), when this Node has it. */
const nativeZstd = (zlib as { zstdDecompressSync?: (input: Uint8Array) => Buffer }).zstdDecompressSync;

const DECOMPRESSORS: Partial<Record<CompressionCodec, Decompress>> = {
  SNAPPY: (input, length) => (snappy ??= snappyUncompressor())(input, length),
  // unzipSync accepts gzip and zlib streams (some writers use the latter under the GZIP codec).
  GZIP: (input) => zlib.unzipSync(input),
  BROTLI: (input) => zlib.brotliDecompressSync(input),
  ZSTD: nativeZstd
    ? (input) => nativeZstd(input)
    : (input, length) => fzstdDecompress(input, new Uint8Array(length)),
  LZ4: decompressLz4,
  LZ4_RAW: decompressLz4Raw,
};

/** Whether this Node decompresses ZSTD natively (reported by the bench). */
export const NATIVE_ZSTD = nativeZstd !== undefined;

/** Decompress one page; throws an Error (wrapped with file and column by the caller) on any mismatch. */
export function decompress(codec: CompressionCodec, input: Uint8Array, outputLength: number): Uint8Array {
  if (codec === 'UNCOMPRESSED') return input;
  const decompressor = DECOMPRESSORS[codec];
  if (!decompressor) {
    throw new Error(
      `compression codec ${codec} is not supported (supported: ${supportedCodecs().join(', ')})`,
    );
  }
  const output = decompressor(input, outputLength);
  if (output.length !== outputLength) {
    throw new Error(`${codec} page decompressed to ${output.length} bytes, its header says ${outputLength}`);
  }
  return output;
}

export function supportedCodecs(): string[] {
  return ['UNCOMPRESSED', ...Object.keys(DECOMPRESSORS)];
}
