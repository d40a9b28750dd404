export type ExportTarget = 'timeline' | 'figures' | 'figures-time' | 'dashboard';

/** The export menu of one chart, or of the whole dashboard. */
export function ExportMenu({ target }: { target: ExportTarget }) {
  return (
    <button type="button" className="btn" disabled aria-label={`Export ${target} (not available yet)`}>
      Export
    </button>
  );
}
