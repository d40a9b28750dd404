import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useDataset } from '../../data/DatasetContext';
import { copyImageUnavailable } from '../../export/clipboardWrite';
import type { ImageAction } from '../../export/publishImage';
import {
  decodePublish,
  encodePublish,
  type PublishSettings,
  type PublishTarget,
} from '../../state/publishSettings';
import { useAppStore } from '../../state/store';
import { useFilteredView, useShownFilters } from '../../state/useFilteredView';
import { PublishActions, type PublishStatus } from './PublishActions';
import { PublishFields } from './PublishFields';
import { loadPublishing, usePublishPreview } from './usePublishPreview';
import './publish.css';

const TARGET_WORDS: Record<PublishTarget, string> = {
  timeline: 'the timeline',
  figures: 'the figures chart',
  'figures-time': 'the figures over time',
  dashboard: 'the dashboard',
};

function writeUrl(target: PublishTarget | null, settings: PublishSettings) {
  const { location, history } = window;
  const search = encodePublish(location.search, target, settings);
  if (search !== location.search)
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

/**
 * The publish dialog: the image's text (each field empty for the text that describes the view), its
 * width, colours and pixel density, a live preview of the file, and the downloads. The settings are
 * kept in the URL, so a link opens the same dialog and reproduces the same image.
 */
export function PublishDialog({ target, onClose }: { target: PublishTarget; onClose: () => void }) {
  const dataset = useDataset();
  const shown = useFilteredView();
  const filters = useShownFilters();
  const view = useAppStore((s) => s.view);
  const [settings, setSettings] = useState<PublishSettings>(
    () => decodePublish(window.location.search).settings,
  );
  const [status, setStatus] = useState<PublishStatus>({ state: 'idle' });
  const failed = useCallback((message: string) => {
    setStatus({ state: 'error', message });
  }, []);
  const { preview, current: image } = usePublishPreview(
    { target, dataset, shown, filters, view },
    settings,
    failed,
  );
  const [noCopy] = useState(copyImageUnavailable);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    // Start where the work starts: the headline, not the close button.
    dialog?.querySelector<HTMLInputElement>('input[type="text"]')?.focus();
  }, []);

  useEffect(() => {
    writeUrl(target, settings);
  }, [target, settings]);

  const close = () => {
    writeUrl(null, settings);
    dialogRef.current?.close();
    onClose();
  };

  const set = <K extends keyof PublishSettings>(key: K, value: PublishSettings[K]) => {
    setSettings((s) => ({ ...s, [key]: value }));
  };

  const run = (action: ImageAction) => {
    if (image === null) return;
    setStatus({ state: 'busy' });
    loadPublishing()
      .then(({ publishImage }) => publishImage(action, image, settings))
      .then(
        (result) => {
          setStatus({ state: 'done', result });
        },
        (error: unknown) => {
          failed(error instanceof Error ? error.message : String(error));
        },
      );
  };

  const result = status.state === 'done' ? status.result : null;
  return (
    <dialog
      ref={dialogRef}
      className="publish-dialog"
      aria-labelledby={`${id}-title`}
      data-publish={target}
      data-export-state={status.state}
      data-export-file={result?.fileName ?? undefined}
      data-export-width={result?.width ?? undefined}
      data-export-height={result?.height ?? undefined}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <div className="publish-head">
        <h2 id={`${id}-title`}>Image of {TARGET_WORDS[target]}</h2>
        <button type="button" className="btn publish-close" onClick={close} aria-label="Close">
          ×
        </button>
      </div>
      <div className="publish-body">
        <PublishFields id={id} settings={settings} defaults={image?.defaults ?? null} set={set} />
        <section className="publish-preview" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`} className="publish-preview-title">
            Preview
            {image !== null && (
              <span className="publish-size">
                {' '}
                {image.width} × {image.height} px, PNG {image.width * settings.scale} ×{' '}
                {image.height * settings.scale} px
              </span>
            )}
          </h3>
          <div className="publish-preview-frame">
            {preview !== null ? (
              <img
                src={preview.url}
                alt={preview.image.alt}
                width={preview.image.width}
                height={preview.image.height}
              />
            ) : (
              <p className="muted">Drawing the preview…</p>
            )}
          </div>
        </section>
      </div>
      <PublishActions id={id} status={status} ready={image !== null} noCopy={noCopy} run={run} />
    </dialog>
  );
}
