import { useMediaQuery } from '../../components/useMediaQuery';
import './filters.css';

/** Below this width the filters column stacks above the views and starts closed (see app.css). */
export const NARROW_FILTERS = '(max-width: 899px)';

/**
 * The filters card as it first appears, closed on narrow screens, while the panel's code loads: the
 * same box, so nothing below it moves when the panel arrives.
 */
export function FiltersPlaceholder() {
  const narrow = useMediaQuery(NARROW_FILTERS);
  return (
    <section className="card filters-panel" aria-label="Filters" aria-busy="true">
      <div className="card-header filters-header">
        <h2 className="card-title">
          {narrow ? (
            <button type="button" className="filters-disclosure" aria-expanded={false} disabled>
              <svg className="disclosure-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                <path d="M5 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" />
              </svg>
              Filters
            </button>
          ) : (
            'Filters'
          )}
        </h2>
      </div>
    </section>
  );
}
