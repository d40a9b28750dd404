import './amount-details.css';

/** What a draft is, for the badge's tooltip and for screen readers. */
export const DRAFT_EXPLANATION =
  'Drafted from the article by the import tool; no curator has reviewed it yet. Check it against the source.';

/** The visible "Draft" mark of an event or figure that no curator has reviewed. */
export function DraftBadge({ small = false }: { small?: boolean }) {
  return (
    <span className={small ? 'draft-badge draft-badge-small' : 'draft-badge'} title={DRAFT_EXPLANATION}>
      Draft
      <span className="visually-hidden">: {DRAFT_EXPLANATION}</span>
    </span>
  );
}
