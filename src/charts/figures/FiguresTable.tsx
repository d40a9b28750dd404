import { useMemo, useState } from 'react';
import { useLookups } from '../../model/lookups';
import { useAppStore } from '../../state/store';
import { formatMoney, formatOriginal, formatUsd, usdBasisText } from '../../model/money';
import { sortRows } from './chartItems';
import { toggleCompared } from './comparison';
import type { FigureRow } from './figureRows';
import { sourceLine } from '../../model/provenance';

const PAGE = 100;

const SORT_WORDS = { value: 'by USD value, largest first', date: 'by date, oldest first', donor: 'by donor' };

/** Every filtered figure as a table: the accessible alternative to the charts, paged for large datasets. */
export function FiguresTable({ rows }: { rows: FigureRow[] }) {
  const sort = useAppStore((s) => s.view.sort);
  const selectedId = useAppStore((s) => s.selection.amountId);
  const compare = useAppStore((s) => s.selection.compare);
  const selectAmount = useAppStore((s) => s.selectAmount);
  const setCompare = useAppStore((s) => s.setCompare);
  const [limit, setLimit] = useState(PAGE);
  const sources = useLookups().sourcesById;
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const visible = sorted.slice(0, limit);

  return (
    <div className="fig-table">
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Figures table (scrolls)">
        <table className="data-table">
          <caption>
            {rows.length.toLocaleString('en-US')} {rows.length === 1 ? 'figure' : 'figures'}, sorted{' '}
            {SORT_WORDS[sort]}
            {visible.length < rows.length && ` (showing ${visible.length.toLocaleString('en-US')})`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col" className="num">
                Value
              </th>
              <th scope="col">Currency</th>
              <th scope="col" className="num">
                USD
              </th>
              <th scope="col" className="fig-col-wide">
                USD basis
              </th>
              <th scope="col">Date</th>
              <th scope="col">Donor</th>
              <th scope="col">Kind</th>
              <th scope="col">Stage</th>
              <th scope="col" className="fig-col-wide">
                Source
              </th>
              <th scope="col">Compare</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => {
              const { amount } = row;
              const citation = amount.citations[0];
              const compared = compare.includes(row.id);
              return (
                <tr
                  key={row.id}
                  data-amount-id={row.id}
                  className={row.id === selectedId ? 'fig-row-selected' : undefined}
                  aria-current={row.id === selectedId ? 'true' : undefined}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="fig-link-button"
                      onClick={() => {
                        selectAmount(row.id, amount.eventId);
                      }}
                    >
                      {amount.label}
                    </button>
                    {row.flags.length > 0 && (
                      <details className="fig-table-flags">
                        <summary>
                          <span aria-hidden="true">⚠ </span>
                          {row.flags.length === 1 ? '1 flag' : `${row.flags.length} flags`}
                        </summary>
                        {row.flags.map((flag) => (
                          <p key={flag.id} className="fig-table-flag">
                            {flag.message}
                          </p>
                        ))}
                      </details>
                    )}
                  </th>
                  <td className="num fig-nowrap">{formatOriginal(amount)}</td>
                  <td>{amount.currency}</td>
                  <td className="num fig-nowrap">
                    {amount.currency === 'USD' ? formatUsd(amount) : `≈ ${formatUsd(amount)}`}
                  </td>
                  <td>{usdBasisText(amount)}</td>
                  <td className="fig-nowrap">
                    <time dateTime={amount.date}>{amount.date}</time>
                    {amount.period !== undefined &&
                      amount.period !== amount.date &&
                      ` (for ${amount.period})`}
                  </td>
                  <td>{row.donorName}</td>
                  <td>{amount.kind}</td>
                  <td>
                    {amount.stage}
                    {amount.partOf != null && (
                      <span className="fig-table-part"> (part of a larger figure)</span>
                    )}
                  </td>
                  <td>
                    {citation === undefined ? '—' : sourceLine(sources.get(citation.source), citation.source)}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn fig-compare-btn"
                      aria-pressed={compared}
                      aria-label={`Compare ${amount.label} (${formatMoney(amount.usd, 'USD')})`}
                      onClick={() => {
                        setCompare(toggleCompared(compare, row.id));
                      }}
                    >
                      {compared ? 'Comparing' : 'Compare'}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {visible.length < rows.length && (
        <button
          type="button"
          className="btn fig-more"
          onClick={() => {
            setLimit((n) => n + PAGE);
          }}
        >
          Show {Math.min(PAGE, rows.length - visible.length)} more of{' '}
          {(rows.length - visible.length).toLocaleString('en-US')}
        </button>
      )}
    </div>
  );
}
