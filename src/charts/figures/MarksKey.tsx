import { useId } from 'react';
import type { AmountKind, Flag } from '../../data/schema';
import { SEVERITY_WORDS } from './flagSeverities';
import type { FigureScale } from '../../state/viewSlice';
import { DotShape } from './DotShape';
import { BarPatterns, BarShape, barFill, FlagMarker, svgIdPrefix } from './marks';

const KIND_WORDS: Record<AmountKind, string> = {
  package: 'package',
  contract: 'contract',
  budget: 'state budget',
  total: 'running total',
};

const SAMPLE = { x: 1, y: 1, height: 10, highX: null, fill: 'var(--ink-3)', color: 'var(--ink-3)' } as const;

/** What the marks of the chart on show mean: they differ by view and by scale. */
export function MarksKey({
  view,
  scale,
  kinds,
  flags,
}: {
  view: 'bars' | 'time';
  scale: FigureScale;
  kinds: readonly AmountKind[];
  /** The severities flagged marks are drawn in (see drawnSeverities): one entry each. */
  flags: readonly Flag['severity'][];
}) {
  const prefix = svgIdPrefix(useId());
  const items =
    view === 'bars' ? (
      scale === 'linear' ? (
        <LinearBarItems prefix={prefix} kinds={kinds} />
      ) : (
        <LogDotItems />
      )
    ) : (
      <TimeItems scale={scale} />
    );
  return (
    <div className="fig-legend-row">
      <span className="fig-legend-label">Marks</span>
      <ul className="fig-legend-items fig-legend-list">
        {items}
        {flags.map((severity) => (
          <li key={severity}>
            <svg width="16" height="14" aria-hidden="true">
              <FlagMarker x={1} y={0} severity={severity} />
            </svg>
            flagged{flags.length > 1 ? ` (${SEVERITY_WORDS[severity]})` : ''}
            {view === 'time' ? ' (or ⚠ in a label)' : ''}: hover or focus for why
          </li>
        ))}
      </ul>
    </div>
  );
}

function LinearBarItems({ prefix, kinds }: { prefix: string; kinds: readonly AmountKind[] }) {
  return (
    <>
      {kinds.map((kind) => (
        <li key={kind}>
          <svg width="26" height="12" aria-hidden="true">
            <BarPatterns prefix={`${prefix}-${kind}`} pairs={[[kind, 'cumulative']]} />
            <BarShape
              {...SAMPLE}
              width={24}
              bound="exact"
              fill={barFill(`${prefix}-${kind}`, kind, 'cumulative')}
              outlined={kind === 'total'}
            />
          </svg>
          {KIND_WORDS[kind]}
        </li>
      ))}
      <li>
        <svg width="30" height="12" aria-hidden="true">
          <line x1="1" x2="28" y1="6" y2="6" stroke="var(--ink-3)" strokeWidth="1.5" />
          <line x1="28" x2="28" y1="3" y2="9" stroke="var(--ink-3)" strokeWidth="1.5" />
        </svg>
        the whole a part belongs to
      </li>
      <li>
        <svg width="30" height="12" aria-hidden="true">
          <BarShape {...SAMPLE} width={18} bound="lower" outlined={false} />
        </svg>
        more than
      </li>
      <li>
        <svg width="30" height="12" aria-hidden="true">
          <BarShape {...SAMPLE} width={24} bound="approximate" outlined={false} />
        </svg>
        about
      </li>
    </>
  );
}

function LogDotItems() {
  return (
    <>
      <li>
        <svg width="14" height="14" aria-hidden="true">
          <circle cx="7" cy="7" r="4.5" fill="var(--ink-3)" />
        </svg>
        a figure at its value (shape: stage)
      </li>
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <circle
            cx="8"
            cy="8"
            r="6"
            fill="none"
            stroke="var(--ink-3)"
            strokeWidth="1.5"
            strokeDasharray="2 2"
          />
        </svg>
        where the whole of a part is
      </li>
      <li>
        <svg width="28" height="16" aria-hidden="true">
          <DotShape cx={7} cy={8} stage="cumulative" bound="lower" boundX={13} range={null} />
        </svg>
        more than
      </li>
      <li>
        <svg width="20" height="20" aria-hidden="true">
          <DotShape cx={10} cy={10} stage="cumulative" bound="approximate" boundX={10} range={null} />
        </svg>
        about
      </li>
    </>
  );
}

function TimeItems({ scale }: { scale: FigureScale }) {
  return (
    <>
      <li>
        {scale === 'linear' ? (
          <svg width="12" height="22" aria-hidden="true">
            <line x1="6" x2="6" y1="6" y2="22" stroke="var(--ink-3)" strokeWidth="2" />
            <circle cx="6" cy="5" r="4" fill="var(--ink-3)" />
          </svg>
        ) : (
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="4.5" fill="var(--ink-3)" />
          </svg>
        )}
        {scale === 'linear' ? 'a stem from $0 to the value' : 'a figure at its value'} (shape: stage)
      </li>
      <li>
        <svg width="24" height="14" aria-hidden="true">
          <line x1="2" x2="22" y1="12" y2="2" stroke="var(--ink-3)" strokeDasharray="2 2" />
        </svg>
        a part, linked to its whole
      </li>
      <li>
        <svg width="12" height="22" aria-hidden="true">
          <path d="M1 8 L6 1 L11 8 Z" fill="var(--ink-3)" />
          <circle cx="6" cy="15" r="4" fill="var(--ink-3)" />
        </svg>
        more than
      </li>
      <li>
        <svg width="20" height="20" aria-hidden="true">
          <circle cx="10" cy="10" r="8" fill="none" stroke="var(--ink-3)" strokeDasharray="2 2" />
          <circle cx="10" cy="10" r="3.5" fill="var(--ink-3)" />
        </svg>
        about
      </li>
    </>
  );
}
