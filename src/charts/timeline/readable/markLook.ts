/** How the timeline's marks are styled: their sizes, and their paint on screen (by class) or in a file. */
import type { SVGAttributes } from 'react';
import type { Paint } from '../../../model/colors';

/** Sizes the layout was computed with; the text is drawn at the size it was measured at. */
export interface MarkStyle {
  glyph: number;
  /** Font size of labels, chips and lane names in px (12 or more). */
  fontSize: number;
  chipHeight: number;
}

export const defaultMarkStyle: MarkStyle = { glyph: 12, fontSize: 12, chipHeight: 16 };

export type Attributes = SVGAttributes<SVGElement>;

type LookRole =
  | 'laneBand'
  | 'laneName'
  | 'shadedLaneName'
  | 'title'
  | 'range'
  | 'chipRect'
  | 'chipText'
  | 'draftRect'
  | 'draftText'
  | 'clusterSpan'
  | 'clusterBack'
  | 'clusterFront'
  | 'clusterLabel';
export type Look = Record<LookRole, Attributes>;

/** On screen the stylesheet paints the marks by class. */
export const SCREEN_LOOK: Look = {
  laneBand: {},
  laneName: {},
  shadedLaneName: {},
  title: {},
  range: {},
  chipRect: {},
  chipText: {},
  draftRect: {},
  draftText: {},
  clusterSpan: {},
  clusterBack: {},
  clusterFront: {},
  clusterLabel: {},
};

/** timeline.css's rules for the marks, as attributes painted for a file. */
export function fileLook(paint: Paint): Look {
  const surface = paint('var(--surface)');
  const halo = { stroke: surface, strokeWidth: 3, strokeLinejoin: 'round', paintOrder: 'stroke' } as const;
  const chip = { fill: paint('var(--surface-2)'), stroke: paint('var(--line-strong)'), strokeWidth: 1 };
  return {
    laneBand: { fill: paint('var(--surface-2)') },
    laneName: { fill: paint('var(--ink-2)'), fontWeight: 650, ...halo },
    shadedLaneName: {
      fill: paint('var(--ink-2)'),
      fontWeight: 650,
      ...halo,
      stroke: paint('var(--surface-2)'),
    },
    title: { fill: paint('var(--ink)'), fontWeight: 500, ...halo },
    range: { fillOpacity: 0.28 },
    chipRect: chip,
    chipText: { fill: paint('var(--ink-2)') },
    draftRect: {
      ...chip,
      fill: paint('var(--warning-soft)'),
      stroke: paint('var(--warning)'),
      strokeDasharray: '3 2',
    },
    draftText: { fill: paint('var(--ink)'), fontWeight: 650 },
    clusterSpan: { stroke: paint('var(--ink-3)'), strokeWidth: 2 },
    clusterBack: { fill: paint('var(--ink-3)'), stroke: surface, strokeWidth: 1 },
    clusterFront: { fill: paint('var(--ink-2)'), stroke: surface, strokeWidth: 1 },
    clusterLabel: { fill: paint('var(--ink)'), fontWeight: 650, ...halo },
  };
}
