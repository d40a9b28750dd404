/**
 * What the chart over time says about figures its time window leaves out, on screen and in every image:
 * one note naming the sections not drawn, or one line when the window holds no figure at all; and how
 * many drawn marks go without a value label.
 */
import type { TimeLayout } from './layoutTimePanels';

const figures = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'figure' : 'figures'}`;

/** "Not drawn: running totals (4 figures), all dated outside this window.", or null when all are drawn. */
export function notDrawnNote(notDrawn: TimeLayout['notDrawn']): string | null {
  if (notDrawn.length === 0) return null;
  const parts = notDrawn.map((s) => `${s.heading.toLowerCase()} (${figures(s.count)})`);
  const all = notDrawn.reduce((n, s) => n + s.count, 0);
  return `Not drawn: ${parts.join(', ')}, ${all === 1 ? 'dated' : 'all dated'} outside this window.`;
}

/** The line that replaces the panels when none has a figure in the window. */
export function noFiguresLine(outside: number): string {
  return outside === 0
    ? 'No figures to draw.'
    : `No figures in this window: the ${figures(outside)} shown are dated outside it.`;
}

/**
 * "2 values are not labelled where marks crowd: the table lists them.", or null when every drawn mark
 * has its label; `where` names what lists them (the table on screen, the CSV export in a file).
 */
export function unlabelledNote(count: number, where: string): string | null {
  if (count === 0) return null;
  const values = count === 1 ? '1 value is' : `${count.toLocaleString('en-US')} values are`;
  return `${values} not labelled where marks crowd: ${where} ${count === 1 ? 'lists it' : 'lists them'}.`;
}
