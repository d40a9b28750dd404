import { useAppStore } from '../../state/store';
import { formatAmountLabel } from '../../model/money';
import { comparisonCaveats, comparisonSentence } from './comparison';
import type { FigureRow } from './figureRows';

/** The two figures being compared: their USD ratio in words and the caveats that go with it. */
export function ComparisonNote({ byId }: { byId: ReadonlyMap<string, FigureRow> }) {
  const compare = useAppStore((s) => s.selection.compare);
  const setCompare = useAppStore((s) => s.setCompare);
  const figures = compare.map((id) => byId.get(id)).filter((r): r is FigureRow => r !== undefined);
  const [first, second] = figures;
  const caveats =
    first !== undefined && second !== undefined ? comparisonCaveats(first.amount, second.amount) : [];

  return (
    <div className="fig-compare" aria-live="polite">
      {first !== undefined && (
        <div className="fig-compare-box" role="group" aria-label="Comparison">
          {second === undefined ? (
            <p>
              Comparing <strong>{first.title}</strong> ({formatAmountLabel(first.amount)}). Choose a second
              figure with Compare in the table or the details, or press C on a bar.
            </p>
          ) : (
            <>
              <p className="fig-compare-sentence">{comparisonSentence(first.amount, second.amount)}</p>
              {caveats.length > 0 && (
                <div className="fig-compare-caveats">
                  <p className="fig-compare-caveats-title">Read with care:</p>
                  <ul>
                    {caveats.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ul>
                </div>
              )}
            </>
          )}
          <div className="fig-compare-actions">
            {second !== undefined && (
              <button
                type="button"
                className="btn"
                onClick={() => {
                  setCompare([second.id, first.id]);
                }}
              >
                Swap
              </button>
            )}
            <button
              type="button"
              className="btn"
              onClick={() => {
                setCompare([]);
              }}
            >
              Clear comparison
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
