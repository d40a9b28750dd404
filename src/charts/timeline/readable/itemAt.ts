/** The item at a position that is known to exist: a broken invariant throws rather than drawing garbage. */
export function itemAt<T>(list: ArrayLike<T>, i: number): T {
  const value = list[i];
  if (value === undefined) throw new RangeError(`No item at position ${i} of ${list.length}`);
  return value;
}
