import { useId, useMemo, useState } from 'react';
import { useDataset } from '../../data/DatasetContext';
import type { Source } from '../../data/schema';
import { datasetLookups } from '../../model/lookups';
import { figureDateParts, formatIsoDate, type DateParts } from '../../model/dates';
import { withoutSourceIds } from '../../model/provenance';
import { useAppStore } from '../../state/store';
import { formatMoney, formatOriginal, formatUsd, usdBasisText } from '../../model/money';
import { toggleCompared, withAside } from './comparison';
import type { FigureRow } from './figureRows';
import {
  ariaSort,
  compareForSort,
  FIRST_DIRECTION,
  nextSort,
  searchFigures,
  tableSortFor,
  type TableColumn,
  type TableSort,
} from './honest/figureTable';
import { partOfLine } from './honest/layoutSections';
import { placeFigures, type PlacedFigure } from './honest/placement';
import { sourceLine } from '../../model/provenance';
import { plural, wholeNumber } from '../../model/counts';

const PAGE = 100;

const SORT_WORDS: Record<TableColumn, [string, string]> = {
  figure: ['by figure, A to Z', 'by figure, Z to A'],
  usd: ['by USD value, smallest first', 'by USD value, largest first'],
  date: ['by date, oldest first', 'by date, newest first'],
  donor: ['by donor, A to Z', 'by donor, Z to A'],
  stage: ['by stage, announced to paid out', 'by stage, paid out to announced'],
  source: ['by source, A to Z', 'by source, Z to A'],
};

/** Every order the sort menu offers: each sortable column, its first direction first. */
const SORT_OPTIONS = (Object.keys(SORT_WORDS) as TableColumn[]).flatMap((column) => {
  const first = FIRST_DIRECTION[column];
  return [
    [column, first],
    [column, first === 'ascending' ? 'descending' : 'ascending'],
  ] as const;
});

/**
 * Every filtered figure as a table, in the chart's sections with each part under its whole: the
 * accessible alternative to the charts. Sortable columns, a search box, full length in the page (no
 * scroll box of its own), shown a hundred rows at a time; on a narrow screen each row is a stack of
 * labelled cells so no column is cut.
 */
export function FigureTable({ rows, byId }: { rows: FigureRow[]; byId: ReadonlyMap<string, FigureRow> }) {
  const dataset = useDataset();
  const viewSort = useAppStore((s) => s.view.sort);
  const selectedId = useAppStore((s) => s.selection.amountId);
  const compare = useAppStore((s) => s.selection.compare);
  const selectAmount = useAppStore((s) => s.selectAmount);
  const setCompare = useAppStore((s) => s.setCompare);
  const [sort, setSort] = useState<TableSort>(() => tableSortFor(viewSort));
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const searchId = useId();
  const sortId = useId();
  const sources = datasetLookups(dataset).sourcesById;
  const eventsById = datasetLookups(dataset).eventsById;

  const sourceName = useMemo(() => {
    const names = new Map(
      rows.map((row) => {
        const citation = row.amount.citations[0];
        return [
          row.id,
          citation === undefined ? '' : sourceLine(sources.get(citation.source), citation.source),
        ];
      }),
    );
    return (row: FigureRow) => names.get(row.id) ?? '';
  }, [rows, sources]);
  const found = useMemo(() => searchFigures(rows, query, sourceName), [rows, query, sourceName]);
  const placement = useMemo(
    () =>
      placeFigures(found, {
        compare: compareForSort(sort, sourceName),
        lookup: (id) => byId.get(id),
        limit,
      }),
    [found, sort, sourceName, byId, limit],
  );
  const [ascending, descending] = SORT_WORDS[sort.column];

  const header = (column: TableColumn, label: string, className?: string) => (
    <th scope="col" className={className} aria-sort={ariaSort(sort, column)}>
      <button
        type="button"
        className="fig-sort"
        onClick={() => {
          setSort((s) => nextSort(s, column));
        }}
      >
        {label}
        <span className="fig-sort-icon" aria-hidden="true">
          {sort.column !== column ? '↕' : sort.direction === 'ascending' ? '▲' : '▼'}
        </span>
      </button>
    </th>
  );

  return (
    <div className="fig-table">
      <div className="fig-table-tools">
        <div className="fig-table-field fig-table-field-search">
          <label htmlFor={searchId} className="fig-control-label">
            Search figures
          </label>
          <input
            id={searchId}
            type="search"
            className="fig-table-search"
            value={query}
            placeholder="Donor, label, currency, stage, source…"
            onChange={(e) => {
              setQuery(e.target.value);
              setLimit(PAGE);
            }}
          />
        </div>
        <div className="fig-table-field">
          <label htmlFor={sortId} className="fig-control-label">
            Sort
          </label>
          <select
            id={sortId}
            className="fig-table-sort"
            value={`${sort.column} ${sort.direction}`}
            onChange={(e) => {
              const [column, direction] = e.target.value.split(' ') as [TableColumn, TableSort['direction']];
              setSort({ column, direction });
            }}
          >
            {SORT_OPTIONS.map(([column, direction]) => (
              <option key={`${column} ${direction}`} value={`${column} ${direction}`}>
                {SORT_WORDS[column][direction === 'ascending' ? 0 : 1]}
              </option>
            ))}
          </select>
        </div>
        <p className="fig-table-count" role="status">
          {query.trim() === ''
            ? plural(rows.length, 'figure')
            : `${plural(found.length, 'figure')} of ${wholeNumber(rows.length)} match “${query.trim()}”`}
        </p>
      </div>
      <table className="data-table fig-data-table">
        <caption>
          Figures in USD by kind of number, each part under its whole; sorted{' '}
          {sort.direction === 'ascending' ? ascending : descending}
          {placement.shown < placement.total &&
            ` (showing ${wholeNumber(placement.shown)} of ${wholeNumber(placement.total)})`}
        </caption>
        <thead>
          <tr>
            {header('figure', 'Figure')}
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">Currency</th>
            {header('usd', 'USD', 'num')}
            {header('date', 'Date')}
            {header('donor', 'Donor')}
            <th scope="col">Kind</th>
            {header('stage', 'Stage')}
            <th scope="col">USD basis</th>
            {header('source', 'Source')}
            <th scope="col">Compare</th>
          </tr>
        </thead>
        {placement.sections.map((section) => (
          <tbody key={section.info.id} data-section={section.info.id}>
            <tr className="fig-table-section">
              <th scope="colgroup" colSpan={11}>
                {section.info.heading}{' '}
                <span className="fig-table-section-count">· {plural(section.total, 'figure')}</span>
                <span className="fig-table-section-note">{section.info.note}</span>
              </th>
            </tr>
            {section.entries.map((entry) => (
              <FigureTableRow
                key={entry.row.id}
                entry={entry}
                sourceName={sourceName(entry.row)}
                date={figureDateParts(entry.row.amount.date, eventsById.get(entry.row.amount.eventId))}
                sources={sources}
                selected={entry.row.id === selectedId}
                compared={compare.includes(entry.row.id)}
                onSelect={() => {
                  selectAmount(entry.row.id, entry.row.amount.eventId);
                }}
                onCompare={() => {
                  setCompare(toggleCompared(compare, entry.row.id));
                }}
              />
            ))}
          </tbody>
        ))}
      </table>
      {found.length === 0 && <p className="muted fig-empty">No figures match “{query.trim()}”.</p>}
      {placement.shown < placement.total && (
        <button
          type="button"
          className="btn fig-more"
          onClick={() => {
            setLimit((n) => n + PAGE);
          }}
        >
          Show {Math.min(PAGE, placement.total - placement.shown)} more of{' '}
          {wholeNumber(placement.total - placement.shown)}
        </button>
      )}
    </div>
  );
}

