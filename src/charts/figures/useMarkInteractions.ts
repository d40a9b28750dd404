import { useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../../state/store';
import { useRovingFocus } from '../../components/useRovingFocus';
import type { FigureRow } from './figureRows';
import { useFigureKeyDown } from './figureKeys';

/** What every figures chart knows of a drawn mark: its key and the figure it stands for. */
interface DrawnFigure {
  key: string;
  entry: { row: FigureRow };
}

/** The props a figure mark takes to be focused, selected, compared, hovered and described by the tooltip. */
export interface MarkInteractionProps {
  index: number;
  active: boolean;
  selected: boolean;
  compared: boolean;
  describedBy: string | undefined;
  refAt: (index: number) => (node: HTMLOrSVGElement | null) => void;
  onKeyDown: (event: KeyboardEvent, index: number, row: FigureRow) => void;
  onSelect: (row: FigureRow) => void;
  onFocusMark: () => void;
  onBlurMark: () => void;
  onHover: () => void;
}

/**
 * The behaviour shared by the figures charts' marks: one tab stop with arrow keys, a tooltip shown on
 * hover or focus (focus wins), selection and comparison from the store.
 */
export function useMarkInteractions<T extends DrawnFigure>(marks: readonly T[], tipId: string) {
  const selectedId = useAppStore((s) => s.selection.amountId);
  const compare = useAppStore((s) => s.selection.compare);
  const selectAmount = useAppStore((s) => s.selectAmount);
  const roving = useRovingFocus(marks.length);
  const [tip, setTip] = useState<{ key: string; via: 'hover' | 'focus' } | null>(null);
  const tipMark = tip === null ? undefined : marks.find((m) => m.key === tip.key);
  const onKeyDown = useFigureKeyDown(roving.navigate, () => {
    setTip(null);
  });

  /** The props of the mark at `index` in `marks` (the plots know each mark's position as they draw it). */
  const interactionsOf = (mark: T, index: number): MarkInteractionProps => {
    return {
      index,
      active: index === roving.active,
      selected: mark.entry.row.id === selectedId,
      compared: compare.includes(mark.entry.row.id),
      describedBy: tip?.key === mark.key ? tipId : undefined,
      refAt: roving.refAt,
      onKeyDown,
      onSelect: (row) => {
        selectAmount(row.id, row.amount.eventId);
      },
      onFocusMark: () => {
        roving.setActive(index);
        setTip({ key: mark.key, via: 'focus' });
      },
      onBlurMark: () => {
        setTip((t) => (t?.via === 'focus' ? null : t));
      },
      onHover: () => {
        setTip((t) => (t?.via === 'focus' ? t : { key: mark.key, via: 'hover' }));
      },
    };
  };

  const hideHoverTip = () => {
    setTip((t) => (t?.via === 'hover' ? null : t));
  };

  return { interactionsOf, tipMark, hideHoverTip };
}
