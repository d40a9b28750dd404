/** Rows per page of the timeline table. */
export const PAGE_SIZE = 50;

export interface Page {
  /** Zero-based page number, clamped to the pages there are. */
  page: number;
  pages: number;
  /** Row positions [from, to) on this page. */
  from: number;
  to: number;
}

/** The rows of a page, with the page number clamped so that a shrinking list never shows an empty page. */
export function pageOf(rowCount: number, page: number, pageSize = PAGE_SIZE): Page {
  const pages = Math.max(1, Math.ceil(rowCount / pageSize));
  const current = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  return { page: current, pages, from: current * pageSize, to: Math.min(rowCount, (current + 1) * pageSize) };
}

/** The page that holds a row. */
export function pageOfRow(row: number, pageSize = PAGE_SIZE): number {
  return Math.floor(Math.max(0, row) / pageSize);
}
