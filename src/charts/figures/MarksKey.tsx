import type { MarksKeyItem } from './marksKeyItems';

/**
 * What the marks of the chart on show mean, from the same items as an exported image's key: only the
 * encodings drawn. The stages are keyed by the stage buttons above, so they are not repeated here.
 */
export function MarksKey({ items }: { items: readonly MarksKeyItem[] }) {
  const shown = items.filter((item) => !item.id.startsWith('stage-'));
  if (shown.length === 0) return null;
  return (
    <div className="fig-legend-row fig-marks-key" data-testid="marks-key">
      <span className="fig-legend-label">Marks</span>
      <ul className="fig-legend-items fig-legend-list">
        {shown.map((item) => (
          <li key={item.id} data-key={item.id}>
            <svg width="26" height="14" overflow="visible" aria-hidden="true">
              {item.swatch}
            </svg>
            {item.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
