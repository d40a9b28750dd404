import type { ReactNode } from 'react';
import type { FigureMarkState } from './useFigureMarks';

interface FigureMarkProps {
  mark: FigureMarkState;
  className: string;
  /** The accessible name: what the figure is and its value. */
  label: string;
  /** Attributes the tests and the exports read (`data-usd`, …). */
  data?: Record<`data-${string}`, string | number | undefined>;
  children: ReactNode;
}

/** A figure's mark in either figures chart: a button in the chart's roving focus that selects the figure. */
export function FigureMark({ mark, className, label, data, children }: FigureMarkProps) {
  const { attach, row, active, selected, describedBy } = mark;
  return (
    <g
      ref={attach}
      className={className}
      role="button"
      tabIndex={active ? 0 : -1}
      aria-label={label}
      aria-current={selected ? 'true' : undefined}
      aria-describedby={describedBy}
      data-amount-id={row.id}
      {...data}
      onClick={mark.onSelect}
      onKeyDown={mark.onKeyDown}
      onFocus={mark.onFocus}
      onBlur={mark.onBlur}
      onPointerEnter={mark.onHover}
    >
      {children}
    </g>
  );
}
