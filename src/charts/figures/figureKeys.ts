import type { KeyboardEvent } from 'react';

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
