/** A label box to stack: its horizontal extent and how many rows it takes. */
export interface StackItem {
  x0: number;
  x1: number;
  /** Height in rows (at least 1). */
  rows: number;
  /** Whether the item must sit below the previous item (the next event of the same date stack). */
  below: boolean;
}

export interface Stacked {
  /** The top row of each item. */
  rows: Int32Array;
  /** Rows used: one past the bottom of the lowest item. */
  used: number;
}

/**
 * Stacks boxes in rows as vis-timeline's `performStacking` does: items are taken in time order, and each
 * goes in the top-most rows where it collides with no box placed before it (at least `gap` px apart),
 * below the previous item when it continues a date stack. Returns null when an item would need more than
 * `maxRows` rows: the caller then draws a coarser level of detail. Each row keeps only the right edge of
 * its boxes, so a step costs O(rows); an item left of a row's right edge never goes in that row (when
 * items come in order of their left edges, that is exactly the collision test).
 */
export function stackRows(items: readonly StackItem[], maxRows: number, gap: number): Stacked | null {
  const stack = new RowStack(maxRows, gap);
  const rows = new Int32Array(items.length);
  for (const [i, item] of items.entries()) {
    const row = stack.place(item);
    if (row === null) return null;
    rows[i] = row;
  }
  return { rows, used: stack.used };
}

/** The state of `stackRows` between items, so that a caller can stop at the first item that does not fit. */
export class RowStack {
  /** Rows used so far. */
  used = 0;
  /** Right edge of each row's boxes; grown as rows are used (`maxRows` may be Infinity). */
  private readonly right: number[] = [];
  private previousBottom = 0;

  constructor(
    private readonly maxRows: number,
    private readonly gap: number,
  ) {}

  /** Places an item and returns its top row, or null when it would need more than `maxRows` rows. */
  place(item: StackItem): number | null {
    const height = Math.max(1, item.rows);
    let row = item.below ? this.previousBottom : 0;
    for (;;) {
      if (row + height > this.maxRows) return null;
      let blocked = -1;
      for (let r = row; r < row + height; r++) {
        if ((this.right[r] ?? -Infinity) + this.gap > item.x0) {
          blocked = r;
          break;
        }
      }
      if (blocked < 0) break;
      row = blocked + 1;
    }
    for (let r = row; r < row + height; r++) this.right[r] = Math.max(this.right[r] ?? -Infinity, item.x1);
    this.previousBottom = row + height;
    this.used = Math.max(this.used, this.previousBottom);
    return row;
  }
}
