/**
 * What the chart over time says about figures its time window leaves out, on screen and in every image:
 * one note naming the sections not drawn, or one line when the window holds no figure at all; and how
 * many drawn marks go without a value label.
 */
import type { TimeLayout } from './layoutTimePanels';
import { formatUsdBound } from '../../../model/money';
import { plural } from '../../../model/counts';

/** "Not drawn: running totals (4 figures), all dated outside this window.", or null when all are drawn. */
export function notDrawnNote(notDrawn: TimeLayout['notDrawn']): string | null {
  if (notDrawn.length === 0) return null;
  const parts = notDrawn.map((s) => `${s.heading.toLowerCase()} (${plural(s.count, 'figure')})`);
  const all = notDrawn.reduce((n, s) => n + s.count, 0);
  return `Not drawn: ${parts.join(', ')}, ${all === 1 ? 'dated' : 'all dated'} outside this window.`;
}

/** The line that replaces the panels when none has a figure in the window. */
export function noFiguresLine(outside: number): string {
  return outside === 0
    ? 'No figures to draw.'
    : `No figures in this window: the ${plural(outside, 'figure')} shown are dated outside it.`;
}

/**
 * "4 figures are too small at this scale for their stems to show above $0.", or null when every stem
 * shows: on a linear scale the panels share, a figure far below the largest sits on the $0 line.
 */
export function hiddenStemsNote(hiddenStems: number): string | null {
  if (hiddenStems === 0) return null;
  return hiddenStems === 1
    ? '1 figure is too small at this scale for its stem to show above $0.'
    : `${plural(hiddenStems, 'figure')} are too small at this scale for their stems to show above $0.`;
}

/** How many unlabelled values a note names before it counts the rest. */
const NAMED = 2;

/**
 * "Not labelled where marks crowd: NATO firm ammunition orders, Sep 2023, $1.54B. The table lists it.",
 * naming the first two marks of `layout` without a label and counting the rest, or null when every drawn
 * mark has its label; `where` names what lists them (the table on screen, the CSV export in a file).
 */
export function unlabelledNote(layout: Pick<TimeLayout, 'panels'>, where: string): string | null {
  const marks = layout.panels.flatMap((p) => p.marks).filter((m) => m.label === null);
  if (marks.length === 0) return null;
  const named = marks
    .slice(0, NAMED)
    .map(({ entry: { row } }) => `${row.title}, ${formatUsdBound(row.amount)}`);
  const rest = marks.length - named.length;
  const more = rest === 0 ? '' : `; and ${plural(rest, 'more value')}`;
  const it = marks.length === 1 ? 'lists it' : 'lists them';
  return `Not labelled where marks crowd: ${named.join('; ')}${more}. ${capitalize(where)} ${it}.`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