interface FigureTableRowProps {
  entry: PlacedFigure<FigureRow>;
  sourceName: string;
  /** The figure's date in words, as precisely as it is known. */
  date: DateParts;
  /** The dataset's sources, to name the articles a flag compares. */
  sources: ReadonlyMap<string, Source>;
  selected: boolean;
  compared: boolean;
  onSelect: () => void;
  onCompare: () => void;
}

function FigureTableRow({
  entry,
  sourceName,
  date,
  sources,
  selected,
  compared,
  onSelect,
  onCompare,
}: FigureTableRowProps) {
  const { row } = entry;
  const { amount } = row;
  const partOf = partOfLine(entry);
  return (
    <tr
      data-amount-id={row.id}
      data-depth={entry.depth}
      className={selected ? 'fig-row-selected' : undefined}
      aria-current={selected ? 'true' : undefined}
    >
      <th
        scope="row"
        style={entry.depth > 0 ? { paddingInlineStart: `${0.75 + entry.depth}rem` } : undefined}
      >
        <button type="button" className="fig-link-button" onClick={onSelect}>
          {amount.label}
        </button>
        {amount.draft === true && (
          <>
            {' '}
            <span className="fig-draft-tag">draft</span>
          </>
        )}
        {partOf !== null && <span className="fig-table-part">{partOf}</span>}
        {row.flags.length > 0 && (
          <details className="fig-table-flags">
            <summary>
              <span aria-hidden="true">⚠ </span>
              {row.flags.length === 1 ? '1 flag' : `${row.flags.length} flags`}
            </summary>
            {row.flags.map((flag) => (
              <p key={flag.id} className="fig-table-flag">
                {withoutSourceIds(flag.message, sources)}
              </p>
            ))}
          </details>
        )}
      </th>
      <td className="num fig-nowrap" data-label="Value">
        {formatOriginal(amount)}
      </td>
      <td data-label="Currency">{amount.currency}</td>
      <td className="num fig-nowrap" data-label="USD">
        {amount.currency === 'USD' ? formatUsd(amount) : `≈ ${formatUsd(amount)}`}
      </td>
      <td data-label="Date">
        {/* A date never breaks; "week of" may stand on a line above it. */}
        <time dateTime={amount.date}>
          {date.qualifier !== '' && `${date.qualifier} `}
          <span className="fig-date">{date.date}</span>
        </time>
        {amount.period !== undefined && amount.period !== amount.date && (
          <span className="fig-table-period">for {formatIsoDate(amount.period)}</span>
        )}
      </td>
      <td data-label="Donor">{row.donorName}</td>
      <td data-label="Kind">{amount.kind}</td>
      <td data-label="Stage">{amount.stage}</td>
      <td data-label="USD basis">{usdBasisText(amount)}</td>
      <td data-label="Source">{sourceName === '' ? '—' : sourceName}</td>
      <td data-label="Compare">
        <button
          type="button"
          className="btn fig-compare-btn"
          aria-pressed={compared}
          aria-label={`Compare ${withAside(amount.label, formatMoney(amount.usd, 'USD'))}`}
          onClick={onCompare}
        >
          {compared ? 'Comparing' : 'Compare'}
        </button>
      </td>
    </tr>
  );
}
