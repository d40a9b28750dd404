import type { ReactNode } from 'react';
import { plural, wholeNumber } from '../../model/counts';

export interface FacetCount {
  value: number;
  /** Singular noun for screen readers: "event" gives "3 events". */
  noun: string;
}

interface FacetOptionProps {
  /** The visible name (may contain highlighted matches). */
  label: ReactNode;
  /** The plain name: the checkbox's accessible name starts with it. */
  name: string;
  /** The accessible name of the "only" button; "Only <name>" when not given. */
  onlyLabel?: string;
  checked: boolean;
  onToggle: () => void;
  /** The mark the charts draw for this option (a kind's glyph, a stage's), when they draw one. */
  swatch?: ReactNode;
  /** Counts shown right-aligned, in the columns of the list's header. */
  counts: FacetCount[];
  /** Each count column's width in characters (see `columnWidths`). */
  widths: readonly number[];
  /** "Only this": selects this option alone. */
  onOnly?: () => void;
  /** A second line under the name (the alias that matched a search). */
  note?: ReactNode;
}

/** A column of counts: its header, and the largest count it can show (see `DatasetFacets.widest`). */
export interface CountColumn {
  header: string;
  widest: number;
}

/**
 * The columns' widths in characters: the longer of the largest count, formatted, and the header. Sized
 * to the data rather than to the largest dataset, they leave the names the room a narrow panel has.
 */
export const columnWidths = (columns: readonly CountColumn[]): number[] =>
  columns.map(({ header, widest }) => Math.max(wholeNumber(widest).length, header.length));

/** One choice of a filter: checkbox, the charts' mark for it, name, counts under the other filters, and "only". */
export function FacetOption({
  label,
  name,
  onlyLabel,
  checked,
  onToggle,
  swatch,
  counts,
  widths,
  onOnly,
  note,
}: FacetOptionProps) {
  const empty = !checked && counts.every((c) => c.value === 0);
  return (
    <li className={`facet-option${empty ? ' is-empty' : ''}`}>
      <label className="facet-label">
        <input
          type="checkbox"
          checked={checked}
          onChange={onToggle}
          aria-label={`${name}, ${counts.map((c) => plural(c.value, c.noun)).join(', ')}`}
        />
        {swatch !== undefined && (
          <span className="facet-swatch" aria-hidden="true">
            {swatch}
          </span>
        )}
        <span className="facet-name" aria-hidden="true">
          {label}
          {note !== undefined && <span className="facet-note">{note}</span>}
        </span>
        {counts.map((c, i) => (
          <span
            key={c.noun}
            className="facet-count"
            style={{ width: `${widths[i] ?? 0}ch` }}
            aria-hidden="true"
          >
            {wholeNumber(c.value)}
          </span>
        ))}
      </label>
      {onOnly !== undefined && (
        <button
          type="button"
          className="facet-only"
          onClick={onOnly}
          aria-label={onlyLabel ?? `Only ${name}`}
        >
          only
        </button>
      )}
    </li>
  );
}

/** The header over a list of options: what the count columns hold. */
export function FacetColumns({
  columns,
  withOnly = false,
}: {
  columns: readonly CountColumn[];
  withOnly?: boolean;
}) {
  const widths = columnWidths(columns);
  return (
    <div className="facet-columns" aria-hidden="true">
      {columns.map(({ header }, i) => (
        <span key={header} className="facet-count" style={{ width: `${widths[i] ?? 0}ch` }}>
          {header}
        </span>
      ))}
      {withOnly && <span className="facet-only-space" />}
    </div>
  );
}
