import type { Paint } from '../model/colors';
import type { ChartDrawing } from './chartDrawing';

const SENTENCE_HEIGHT = 28;

/**
 * A chart with nothing to draw, drawn as one plain sentence ("No events to draw."): no empty axis or
 * panel whose dates or values would mean nothing, and no key.
 */
export function sentenceDrawing(text: string, paint: Paint): ChartDrawing {
  return {
    height: SENTENCE_HEIGHT,
    element: (
      <text className="image-nothing-drawn" x={0} y={18} fontSize={14} fill={paint('var(--ink-2)')}>
        {text}
      </text>
    ),
    key: [],
    events: [],
    amounts: [],
    notes: [],
  };
}
