import { useEffect, useId, useRef, useState } from 'react';
import { useDataset } from '../../data/DatasetContext';
import { useAppStore } from '../../state/store';
import { useFilteredView } from '../../state/useFilteredView';
import { emptySelection } from '../../state/selectionSlice';
import { encodeUrlState } from '../../state/url';
import { exportRange, fileName } from '../../export/fileName';
import { CopyField } from './CopyField';
import {
  embedTarget,
  embedUrl,
  HEIGHT_MESSAGE,
  iframeSnippet,
  listenerSnippet,
  type EmbedChart,
  type EmbedTheme,
} from './embedSnippet';
import { saveFallbackPng } from './saveFallbackPng';
import './embed-dialog.css';

const THEMES: { value: EmbedTheme | null; label: string }[] = [
  { value: null, label: "Reader's system" },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const SAVING = 'Saving…';

const TITLES: Record<EmbedChart, string> = {
  timeline: 'Aidline: timeline of events',
  figures: 'Aidline: money figures, in US dollars',
};

/**
 * "Embed": the snippet a web producer pastes into a page: a responsive iframe of this chart in the
 * current view, the host page's script that sizes it, and the PNG to upload as its static fallback.
 */
export function EmbedDialog({ chart, onClose }: { chart: EmbedChart; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const dataset = useDataset();
  const shown = useFilteredView();
  const [theme, setTheme] = useState<EmbedTheme | null>(null);
  const [fallback, setFallback] = useState('');
  // The view as it is when the dialog opens: the snippet embeds that state.
  const [state] = useState(() => {
    const { filters, view } = useAppStore.getState();
    const png = fileName(chart, 'png', exportRange(chart, filters, view.window));
    return { filters, view, query: encodeUrlState({ filters, view, selection: emptySelection }), png };
  });

  const saveFallback = () => {
    if (fallback === SAVING) return;
    const { filters, view } = state;
    const target = embedTarget(chart, view);
    setFallback(SAVING);
    saveFallbackPng({ target, dataset, shown, filters, view }, theme ?? 'light', state.png).then(
      (size) => {
        setFallback(`Saved ${state.png} (${size.width} × ${size.height} px).`);
      },
      (error: unknown) => {
        setFallback(`The PNG could not be made: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  };

  useEffect(() => {
    const node = dialog.current;
    if (node === null) return;
    node.showModal();
    return () => {
      node.close();
    };
  }, []);

  const url = embedUrl(chart, state.query, window.location, theme);
  const snippet = iframeSnippet({ url, title: TITLES[chart], fallbackFile: state.png });

  return (
    <dialog
      ref={dialog}
      className="embed-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="embed-dialog-head">
        <h2 id={titleId} className="embed-dialog-title">
          Embed this chart
        </h2>
        <button type="button" className="btn btn-quiet btn-icon" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <p className="embed-dialog-text">
        The chart in this view (filters, dates, zoom and options) fits the width of its column and resizes
        itself. Link:{' '}
        <a href={url} target="_blank" rel="noopener">
          preview the embed
        </a>
        .
      </p>
      <fieldset className="embed-dialog-themes">
        <legend>Colours</legend>
        {THEMES.map((t) => (
          <label key={t.label}>
            <input
              type="radio"
              name={`${titleId}-theme`}
              checked={theme === t.value}
              onChange={() => {
                setTheme(t.value);
              }}
            />
            {t.label}
          </label>
        ))}
      </fieldset>
      {/* Keyed by the snippet: another theme's snippet has not been copied yet. */}
      <CopyField key={snippet} label="1. Paste where the chart goes" value={snippet} rows={5} />
      <CopyField
        label="2. Paste once per page, before </body>: it sets each frame's height"
        value={listenerSnippet(window.location.origin)}
        rows={6}
      />
      <p className="embed-dialog-text">
        The script runs on your page, not in Aidline: it listens for the chart's <code>{HEIGHT_MESSAGE}</code>{' '}
        message and only sets its frame's height. Without it, the frame keeps its first height.
      </p>
      <div className="embed-dialog-fallback">
        <p className="embed-dialog-text">
          <strong>3. Static fallback:</strong> upload this image next to your page as{' '}
          <code className="embed-dialog-file">{state.png}</code>; the snippet shows it to readers whose
          browser runs no scripts. It is the chart as the Image dialog draws it, 600 px wide at 2×, in the
          colours chosen above (light for the reader's system).
        </p>
        <div className="copy-field-head">
          <button
            type="button"
            className="btn"
            onClick={saveFallback}
            aria-disabled={fallback === SAVING ? true : undefined}
          >
            Save the fallback PNG
          </button>
          <p role="status" className="copy-field-status">
            {fallback}
          </p>
        </div>
      </div>
    </dialog>
  );
}
