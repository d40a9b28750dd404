import type { FigureGroup } from '../../state/viewSlice';
import { boundPrefix, formatMoney } from '../../model/money';
import type { GroupOfFigures, NotAdded } from './grouping';
import { wholeNumber } from '../../model/counts';

const MAX_GROUPS = 20;
const MAX_TERMS = 8;

const REASONS = {
  cumulative: 'a running total',
  budget: 'a state budget, not aid',
  'part-of-whole': 'part of',
} as const;

/** How each group's total was built: which figures were added, and which were not and why. */
export function GroupTotals({ groups, by }: { groups: readonly GroupOfFigures[]; by: FigureGroup }) {
  if (groups.length === 0) return null;
  return (
    <section className="fig-totals" aria-label={`Totals by ${by}`}>
      <h3 className="fig-totals-title">Totals by {by}</h3>
      <p className="fig-totals-rule">
        A total adds only figures that are not running totals or state budgets, and never a part together with
        the figure it is part of.
      </p>
      <ul>
        {groups.slice(0, MAX_GROUPS).map((g) => (
          <GroupTotal key={g.key} group={g} />
        ))}
      </ul>
      {groups.length > MAX_GROUPS && (
        <p className="muted">and {wholeNumber(groups.length - MAX_GROUPS)} more groups in the table.</p>
      )}
    </section>
  );
}

/** Why a group has no total: each of its figures is a running total or a state budget. */
function noTotalReason(notAdded: readonly NotAdded[]): string {
  const kinds = new Set(notAdded.map((n) => n.reason));
  const one = notAdded.length === 1;
  if (kinds.size === 1 && kinds.has('budget'))
    return one ? 'its figure is a state budget, not aid' : 'its figures are state budgets, not aid';
  if (kinds.size === 1 && kinds.has('cumulative'))
    return one ? 'its figure is a running total' : 'all its figures are running totals';
  return 'its figures are running totals and state budgets';
}

function GroupTotal({ group }: { group: GroupOfFigures }) {
  const { sum } = group;
  const terms = sum.added
    .slice(0, MAX_TERMS)
    .map((r) => `${r.amount.label} ${formatMoney(r.amount.usd, 'USD')}`);
  if (sum.added.length > MAX_TERMS) terms.push(`${sum.added.length - MAX_TERMS} more`);
  const original =
    sum.currency !== null && sum.currency !== 'USD' && sum.value !== null
      ? ` (${boundPrefix(sum.bound)}${formatMoney(sum.value, sum.currency)})`
      : '';
  // A group with no total has said why; its figures need not say it again.
  const sameReason = sum.added.length === 0 && new Set(sum.notAdded.map((n) => n.reason)).size === 1;
  return (
    <li data-group-key={group.key} data-sum-usd={sum.usd}>
      <strong>{group.label}</strong>:{' '}
      {sum.added.length === 0 ? (
        <>no total: {noTotalReason(sum.notAdded)}.</>
      ) : (
        <>
          <span className="fig-total-value">
            {boundPrefix(sum.bound)}
            {formatMoney(sum.usd, 'USD')}
          </span>
          {original}
          {sum.added.length > 1 ? ` = ${terms.join(' + ')}` : ` = ${terms[0] ?? ''}`}.
          {sum.stages.length > 1 && <> Mixes stages: {sum.stages.join(', ')}.</>}
        </>
      )}
      {sum.notAdded.length > 0 && (
        <span className="fig-total-excluded">
          {' '}
          Not added:{' '}
          {sum.notAdded
            .slice(0, MAX_TERMS)
            .map(
              (n) =>
                `${n.row.amount.label} ${formatMoney(n.row.amount.usd, 'USD')}${
                  sameReason
                    ? ''
                    : ` (${
                        n.reason === 'part-of-whole'
                          ? `${REASONS['part-of-whole']} ${n.whole?.amount.label ?? 'another figure'}`
                          : REASONS[n.reason]
                      })`
                }`,
            )
            .join('; ')}
          {sum.notAdded.length > MAX_TERMS && `; and ${sum.notAdded.length - MAX_TERMS} more`}.
        </span>
      )}
    </li>
  );
}
