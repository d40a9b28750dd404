export function Footer() {
  return (
    <footer className="app-footer">
      <p>
        Every event and figure cites a verbatim quote from its source article. Figures are converted to US
        dollars with the conversion written in the text, or a dated published exchange rate, and the basis is
        shown.
      </p>
      <p>
        <a href="./data/dataset.json">Dataset (JSON)</a> ·{' '}
        <a href="./data/dataset.schema.json">JSON Schema</a>
      </p>
    </footer>
  );
}
