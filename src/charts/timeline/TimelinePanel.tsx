/** The zoomable timeline of events, with its overview and table alternative. */
export function TimelinePanel() {
  return (
    <section className="card" aria-labelledby="timeline-title">
      <div className="card-header">
        <h2 id="timeline-title" className="card-title">
          Timeline
        </h2>
      </div>
      <div className="card-body muted">The timeline is not available yet.</div>
    </section>
  );
}
