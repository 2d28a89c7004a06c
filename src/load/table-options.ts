/** What the table readers are asked to read, and how (shared by the CSV, JSONL and Parquet readers). */
import type { TableFormat } from '../data/types.js';

export interface ReadTableOptions {
  /** Read only these columns (others are skipped); undefined = all. */
  columns?: ReadonlySet<string>;
  /** Read only the columns this accepts (with `columns`: both must); skipped columns stay in the header. */
  wanted?: (name: string) => boolean;
  /** Read these columns as categorical even when every value is a number. */
  categorical?: ReadonlySet<string>;
  /** How CSV files are read; unset parts are detected (delimiter, decimal) or defaulted (missing markers). */
  format?: Partial<TableFormat>;
  /** Progress lines of long reads (rows, MB/s) go here; see progress.ts. */
  log?: (line: string) => void;
}

/** Whether column `name` is to be read. */
export function isWanted(options: ReadTableOptions, name: string): boolean {
  if (options.columns && !options.columns.has(name)) return false;
  return options.wanted ? options.wanted(name) : true;
}
