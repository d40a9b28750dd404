import { useState, type KeyboardEvent } from 'react';
import { useRovingFocus } from '../../components/useRovingFocus';
import { useAppStore } from '../../state/store';
import { useFigureKeyDown } from './figureKeys';
import type { FigureRow } from './figureRows';

/** Everything a figure's mark needs to be a focusable, selectable button with a tooltip. */
export interface FigureMarkState {
  row: FigureRow;
  /** The one mark of the chart in the tab order. */
  active: boolean;
  selected: boolean;
  compared: boolean;
  /** The tooltip's id while it describes this mark. */
  describedBy: string | undefined;
  /** Gives the roving focus the mark's node. */
  attach: (node: HTMLOrSVGElement | null) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onSelect: () => void;
  onFocus: () => void;
  onBlur: () => void;
  onHover: () => void;
}

interface Tip {
  key: string;
  via: 'hover' | 'focus';
}

/**
 * The marks of a figures chart, as one roving tab stop: which is active, selected or compared, and which
 * one the tooltip shows (the focused mark's, else the hovered one's).
 */
export function useFigureMarks(count: number, tipId: string) {
  const roving = useRovingFocus(count);
  const [tip, setTip] = useState<Tip | null>(null);
  const selectedId = useAppStore((s) => s.selection.amountId);
  const compare = useAppStore((s) => s.selection.compare);
  const selectAmount = useAppStore((s) => s.selectAmount);
  const onKeyDown = useFigureKeyDown(roving.navigate, () => {
    setTip(null);
  });

  const markState = (index: number, key: string, row: FigureRow): FigureMarkState => ({
    row,
    active: index === roving.active,
    selected: row.id === selectedId,
    compared: compare.includes(row.id),
    describedBy: tip?.key === key ? tipId : undefined,
    attach: roving.refAt(index),
    onKeyDown: (event) => {
      onKeyDown(event, index, row);
    },
    onSelect: () => {
      selectAmount(row.id, row.amount.eventId);
    },
    onFocus: () => {
      roving.setActive(index);
      setTip({ key, via: 'focus' });
    },
    onBlur: () => {
      setTip((t) => (t?.via === 'focus' ? null : t));
    },
    onHover: () => {
      setTip((t) => (t?.via === 'focus' ? t : { key, via: 'hover' }));
    },
  });

  /** The pointer left the chart: a tooltip it opened goes, one the keyboard opened stays. */
  const onPointerLeave = () => {
    if (tip?.via === 'hover') setTip(null);
  };

  return { tipKey: tip?.key ?? null, markState, onPointerLeave };
}
