import { useRef, useState } from 'react';
import { useDataset } from '../data/DatasetContext';
import { useAppStore } from '../state/store';
import { useFilteredView } from '../state/useFilteredView';
import { applyLocationToStore } from '../state/useUrlSync';
import { TimelineChart } from '../charts/timeline/TimelineChart';
import { useTimelineModel } from '../charts/timeline/useTimelineModel';
import { FiguresBody } from '../charts/figures/FiguresBody';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { appSearch, type EmbedChart } from '../ui/exportMenu/embedSnippet';
import { embedText } from './embedText';
import { useElementWidth } from './useElementWidth';
import '../charts/timeline/timeline.css';
import '../charts/figures/figures.css';

/** The footer's width before the frame is measured: a phone's column (375 px less the padding). */
const FALLBACK_WIDTH = 343;

/** The timeline as the app draws it, with the key of the kinds it shows. */
function EmbedTimeline() {
  return <TimelineChart model={useTimelineModel()} />;
}

/**
 * One chart of the app, framed for another site: headline and description, the chart with its key, a
 * one-line source and a link to the full view with the same state. The view comes from the address
 * once; the embed never writes the address (it is the host page's frame).
 */
export function EmbedFrame({ chart }: { chart: EmbedChart }) {
  const dataset = useDataset();
  useState(() => {
    applyLocationToStore(dataset);
    return null;
  });
  const shown = useFilteredView();
  const filters = useAppStore((s) => s.filters);
  const view = useAppStore((s) => s.view);
  const frame = useRef<HTMLElement>(null);
  // The footer spans the frame; the source line wraps in it, at most two lines at this width.
  const footerWidth = useElementWidth(frame, FALLBACK_WIDTH);
  const text = embedText({ chart, dataset, shown, filters, view, footerWidth });
  const fullView = `./index.html${appSearch(window.location.search)}`;

  return (
    <figure ref={frame} className="embed-frame" aria-labelledby="embed-headline">
      <header className="embed-header">
        <h1 id="embed-headline" className="embed-headline">
          {text.headline}
        </h1>
        <p className="embed-description">{text.description}</p>
      </header>
      <div className={`embed-chart embed-chart-${chart}`}>
        <ErrorBoundary label={chart === 'timeline' ? 'The timeline' : 'The figures chart'}>
          {chart === 'timeline' ? <EmbedTimeline /> : <FiguresBody />}
        </ErrorBoundary>
      </div>
      <figcaption className="embed-footer">
        <span className="embed-source">{text.source}</span>
        <a className="embed-link" href={fullView} target="_blank" rel="noopener">
          Open the full view<span className="visually-hidden"> in Aidline (new tab)</span>
        </a>
      </figcaption>
    </figure>
  );
}
