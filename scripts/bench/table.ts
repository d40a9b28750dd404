import type { BudgetOutcome } from './budgets';
import type { BenchResult, Unit } from './results';

const HEADER = ['Measure', 'Median / p50', 'p95', 'Min', 'Max', 'Spread', 'Runs', 'Budget'];
const NOT_MEASURED = 'not measured: ';

export function formatValue(value: number, unit: Unit): string {
  if (unit === 'bytes') return `${(value / 1024).toFixed(1)} KB`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (unit === 'elements') return `${Math.round(value).toLocaleString('en-US')} elements`;
  if (value < 10) return `${value.toFixed(2)} ms`;
  if (value < 100) return `${value.toFixed(1)} ms`;
  return `${Math.round(value).toLocaleString('en-US')} ms`;
}

/** How far apart the runs were: (max - min) / median, in percent; blank for a single run. */
export function spread(min: number, max: number, median: number): string {
  if (max === min || median === 0) return '';
  return `${Math.round(((max - min) / median) * 100)}%`;
}

function budgetCell(outcomes: readonly BudgetOutcome[]): string {
  return outcomes
    .map((o) => {
      const { budget } = o;
      const target = `${budget.stat} < ${formatValue(budget.limit, budget.unit)}`;
      if (o.status === 'met') return `${target}: met`;
      if (o.status === 'missed') return `${target}: MISSED by ${formatValue(o.over, budget.unit)}`;
      return `${target}: not measured`;
    })
    .join('; ');
}

/** One row per measure: the statistics, or "not measured: why", and how it stands against its budgets. */
export function tableRows(results: readonly BenchResult[], outcomes: readonly BudgetOutcome[]): string[][] {
  return results.map((r) => {
    const budget = budgetCell(outcomes.filter((o) => o.budget.id === r.id));
    if (r.status === 'not-measured')
      return [r.label, `${NOT_MEASURED}${r.reason}`, '', '', '', '', '', budget];
    const { stats, unit } = r;
    const runs = stats.samples === undefined ? String(stats.runs) : `${stats.runs} (${stats.samples} steps)`;
    return [
      r.label,
      formatValue(stats.median, unit),
      stats.p95 === undefined ? '' : formatValue(stats.p95, unit),
      formatValue(stats.min, unit),
      formatValue(stats.max, unit),
      spread(stats.min, stats.max, stats.median),
      runs,
      budget,
    ];
  });
}

/**
 * A plain-text table for the terminal; cells longer than `maxCell` wrap onto extra lines, and a "not
 * measured" reason runs over the empty statistics columns beside it.
 */
export function textTable(rows: readonly string[][], maxCell = 60): string {
  const measuredRows = rows.filter((row) => !(row[1] ?? '').startsWith(NOT_MEASURED));
  const widths = HEADER.map((_, c) =>
    Math.min(maxCell, Math.max(...[HEADER, ...measuredRows].map((row) => (row[c] ?? '').length))),
  );
  const wrap = (text: string, width: number): string[] => {
    const out: string[] = [];
    for (let rest = text; rest.length > 0 || out.length === 0; rest = rest.slice(width)) {
      out.push(rest.slice(0, width));
    }
    return out;
  };
  const lines: string[] = [];
  const print = (cells: string[][], cellWidths: number[]) => {
    const height = Math.max(...cells.map((cell) => cell.length));
    for (let l = 0; l < height; l++)
      lines.push(
        cells
          .map((cell, c) => (cell[l] ?? '').padEnd(cellWidths[c] ?? 0))
          .join('  ')
          .trimEnd(),
      );
  };
  print(
    widths.map((w, c) => wrap(HEADER[c] ?? '', w)),
    widths,
  );
  lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) {
    if ((row[1] ?? '').startsWith(NOT_MEASURED)) {
      // Label, the reason over the six statistics columns, then the budget.
      const spanned = widths.slice(1, 7).reduce((sum, w) => sum + w + 2, -2);
      const spanWidths = [widths[0] ?? 0, spanned, widths[7] ?? 0];
      const cells = [row[0] ?? '', row[1] ?? '', row[7] ?? ''];
      print(
        cells.map((cell, c) => wrap(cell, spanWidths[c] ?? 0)),
        spanWidths,
      );
    } else {
      print(
        widths.map((w, c) => wrap(row[c] ?? '', w)),
        widths,
      );
    }
  }
  return lines.join('\n');
}

/** One line per budget, for the terminal: met, MISSED with the value against the limit, or UNKNOWN and why. */
export function budgetLines(outcomes: readonly BudgetOutcome[]): string[] {
  return outcomes.map((o) => {
    const { budget } = o;
    const head = `${budget.target} (${budget.id}, ${budget.stat})`;
    if (o.status === 'met') return `  met      ${head}`;
    if (o.status === 'missed')
      return `  MISSED   ${head}: ${formatValue(o.value, budget.unit)} against ${formatValue(budget.limit, budget.unit)}`;
    return `  UNKNOWN  ${head}: not measured (${o.reason})`;
  });
}

/** The same table in Markdown, for the README. */
export function markdownTable(rows: readonly string[][], header: readonly string[] = HEADER): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const line = (row: readonly string[]) => `| ${row.map(escape).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
