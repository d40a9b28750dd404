import { Fragment, useEffect, useRef } from 'react';
import type { Citer, ReaderModel, Segment } from './passages';

const MAX_LINK_LABEL = 48;

function shortLabel(label: string): string {
  return label.length <= MAX_LINK_LABEL ? label : `${label.slice(0, MAX_LINK_LABEL - 1).trimEnd()}…`;
}

function segmentClass(s: Segment): string {
  const names = ['sr-seg'];
  if (s.cited) names.push('sr-cited');
  if (s.draft) names.push('sr-draft');
  if (s.uncovered !== null) names.push(`sr-uncovered sr-uncovered-${s.uncovered}`);
  if (s.excluded !== null) names.push('sr-excluded');
  return names.join(' ');
}

function segmentTitle(s: Segment): string | undefined {
  const parts: string[] = [];
  if (s.uncovered !== null)
    parts.push(`${s.uncovered === 'money' ? 'Money' : 'Date'} mention no annotation covers`);
  if (s.excluded !== null) parts.push(`Not news: ${s.excluded}`);
  if (s.draft) parts.push('Cited by a draft');
  return parts.length > 0 ? parts.join('. ') : undefined;
}

/** One link after a cited passage: selects its event or figure (and closes the reader). */
function CiterLink({ citer, onChoose }: { citer: Citer; onChoose: (citer: Citer) => void }) {
  const noun = citer.type === 'event' ? 'event' : 'figure';
  return (
    <button
      type="button"
      className={`sr-link sr-link-${citer.type}${citer.draft ? ' is-draft' : ''}`}
      aria-label={`Show ${noun}: ${citer.label}${citer.draft ? ' (draft)' : ''}`}
      title={`Show ${noun}: ${citer.label}`}
      onClick={() => {
        onChoose(citer);
      }}
    >
      <span aria-hidden="true" className="sr-link-noun">
        {citer.type === 'event' ? 'Event' : 'Figure'}
      </span>{' '}
      {shortLabel(citer.label)}
      {citer.draft && <span className="sr-link-draft"> (draft)</span>}
    </button>
  );
}

/**
 * The article as text nodes, cut into segments: the opened quote in a <mark>, other marks as classed
 * spans, and after each cited passage the links to what cites it. Scrolls the quote into view and moves
 * the focus to it once drawn, so reading starts there.
 */
export function ReaderText({
  model,
  smooth,
  onChoose,
}: {
  model: ReaderModel;
  smooth: boolean;
  onChoose: (citer: Citer) => void;
}) {
  const quoteRef = useRef<HTMLElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const firstFocus = model.segments.findIndex((s) => s.focus);
  const lastFocus = model.segments.findLastIndex((s) => s.focus);

  useEffect(() => {
    const quote = quoteRef.current;
    const box = textRef.current;
    if (quote === null || box === null) return;
    quote.focus({ preventScroll: true });
    // Only the text scrolls (scrollIntoView would also move the page behind the dialog).
    const top = quote.offsetTop - Math.max(0, (box.clientHeight - quote.offsetHeight) / 2);
    box.scrollTo({ top: Math.max(0, top), behavior: smooth ? 'smooth' : 'auto' });
  }, [model, smooth]);

  return (
    <div
      className="sr-text"
      data-testid="source-text"
      ref={textRef}
      role="region"
      aria-label="Article text"
      tabIndex={0}
    >
      {model.segments.map((s, i) => {
        const title = segmentTitle(s);
        const className = segmentClass(s);
        const content = s.focus ? (
          <mark
            className={`${className} sr-focus`}
            title={title}
            ref={i === firstFocus ? quoteRef : undefined}
            tabIndex={i === firstFocus ? -1 : undefined}
            data-focus-start={i === firstFocus || undefined}
          >
            {i === firstFocus && <span className="visually-hidden">Start of the quote: </span>}
            {s.text}
            {i === lastFocus && <span className="visually-hidden"> (end of the quote)</span>}
          </mark>
        ) : className === 'sr-seg' ? (
          s.text
        ) : (
          <span className={className} title={title}>
            {s.text}
          </span>
        );
        return (
          <Fragment key={s.start}>
            {content}
            {s.ending.length > 0 && (
              <span className="sr-links">
                {s.ending.flatMap((p) =>
                  p.citers.map((c) => (
                    <CiterLink key={`${p.start}:${c.type}:${c.id}`} citer={c} onChoose={onChoose} />
                  )),
                )}
              </span>
            )}
          </Fragment>
        );
      })}
    </div>
  );
}
