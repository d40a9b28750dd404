/** How many figures the charts draw at most; the table lists every figure. */

/** Rows of the sections chart, so it stays readable and fast. */
export const CHART_ROW_LIMIT = 40;

/** Marks of the chart over time. */
export const TIME_MARK_LIMIT = 300;
