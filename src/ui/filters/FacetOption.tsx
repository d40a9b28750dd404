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
  /** CSS colour of the swatch (a custom property such as `var(--data-3)`). */
  color: string;
  /** Counts shown right-aligned, in the columns of the list's header. */
  counts: FacetCount[];
  /** "Only this": selects this option alone. */
  onOnly?: () => void;
  /** A second line under the name (the alias that matched a search). */
  note?: ReactNode;
}

/**
 * The width of the count columns, in `ch`: that of the largest count any facet can show (every event,
 * or every figure), so the columns line up with their header without taking room the names need.
 */
export function countColumnWidth(events: number, figures: number): string {
  return `${wholeNumber(Math.max(events, figures, 10)).length + 0.5}ch`;
}

/** One choice of a filter: checkbox, colour, name, counts under the other filters, and "only". */
export function FacetOption({
  label,
  name,
  onlyLabel,
  checked,
  onToggle,
  color,
  counts,
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
        <span className="swatch" style={{ background: color }} aria-hidden="true" />
        <span className="facet-name" aria-hidden="true">
          {label}
          {note !== undefined && <span className="facet-note">{note}</span>}
        </span>
        {counts.map((c) => (
          <span key={c.noun} className="facet-count" aria-hidden="true">
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
export function FacetColumns({ names, withOnly = false }: { names: string[]; withOnly?: boolean }) {
  return (
    <div className="facet-columns" aria-hidden="true">
      {names.map((n) => (
        <span key={n} className="facet-count">
          {n}
        </span>
      ))}
      {withOnly && <span className="facet-only-space" />}
    </div>
  );
}
