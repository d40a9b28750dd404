/** Bar charts of the money figures, in USD, with their table alternative. */
export function FiguresPanel() {
  return (
    <section className="card" aria-labelledby="figures-title">
      <div className="card-header">
        <h2 id="figures-title" className="card-title">
          Figures
        </h2>
      </div>
      <div className="card-body muted">The figures chart is not available yet.</div>
    </section>
  );
}
