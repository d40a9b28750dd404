import type { ReactElement } from 'react';
import { BarPatterns, BarShape, barFill, FlagMarker, StageGlyph } from './marks';
import { drawnSeverities, SEVERITY_WORDS } from './flagSeverities';
import { DotShape } from './DotShape';
import { TimeBound } from './TimeMark';
import type { FigureRow } from './figureRows';
import type { AmountKind, Bound } from '../../data/schema';
import { AMOUNT_KINDS, AMOUNT_STAGES, BOUNDS } from '../../data/vocabulary';
import type { Paint } from '../../model/colors';
import type { FigureScale } from '../../state/viewSlice';
import type { FigureGeom } from './honest/layoutFigureRow';
import type { TimeMarkGeom } from './honest/layoutTimePanels';

/** One entry of the key of a figures chart, with the swatch that shows it (drawn in a 26 × 14 box at the origin). */
export interface MarksKeyItem {
  id: string;
  label: string;
  swatch: ReactElement;
}

/**
 * How a figures chart draws a value: bars from zero or dots on a log axis (sections), stems from zero or
 * dots on a log axis at a date (over time: bounds drawn above and below, parts linked to their whole).
 */
export type FigureMarkType = 'bar' | 'dot' | 'stem' | 'time-dot';

/** Where a time mark's glyph sits in its swatch, and at what size, so its bound stays in the 26 × 14 box. */
const TIME_SWATCH: Record<Bound, string> = {
  exact: 'translate(13,7) scale(0.8)',
  // A bound's arrow and glyph take 23 px upright; at 0.75 they reach a little past the 14 px box, into
  // the gap between key rows, and the arrow stays big enough to read at 1x.
  lower: 'translate(13,13) scale(0.75)',
  upper: 'translate(13,1) scale(0.75)',
  approximate: 'translate(13,7) scale(0.8)',
};

const KIND_WORDS: Record<AmountKind, string> = {
  package: 'package',
  contract: 'contract',
  budget: 'state budget',
  total: 'running total',
};

/** How a key is drawn: its pattern ids, its colours, and where a flag is explained. */
export interface KeyUses {
  prefix: string;
  paint: Paint;
  flagsExplained: 'on hover' | 'in the notes';
}

/** The key of the figures drawn in sections (bars from zero, or dots on a log scale). */
export function sectionsKeyItems(figures: readonly FigureGeom[], scale: FigureScale, uses: KeyUses) {
  return marksKeyItems(
    figures.map((f) => f.entry.row),
    scale === 'linear' ? 'bar' : 'dot',
    { ...uses, wholes: figures.some((f) => f.whole !== null) },
  );
}

/** The key of the figures drawn at their dates (stems from zero, or dots on a log scale). */
export function timePanelsKeyItems(marks: readonly TimeMarkGeom[], scale: FigureScale, uses: KeyUses) {
  return marksKeyItems(
    marks.map((m) => m.entry.row),
    scale === 'linear' ? 'stem' : 'time-dot',
    { ...uses, wholes: marks.some((m) => m.link !== null) },
  );
}

/**
 * What the marks drawn for `rows` mean: the stages, kinds (bars), bounds, wholes and flags used, and only
 * those. The screen and the image keys are both these items; they differ in where a flag is explained
 * (`flagsExplained`: on hover and focus, or in the image's notes).
 */
