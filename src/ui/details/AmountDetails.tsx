import { useId } from 'react';
import { comparisonSentence, toggleCompared } from '../../charts/figures/comparison';
import { formatMonthYear } from '../../model/dates';
import { StageGlyph } from '../../charts/figures/marks';
import { provenanceSteps, sourceLine, type ProvenanceStep } from '../../model/provenance';
import type { Amount } from '../../data/schema';
import { actorName, useLookups } from '../../model/lookups';
import { AMOUNT_KIND_DESCRIPTIONS, STAGE_DESCRIPTIONS } from '../../model/stages';
import { useAppStore } from '../../state/store';
import { formatAmountLabel } from '../../model/money';
import { DraftBadge } from './DraftBadge';
import { ReadInSource } from '../sourceReader/ReadInSource';
import './amount-details.css';

/** The details of one money figure: its provenance from quote to USD value, its stage and its sources. */
export function AmountDetails({ amount }: { amount: Amount }) {
  const compare = useAppStore((s) => s.selection.compare);
  const setCompare = useAppStore((s) => s.setCompare);
  const selectAmount = useAppStore((s) => s.selectAmount);
  const headingId = useId();
  const lookups = useLookups();

  const flags = lookups.flagsAbout.get(amount.id) ?? [];
  const steps = provenanceSteps(amount, lookups.sourcesById, flags);
  const whole = amount.partOf == null ? undefined : lookups.amountsById.get(amount.partOf);
  const parts = lookups.partsByAmount.get(amount.id) ?? [];
  const event = lookups.eventsById.get(amount.eventId);
  const compared = compare.includes(amount.id);
  const other =
    compare.length === 2 && compared
      ? lookups.amountsById.get(compare.find((id) => id !== amount.id) ?? '')
      : undefined;
  const donor = actorName(lookups, amount.donor);
  const recipient = amount.recipient === null ? null : actorName(lookups, amount.recipient);

  return (
    <section className="amount-details" aria-labelledby={headingId} data-amount-id={amount.id}>
      <p className="amount-eyebrow">
        <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
          <StageGlyph stage={amount.stage} x={0} y={0} size={60} />
        </svg>
        Figure · {amount.stage} · {amount.kind}
        {amount.draft === true && (
          <>
            {' '}
            <DraftBadge />
          </>
        )}
      </p>
      <h3 id={headingId} className="amount-title">
        {amount.label}
      </h3>
      <p className="amount-value">{formatAmountLabel(amount)}</p>
      <p className="amount-meta">
        {donor}
        {recipient !== null && ` → ${recipient}`} · {formatMonthYear(amount.date)}
        {amount.period !== undefined && ` · for ${amount.period}`}
      </p>
      {flags.length > 0 && (
        <p className="amount-flag-summary">
          <span aria-hidden="true">⚠ </span>
          {flags.length === 1 ? 'This figure has a flag' : `This figure has ${flags.length} flags`}: see step{' '}
          {steps.findIndex((s) => s.id === 'flags') + 1} below.
        </p>
      )}
      <div className="amount-actions">
        <button
          type="button"
          className="btn"
          aria-pressed={compared}
          onClick={() => {
            setCompare(toggleCompared(compare, amount.id));
          }}
        >
          {compared ? 'Comparing' : 'Compare'}
        </button>
      </div>
      {other !== undefined && (
        <p className="amount-comparison">
          {compare[0] === amount.id ? comparisonSentence(amount, other) : comparisonSentence(other, amount)}
        </p>
      )}

      <h4 className="amount-subtitle">From quote to USD</h4>
      <ol className="provenance">
        {steps.map((step) => (
          <ProvenanceItem key={step.id} step={step} />
        ))}
      </ol>

      <dl className="amount-facts">
        <dt>Stage</dt>
        <dd>
          {amount.stage}: {STAGE_DESCRIPTIONS[amount.stage]}
        </dd>
        <dt>Kind</dt>
        <dd>{AMOUNT_KIND_DESCRIPTIONS[amount.kind]}</dd>
        {whole !== undefined && (
          <>
            <dt>Part of</dt>
            <dd>
              <button
                type="button"
                className="amount-link"
                onClick={() => {
                  selectAmount(whole.id, whole.eventId);
                }}
              >
                {whole.label} {formatAmountLabel(whole)}
              </button>
              <span className="amount-note"> — never added together with this figure</span>
            </dd>
          </>
        )}
        {parts.length > 0 && (
          <>
            <dt>Includes</dt>
            <dd>
              <ul className="amount-parts">
                {parts.map((part) => (
                  <li key={part.id}>
                    <button
                      type="button"
                      className="amount-link"
                      onClick={() => {
                        selectAmount(part.id, part.eventId);
                      }}
                    >
                      {part.label} {formatAmountLabel(part)}
                    </button>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>Donor</dt>
        <dd>{donor}</dd>
        <dt>Recipient</dt>
        <dd>{recipient ?? 'not named'}</dd>
        {event !== undefined && (
          <>
            <dt>Event</dt>
            <dd>
              {event.title} ({event.date}){event.draft === true && ' · draft'}
            </dd>
          </>
        )}
      </dl>

      <h4 className="amount-subtitle">
        {amount.citations.length === 1 ? 'Citation' : `Citations (${amount.citations.length})`}
      </h4>
      <ul className="amount-citations">
        {amount.citations.map((c) => (
          <li key={`${c.source}:${c.start}`}>
            <blockquote>
              <p>“{c.quote}”</p>
              <footer>{sourceLine(lookups.sourcesById.get(c.source), c.source)}</footer>
            </blockquote>
            <ReadInSource citation={c} sourceTitle={lookups.sourcesById.get(c.source)?.title ?? c.source} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ProvenanceItem({ step }: { step: ProvenanceStep }) {
  return (
    <li className={`provenance-step provenance-step-${step.id}`} data-step={step.id}>
      <p className="provenance-title">{step.title}</p>
      {step.quote !== undefined ? (
        <blockquote className="provenance-quote">
          “{step.quote.before}
          {step.quote.mention !== '' && <mark>{step.quote.mention}</mark>}
          {step.quote.after}”
        </blockquote>
      ) : step.flags !== undefined ? (
        <ul className="provenance-flags">
          {step.flags.map((flag) => (
            <li key={flag.id} className={`provenance-flag provenance-flag-${flag.severity}`}>
              <span className="provenance-flag-badge">
                <span aria-hidden="true">⚠ </span>
                {flag.severity}
              </span>{' '}
              {flag.message}
            </li>
          ))}
        </ul>
      ) : (
        <p className="provenance-text">{step.text}</p>
      )}
      <p className="provenance-source">Source: {step.source}</p>
    </li>
  );
}
