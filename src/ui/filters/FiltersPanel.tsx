/** Filters by actor, kind, stage, date and text. */
export function FiltersPanel() {
  return (
    <section className="card filters-panel" aria-labelledby="filters-title">
      <div className="card-header">
        <h2 id="filters-title" className="card-title">
          Filters
        </h2>
      </div>
      <div className="card-body muted">Filters are not available yet.</div>
    </section>
  );
}
