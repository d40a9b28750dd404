import { memo } from 'react';
import { InferredMark, KindGlyph, RangeSwatch } from './KindGlyph';
import type { LegendContent } from './useLegendContent';
import { KIND_LABELS } from '../../model/eventKinds';

/** What the shapes, colours and marks of the timeline mean: only those the chart draws. */
export const TimelineLegend = memo(function TimelineLegend({
  kinds,
  drafts,
  inferred,
  ranges,
  clusters,
  invasion,
}: LegendContent & {
  /** Whether the chart draws clusters ("+ N more") at its current zoom. */
  clusters: boolean;
  /** Whether the invasion's date is drawn: it is inside the dataset's span, which the overview shows. */
  invasion: boolean;
}) {
  return (
    <div className="tl-legend inset-box" role="group" aria-label="Legend">
      <ul className="tl-legend-list" aria-label="Kinds of event">
        {kinds.map((kind) => (
          <li key={kind}>
            <KindGlyph kind={kind} /> {KIND_LABELS[kind]}
          </li>
        ))}
      </ul>
      <ul className="tl-legend-list" aria-label="How marks are drawn">
        {inferred && (
          <li>
            <svg width={16} height={16} viewBox="-8 -8 16 16" aria-hidden="true">
              <InferredMark />
            </svg>
            Hollow glyph: date inferred
          </li>
        )}
        {ranges && (
          <li>
            <svg width={26} height={12} aria-hidden="true">
              <RangeSwatch y={1.5} />
            </svg>
            Bar: date known only to the week, month or year
          </li>
        )}
        {clusters && (
          <li>
            <svg width={16} height={14} aria-hidden="true">
              <rect
                className="tl-cluster-glyph tl-cluster-glyph-back"
                x={4}
                y={1}
                width={10}
                height={10}
                rx={2}
              />
              <rect className="tl-cluster-glyph" x={2} y={3} width={10} height={10} rx={2} />
            </svg>
            “+ N more”: events too close to draw apart; select to list them
          </li>
        )}
        {drafts && (
          <li>
            <span className="tl-draft-mark">draft</span> Not yet reviewed by a curator
          </li>
        )}
        {invasion && (
          <li>
            <svg width={10} height={16} aria-hidden="true">
              <path d="M5,1V15" stroke="var(--invasion)" strokeWidth={1.5} strokeDasharray="4 2" />
            </svg>
            24 Feb 2022: full-scale invasion
          </li>
        )}
      </ul>
    </div>
  );
});