export function marksKeyItems(
  rows: readonly FigureRow[],
  type: FigureMarkType,
  uses: KeyUses & { wholes: boolean },
): MarksKeyItem[] {
  const { paint } = uses;
  const grey = paint('var(--ink-3)');
  const stages = new Set(rows.map((r) => r.amount.stage));
  const bounds = new Set(rows.map((r) => r.amount.bound));
  const kinds = new Set(rows.map((r) => r.amount.kind));
  const items: MarksKeyItem[] = AMOUNT_STAGES.filter((s) => stages.has(s)).map((stage) => ({
    id: `stage-${stage}`,
    label: stage,
    swatch: <StageGlyph stage={stage} x={13} y={7} size={type === 'bar' ? 48 : 72} paint={paint} />,
  }));
  if (type === 'bar' && kinds.size > 1) {
    for (const kind of AMOUNT_KINDS.filter((k) => kinds.has(k))) {
      const prefix = `${uses.prefix}-key-${kind}`;
      items.push({
        id: `kind-${kind}`,
        label: KIND_WORDS[kind],
        swatch: (
          <g>
            <BarPatterns prefix={prefix} pairs={[[kind, 'cumulative']]} paint={paint} />
            <BarShape
              x={1}
              y={2}
              width={24}
              height={10}
              highX={null}
              bound="exact"
              fill={barFill(prefix, kind, 'cumulative', paint)}
              color={grey}
              outlined={kind === 'total'}
            />
          </g>
        ),
      });
    }
  }
  if (type === 'stem') {
    items.push({
      id: 'stem',
      label: 'a stem from $0 to the value',
      swatch: <line x1={13} x2={13} y1={1} y2={14} stroke={grey} strokeWidth={2} />,
    });
  }
  for (const bound of BOUNDS.filter((b) => b !== 'exact' && bounds.has(b))) {
    const label = bound === 'lower' ? 'more than' : bound === 'upper' ? 'less than' : 'about';
    items.push({
      id: `bound-${bound}`,
      label,
      swatch:
        type === 'bar' ? (
          <BarShape
            x={1}
            y={2}
            width={bound === 'approximate' ? 24 : 15}
            height={10}
            highX={null}
            bound={bound}
            fill={grey}
            color={grey}
            outlined={false}
          />
        ) : type === 'stem' || type === 'time-dot' ? (
          <g transform={TIME_SWATCH[bound]}>
            <TimeBound x={0} y={0} bound={bound} color={grey} />
            <StageGlyph stage="cumulative" x={0} y={0} size={72} paint={paint} />
          </g>
        ) : (
          <DotShape
            cx={bound === 'upper' ? 17 : 7}
            cy={7}
            stage="cumulative"
            bound={bound}
            boundX={bound === 'upper' ? 11 : 13}
            range={null}
            paint={paint}
          />
        ),
    });
  }
  // Over time a figure is drawn at its value only, without its range: the key offers none.
  if ((type === 'bar' || type === 'dot') && rows.some((r) => r.usdHigh !== null)) {
    items.push({
      id: 'range',
      label: 'a range: the value to its upper end',
      swatch: (
        <g stroke={grey} strokeWidth={2}>
          <line x1={3} x2={23} y1={7} y2={7} />
          <line x1={23} x2={23} y1={2} y2={12} />
        </g>
      ),
    });
  }
  if (uses.wholes) {
    items.push(
      type === 'bar'
        ? {
            id: 'whole',
            label: 'the whole a part belongs to',
            swatch: (
              <g stroke={grey} strokeWidth={1.5}>
                <line x1={1} x2={24} y1={7} y2={7} />
                <line x1={24} x2={24} y1={4} y2={10} />
              </g>
            ),
          }
        : type === 'dot'
          ? {
              id: 'whole',
              label: 'where the whole of a part is',
              swatch: (
                <g stroke={grey} strokeWidth={1.5}>
                  <line x1={13} x2={13} y1={1} y2={13} />
                  <line x1={10} x2={16} y1={1} y2={1} />
                  <line x1={10} x2={16} y1={13} y2={13} />
                </g>
              ),
            }
          : {
              id: 'whole',
              label: 'a part, linked to its whole',
              swatch: <line x1={2} x2={24} y1={13} y2={1} stroke={grey} strokeDasharray="2 2" />,
            },
    );
  }
  // A flagged mark is drawn in the colour of its first flag's severity: one entry per colour drawn.
  const severities = drawnSeverities(rows);
  for (const severity of severities) {
    const which = severities.length > 1 ? ` (${SEVERITY_WORDS[severity]})` : '';
    items.push({
      id: severities.length > 1 ? `flag-${severity}` : 'flag',
      label: `flagged${which}: ${uses.flagsExplained === 'on hover' ? 'hover or focus for why' : 'see the notes'}`,
      swatch: <FlagMarker x={6} y={0} severity={severity} paint={paint} />,
    });
  }
  return items;
}
