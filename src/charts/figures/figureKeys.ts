import type { KeyboardEvent } from 'react';
import { useAppStore } from '../../state/store';
import { toggleCompared } from './comparison';
import type { FigureRow } from './figureRows';

export interface FigureKeyActions {
  select: () => void;
  toggleCompare: () => void;
  hideTip: () => void;
}

/**
 * The keys of a focused figure mark, in both figures charts: Enter or Space selects it (and its event),
 * C adds it to or takes it out of the comparison, Escape hides its tooltip.
 */
export function handleFigureKey(event: KeyboardEvent, actions: FigureKeyActions): void {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    actions.select();
  } else if (event.key === 'c' || event.key === 'C') {
    event.preventDefault();
    actions.toggleCompare();
  } else if (event.key === 'Escape') {
    actions.hideTip();
  }
}

/**
 * The keydown handler of a figures chart's marks: arrow keys move the roving focus, the other keys act on
 * the focused figure through the store.
 */
export function useFigureKeyDown(
  navigate: (event: KeyboardEvent, index: number) => boolean,
  hideTip: () => void,
): (event: KeyboardEvent, index: number, row: FigureRow) => void {
  const compare = useAppStore((s) => s.selection.compare);
  const selectAmount = useAppStore((s) => s.selectAmount);
  const setCompare = useAppStore((s) => s.setCompare);
  return (event, index, row) => {
    if (navigate(event, index)) return;
    handleFigureKey(event, {
      select: () => {
        selectAmount(row.id, row.amount.eventId);
      },
      toggleCompare: () => {
        setCompare(toggleCompared(compare, row.id));
      },
      hideTip,
    });
  };
}
