/** Details and sources of the selected event or figure. */
export function DetailsPanel() {
  return (
    <aside className="card details-panel" aria-labelledby="details-title">
      <div className="card-header">
        <h2 id="details-title" className="card-title">
          Details
        </h2>
      </div>
      <div className="card-body muted">Select an event or a figure to see its sources.</div>
    </aside>
  );
}
