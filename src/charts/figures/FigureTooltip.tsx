import { useLookups } from '../../model/lookups';
import { formatAmountLabel, usdBasisText } from '../../model/money';
import type { FigureRow } from './figureRows';
import { sourceLine } from '../../model/provenance';

const MAX_QUOTE = 240;
const MAX_FLAG = 150;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max).trimEnd()}… (more in the details)` : text;
}
const TIP_WIDTH = 340;

interface FigureTooltipProps {
  id: string;
  row: FigureRow;
  /** Anchor point in the chart's coordinates, and the chart width for clamping. */
  x: number;
  y: number;
  chartWidth: number;
  /** Below the anchor, or above it (for marks low in the chart, so the tip stays inside). */
  placement: 'below' | 'above';
}

/** The quote, source, USD basis and flags of a figure, shown on hover and on focus. */
export function FigureTooltip({ id, row, x, y, chartWidth, placement }: FigureTooltipProps) {
  const sources = useLookups().sourcesById;
  const { amount } = row;
  const citation = amount.citations[0];
  const quote = citation === undefined ? '' : clip(citation.quote, MAX_QUOTE);
  const width = Math.min(TIP_WIDTH, Math.max(160, chartWidth - 16));
  const left = Math.min(Math.max(8, x - 24), Math.max(8, chartWidth - width - 8));
  return (
    <div
      id={id}
      role="tooltip"
      className={`fig-tooltip fig-tooltip-${placement}`}
      style={{ left, top: y, width }}
    >
      <p className="fig-tooltip-title">{row.title}</p>
      <p className="fig-tooltip-value">{formatAmountLabel(amount)}</p>
      <p className="fig-tooltip-meta">
        {amount.stage} · {amount.kind} · {row.donorName}
        {row.recipientName !== null && ` → ${row.recipientName}`}
      </p>
      <p className="fig-tooltip-meta">USD: {usdBasisText(amount)}</p>
      {citation !== undefined && (
        <blockquote className="fig-tooltip-quote">
          <p>“{quote}”</p>
          <footer>— {sourceLine(sources.get(citation.source), citation.source)}</footer>
        </blockquote>
      )}
      {row.flags.map((flag) => (
        <p key={flag.id} className="fig-tooltip-flag">
          <span aria-hidden="true">⚠ </span>
          {clip(flag.message, MAX_FLAG)}
        </p>
      ))}
    </div>
  );
}
