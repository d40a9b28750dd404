import { useEffect, useId, useMemo, useRef } from 'react';
import { useDataset, useDatasetSource } from '../../data/DatasetContext';
import type { LeanDataset } from '../../data/leanDataset';
import type { Citation } from '../../data/schema';
import { useDatasetText } from '../../data/useDatasetText';
import { sourceTextUrl } from '../../data/sourceText';
import { formatIsoDate } from '../../model/dates';
import { useAppStore } from '../../state/store';
import { useReducedMotion } from '../../components/useReducedMotion';
import { citersOf } from './citers';
import { readerModel, type Citer } from './passages';
import { ReaderLegend } from './ReaderLegend';
import { ReaderText } from './ReaderText';
import { useSourceText, type SourceTextState } from './useSourceText';
import './source-reader.css';

/** The heading of the details panel (DetailsPanel.tsx), which takes the focus after a linked passage is chosen. */
const DETAILS_HEADING_ID = 'details-title';

export interface SourceReaderDialogProps {
  /** The citation the reader was opened from: its quote is highlighted and scrolled to. */
  citation: Citation;
  /** Called once the dialog has closed; `chosen` when a linked passage was (the focus then goes to the details). */
  onClose: (chosen: boolean) => void;
}

/**
 * The article a citation comes from, in a modal dialog: the quote highlighted and scrolled into view,
 * every other cited passage marked and followed by links to its events and figures, drafted passages
 * and mentions nothing annotates marked, with a legend. The text is fetched when the dialog opens.
 */
export default function SourceReaderDialog({ citation, onClose }: SourceReaderDialogProps) {
  const dataset = useDataset();
  const { url: datasetUrl } = useDatasetSource();
  const selectEvent = useAppStore((s) => s.selectEvent);
  const selectAmount = useAppStore((s) => s.selectAmount);
  const reducedMotion = useReducedMotion();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const selectedRef = useRef(false);
  const titleId = useId();
  const source = dataset.sources.find((s) => s.id === citation.source);
  const url = sourceTextUrl(datasetUrl, citation.source);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (!dialog.open) dialog.showModal();
    return () => {
      dialog.close();
    };
  }, []);

  const choose = (citer: Citer) => {
    selectedRef.current = true;
    if (citer.type === 'event') selectEvent(citer.id);
    else selectAmount(citer.id, citer.eventId);
    dialogRef.current?.close();
    // The details now show the chosen item, and the button that opened the reader may be gone with the
    // old ones: the focus goes to the details' heading once they are drawn.
    requestAnimationFrame(() => document.getElementById(DETAILS_HEADING_ID)?.focus());
  };

  const published =
    source?.published == null
      ? 'date unknown'
      : `${formatIsoDate(source.published)}${source.publishedBasis === 'inferred' ? ' (date inferred)' : ''}`;

  return (
    <dialog
      ref={dialogRef}
      className="source-reader"
      aria-labelledby={titleId}
      onClose={() => {
        onClose(selectedRef.current);
      }}
      onKeyDown={(e) => {
        // Escape closes the reader only, not the details behind it as well.
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        dialogRef.current?.close();
      }}
    >
      <header className="sr-header">
        <div className="sr-heading">
          <p className="sr-eyebrow">Source text</p>
          <h2 id={titleId} className="sr-title">
            {source?.title ?? citation.source}
          </h2>
          <p className="sr-meta">
            {source?.outlet != null && source.outlet !== '' && `${source.outlet}, `}
            {published}
            {source?.url !== undefined && /^https?:\/\//.test(source.url) && (
              <>
                {' · '}
                <a href={source.url} target="_blank" rel="noreferrer noopener">
                  Original article
                </a>
              </>
            )}
          </p>
        </div>
        <button
          type="button"
          className="btn btn-quiet sr-close"
          onClick={() => dialogRef.current?.close()}
          aria-label="Close the source text"
        >
          Close
        </button>
      </header>
      <ReaderBody url={url} citation={citation} dataset={dataset} smooth={!reducedMotion} onChoose={choose} />
    </dialog>
  );
}

function ReaderBody({
  url,
  citation,
  dataset,
  smooth,
  onChoose,
}: {
  url: string;
  citation: Citation;
  dataset: LeanDataset;
  smooth: boolean;
  onChoose: (citer: Citer) => void;
}) {
  const source = useSourceText(url, citation.source);
  // The other passages' links need every event's quotes, to mark only those still at their place.
  const text = useDatasetText();
  const model = useMemo(
    () =>
      source.status === 'ready' && text.status === 'ready'
        ? readerModel(source.source, citersOf(dataset, text.text, citation.source), {
            start: citation.start,
            end: citation.end,
          })
        : null,
    [source, text, dataset, citation.source, citation.start, citation.end],
  );
  const state: SourceTextState =
    source.status === 'ready' && text.status === 'failed'
      ? { status: 'failed', message: `The events' quotes could not be read: ${text.message}` }
      : source.status === 'ready' && text.status !== 'ready'
        ? { status: 'loading' }
        : source;
  if (state.status === 'loading')
    return (
      <p className="sr-status" role="status">
        Loading the text…
      </p>
    );
  if (state.status === 'failed' || model === null)
    return (
      <div className="sr-status" role="alert">
        <p>The text of this source could not be shown. {state.status === 'failed' ? state.message : ''}</p>
        <p>The quote, as cited:</p>
        <blockquote className="sr-fallback-quote">
          <mark>{citation.quote}</mark>
        </blockquote>
      </div>
    );
  const found = model.segments.some((s) => s.focus);
  return (
    <>
      <ReaderLegend counts={model.counts} />
      {!found && (
        <p className="sr-status" role="alert">
          The quote is not at its place in this text (the text may have changed): “{citation.quote}”
        </p>
      )}
      {model.mismatched > 0 && (
        <p className="sr-status">
          {model.mismatched === 1
            ? '1 citation no longer matches this text and is not marked.'
            : `${model.mismatched} citations no longer match this text and are not marked.`}
        </p>
      )}
      <ReaderText model={model} smooth={smooth} onChoose={onChoose} />
    </>
  );
}
