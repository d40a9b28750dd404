import { useRef, useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { EmbedFrame } from './EmbedFrame';
import { EmbedGate } from './EmbedGate';
import { readEmbedParams } from './embedParams';
import { useEmbedTheme } from './useEmbedTheme';
import { usePostHeight } from './usePostHeight';
import './embed.css';

/** The chromeless page `embed.html?chart=…` draws: one chart, or a message that says what is wrong. */
export function EmbedApp() {
  const [params] = useState(() => readEmbedParams(window.location.search));
  const root = useRef<HTMLDivElement>(null);
  useEmbedTheme(params.ok ? params.theme : null);
  usePostHeight(root);

  return (
    <div ref={root} className="embed">
      {params.ok ? (
        <ErrorBoundary label="The chart">
          <EmbedGate>
            <EmbedFrame chart={params.chart} />
          </EmbedGate>
        </ErrorBoundary>
      ) : (
        <p className="embed-message embed-error" role="alert">
          {params.problem}
        </p>
      )}
    </div>
  );
}
