/**
 * Tie groups of two sorted samples, for the rank-based tests (Mann-Whitney, Cramér-von Mises, Anderson-Darling).
 *
 * Pooling two samples and ranking them with average ranks ("midranks", scipy's `rankdata(method='average')`)
 * only needs, for every distinct value in ascending order, how many times it occurs in each sample: the group
 * occupies pooled positions `before + 1 .. before + refCount + curCount` and every member gets the midrank
 * `before + (refCount + curCount + 1) / 2`. Both inputs are already sorted, so one merge walk finds the groups
 * in O(n1 + n2) without building the pooled array.
 */

/** Called once per distinct value, in ascending order of `value`. */
export type TieGroupVisitor = (value: number, refCount: number, curCount: number) => void;

/** Walk the distinct values of `ref ∪ cur` (both sorted ascending) with their multiplicity in each sample. */
export function walkTieGroups(ref: Float64Array, cur: Float64Array, visit: TieGroupVisitor): void {
  const n1 = ref.length;
  const n2 = cur.length;
  let i = 0;
  let j = 0;
  while (i < n1 || j < n2) {
    // The smaller head is the next distinct value; an exhausted sample's head is +Infinity, which never
    // wins because the values themselves are finite (contract.ts).
    const a = i < n1 ? ref[i]! : Infinity;
    const b = j < n2 ? cur[j]! : Infinity;
    const value = a <= b ? a : b;
    let refCount = 0;
    while (i < n1 && ref[i] === value) {
      i++;
      refCount++;
    }
    let curCount = 0;
    while (j < n2 && cur[j] === value) {
      j++;
      curCount++;
    }
    visit(value, refCount, curCount);
  }
}

/** Midrank (1-based average rank) of a tie group of `size` members preceded by `before` pooled values. */
export function midrank(before: number, size: number): number {
  return before + (size + 1) / 2;
}
