/**
 * Progress of long reads, for a person watching the log: a line every few seconds with the rows read, the
 * share of the file and the read speed, and a last line with the totals when the read took that long.
 * Short reads print nothing. The lines go to the log callback the pipeline passes down (main.ts escapes them).
 */

/** Seconds between progress lines. */
export const PROGRESS_SECONDS = 5;

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}

function count(rows: number): string {
  return rows.toLocaleString('en-US');
}

export class ReadProgress {
  private readonly started: number;
  private lastLine: number;
  private printed = false;
  private bytes = 0;

  constructor(
    private readonly what: string,
    private readonly log: ((line: string) => void) | undefined,
    private readonly seconds = PROGRESS_SECONDS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = this.lastLine = now();
  }

  /** Called as the read goes on (cheap: one clock read). */
  update(rows: number, bytes: number, totalBytes: number): void {
    this.bytes = bytes;
    if (!this.log) return;
    const now = this.now();
    if (now - this.lastLine < this.seconds * 1000) return;
    this.lastLine = now;
    this.printed = true;
    const share = totalBytes > 0 ? ` (${Math.floor((100 * bytes) / totalBytes)}%)` : '';
    this.log(
      `${this.what}: ${count(rows)} rows, ${megabytes(bytes)} of ${megabytes(totalBytes)}${share}, ` +
        `${this.speed(now)} MB/s`,
    );
  }

  /** The totals, when progress lines were printed. */
  finish(rows: number): void {
    if (!this.log || !this.printed) return;
    const now = this.now();
    this.log(
      `${this.what}: read ${count(rows)} rows (${megabytes(this.bytes)}) in ` +
        `${((now - this.started) / 1000).toFixed(1)} s, ${this.speed(now)} MB/s`,
    );
  }

  private speed(now: number): string {
    const seconds = Math.max(1e-3, (now - this.started) / 1000);
    return (this.bytes / 1e6 / seconds).toFixed(0);
  }
}
