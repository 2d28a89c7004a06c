/**
 * Data quality in words: the changes the summary leads with ("country: new category `PL`, 15% of rows";
 * "device missing 3% → 13%") and the per-feature table. Labels and names come from data files: the caller's
 * style escapes them for where they go (Markdown or a log line).
 */
import type { QualityChange, QualityResult } from '../quality/types.js';
import { formatNumber, formatPercent } from '../text/format.js';

export interface TextStyle {
  /** A feature name. */
  name: (text: string) => string;
  /** A category label (a code span in Markdown, quoted in the terminal). */
  label: (text: string) => string;
}

const percent = (share: number) => formatPercent(share, share > 0 && share < 0.01 ? 2 : 0);

export function describeChange(change: QualityChange, style: TextStyle): string {
  const name = style.name(change.feature);
  switch (change.type) {
    case 'new-categories': {
      if (change.count === 1) {
        return `${name}: new category ${style.label(change.categories[0]!.label)}, ${percent(change.share)} of rows`;
      }
      const shown = change.categories.map((c) => `${style.label(c.label)} ${percent(c.share)}`);
      const more = change.count > shown.length ? `, ${change.count - shown.length} more` : '';
      return `${name}: ${change.count} new categories (${shown.join(', ')}${more}), ${percent(change.share)} of rows`;
    }
    case 'missing':
      return `${name} missing ${percent(change.reference)} → ${percent(change.current)}`;
    case 'out-of-range':
      return (
        `${name}: ${percent(change.share)} of values outside the reference range ` +
        `[${formatNumber(change.range[0])}, ${formatNumber(change.range[1])}]`
      );
  }
}

/** At most this many changes are listed; the JSON report has all. */
export const MAX_CHANGES = 10;

export function describeChanges(quality: QualityResult | null | undefined, style: TextStyle): string[] {
  if (!quality) return [];
  const lines = quality.changes.slice(0, MAX_CHANGES).map((change) => describeChange(change, style));
  if (quality.changes.length > MAX_CHANGES) {
    lines.push(`… ${quality.changes.length - MAX_CHANGES} more changes in the JSON report`);
  }
  return lines;
}

/** Table cells per feature: missing ref → cur, new categories, out of range. */
export function qualityCells(quality: QualityResult): { name: string; cells: string[] }[] {
  return quality.features.map((f) => ({
    name: f.name,
    cells: [
      `${percent(f.missingShare.reference)} → ${percent(f.missingShare.current)}`,
      f.newShare === null ? '—' : `${f.newCategoryCount} (${percent(f.newShare)} of rows)`,
      f.outOfRangeShare === null ? '—' : percent(f.outOfRangeShare),
    ],
  }));
}
